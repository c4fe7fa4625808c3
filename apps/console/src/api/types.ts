import type { Role } from '@hazard/domain';
import type {
  CaseState,
  DeadlineKind,
  EscalationLevel,
  Leader,
  Listing,
  PendingExtension,
  Plan,
  Priority,
} from '@hazard/workflows';

/** What the console reads from the API (CONSOLE-API.md and README "Using the API"). */

export interface Me {
  id: string;
  name: string;
  login: string | null;
  roles: Role[];
  towns: string[];
  departments: string[];
}

export interface User extends Me {
  active: boolean;
}

export interface DeadlineInForce {
  kind: DeadlineKind;
  deadline: string;
}

export interface CaseSummary {
  id: string;
  title: string;
  unitName: string;
  town: string;
  priority: Priority;
  professionalDomain: string;
  noticeNumber: string;
  industryAuthority?: string;
  state: CaseState;
  leader: Leader | null;
  deadlineInForce: DeadlineInForce | null;
  overdue: boolean;
  escalationLevel: EscalationLevel | null;
  version: number;
  listedAt: string;
  updatedAt: string;
}

export interface CaseView {
  id: string;
  state: CaseState;
  listing: Listing;
  leader: Leader | null;
  plan: Plan | null;
  deadlines: Partial<Record<DeadlineKind, string>>;
  deadlineInForce: DeadlineInForce | null;
  overdue: boolean;
  escalationLevel: EscalationLevel | null;
  pendingExtension: PendingExtension | null;
  progressReports: number;
  version: number;
  listedAt: string;
  updatedAt: string;
  /** The commands this user may send now, as the domain decides. */
  allowedActions: string[];
}

export interface ListPage<T> {
  items: T[];
  total: number;
  page: number | null;
  pageSize: number;
  nextCursor: string | null;
}

export interface HistoryEntry {
  id: string;
  type: string;
  revision: number;
  data: Record<string, unknown>;
  metadata: {
    actor?: { userId: string; name: string; role: Role };
    occurredAt: string;
  };
}

/** GET /api/hazards/:id/events: pass nextCursor back as `after`; null on the last page. */
export interface HistoryPage {
  items: HistoryEntry[];
  nextCursor: number | null;
}

export interface Notification {
  id: string;
  type: string;
  caseId?: string;
  week?: string;
  occurredAt: string;
  title: string;
  body: string;
  read: boolean;
}

export interface NotificationPage {
  items: Notification[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

export interface IssuedWeek {
  week: string;
  issuedAt: string;
}

export interface Registry {
  items: Array<{ name: string; en?: string; supervision?: 'city' | 'town' }>;
}

/** Cases of a town or an industry authority: all of them, those not closed, those overdue. */
export interface GroupFigures {
  total: number;
  open: number;
  overdue: number;
}

/** GET /api/dashboard, within the user's jurisdiction. */
export interface Dashboard {
  asOf: string;
  total: number;
  open: number;
  byState: Array<{ state: CaseState; count: number }>;
  /** byEscalationLevel: level null is overdue, not (yet) escalated. */
  overdue: {
    total: number;
    byEscalationLevel: Array<{ level: EscalationLevel | null; count: number }>;
  };
  dueWithin7Days: number;
  byTown: Array<GroupFigures & { town: string }>;
  byIndustryAuthority: Array<GroupFigures & { industryAuthority: string }>;
  /** The last 12 ISO weeks, oldest first. */
  weekly: Array<{ week: string; listed: number; closed: number }>;
}
