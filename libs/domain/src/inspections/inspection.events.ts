import type { FoundHazard, HazardSource, HazardUnit, Priority } from '@hazard/workflows';

/**
 * 企业自查 (the unit's own), 监督检查 (by its town or industry department) and 现场指导 (the
 * headquarters' field-guidance team, whose visits are the spot checks of zero-hazard units).
 */
export const INSPECTION_KINDS = ['self', 'supervisory', 'fieldGuidance'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export interface Finding {
  /** The general hazard this finding becomes (its stream `general_hazard-<id>`). */
  hazardId: string;
  description: string;
  grading: Priority;
  rectificationDeadline: string;
}

export interface RecordedInspection {
  inspectionId: string;
  unit: HazardUnit;
  kind: InspectionKind;
  /** What its findings are counted as: selfInspection, town, department or spotCheck. */
  source: Exclude<HazardSource, 'publicReport'>;
  /** Who inspected: the unit itself, the town, the department, or the field team. */
  inspectedBy: string;
  /** The local calendar date of the inspection, `YYYY-MM-DD`. */
  inspectedOn: string;
  inspectors: string[];
  scope: string;
  /** 零隐患: nothing was found. Stored as such, so that "reported zero" is a fact. */
  zeroHazard: boolean;
  findings: Finding[];
  /** The drawn spot check (重点抽查) this field-guidance visit carries out, if any. */
  spotCheckId?: string;
}

/** The one fact of an `inspection-<id>` stream. */
export type InspectionEvent = { type: 'InspectionRecorded'; data: RecordedInspection };

export interface NewFinding {
  hazardId: string;
  description: string;
  grading: Priority;
  /** Omitted: the grading's default (GeneralHazardPolicy.rectificationDays). */
  rectificationDeadline?: string;
}

export type InspectionCommand = {
  type: 'RecordInspection';
  data: {
    inspectionId: string;
    /** The unit as it stands now, read by the caller from its stream. */
    unit: HazardUnit & { active: boolean };
    kind: InspectionKind;
    inspectedOn: string;
    inspectors: string[];
    scope: string;
    findings: NewFinding[];
    spotCheckId?: string;
  };
};

/** The general hazards an inspection's findings become, one per finding, in order. */
export const hazardsFound = (inspection: RecordedInspection): FoundHazard[] =>
  inspection.findings.map((finding) => ({
    hazardId: finding.hazardId,
    unit: inspection.unit,
    inspectionId: inspection.inspectionId,
    source: inspection.source,
    description: finding.description,
    grading: finding.grading,
    foundOn: inspection.inspectedOn,
    rectificationDeadline: finding.rectificationDeadline,
  }));
