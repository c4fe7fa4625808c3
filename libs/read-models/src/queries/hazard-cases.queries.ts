import { Inject, Injectable } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { CaseNotFoundError, CLOCK, DEADLINE_POLICY } from '@hazard/domain';
import type { Actor, Clock, DeadlinePolicy } from '@hazard/domain';
import { READ_MODEL_DB } from '../read-model-database';
import type { HazardCaseView } from '../projection/hazard-case.view';
import { assertCanSeeCase } from './case-scope';
import { toSummary } from './hazard-list.query';
import type { HazardListPage, HazardListQuery } from './hazard-list.query';
import { caseOfRow, HazardListReader, SELECT_CASE } from './hazard-list.reader';
import type { CaseAt, CaseRow } from './hazard-list.reader';

/** The hazard list and case detail, served from the read model. */
@Injectable()
export class HazardCaseQueries {
  private readonly byId;
  private readonly reader: HazardListReader;

  constructor(
    @Inject(READ_MODEL_DB) private readonly db: Database.Database,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DEADLINE_POLICY) private readonly policy: DeadlinePolicy,
  ) {
    this.byId = db.prepare<[string], CaseRow>(
      `${SELECT_CASE} FROM hazard_cases c JOIN hazard_case_snapshots s USING (listed_position)
       WHERE c.id = ?`,
    );
    this.reader = new HazardListReader(db, policy);
  }

  list({ actor, filter, sort, paging }: HazardListQuery): HazardListPage {
    const selection = { actor, filter, sort, asOf: this.clock.now() };
    const { views, page, nextCursor, before } = this.reader.page(selection, paging);
    // A page that is not full, and not past the end, ends the list: it tells the total itself.
    const endsList =
      before !== null && views.length < paging.pageSize && (views.length > 0 || before === 0);
    const total = endsList ? before + views.length : this.reader.count(selection);
    return { items: views.map(toSummary), total, page, pageSize: paging.pageSize, nextCursor };
  }

  detail(actor: Actor, caseId: string): HazardCaseView {
    return this.caseAt(actor, caseId).view;
  }

  /** The case now, with the snapshot the domain answers further questions from. */
  caseAt(actor: Actor, caseId: string): CaseAt & { asOf: Date } {
    const row = this.byId.get(caseId);
    if (!row) throw new CaseNotFoundError(caseId);
    const asOf = this.clock.now();
    const found = caseOfRow(row, asOf, this.policy);
    assertCanSeeCase(actor, found.view.listing.town, found.view.leader?.id ?? null);
    return { ...found, asOf };
  }
}
