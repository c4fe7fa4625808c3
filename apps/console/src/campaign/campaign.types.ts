import type { RecordedInspection, UnitProfile } from '@hazard/domain';
import type {
  FoundHazard,
  GeneralHazardState,
  HazardSource,
  Priority,
  Rectification,
  Supervision,
} from '@hazard/workflows';

/** What the campaign's endpoints answer (README "The campaign"). */

export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}

export interface Unit {
  unitId: string;
  profile: UnitProfile;
  supervision: Supervision;
  active: boolean;
  registeredAt: string;
  updatedAt: string;
  version: number;
}

export interface UnitDetail extends Unit {
  inspections: Inspection[];
  hazards: GeneralHazardSummary[];
}

export interface Inspection extends RecordedInspection {
  recordedAt: string;
  recordedBy: string;
}

export interface GeneralHazardSummary {
  id: string;
  state: GeneralHazardState;
  open: boolean;
  overdue: boolean;
  unitId: string;
  unitName: string;
  town: string;
  industryAuthority: string;
  source: HazardSource;
  grading: Priority;
  description: string;
  inspectionId: string | null;
  foundOn: string;
  deadlineInForce: { kind: 'rectification' | 'verification'; deadline: string } | null;
  escalatedCaseId: string | null;
  foundAt: string;
  verifiedAt: string | null;
  verifiedBy: string | null;
  version: number;
}

export interface GeneralHazardDetail {
  id: string;
  state: GeneralHazardState;
  open: boolean;
  overdue: boolean;
  hazard: FoundHazard;
  deadlineInForce: { kind: 'rectification' | 'verification'; deadline: string } | null;
  rectification: Rectification | null;
  report: string | null;
  rejections: number;
  escalatedTo: { caseId: string; noticeNumber: string } | null;
  foundAt: string;
  reportedAt: string | null;
  verifiedAt: string | null;
  verifiedBy: string | null;
  version: number;
  allowedActions: string[];
}

export interface HazardListEntry {
  kind: 'general' | 'major';
  id: string;
  unitName: string;
  town: string;
  industryAuthority: string;
  title: string;
  source: HazardSource | null;
  grading: Priority;
  state: string;
  foundAt: string;
  deadline: string | null;
  overdue: boolean;
  closedAt: string | null;
  closedBy: string | null;
}

export interface UnitImport {
  id: string;
  state: 'running' | 'finished' | string;
  total: number;
  done: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  written?: boolean;
  rejectedRows?: Array<{ row: number; column: string; reason: string }>;
}
