import type { Priority } from '@hazard/workflows';
import type { Actor } from '@hazard/domain';
import type { HazardCaseView } from '../projection/hazard-case.view';

export interface HazardListFilter {
  /** A dotted state (`leaderAssigned.awaitingPlan`) or a top-level one matching its sub-states. */
  state?: string;
  town?: string;
  industryAuthority?: string;
  priority?: Priority;
  overdue?: boolean;
  leaderId?: string;
  /** The deadline in force falls within this many days from now and has not passed yet. */
  dueWithinDays?: number;
  /** Text found in the title, the unit's name or the notice number. */
  q?: string;
}

/** Listing time or deadline in force, `-` for descending; cases without a deadline come last. */
export const HAZARD_SORTS = ['listedAt', '-listedAt', 'deadline', '-deadline'] as const;
export type HazardSort = (typeof HAZARD_SORTS)[number];
export const DEFAULT_HAZARD_SORT: HazardSort = '-listedAt';

/** Either a page number (with a total) or a cursor from the previous page (cheap at any depth). */
export interface HazardListPaging {
  pageSize: number;
  page?: number;
  cursor?: string;
}

export interface HazardListQuery {
  actor: Actor;
  filter: HazardListFilter;
  sort?: HazardSort;
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
    | 'title'
    | 'unitName'
    | 'town'
    | 'industryAuthority'
    | 'priority'
    | 'professionalDomain'
    | 'noticeNumber'
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
  industryAuthority: view.listing.industryAuthority,
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
