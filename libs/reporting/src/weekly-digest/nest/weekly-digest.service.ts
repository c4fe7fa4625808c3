import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  CLOCK,
  DEADLINE_POLICY,
  isWholeCity,
  ValidationFailedError,
  WHOLE_CITY,
} from '@hazard/domain';
import type { Actor, Clock, DeadlinePolicy, DigestScope } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import type { Environment } from '@hazard/config';
import { fieldError } from '@hazard/http';
import { digestSeconds, timed } from '@hazard/observability';
import {
  formatIsoWeek,
  lastCompletedWeek,
  parseIsoWeek,
  weekBounds,
  weekContaining,
} from '../../iso-week';
import { DigestNotIssuedError, findIssuedDigest, issueWeeklyDigest } from '../issue-weekly-digest';
import type { DigestDeps, IssuedDigest } from '../issue-weekly-digest';
import { firstRecordedAt, IssuedWeeks } from '../issued-weeks';
import type { IssuedWeek } from '../issued-weeks';
import type { WeeklyDigest } from '../weekly-digest.model';
import { DigestTimelineReader } from './digest-timeline.reader';

/** Issues and reads weekly digests for HTTP, the scheduler and the CLI alike. */
@Injectable()
export class WeeklyDigestService {
  private readonly logger = new Logger(WeeklyDigestService.name);
  private readonly issuedWeeks: IssuedWeeks;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DEADLINE_POLICY) private readonly policy: DeadlinePolicy,
    private readonly config: ConfigService<Environment, true>,
    private readonly timeline: DigestTimelineReader,
  ) {
    this.issuedWeeks = new IssuedWeeks(store);
  }

  get timeZone(): string {
    return this.config.get('TIME_ZONE', { infer: true });
  }

  lastCompletedWeek(): string {
    return lastCompletedWeek(this.clock.now(), this.timeZone);
  }

  /**
   * Issues `week` (default: the last completed week) or returns the one already stored. A week
   * named explicitly must lie within the record: not before the week of its first event.
   */
  async issue(actor: Actor, week?: string): Promise<IssuedDigest> {
    const named = week === undefined ? undefined : this.normalize(week);
    if (named !== undefined) await this.refuseBeforeRecord(named);
    const issued = await timed(
      (seconds) => digestSeconds.observe(seconds),
      () => issueWeeklyDigest(this.deps(), actor, named),
    );
    if (issued.created) {
      const { week: w, totals } = issued.digest;
      this.logger.log(`issued ${w}: ${totals.listed} listed, ${totals.overdue} overdue`);
    }
    return issued;
  }

  /** The stored digest of a week, or null when it has not been issued. */
  stored(week: string): Promise<IssuedDigest | null> {
    return findIssuedDigest(this.store, this.normalize(week));
  }

  /** Every week whose digest has been issued, newest first. */
  issued(): Promise<IssuedWeek[]> {
    return this.issuedWeeks.list(this.clock.now(), this.timeZone);
  }

  /**
   * An issued digest as `scope` may read it: the stored one for the whole city; for a town or
   * a department, the same computation over the same log prefix, of its cases only.
   */
  async find(week: string, scope: DigestScope = WHOLE_CITY): Promise<IssuedDigest> {
    const issued = await this.stored(week);
    if (!issued) throw new DigestNotIssuedError(this.normalize(week));
    if (isWholeCity(scope)) return issued;
    const bounds = weekBounds(issued.digest.week, this.timeZone);
    const digest = (await this.timeline.caughtUp()).compute(bounds, this.policy, { scope });
    return { ...issued, digest };
  }

  /**
   * Computed now and never stored: a week that has ended as it would be issued, the week still
   * running as a provisional digest of the week so far.
   */
  async preview(week: string, scope: DigestScope = WHOLE_CITY): Promise<WeeklyDigest> {
    const bounds = weekBounds(this.normalize(week), this.timeZone);
    const asOf = this.clock.now();
    return (await this.timeline.caughtUp()).compute(bounds, this.policy, { asOf, scope });
  }

  currentWeek(): string {
    return weekContaining(this.clock.now(), this.timeZone);
  }

  /** Start-up catch-up: a Monday run missed while the system was down is made up now. */
  async catchUp(actor: Actor): Promise<IssuedDigest | null> {
    const week = this.lastCompletedWeek();
    if (await findIssuedDigest(this.store, week)) return null;
    this.logger.log(`catching up the missed digest of ${week}`);
    return this.issue(actor, week);
  }

  /** The week of the first recorded event, or the last completed week if that is earlier. */
  private async earliestWeek(): Promise<string> {
    const last = this.lastCompletedWeek();
    const at = await firstRecordedAt(this.store);
    if (at === null) return last;
    const firstWeek = weekContaining(new Date(at), this.timeZone);
    // YYYY-Www sorts as text in calendar order.
    return firstWeek < last ? firstWeek : last;
  }

  private async refuseBeforeRecord(week: string): Promise<void> {
    const earliest = await this.earliestWeek();
    if (week < earliest) {
      throw new ValidationFailedError([fieldError('week', 'weekBeforeRecord', { week, earliest })]);
    }
  }

  private normalize(week: string): string {
    return formatIsoWeek(parseIsoWeek(week));
  }

  private deps(): DigestDeps {
    return {
      store: this.store,
      now: this.clock.now(),
      timeZone: this.timeZone,
      policy: this.policy,
      compute: async (bounds) => (await this.timeline.caughtUp()).compute(bounds, this.policy),
    };
  }
}
