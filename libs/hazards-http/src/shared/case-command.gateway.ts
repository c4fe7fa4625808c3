import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import stableStringify from 'fast-json-stable-stringify';
import { caseStreamId, deterministicUuid } from '@hazard/cases';
import { CaseCommandService } from '@hazard/core';
import { IdempotencyKeyReusedError } from '@hazard/domain';
import type { CaseCommand } from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import { IdempotencyKeyMismatchError } from '@hazard/http';
import type { CommandRequest } from './command-request.decorator';
import type { CommandResultResponseDto } from './command-result.response.dto';

/** The same command, whatever the order of its fields, has the same fingerprint. */
const fingerprint = (command: CaseCommand): string =>
  createHash('sha256').update(stableStringify(command)).digest('base64url');

/**
 * Turns an HTTP request into a command envelope and the result into `{id, state, version}`
 * plus its ETag. Idempotency keys are scoped to the user, so two users' keys never collide.
 *
 * A keyed request is recorded with the request's id (from the key) as its causationId and a
 * commandId that also covers what the command says: a retry finds its own commandId and gets
 * the first answer, while the key sent again with another body finds an event of its request
 * with another commandId, and is refused before anything is appended.
 */
@Injectable()
export class CaseCommandGateway {
  constructor(
    private readonly cases: CaseCommandService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

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
    const requestId = this.idFor(request, 'command');
    const keyed = request.idempotencyKey !== undefined;
    const commandId = keyed ? deterministicUuid(`${requestId}/${fingerprint(command)}`) : requestId;
    if (keyed) await this.refuseKeyReusedWithOtherBody(caseId, command, requestId, commandId);
    const result = await this.cases.execute({
      caseId,
      command,
      actor: request.actor,
      commandId,
      correlationId: request.correlationId,
      causationId: keyed ? requestId : undefined,
      expectedVersion: request.expectedVersion,
    });
    request.response.setHeader('ETag', `"${result.version}"`);
    if (request.correlationId)
      request.response.setHeader('X-Correlation-Id', request.correlationId);
    return { id: result.caseId, state: result.state, version: result.version };
  }

  private async refuseKeyReusedWithOtherBody(
    caseId: string,
    command: CaseCommand,
    requestId: string,
    commandId: string,
  ): Promise<void> {
    const events = await this.store.read(caseStreamId(caseId));
    const first = events.find(
      (e) => e.metadata.causationId === requestId && e.metadata.commandId !== commandId,
    );
    if (!first) return;
    const firstCommand = first.metadata.command;
    if (typeof firstCommand === 'string' && firstCommand !== command.type) {
      throw new IdempotencyKeyReusedError(command.type, firstCommand);
    }
    throw new IdempotencyKeyMismatchError();
  }
}
