import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CLOCK, GENERAL_HAZARD_POLICY, SCHEDULER_ACTOR } from '@hazard/domain';
import type { Actor, Clock, GeneralHazardPolicy } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import type { Environment } from '@hazard/config';

/**
 * The system acting on an inspection's or an escalation's behalf: it opens the findings an
 * inspection recorded and completes an escalation the committee began. Both were authorized
 * when the person acted; the follow-up only writes what that decision implies.
 */
export const FOLLOW_UP_ACTOR: Actor = {
  ...SCHEDULER_ACTOR,
  userId: 'system:campaign',
  name: 'Campaign follow-up',
};

/** What every campaign command needs: the store, the time, the zone and the policy. */
@Injectable()
export class CampaignContext {
  constructor(
    @Inject(EVENT_STORE) readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(GENERAL_HAZARD_POLICY) readonly policy: GeneralHazardPolicy,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  get timeZone(): string {
    return this.config.get('TIME_ZONE', { infer: true });
  }

  now(): Date {
    return this.clock.now();
  }

  deps<P>(policy: P) {
    return { store: this.store, now: this.clock.now(), timeZone: this.timeZone, policy };
  }
}
