import type { HazardEscalation, FoundHazard, GeneralDeadlineKind } from '@hazard/workflows';

/** What people, the inspection's follow-up and the scheduler ask of a general hazard. */
export type GeneralHazardCommand =
  /** A finding of an inspection, opened on the inspection's behalf (it was authorized there). */
  | { type: 'OpenFinding'; data: { hazard: FoundHazard } }
  /** 群众举报: a hazard reported by the public, entered by the town or the department. */
  | { type: 'ReportHazard'; data: { hazard: FoundHazard } }
  | { type: 'StartRectification'; data: { responsiblePerson: string; measures: string } }
  | { type: 'ReportRectified'; data: { summary: string } }
  | { type: 'RejectRectification'; data: { reason: string } }
  | { type: 'VerifyRectification'; data: { note: string } }
  | { type: 'ExtendDeadline'; data: { deadline: string; reason: string } }
  | { type: 'EscalateToMajor'; data: HazardEscalation }
  | { type: 'RecordDeadlineMissed'; data: { kind: GeneralDeadlineKind; deadline: string } }
  | {
      type: 'SendReminder';
      data: { kind: GeneralDeadlineKind; deadline: string; daysBefore: number };
    };

export type GeneralHazardCommandType = GeneralHazardCommand['type'];

export const GENERAL_HAZARD_COMMAND_TYPES: readonly GeneralHazardCommandType[] = [
  'OpenFinding',
  'ReportHazard',
  'StartRectification',
  'ReportRectified',
  'RejectRectification',
  'VerifyRectification',
  'ExtendDeadline',
  'EscalateToMajor',
  'RecordDeadlineMissed',
  'SendReminder',
];
