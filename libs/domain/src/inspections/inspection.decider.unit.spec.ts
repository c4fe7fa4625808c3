import {
  campaignActors as actors,
  GENERAL_POLICY,
  NOW,
  TIME_ZONE,
  unit,
} from '@hazard/testing/campaign-fixtures';
import { deciderSpecification } from '@hazard/testing/decider-specification';
import { ForbiddenError, ValidationFailedError } from '../errors';
import type { InspectionCommand } from './inspection.events';
import { hazardsFound } from './inspection.events';
import { inspectionDecider } from './inspection.decider';

const spec = deciderSpecification(inspectionDecider, {
  candidates: [actors.unit],
  now: () => NOW,
  timeZone: TIME_ZONE,
  policy: GENERAL_POLICY,
});

const record = (over: Partial<InspectionCommand['data']> = {}): InspectionCommand => ({
  type: 'RecordInspection',
  data: {
    inspectionId: 'i1',
    unit: { ...unit, active: true },
    kind: 'self',
    inspectedOn: '2026-11-30',
    inspectors: ['林志强'],
    scope: '生产车间、配电房',
    findings: [],
    ...over,
  },
});

describe('an inspection', () => {
  it('with no findings is a zero-hazard report (零隐患)', () => {
    const [event] = spec.run([], record());
    expect(event.data).toMatchObject({
      zeroHazard: true,
      findings: [],
      source: 'selfInspection',
      inspectedBy: unit.name,
    });
  });

  it('gives each finding the deadline of its grading unless it names one', () => {
    const [event] = spec.run(
      [],
      record({
        findings: [
          { hazardId: 'h1', description: '配电箱未接地', grading: 'urgent' },
          {
            hazardId: 'h2',
            description: '消防通道堵塞',
            grading: 'minor',
            rectificationDeadline: '2026-12-20T18:00:00+08:00',
          },
        ],
      }),
    );
    expect(event.data.zeroHazard).toBe(false);
    expect(event.data.findings.map((f) => f.rectificationDeadline)).toEqual([
      '2026-12-03T08:00:00+08:00',
      '2026-12-20T18:00:00+08:00',
    ]);
    expect(
      hazardsFound(event.data).map((h) => [h.hazardId, h.source, h.foundOn, h.inspectionId]),
    ).toEqual([
      ['h1', 'selfInspection', '2026-11-30', 'i1'],
      ['h2', 'selfInspection', '2026-11-30', 'i1'],
    ]);
  });

  it('counts a supervisory inspection as the town’s or the department’s, by who records it', () => {
    const byTown = spec.run([], record({ kind: 'supervisory' }), { actor: actors.town })[0];
    expect(byTown.data).toMatchObject({ source: 'town', inspectedBy: '水头镇' });
    const byDepartment = spec.run([], record({ kind: 'supervisory' }), {
      actor: actors.department,
    })[0];
    expect(byDepartment.data).toMatchObject({ source: 'department', inspectedBy: '工信局' });
    const fieldVisit = spec.run([], record({ kind: 'fieldGuidance' }), { actor: actors.hq })[0];
    expect(fieldVisit.data).toMatchObject({ source: 'spotCheck', inspectedBy: '指挥部' });
  });

  it('lets a unit record only its own self-inspection', () => {
    spec
      .given([])
      .when(record({ kind: 'supervisory' }), { actor: actors.unit })
      .thenThrows(ForbiddenError);
    spec.given([]).when(record(), { actor: actors.otherUnit }).thenThrows(ForbiddenError);
  });

  it('refuses a closed unit, a date to come and a deadline already past', () => {
    spec
      .given([])
      .when(record({ unit: { ...unit, active: false } }))
      .thenThrows(ValidationFailedError);
    spec
      .given([])
      .when(record({ inspectedOn: '2026-12-01' }))
      .thenThrows(ValidationFailedError);
    spec
      .given([])
      .when(record({ inspectedOn: '2026-02-30' }))
      .thenThrows(ValidationFailedError);
    spec
      .given([])
      .when(
        record({
          findings: [
            {
              hazardId: 'h1',
              description: '—',
              grading: 'minor',
              rectificationDeadline: '2026-11-01T00:00:00+08:00',
            },
          ],
        }),
      )
      .thenThrows(ValidationFailedError, (e) =>
        expect(e.errors[0].field).toBe('findings.0.rectificationDeadline'),
      );
  });
});
