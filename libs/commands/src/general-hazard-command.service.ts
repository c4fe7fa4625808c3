import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CLOCK, GENERAL_HAZARD_POLICY } from '@hazard/domain';
import type { Clock, GeneralHazardCommand, GeneralHazardPolicy } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { GENERAL_HAZARD_STREAMS, loadGeneralHazard } from './campaign-streams';
import type { LoadedGeneralHazard } from './campaign-streams';
import { handleCommand } from './handle-command';
import type { Envelope, HandledCommand } from './handle-command';
import type { GeneralHazardState } from '@hazard/workflows';
import type { Environment } from '@hazard/config';

/** The one door through which HTTP, the inspection follow-up and schedulers change a general hazard. */
@Injectable()
export class GeneralHazardCommandService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(GENERAL_HAZARD_POLICY) private readonly policy: GeneralHazardPolicy,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  execute(envelope: Envelope<GeneralHazardCommand>): Promise<HandledCommand<GeneralHazardState>> {
    return handleCommand(
      GENERAL_HAZARD_STREAMS,
      {
        store: this.store,
        now: this.clock.now(),
        timeZone: this.config.get('TIME_ZONE', { infer: true }),
        policy: this.policy,
      },
      envelope,
    );
  }

  load(hazardId: string): Promise<LoadedGeneralHazard> {
    return loadGeneralHazard(this.store, hazardId);
  }
}
