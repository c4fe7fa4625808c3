import { Injectable } from '@nestjs/common';
import { deterministicUuid } from '@hazard/commands';
import { CaseCommandService, GeneralHazardCommandService } from '@hazard/commands';
import { generalHazardDecider, generalHazardFacts, VersionMismatchError } from '@hazard/domain';
import type { Actor, CaseCommand } from '@hazard/domain';
import type { HandledCommand } from '@hazard/commands';
import type { CaseOrigin, Criterion, HazardEscalation, Priority } from '@hazard/workflows';
import { CampaignContext, FOLLOW_UP_ACTOR } from './campaign-context';

export interface EscalationInput {
  criterion: Criterion;
  noticeNumber: string;
  listingLevel: string;
  professionalDomain: string;
  title?: string;
  priority?: Priority;
}

export interface EscalationResult {
  hazard: HandledCommand;
  caseId: string;
}

/** The major case a general hazard becomes has an id that follows from the hazard's. */
export const escalatedCaseId = (hazardId: string): string =>
  deterministicUuid(`escalation/${hazardId}`);

const escalateCommandId = (hazardId: string) => `escalate/${hazardId}`;

/** A title from the description: the first line, at most 200 characters. */
const titleFrom = (description: string): string =>
  [...(description.split('\n')[0] ?? description)].slice(0, 200).join('');

/**
 * 判定为重大隐患: the committee lists the general hazard as a major case, through the same
 * ListHazard command as POST /api/hazards (so its notice number is claimed, the listing
 * authorized and decided by the same rules), linked both ways: the case's HazardListed names
 * its origin, and the general hazard closes as escalated naming the case. Should the process
 * stop in between, the campaign follow-up completes the escalation from HazardListed.
 */
@Injectable()
export class EscalationService {
  constructor(
    private readonly context: CampaignContext,
    private readonly cases: CaseCommandService,
    private readonly hazards: GeneralHazardCommandService,
  ) {}

  async escalate(
    hazardId: string,
    input: EscalationInput,
    actor: Actor,
    request: { correlationId?: string; expectedVersion?: number } = {},
  ): Promise<EscalationResult> {
    const { snapshot, version } = await this.hazards.load(hazardId);
    const caseId = escalatedCaseId(hazardId);
    const escalation: HazardEscalation = {
      caseId,
      criterion: input.criterion,
      noticeNumber: input.noticeNumber,
    };
    // Decided first, without the store: a refused escalation lists nothing.
    generalHazardDecider.decide({ type: 'EscalateToMajor', data: escalation }, snapshot, {
      actor,
      now: this.context.now(),
      timeZone: this.context.timeZone,
      policy: this.context.policy,
    });
    if (request.expectedVersion !== undefined && request.expectedVersion !== version) {
      throw new VersionMismatchError(request.expectedVersion, version);
    }
    const facts = generalHazardFacts(snapshot, {
      asOf: this.context.now(),
      policy: this.context.policy,
    })!;
    const { hazard } = facts;
    const origin: CaseOrigin = { generalHazardId: hazardId, unitId: hazard.unit.unitId };
    const list: CaseCommand = {
      type: 'ListHazard',
      data: {
        caseId,
        listing: {
          title: input.title ?? titleFrom(hazard.description),
          description: hazard.description,
          unitName: hazard.unit.name,
          town: hazard.unit.town,
          industryAuthority: hazard.unit.industryAuthority,
          professionalDomain: input.professionalDomain,
          priority: input.priority ?? hazard.grading,
          criterion: input.criterion,
          listingLevel: input.listingLevel,
          noticeNumber: input.noticeNumber,
        },
        origin,
      },
    };
    await this.cases.execute({
      caseId,
      command: list,
      actor,
      commandId: `${escalateCommandId(hazardId)}/list`,
      correlationId: request.correlationId,
    });
    return { hazard: await this.complete(hazardId, escalation, actor, request), caseId };
  }

  /** The general hazard's half: closes it as escalated (the follow-up calls this alone). */
  complete(
    hazardId: string,
    escalation: HazardEscalation,
    actor: Actor = FOLLOW_UP_ACTOR,
    request: { correlationId?: string; expectedVersion?: number } = {},
  ): Promise<HandledCommand> {
    return this.hazards.execute({
      id: hazardId,
      command: { type: 'EscalateToMajor', data: escalation },
      actor,
      commandId: escalateCommandId(hazardId),
      correlationId: request.correlationId,
      expectedVersion: request.expectedVersion,
    });
  }
}
