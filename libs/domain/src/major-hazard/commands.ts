import type {
  CaseOrigin,
  DeadlineKind,
  EscalationLevel,
  Leader,
  Listing,
  Plan,
} from '@hazard/workflows';

/** What users and schedulers ask of a case. Imperative names; each maps to one event. */
export type CaseCommand =
  | { type: 'ListHazard'; data: { caseId: string; listing: Listing; origin?: CaseOrigin } }
  | { type: 'AssignLeader'; data: { leader: Leader } }
  | { type: 'ReassignLeader'; data: { leader: Leader; reason?: string } }
  | { type: 'SubmitPlan'; data: { plan: Plan } }
  | { type: 'ApprovePlan'; data: Record<string, never> }
  | { type: 'RejectPlan'; data: { reason: string } }
  | { type: 'ConfirmControls'; data: { note: string } }
  | { type: 'RecordProgress'; data: { note: string } }
  | { type: 'ReportRectified'; data: { summary: string } }
  | { type: 'RejectRectification'; data: { reason: string } }
  | { type: 'CloseCase'; data: { note: string } }
  | { type: 'RequestExtension'; data: { deadline: string; reason: string } }
  | { type: 'ApproveExtension'; data: { deadline?: string; reason?: string } }
  | { type: 'RefuseExtension'; data: { reason: string } }
  | { type: 'RecordDeadlineMissed'; data: { kind: DeadlineKind; deadline: string } }
  | {
      type: 'RaiseEscalation';
      data: { kind: DeadlineKind; deadline: string; level: EscalationLevel };
    }
  | { type: 'SendReminder'; data: { kind: DeadlineKind; deadline: string; daysBefore: number } };

export type CaseCommandType = CaseCommand['type'];

export const CASE_COMMAND_TYPES: readonly CaseCommandType[] = [
  'ListHazard',
  'AssignLeader',
  'ReassignLeader',
  'SubmitPlan',
  'ApprovePlan',
  'RejectPlan',
  'ConfirmControls',
  'RecordProgress',
  'ReportRectified',
  'RejectRectification',
  'CloseCase',
  'RequestExtension',
  'ApproveExtension',
  'RefuseExtension',
  'RecordDeadlineMissed',
  'RaiseEscalation',
  'SendReminder',
];
