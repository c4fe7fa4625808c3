import type { AppendResult, EventStore, NewEvent, RecordedEvent } from '@hazard/event-store';
import { WrongExpectedRevisionError } from '@hazard/event-store';
import {
  ConcurrentModificationError,
  IdempotencyKeyReusedError,
  SCHEMA_VERSION,
  toZonedIso,
  VersionMismatchError,
} from '@hazard/domain';
import type { Actor, Decider, EventMetadata } from '@hazard/domain';
import { currentCorrelationId, observeCommand } from '@hazard/observability';
import { deterministicUuid } from './case-stream';
import { emptyFold, foldOnto, loadFolded } from './folded-streams';

type Typed = { type: string; data: unknown };

/** How one kind of stream is handled: its decider, and how its ids and events are named. */
export interface StreamHandling<
  State,
  Command extends { type: string },
  Event extends Typed,
  Policy,
  Name extends string = string,
> {
  decider: Decider<State, Command, Event, Policy>;
  streamId(id: string): string;
  notFound(id: string): Error;
  /** The state's name as the API reports it. */
  stateName(state: State): Name;
  eventOf(recorded: RecordedEvent): Event;
}

export interface Envelope<Command> {
  /** The aggregate's own id (a case id, a hazard id), not the stream id. */
  id: string;
  command: Command;
  actor: Actor;
  commandId: string;
  correlationId?: string;
  causationId?: string;
  /** The version the client last saw (If-Match); omitted, any current version will do. */
  expectedVersion?: number;
}

export interface HandlerDeps<Policy> {
  store: EventStore;
  now: Date;
  timeZone: string;
  policy: Policy;
}

export interface HandledCommand<Name extends string = string> {
  id: string;
  state: Name;
  /** Number of events in the stream; the ETag. */
  version: number;
  events: RecordedEvent[];
  /** True when this commandId had been handled before and nothing was appended. */
  duplicate: boolean;
}

/**
 * read stream → fold → decide (authorization inside) → append with the expected revision;
 * counted, timed and logged by command type and outcome. The stream is folded from its
 * snapshot on: only the events after it are read (see folded-streams). A commandId seen
 * before is answered from the whole history.
 */
export function handleCommand<S, C extends { type: string }, E extends Typed, P, N extends string>(
  handling: StreamHandling<S, C, E, P, N>,
  deps: HandlerDeps<P>,
  envelope: Envelope<C>,
): Promise<HandledCommand<N>> {
  return observeCommand(envelope.command.type, handling.streamId(envelope.id), () =>
    decideAndAppend(handling, deps, envelope),
  );
}

async function decideAndAppend<S, C extends { type: string }, E extends Typed, P, N extends string>(
  handling: StreamHandling<S, C, E, P, N>,
  deps: HandlerDeps<P>,
  envelope: Envelope<C>,
): Promise<HandledCommand<N>> {
  const { decider } = handling;
  const streamId = handling.streamId(envelope.id);
  const { folded } = await loadFolded(deps.store, handling, streamId);
  if (folded.commandIds.has(envelope.commandId)) {
    const earlier = earlierAttempt(handling, envelope, await deps.store.read(streamId));
    if (earlier) return earlier;
  }
  const { state, version } = folded;
  if (version === 0 && !decider.startsStream(envelope.command)) {
    throw handling.notFound(envelope.id);
  }
  if (envelope.expectedVersion !== undefined && envelope.expectedVersion !== version) {
    throw new VersionMismatchError(envelope.expectedVersion, version);
  }
  const { events, newEvents } = decideToAppend(handling, deps, envelope, state);
  let appended: AppendResult;
  try {
    const expected = version === 0 ? 'no_stream' : version - 1;
    appended = await deps.store.append(streamId, newEvents, expected);
  } catch (error) {
    if (!(error instanceof WrongExpectedRevisionError)) throw error;
    const retried = earlierAttempt(handling, envelope, await deps.store.read(streamId));
    if (retried) return retried;
    throw new ConcurrentModificationError(
      `${streamId} was changed by someone else; reload it and try again`,
    );
  }
  const first = appended.nextRevision - newEvents.length + 1;
  // One event (every case command) carries the position the store reported; several are
  // read back, since only the store knows the positions of all but the last.
  const recorded: RecordedEvent[] =
    newEvents.length === 1
      ? [{ ...newEvents[0], streamId, revision: first, position: appended.position }]
      : await deps.store.read(streamId, first);
  return {
    id: envelope.id,
    state: handling.stateName(events.reduce(decider.evolve, state)),
    version: appended.nextRevision + 1,
    events: recorded,
    duplicate: false,
  };
}

/**
 * The decision and the events it appends, with the metadata every event carries: what
 * handleCommand writes, for callers that keep the state themselves (bulk demo data).
 */
export function decideToAppend<S, C extends { type: string }, E extends Typed, P, N extends string>(
  handling: StreamHandling<S, C, E, P, N>,
  deps: Omit<HandlerDeps<P>, 'store'>,
  envelope: Envelope<C>,
  state: S,
): { events: E[]; newEvents: NewEvent[] } {
  const streamId = handling.streamId(envelope.id);
  const { actor, command, commandId } = envelope;
  const { events, role } = handling.decider.decide(command, state, { ...deps, actor });
  const metadata: EventMetadata = {
    actor: { userId: actor.userId, name: actor.name, role },
    commandId,
    command: command.type,
    correlationId: envelope.correlationId ?? currentCorrelationId() ?? commandId,
    causationId: envelope.causationId ?? commandId,
    occurredAt: toZonedIso(deps.now, deps.timeZone),
    schemaVersion: SCHEMA_VERSION,
  };
  const newEvents = events.map((event, i) => ({
    id: deterministicUuid(`${streamId}/${commandId}/${i}`),
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata,
  }));
  return { events, newEvents };
}

function fold<S, C extends { type: string }, E extends Typed, P, N extends string>(
  handling: StreamHandling<S, C, E, P, N>,
  history: RecordedEvent[],
): S {
  return foldOnto(handling, emptyFold(handling), history).state;
}

/** The first result of a commandId already in the stream; reusing it for another command is refused. */
function earlierAttempt<S, C extends { type: string }, E extends Typed, P, N extends string>(
  handling: StreamHandling<S, C, E, P, N>,
  envelope: Envelope<C>,
  history: RecordedEvent[],
): HandledCommand<N> | null {
  const indexes = history.flatMap((e, i) =>
    e.metadata.commandId === envelope.commandId ? [i] : [],
  );
  if (indexes.length === 0) return null;
  const first = history[indexes[0]].metadata.command;
  if (typeof first === 'string' && first !== envelope.command.type) {
    throw new IdempotencyKeyReusedError(envelope.command.type, first);
  }
  const last = indexes[indexes.length - 1];
  return {
    id: envelope.id,
    state: handling.stateName(fold(handling, history.slice(0, last + 1))),
    version: last + 1,
    events: indexes.map((i) => history[i]),
    duplicate: true,
  };
}
