import { deterministicUuid } from '@hazard/commands';
import { SCHEMA_VERSION, toZonedIso } from '@hazard/domain';
import type { Role } from '@hazard/domain';
import type { JsonObject, NewEvent } from '@hazard/event-store';
import { currentCorrelationId } from '@hazard/observability';

/** Who asked; `role` is the role that allowed it, absent when people act on their own account. */
export interface IdentityActor {
  userId: string;
  name: string;
  role?: Role;
}

/** One command's circumstances, stamped on every event it appends. */
export interface IdentityCommandContext {
  actor: IdentityActor;
  commandId: string;
  correlationId?: string;
  now: Date;
  timeZone: string;
}

/**
 * New events with the usual metadata (docs/architecture.md §3). Event ids derive from the stream, the
 * command id and the index, as case events' do: a command retried appends nothing new.
 */
export function identityEvents(
  streamId: string,
  command: string,
  context: IdentityCommandContext,
  events: Array<{ type: string; data: object }>,
): NewEvent[] {
  const metadata: JsonObject = {
    actor: context.actor,
    commandId: context.commandId,
    command,
    correlationId: context.correlationId ?? currentCorrelationId() ?? context.commandId,
    causationId: context.commandId,
    occurredAt: toZonedIso(context.now, context.timeZone),
    schemaVersion: SCHEMA_VERSION,
  };
  return events.map((event, index) => ({
    id: deterministicUuid(`${streamId}/${context.commandId}/${index}`),
    type: event.type,
    data: event.data as JsonObject,
    metadata,
  }));
}
