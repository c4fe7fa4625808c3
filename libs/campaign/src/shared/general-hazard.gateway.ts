import { Injectable } from '@nestjs/common';
import { generalHazardStreamId } from '@hazard/commands';
import { GeneralHazardCommandService } from '@hazard/commands';
import type { GeneralHazardCommand } from '@hazard/domain';
import { answer, keyedIds } from '@hazard/hazards-http';
import type { CommandRequest } from '@hazard/hazards-http';
import { CampaignContext } from '../commands/campaign-context';
import { CampaignReadModel } from '../read-model/campaign-read-model.service';

export interface GeneralHazardResult {
  id: string;
  state: string;
  version: number;
}

/**
 * An HTTP request as a general-hazard command: If-Match, Idempotency-Key (per user, refused
 * with another body) and X-Correlation-Id as for cases; the answer waits until the lists
 * show the change.
 */
@Injectable()
export class GeneralHazardGateway {
  constructor(
    private readonly hazards: GeneralHazardCommandService,
    private readonly context: CampaignContext,
    private readonly readModel: CampaignReadModel,
  ) {}

  async execute(
    hazardId: string,
    command: GeneralHazardCommand,
    request: CommandRequest,
  ): Promise<GeneralHazardResult> {
    const ids = await keyedIds(
      this.context.store,
      generalHazardStreamId(hazardId),
      command,
      request,
    );
    const handled = await this.hazards.execute({
      id: hazardId,
      command,
      actor: request.actor,
      ...ids,
      correlationId: request.correlationId,
      expectedVersion: request.expectedVersion,
    });
    const last = handled.events.at(-1);
    if (last) await this.readModel.reached(last.position);
    return answer(request, { id: hazardId, state: handled.state, version: handled.version });
  }
}
