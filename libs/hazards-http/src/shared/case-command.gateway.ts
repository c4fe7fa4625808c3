import { Inject, Injectable } from '@nestjs/common';
import { caseStreamId } from '@hazard/commands';
import { CaseCommandService } from '@hazard/commands';
import type { CaseCommand } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import type { CommandRequest } from './command-request.decorator';
import type { CommandResultResponseDto } from './command-result.response.dto';
import { answer, idForRequest, keyedIds } from './keyed-command';

/** Turns an HTTP request into a case command envelope and the result into `{id, state, version}`. */
@Injectable()
export class CaseCommandGateway {
  constructor(
    private readonly cases: CaseCommandService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** The same key maps to the same id again, so a retried POST /api/hazards finds its case. */
  idFor(request: CommandRequest, purpose: 'case'): string {
    return idForRequest(request, purpose);
  }

  async execute(
    caseId: string,
    command: CaseCommand,
    request: CommandRequest,
  ): Promise<CommandResultResponseDto> {
    const ids = await keyedIds(this.store, caseStreamId(caseId), command, request);
    const result = await this.cases.execute({
      caseId,
      command,
      actor: request.actor,
      ...ids,
      correlationId: request.correlationId,
      expectedVersion: request.expectedVersion,
    });
    return answer(request, { id: result.caseId, state: result.state, version: result.version });
  }
}
