import { Logger } from '@nestjs/common';
import { caseStream, claimNoticeNumber, inspectionIdOf } from '@hazard/commands';
import { NoticeNumberTakenError, TransitionNotAllowedError } from '@hazard/domain';
import type { HazardEvent } from '@hazard/workflows';
import type { RecordedEvent } from '@hazard/event-store';
import type { CampaignContext } from '../commands/campaign-context';
import { FOLLOW_UP_ACTOR } from '../commands/campaign-context';
import type { EscalationService } from '../commands/escalation.service';
import type { InspectionCommands } from '../commands/inspection-commands.service';

type Listed = Extract<HazardEvent, { type: 'HazardListed' }>['data'];

/**
 * What an event implies elsewhere, written by the system so that a process stopping between
 * two appends leaves nothing half done: an inspection's findings become general hazards; a
 * case listed from a general hazard closes that hazard as escalated; every listing holds its
 * notice number (which also claims the numbers of cases listed before claims existed). Each
 * step uses the command id the person's own request used, so it appends nothing twice.
 */
export class CampaignFollowUp {
  private readonly logger = new Logger('CampaignFollowUp');

  constructor(
    private readonly context: CampaignContext,
    private readonly inspections: InspectionCommands,
    private readonly escalations: EscalationService,
  ) {}

  async handle(event: RecordedEvent): Promise<void> {
    if (event.type === 'InspectionRecorded' && inspectionIdOf(event.streamId)) {
      await this.inspections.openFindings(event);
      return;
    }
    const caseId = caseStream.idOf(event.streamId);
    if (caseId && caseStream.holds(event) && event.type === 'HazardListed')
      await this.listed(caseId, event.data);
  }

  private async listed(caseId: string, { listing, origin }: Listed): Promise<void> {
    try {
      await claimNoticeNumber(this.context.store, listing.noticeNumber, caseId, {
        actor: FOLLOW_UP_ACTOR,
        role: 'scheduler',
        commandId: `notice-number/${caseId}`,
        now: this.context.now(),
        timeZone: this.context.timeZone,
      });
    } catch (error) {
      if (!(error instanceof NoticeNumberTakenError)) throw error;
      this.logger.warn(
        `case ${caseId} shares its notice number with an earlier case: ${error.message}`,
      );
    }
    if (!origin) return;
    const escalation = { caseId, criterion: listing.criterion, noticeNumber: listing.noticeNumber };
    try {
      await this.escalations.complete(origin.generalHazardId, escalation);
    } catch (error) {
      // Verified in the meantime: the hazard is closed and stays so; the case stands.
      if (!(error instanceof TransitionNotAllowedError)) throw error;
      this.logger.warn(
        `general hazard ${origin.generalHazardId} was not escalated: ${error.message}`,
      );
    }
  }
}
