import type Database from 'better-sqlite3';
import type { CaseSnapshot, CaseState, Listing } from '@hazard/workflows';
import { inDigestScope, WHOLE_CITY } from '@hazard/domain';
import type { DeadlinePolicy } from '@hazard/domain';
import type { WeekBounds } from '../../iso-week';
import { assembleWeeklyDigest, noActivity } from '../weekly-digest.builder';
import type { DigestOptions } from '../weekly-digest.builder';
import type { DigestCaseRef, DigestWeekActivity, WeeklyDigest } from '../weekly-digest.model';
import { restoreInterval } from './digest-timeline.projection';

type ActivityRow = [number, string, CaseState, CaseState, string | null];

/**
 * A week's digest from the temporal read model: the same cut and the same numbers as
 * computeWeeklyDigest's fold of the log (a property spec holds them equal), as a handful of
 * indexed queries. It reflects the events the timeline projection has taken in: callers
 * wait for it to reach the store's end first (see WeeklyDigestService).
 */
export class DigestTimeline {
  private readonly sql;

  constructor(db: Database.Database) {
    this.sql = {
      cut: db.prepare<[number], { ord: number }>(
        'SELECT ord FROM digest_log WHERE reach_ms >= ? ORDER BY reach_ms, ord LIMIT 1',
      ),
      last: db
        .prepare<[number], { ord: bigint; position: bigint }>(
          'SELECT ord, position FROM digest_log WHERE ord < ? ORDER BY ord DESC LIMIT 1',
        )
        .safeIntegers(true),
      cases: db
        .prepare<[number], [number, string | null, string | null]>(
          `SELECT c.case_key, c.listing,
             (SELECT i.snapshot FROM digest_intervals i
              WHERE i.case_key = c.case_key AND i.from_ord < ?
              ORDER BY i.from_ord DESC LIMIT 1)
           FROM digest_cases c`,
        )
        .raw(true),
      activity: db
        .prepare<[number, number, number], ActivityRow>(
          `SELECT case_key, type, from_state, to_state, ref FROM digest_log
           WHERE ord >= ? AND ord < ? AND occurred_ms >= ? AND case_key IS NOT NULL ORDER BY ord`,
        )
        .raw(true),
      listingOf: db.prepare<[number], { listing: string | null }>(
        'SELECT listing FROM digest_cases WHERE case_key = ?',
      ),
    };
  }

  compute(
    bounds: WeekBounds,
    policy: DeadlinePolicy,
    options: Omit<DigestOptions, 'policy'> = {},
  ): WeeklyDigest {
    const requested = options.asOf ?? bounds.cutOff;
    const asOf = requested < bounds.cutOff ? requested : bounds.cutOff;
    const scope = options.scope ?? WHOLE_CITY;
    // The cut: the first event at or after asOf in business time, and everything after it.
    const cut = this.sql.cut.get(asOf.getTime())?.ord ?? Number.MAX_SAFE_INTEGER;
    const last = this.sql.last.get(cut);
    const inScope = (listing: Listing | null) => !listing || inDigestScope(scope, listing);
    const outside = new Set<number>();
    const cases: CaseSnapshot[] = [];
    for (const [caseKey, listingJson, json] of this.sql.cases.iterate(cut)) {
      if (json === null) continue;
      const listing = listingJson === null ? null : (JSON.parse(listingJson) as Listing);
      if (inScope(listing)) cases.push(restoreInterval(json, listing));
      else outside.add(caseKey);
    }
    const activity = this.activity(bounds.start.getTime(), cut, (key) => {
      if (outside.has(key)) return false;
      const row = this.sql.listingOf.get(key);
      return inScope(row?.listing ? (JSON.parse(row.listing) as Listing) : null);
    });
    return assembleWeeklyDigest({
      bounds,
      asOf,
      policy,
      scope,
      cases,
      activity,
      throughPosition: last ? last.position : null,
      events: last ? Number(last.ord) : 0,
    });
  }

  private activity(
    startMs: number,
    cut: number,
    covers: (caseKey: number) => boolean,
  ): DigestWeekActivity {
    const activity = noActivity();
    const covered = new Map<number, boolean>();
    // No event before the first whose reach is the week's start happened in the week.
    const first = this.sql.cut.get(startMs)?.ord ?? cut;
    for (const [caseKey, type, from, to, ref] of this.sql.activity.iterate(first, cut, startMs)) {
      let ok = covered.get(caseKey);
      if (ok === undefined) covered.set(caseKey, (ok = covers(caseKey)));
      if (!ok) continue;
      if (from !== to) {
        activity.stateChanges += 1;
        activity.enteredState[to] = (activity.enteredState[to] ?? 0) + 1;
      }
      if (type === 'HazardListed')
        activity.newListings.push(JSON.parse(ref ?? '') as DigestCaseRef);
      if (type === 'CaseClosed') activity.closures.push(JSON.parse(ref ?? '') as DigestCaseRef);
      if (type === 'DeadlineMissed') activity.deadlinesMissed += 1;
      if (type === 'EscalationRaised') activity.escalationsRaised += 1;
    }
    return activity;
  }
}
