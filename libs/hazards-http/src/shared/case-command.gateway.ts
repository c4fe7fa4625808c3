import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { deterministicUuid } from '@hazard/cases';
import { CaseCommandService } from '@hazard/core';
import type { CaseCommand } from '@hazard/domain';
import type { CommandRequest } from './command-request.decorator';
import type { CommandResultResponseDto } from './command-result.response.dto';

/**
 * Turns an HTTP request into a command envelope and the result into `{id, state, version}`
 * plus its ETag. Idempotency keys are scoped to the user, so two users' keys never collide.
 */
@Injectable()
export class CaseCommandGateway {
  constructor(private readonly cases: CaseCommandService) {}

  /** The same key maps to the same id again, so a retried POST /api/hazards finds its case. */
  idFor(request: CommandRequest, purpose: 'case' | 'command'): string {
    return request.idempotencyKey
      ? deterministicUuid(`${purpose}/${request.actor.userId}/${request.idempotencyKey}`)
      : randomUUID();
  }

  async execute(
    caseId: string,
    command: CaseCommand,
    request: CommandRequest,
  ): Promise<CommandResultResponseDto> {
    const result = await this.cases.execute({
      caseId,
      command,
      actor: request.actor,
      commandId: this.idFor(request, 'command'),
      correlationId: request.correlationId,
      expectedVersion: request.expectedVersion,
    });
    request.response.setHeader('ETag', `"${result.version}"`);
    if (request.correlationId)
      request.response.setHeader('X-Correlation-Id', request.correlationId);
    return { id: result.caseId, state: result.state, version: result.version };
  }
}
