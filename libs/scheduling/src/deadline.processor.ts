import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import type { BeforeApplicationShutdown } from '@nestjs/common';
import type { Job } from 'bullmq';
import { CLOCK, DEADLINE_POLICY, GENERAL_HAZARD_POLICY } from '@hazard/domain';
import type { Clock, DeadlinePolicy, GeneralHazardPolicy } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import {
  caseStreamId,
  CaseCommandService,
  GeneralHazardCommandService,
  generalHazardStreamId,
} from '@hazard/commands';
import { deadlineLatenessSeconds, withCorrelationId } from '@hazard/observability';
import type { StoredDeadlineJob } from './deadline-jobs';
import { DEADLINES_CONCURRENCY, DEADLINES_QUEUE } from './deadline-job.scheduler';
import { processDeadlineJob } from './fire-deadline-job';
import type { FireOutcome } from './fire-deadline-job';

/**
 * Runs due deadline jobs of cases and general hazards: a reminder, a missed deadline, or the
 * next escalation; then the same job moves on to the case's next one. A job takes
 * milliseconds, so a short lock lets another worker take over a crashed one's jobs soon.
 */
@Processor(DEADLINES_QUEUE, {
  concurrency: DEADLINES_CONCURRENCY,
  lockDuration: 10_000,
  stalledInterval: 5_000,
  // A job whose worker died is handed out again (up to 100 times): failing it would drop the
  // case's chain of deadlines until the next sweep.
  maxStalledCount: 100,
})
export class DeadlineProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(DeadlineProcessor.name);

  constructor(
    private readonly cases: CaseCommandService,
    private readonly generalHazards: GeneralHazardCommandService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DEADLINE_POLICY) private readonly policy: DeadlinePolicy,
    @Inject(GENERAL_HAZARD_POLICY) private readonly generalPolicy: GeneralHazardPolicy,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    super();
  }

  /**
   * Graceful shutdown: take no new job and let the active ones finish while the event store
   * is still open. Nest's BullMQ explorer closes workers only later, on application shutdown.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
    this.logger.log('deadline worker closed, no job left running');
  }

  /**
   * Under the correlation id of the stream's latest event, the one that called for the job,
   * so that its log lines and the event it appends carry it (Redis keeps no copy of it).
   */
  async process(job: Job<StoredDeadlineJob>, token?: string): Promise<FireOutcome> {
    return withCorrelationId(await this.correlationIdOf(job.data), () => this.fire(job, token));
  }

  private async correlationIdOf(job: StoredDeadlineJob): Promise<string | undefined> {
    const streamId =
      job.stream === 'generalHazard' ? generalHazardStreamId(job.caseId) : caseStreamId(job.caseId);
    const correlationId = (await this.store.read(streamId)).at(-1)?.metadata.correlationId;
    return typeof correlationId === 'string' ? correlationId : undefined;
  }

  private async fire(job: Job<StoredDeadlineJob>, token?: string): Promise<FireOutcome> {
    const outcome = await processDeadlineJob(
      {
        load: (caseId) => this.cases.load(caseId),
        execute: (envelope) => this.cases.execute(envelope),
        loadGeneralHazard: (hazardId) => this.generalHazards.load(hazardId),
        executeGeneral: (envelope) => this.generalHazards.execute(envelope),
        policy: this.policy,
        generalPolicy: this.generalPolicy,
        clock: this.clock,
        applied: ({ action, fireAt }) => {
          const lateMs = this.clock.now().getTime() - fireAt;
          deadlineLatenessSeconds.observe({ action }, Math.max(0, lateMs) / 1000);
        },
      },
      job,
      token,
    );
    this.logger.debug(`${job.id}: ${outcome}`);
    return outcome;
  }
}
