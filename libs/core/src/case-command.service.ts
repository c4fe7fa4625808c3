import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CLOCK, DEADLINE_POLICY } from '@hazard/domain';
import type { Clock, DeadlinePolicy } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { handleCaseCommand, loadCase } from '@hazard/cases';
import type { CommandEnvelope, CommandResult, LoadedCase } from '@hazard/cases';
import type { Environment } from '@hazard/config';

/** The one door through which HTTP, schedulers and the CLI change a case. */
@Injectable()
export class CaseCommandService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DEADLINE_POLICY) private readonly policy: DeadlinePolicy,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  execute(envelope: CommandEnvelope): Promise<CommandResult> {
    return handleCaseCommand(
      {
        store: this.store,
        now: this.clock.now(),
        timeZone: this.config.get('TIME_ZONE', { infer: true }),
        policy: this.policy,
      },
      envelope,
    );
  }

  load(caseId: string): Promise<LoadedCase> {
    return loadCase(this.store, caseId);
  }
}
