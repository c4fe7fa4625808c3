import type { Priority } from '@hazard/workflows';
import type { Actor } from '@hazard/domain';
import type { HazardCaseView } from '../projection/hazard-case.view';

export interface HazardListFilter {
  /** A dotted state (`leaderAssigned.awaitingPlan`) or a top-level one matching its sub-states. */
  state?: string;
  town?: string;
  priority?: Priority;
  overdue?: boolean;
  leaderId?: string;
}

/** Either a page number (with a total) or a cursor from the previous page (cheap at any depth). */
export interface HazardListPaging {
  pageSize: number;
  page?: number;
  cursor?: string;
}

export interface HazardListQuery {
  actor: Actor;
  filter: HazardListFilter;
  paging: HazardListPaging;
}

export type HazardCaseSummary = Pick<
  HazardCaseView,
  | 'id'
  | 'state'
  | 'leader'
  | 'deadlineInForce'
  | 'overdue'
  | 'escalationLevel'
  | 'version'
  | 'listedAt'
  | 'updatedAt'
> &
  Pick<
    HazardCaseView['listing'],
    'title' | 'unitName' | 'town' | 'priority' | 'professionalDomain' | 'noticeNumber'
  >;

export interface HazardListPage {
  items: HazardCaseSummary[];
  /** Cases matching the filters within the caller's jurisdiction. */
  total: number;
  page: number | null;
  pageSize: number;
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export const toSummary = (view: HazardCaseView): HazardCaseSummary => ({
  id: view.id,
  title: view.listing.title,
  unitName: view.listing.unitName,
  town: view.listing.town,
  priority: view.listing.priority,
  professionalDomain: view.listing.professionalDomain,
  noticeNumber: view.listing.noticeNumber,
  state: view.state,
  leader: view.leader,
  deadlineInForce: view.deadlineInForce,
  overdue: view.overdue,
  escalationLevel: view.escalationLevel,
  version: view.version,
  listedAt: view.listedAt,
  updatedAt: view.updatedAt,
});
