import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { deterministicUuid, handleCommand, INSPECTION_STREAMS, readOnce } from '@hazard/commands';
import { GeneralHazardCommandService } from '@hazard/commands';
import { hazardsFound, hazardUnitOf, ValidationFailedError } from '@hazard/domain';
import type { Actor, InspectionKind, RecordedInspection } from '@hazard/domain';
import type { RecordedEvent } from '@hazard/event-store';
import type { Priority } from '@hazard/workflows';
import { spotCheckDrawStream } from '../daily/spot-checks/spot-check.stream';
import { CampaignContext, FOLLOW_UP_ACTOR } from './campaign-context';
import { UnitCommands } from './unit-commands.service';

export interface NewInspection {
  unitId: string;
  kind: InspectionKind;
  inspectedOn: string;
  inspectors: string[];
  scope: string;
  findings: Array<{ description: string; grading: Priority; rectificationDeadline?: string }>;
  /** The drawn spot check this field-guidance visit carries out. */
  spotCheckId?: string;
}

export interface RecordedInspectionResult {
  id: string;
  version: number;
  zeroHazard: boolean;
  hazardIds: string[];
  /** Position of the last event written: the read models have it once they reach it. */
  position: bigint;
}

/** Each finding's hazard id follows from the inspection: opening it again finds the same. */
export const findingHazardId = (inspectionId: string, index: number): string =>
  deterministicUuid(`finding/${inspectionId}/${index}`);

/**
 * Records an inspection, then opens the general hazard of each finding. The inspection is
 * the record of what was found; should the process stop between the two, the campaign
 * follow-up opens the findings from the InspectionRecorded event (the same command ids, so
 * whichever comes second appends nothing).
 */
@Injectable()
export class InspectionCommands {
  constructor(
    private readonly context: CampaignContext,
    private readonly units: UnitCommands,
    private readonly hazards: GeneralHazardCommandService,
  ) {}

  async record(
    input: NewInspection,
    actor: Actor,
    ids: {
      inspectionId?: string;
      commandId?: string;
      correlationId?: string;
      causationId?: string;
    } = {},
  ): Promise<RecordedInspectionResult> {
    const unit = await this.units.load(input.unitId);
    if (input.spotCheckId !== undefined) await this.requireDrawn(input.spotCheckId, input.unitId);
    const inspectionId = ids.inspectionId ?? randomUUID();
    const handled = await handleCommand(
      INSPECTION_STREAMS,
      this.context.deps(this.context.policy),
      {
        id: inspectionId,
        command: {
          type: 'RecordInspection',
          data: {
            inspectionId,
            unit: { ...hazardUnitOf(unit), active: unit.active },
            kind: input.kind,
            inspectedOn: input.inspectedOn,
            inspectors: input.inspectors,
            scope: input.scope,
            findings: input.findings.map((finding, i) => ({
              ...finding,
              hazardId: findingHazardId(inspectionId, i),
            })),
            ...(input.spotCheckId === undefined ? {} : { spotCheckId: input.spotCheckId }),
          },
        },
        actor,
        commandId: ids.commandId ?? randomUUID(),
        correlationId: ids.correlationId,
        causationId: ids.causationId,
      },
    );
    const recorded = handled.events[0];
    const opened = await this.openFindings(recorded);
    const data = recorded.data as unknown as RecordedInspection;
    return {
      id: inspectionId,
      version: handled.version,
      zeroHazard: data.zeroHazard,
      hazardIds: data.findings.map((f) => f.hazardId),
      position: opened.reduce((max, p) => (p > max ? p : max), recorded.position),
    };
  }

  /** A visit carries out a spot check only if that day's draw drew this unit under that id. */
  private async requireDrawn(spotCheckId: string, unitId: string): Promise<void> {
    const draw = await readOnce(this.context.store, spotCheckDrawStream, spotCheckId.slice(0, 10));
    if (draw?.data.drawn.some((d) => d.spotCheckId === spotCheckId && d.unitId === unitId)) return;
    throw new ValidationFailedError([
      {
        field: 'spotCheckId',
        message: `${spotCheckId} is not a spot check drawn for this unit`,
        zh: `${spotCheckId} 不是为该单位抽取的抽查`,
      },
    ]);
  }

  /** Opens the general hazard of each finding of a recorded inspection; returns their positions. */
  async openFindings(recorded: RecordedEvent): Promise<bigint[]> {
    const inspection = recorded.data as unknown as RecordedInspection;
    const correlationId = String(recorded.metadata.correlationId ?? recorded.id);
    return Promise.all(
      hazardsFound(inspection).map(async (hazard, i) => {
        const handled = await this.hazards.execute({
          id: hazard.hazardId,
          command: { type: 'OpenFinding', data: { hazard } },
          actor: FOLLOW_UP_ACTOR,
          commandId: `open-finding/${inspection.inspectionId}/${i}`,
          correlationId,
          causationId: recorded.id,
        });
        return handled.events.at(-1)?.position ?? 0n;
      }),
    );
  }
}
