import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CLOCK, DEADLINE_POLICY, initialCaseSnapshot, majorHazardDecider } from '@hazard/domain';
import type { Clock, DeadlinePolicy } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { handleCaseCommand } from './handle-case-command';
import type { CommandEnvelope, CommandResult } from './handle-case-command';
import { loadCase } from './load-case';
import type { LoadedCase } from './load-case';
import { claimNoticeNumber } from './notice-number-claims';
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

  /** A listing first claims its notice number, so a number taken by another case lists nothing. */
  async execute(envelope: CommandEnvelope): Promise<CommandResult> {
    const now = this.clock.now();
    const timeZone = this.config.get('TIME_ZONE', { infer: true });
    const { command, caseId, actor, commandId } = envelope;
    if (command.type === 'ListHazard') {
      // Decided once without the store first: a listing refused (403, 422) claims nothing.
      majorHazardDecider.decide(command, initialCaseSnapshot(), {
        actor,
        now,
        timeZone,
        policy: this.policy,
      });
      await claimNoticeNumber(this.store, command.data.listing.noticeNumber, caseId, {
        actor,
        role: 'committee',
        commandId,
        now,
        timeZone,
      });
    }
    return handleCaseCommand({ store: this.store, now, timeZone, policy: this.policy }, envelope);
  }

  load(caseId: string): Promise<LoadedCase> {
    return loadCase(this.store, caseId);
  }
}
