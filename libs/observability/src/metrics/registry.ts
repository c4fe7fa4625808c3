import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** The process's one registry: what GET /metrics reads. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'hazard_' });

/** Seconds, from a millisecond-fast command to a slow digest. */
const SECONDS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const commandsTotal = new Counter({
  name: 'hazard_commands_total',
  help: 'Commands handled, by command type and outcome (ok, duplicate, or the error)',
  labelNames: ['command', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const commandSeconds = new Histogram({
  name: 'hazard_command_duration_seconds',
  help: 'Time to handle a command: read, decide, append',
  labelNames: ['command', 'outcome'] as const,
  buckets: SECONDS,
  registers: [metricsRegistry],
});

export const httpRequestsTotal = new Counter({
  name: 'hazard_http_requests_total',
  help: 'HTTP requests answered, by method, route and status',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [metricsRegistry],
});

export const httpRequestSeconds = new Histogram({
  name: 'hazard_http_request_duration_seconds',
  help: 'Time to answer an HTTP request',
  labelNames: ['method', 'route'] as const,
  buckets: SECONDS,
  registers: [metricsRegistry],
});

export const appendSeconds = new Histogram({
  name: 'hazard_event_store_append_duration_seconds',
  help: 'Time for the event store to append (and make durable) one batch of events',
  buckets: SECONDS,
  registers: [metricsRegistry],
});

export const deadlineLatenessSeconds = new Histogram({
  name: 'hazard_deadline_lateness_seconds',
  help: 'How long after its due time a deadline job (reminder, miss, escalation) took effect',
  labelNames: ['action'] as const,
  buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600, 21600, 86400],
  registers: [metricsRegistry],
});

export const digestSeconds = new Histogram({
  name: 'hazard_digest_duration_seconds',
  help: 'Time to compute and issue one weekly digest',
  buckets: SECONDS,
  registers: [metricsRegistry],
});

/** Runs `work`, observing its duration in seconds with the labels its outcome decides. */
export async function timed<T>(
  observe: (seconds: number, outcome: string) => void,
  work: () => Promise<T>,
  outcomeOf: (result: T) => string = () => 'ok',
): Promise<T> {
  const started = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  try {
    const result = await work();
    observe(seconds(), outcomeOf(result));
    return result;
  } catch (error) {
    observe(seconds(), error instanceof Error ? error.constructor.name : 'Error');
    throw error;
  }
}
