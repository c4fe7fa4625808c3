import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CLOCK } from '@hazard/domain';
import type { Actor, Clock } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import type { Environment } from '@hazard/config';
import { lastCompletedWeek, parseIsoWeek, formatIsoWeek } from '../../iso-week';
import { DigestNotIssuedError, findIssuedDigest, issueWeeklyDigest } from '../issue-weekly-digest';
import type { DigestDeps, IssuedDigest } from '../issue-weekly-digest';

/** Issues and reads weekly digests for HTTP, the scheduler and the CLI alike. */
@Injectable()
export class WeeklyDigestService {
  private readonly logger = new Logger(WeeklyDigestService.name);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  get timeZone(): string {
    return this.config.get('TIME_ZONE', { infer: true });
  }

  /** Issues `week` (default: the last completed week) or returns the one already stored. */
  async issue(actor: Actor, week?: string): Promise<IssuedDigest> {
    const issued = await issueWeeklyDigest(this.deps(), actor, week && this.normalize(week));
    if (issued.created) {
      const { week: w, totals } = issued.digest;
      this.logger.log(`issued ${w}: ${totals.listed} listed, ${totals.overdue} overdue`);
    }
    return issued;
  }

  async find(week: string): Promise<IssuedDigest> {
    const normalized = this.normalize(week);
    const issued = await findIssuedDigest(this.store, normalized);
    if (!issued) throw new DigestNotIssuedError(normalized);
    return issued;
  }

  /** Start-up catch-up: a Monday run missed while the system was down is made up now. */
  async catchUp(actor: Actor): Promise<IssuedDigest | null> {
    const week = lastCompletedWeek(this.clock.now(), this.timeZone);
    if (await findIssuedDigest(this.store, week)) return null;
    this.logger.log(`catching up the missed digest of ${week}`);
    return this.issue(actor, week);
  }

  private normalize(week: string): string {
    return formatIsoWeek(parseIsoWeek(week));
  }

  private deps(): DigestDeps {
    return { store: this.store, now: this.clock.now(), timeZone: this.timeZone };
  }
}
