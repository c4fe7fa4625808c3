import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type Database from 'better-sqlite3';
import {
  CLOCK,
  isCalendarDate,
  localDayBounds,
  localDayOf,
  toZonedIso,
  ValidationFailedError,
} from '@hazard/domain';
import type { Clock, DailySnapshot, FigureGrouping, FigureSet, GroupFigures } from '@hazard/domain';
import type { Environment } from '@hazard/config';
import { CAMPAIGN_DB } from '../../read-model/campaign-database';
import { CampaignReadModel } from '../../read-model/campaign-read-model.service';
import { DailySnapshotReader } from './daily-snapshot';

export interface DailyFiguresAnswer {
  date: string;
  timeZone: string;
  /** The facts stamped before this instant (the end of the day, local time) are counted. */
  cutOff: string;
  city: FigureSet;
  by: FigureGrouping | null;
  groups: GroupFigures[];
}

/** The daily figures of any day up to today, from the daily facts of the read model. */
@Injectable()
export class DailyFigures {
  private readonly reader: DailySnapshotReader;

  constructor(
    @Inject(CAMPAIGN_DB) db: Database.Database,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly config: ConfigService<Environment, true>,
    // Made first, so that the tables of the daily facts this reads exist.
    readModel: CampaignReadModel,
  ) {
    void readModel;
    this.reader = new DailySnapshotReader(db);
  }

  get timeZone(): string {
    return this.config.get('TIME_ZONE', { infer: true });
  }

  today(): string {
    return localDayOf(this.clock.now(), this.timeZone);
  }

  /** A day named by a caller: a calendar date, today or earlier; default today. */
  day(text: string | undefined, field = 'date'): string {
    if (text === undefined) return this.today();
    if (!isCalendarDate(text) || text > this.today()) {
      throw new ValidationFailedError([
        {
          field,
          message: 'must be a calendar date (YYYY-MM-DD), today or earlier',
          zh: '须为今天或之前的日期（YYYY-MM-DD）',
        },
      ]);
    }
    return text;
  }

  /** The first instant after `day`, local time. */
  endOf(day: string): Date {
    return localDayBounds(day, this.timeZone).end;
  }

  snapshot(cutOff: Date): DailySnapshot {
    return this.reader.snapshot(cutOff.getTime());
  }

  figures(date: string, by?: FigureGrouping): DailyFiguresAnswer {
    const cutOff = this.endOf(date);
    const snapshot = this.snapshot(cutOff);
    return {
      date,
      timeZone: this.timeZone,
      cutOff: toZonedIso(cutOff, this.timeZone),
      city: snapshot.city,
      by: by ?? null,
      groups: by ? snapshot.groups[by] : [],
    };
  }
}
