import type { CaseSnapshot, HazardEvent } from '@hazard/workflows';
import type { Decider } from '../decider';
import type { CaseCommand } from './commands';
import { decideEvent } from './decide';
import type { DeadlinePolicy } from './deadline-policy';
import { evolveCase, initialCaseSnapshot } from './fold';
import { authorize } from './policy';

/** A major-hazard case (重大隐患挂牌督办) as one decider: fold, authorize, decide. */
export const majorHazardDecider: Decider<CaseSnapshot, CaseCommand, HazardEvent, DeadlinePolicy> = {
  initialState: initialCaseSnapshot,
  evolve: evolveCase,
  decide(command, snapshot, context) {
    // A case being listed has no town yet in its state; judge jurisdiction by the one it names.
    const scope =
      command.type === 'ListHazard'
        ? { ...snapshot.context, listing: command.data.listing }
        : snapshot.context;
    const role = authorize(context.actor, command.type, scope);
    return { events: [decideEvent(command, snapshot, context)], role };
  },
  startsStream: (command) => command.type === 'ListHazard',
};
