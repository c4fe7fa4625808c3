import { caseStateOf } from '@hazard/workflows';
import type { CaseState } from '@hazard/workflows';
import type { AppendResult, EventStore, RecordedEvent } from '@hazard/event-store';
import { WrongExpectedRevisionError } from '@hazard/event-store';
import {
  authorize,
  CaseNotFoundError,
  ConcurrentModificationError,
  decide,
  IdempotencyKeyReusedError,
  foldCase,
  SCHEMA_VERSION,
  toZonedIso,
  VersionMismatchError,
} from '@hazard/domain';
import type { Actor, CaseCommand, DeadlinePolicy, EventMetadata } from '@hazard/domain';
import { caseStreamId, deterministicUuid, toHazardEvent } from './case-stream';

export interface CommandEnvelope {
  caseId: string;
  command: CaseCommand;
  actor: Actor;
  commandId: string;
  correlationId?: string;
  causationId?: string;
  /** The version the client last saw (If-Match); omitted, any current version will do. */
  expectedVersion?: number;
}

export interface CommandDeps {
  store: EventStore;
  now: Date;
  timeZone: string;
  policy: DeadlinePolicy;
}

export interface CommandResult {
  caseId: string;
  state: CaseState;
  /** Number of events in the case's stream; the ETag. */
  version: number;
  event: RecordedEvent;
  /** True when this commandId had been handled before and nothing was appended. */
  duplicate: boolean;
}

/** read stream → fold → decide → append with the expected revision. */
export async function handleCaseCommand(
  deps: CommandDeps,
  envelope: CommandEnvelope,
): Promise<CommandResult> {
  const streamId = caseStreamId(envelope.caseId);
  const history = await deps.store.read(streamId);
  const earlier = resultOfEarlierAttempt(envelope, history);
  if (earlier) return earlier;
  if (history.length === 0 && envelope.command.type !== 'ListHazard') {
    throw new CaseNotFoundError(envelope.caseId);
  }
  if (envelope.expectedVersion !== undefined && envelope.expectedVersion !== history.length) {
    throw new VersionMismatchError(envelope.expectedVersion, history.length);
  }
  const snapshot = foldCase(history.map(toHazardEvent));
  const { command } = envelope;
  // A case being listed has no town yet in its state; judge jurisdiction by the one it names.
  const scope =
    command.type === 'ListHazard'
      ? { ...snapshot.context, listing: command.data.listing }
      : snapshot.context;
  const role = authorize(envelope.actor, command.type, scope);
  const event = decide(command, snapshot, deps);
  const metadata: EventMetadata = {
    actor: { userId: envelope.actor.userId, name: envelope.actor.name, role },
    commandId: envelope.commandId,
    command: command.type,
    correlationId: envelope.correlationId ?? envelope.commandId,
    causationId: envelope.causationId ?? envelope.commandId,
    occurredAt: toZonedIso(deps.now, deps.timeZone),
    schemaVersion: SCHEMA_VERSION,
  };
  const newEvent = {
    id: deterministicUuid(`${streamId}/${envelope.commandId}/0`),
    type: event.type,
    data: event.data,
    metadata,
  };
  let appended: AppendResult;
  try {
    appended = await deps.store.append(
      streamId,
      [newEvent],
      history.length === 0 ? 'no_stream' : history.length - 1,
    );
  } catch (error) {
    if (!(error instanceof WrongExpectedRevisionError)) throw error;
    const retried = resultOfEarlierAttempt(envelope, await deps.store.read(streamId));
    if (retried) return retried;
    throw new ConcurrentModificationError(
      `case ${envelope.caseId} was changed by someone else; reload it and try again`,
    );
  }
  const recorded: RecordedEvent = {
    ...newEvent,
    streamId,
    revision: appended.nextRevision,
    position: appended.position,
  };
  return {
    caseId: envelope.caseId,
    state: caseStateOf(foldCase([event], snapshot)),
    version: appended.nextRevision + 1,
    event: recorded,
    duplicate: false,
  };
}

/** The first result of a commandId already in the stream; reusing it for another command is refused. */
function resultOfEarlierAttempt(
  envelope: CommandEnvelope,
  history: RecordedEvent[],
): CommandResult | null {
  const index = history.findIndex((e) => e.metadata.commandId === envelope.commandId);
  if (index < 0) return null;
  const first = history[index].metadata.command;
  if (typeof first === 'string' && first !== envelope.command.type) {
    throw new IdempotencyKeyReusedError(envelope.command.type, first);
  }
  const snapshot = foldCase(history.slice(0, index + 1).map(toHazardEvent));
  return {
    caseId: envelope.caseId,
    state: caseStateOf(snapshot),
    version: index + 1,
    event: history[index],
    duplicate: true,
  };
}
