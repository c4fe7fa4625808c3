/** Latency figures of one load run; latencies in milliseconds. */
export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}

export const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

export function summarise(latencies: number[], seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    seconds,
    perSecond: sorted.length / seconds,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
  };
}

/**
 * `clients` concurrent loops share `total` iterations of `work`; each request that `work` wraps
 * in `time` counts once, so one iteration may make several requests.
 */
export async function runLoad(
  clients: number,
  total: number,
  work: (
    client: number,
    iteration: number,
    time: <T>(request: () => Promise<T>) => Promise<T>,
  ) => Promise<void>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const time = async <T>(request: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await request();
    latencies.push(performance.now() - started);
    return result;
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = client; i < total; i += clients) await work(client, i, time);
    }),
  );
  return summarise(latencies, (performance.now() - started) / 1000);
}
