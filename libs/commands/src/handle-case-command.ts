import { caseStateOf } from '@hazard/workflows';
import type { CaseSnapshot, CaseState, HazardEvent } from '@hazard/workflows';
import type { RecordedEvent } from '@hazard/event-store';
import { CaseNotFoundError, majorHazardDecider } from '@hazard/domain';
import type { CaseCommand, DeadlinePolicy } from '@hazard/domain';
import { caseStreamId, toHazardEvent } from './case-stream';
import { handleCommand } from './handle-command';
import type { Envelope, HandlerDeps, StreamHandling } from './handle-command';

export const MAJOR_HAZARD_STREAMS: StreamHandling<
  CaseSnapshot,
  CaseCommand,
  HazardEvent,
  DeadlinePolicy,
  CaseState
> = {
  decider: majorHazardDecider,
  streamId: caseStreamId,
  notFound: (caseId) => new CaseNotFoundError(caseId),
  stateName: caseStateOf,
  eventOf: toHazardEvent,
};

export interface CommandEnvelope extends Omit<Envelope<CaseCommand>, 'id'> {
  caseId: string;
}

export type CommandDeps = HandlerDeps<DeadlinePolicy>;

export interface CommandResult {
  caseId: string;
  state: CaseState;
  /** Number of events in the case's stream; the ETag. */
  version: number;
  event: RecordedEvent;
  /** True when this commandId had been handled before and nothing was appended. */
  duplicate: boolean;
}

/** A command on a major-hazard case: each one stands for exactly one event. */
export async function handleCaseCommand(
  deps: CommandDeps,
  { caseId, ...envelope }: CommandEnvelope,
): Promise<CommandResult> {
  const handled = await handleCommand(MAJOR_HAZARD_STREAMS, deps, { ...envelope, id: caseId });
  return {
    caseId,
    state: handled.state,
    version: handled.version,
    event: handled.events[0],
    duplicate: handled.duplicate,
  };
}
