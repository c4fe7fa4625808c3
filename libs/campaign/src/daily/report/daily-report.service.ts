import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import parser from 'cron-parser';
import { authorizeDigestIssue, CLOCK, DomainError, localDayOf } from '@hazard/domain';
import type { Actor, Clock } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import type { Environment } from '@hazard/config';
import { appendOnce, readOnce } from '@hazard/commands';
import { buildDailyReport, DAILY_REPORT_ISSUED, dailyReportStream } from '@hazard/reporting';
import type { DailyReport, DailyReportEvent, DailyReportIssued } from '@hazard/reporting';
import { CampaignReadModel } from '../../read-model/campaign-read-model.service';
import { DailyFigures } from '../figures/daily-figures.service';

export class DailyReportNotIssuedError extends DomainError {
  readonly status = 404;
  readonly code = 'not-found';
  constructor(readonly date: string) {
    super(`the daily report of ${date} has not been issued`);
  }
}

export interface IssuedDailyReport {
  report: DailyReport;
  issuedAt: string;
  issuedBy: { userId: string; name: string; role: string };
  created: boolean;
}

const toIssued = ({ data, metadata }: DailyReportEvent, created: boolean): IssuedDailyReport => ({
  report: data,
  issuedAt: metadata.occurredAt,
  issuedBy: metadata.actor,
  created,
});

/**
 * Issues the daily report (每日一报) of a day once, as the only event of the day's stream, from
 * the facts stamped before the end of the day or the moment of issuing, whichever is first
 * (recorded as its cut-off, so the report can be computed again).
 */
@Injectable()
export class DailyReportService {
  private readonly logger = new Logger(DailyReportService.name);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly figures: DailyFigures,
    private readonly readModel: CampaignReadModel,
    private readonly config: ConfigService<Environment, true>,
  ) {}

  /** Today's report as it would read now, computed and stored nowhere (the console's "today"). */
  preview(): DailyReport {
    const now = this.clock.now();
    return this.reportAt(this.figures.today(), now);
  }

  async issue(actor: Actor, date?: string): Promise<IssuedDailyReport> {
    const role = authorizeDigestIssue(actor, 'daily report');
    const day = this.figures.day(date);
    const now = this.clock.now();
    const timeZone = this.figures.timeZone;
    const { event, created } = await appendOnce(
      this.store,
      dailyReportStream,
      day,
      { actor, role, now, timeZone },
      async (): Promise<DailyReportIssued> => {
        await this.readModel.caughtUp();
        return { type: DAILY_REPORT_ISSUED, data: this.reportAt(day, now) };
      },
    );
    if (created) {
      const { headline } = event.data;
      this.logger.log(`issued ${day}: ${headline.units} units, ${headline.hazards} hazards`);
    }
    return toIssued(event, created);
  }

  /** The report of `day` from the facts before its end or `now`, whichever is first. */
  private reportAt(day: string, now: Date): DailyReport {
    const end = this.figures.endOf(day);
    const cutOff = end.getTime() < now.getTime() ? end : now;
    return buildDailyReport(this.figures.snapshot(cutOff), {
      date: day,
      timeZone: this.figures.timeZone,
      cutOff,
      shown: this.config.get('DAILY_REPORT_SHOWN', { infer: true }),
    });
  }

  async find(date: string): Promise<IssuedDailyReport> {
    const day = this.figures.day(date);
    const event = await readOnce(this.store, dailyReportStream, day);
    if (!event) throw new DailyReportNotIssuedError(day);
    return toIssued(event, false);
  }

  /** The day of the schedule's last run before now, in TIME_ZONE. */
  lastScheduledDay(): string {
    const timeZone = this.figures.timeZone;
    const interval = parser.parseExpression(this.config.get('DAILY_REPORT_CRON', { infer: true }), {
      currentDate: this.clock.now(),
      tz: timeZone,
    });
    return localDayOf(interval.prev().toDate(), timeZone);
  }

  /** Start-up catch-up: a run missed while the system was down is made up now. */
  async catchUp(actor: Actor): Promise<IssuedDailyReport | null> {
    const day = this.lastScheduledDay();
    if (await readOnce(this.store, dailyReportStream, day)) return null;
    this.logger.log(`catching up the missed daily report of ${day}`);
    return this.issue(actor, day);
  }
}
