import type { GeneralHazardEvent, GeneralHazardSnapshot } from '@hazard/workflows';
import type { Decider } from '../decider';
import type { GeneralHazardCommand } from './general-hazard.commands';
import { decideGeneralHazardEvent } from './general-hazard.decide';
import { evolveGeneralHazard, initialGeneralHazardSnapshot } from './general-hazard.fold';
import type { GeneralHazardPolicy } from './general-hazard-policy';
import { authorizeGeneralHazard } from './general-hazard.policy';

/** A general hazard (一般隐患) as one decider: fold, authorize, decide. */
export const generalHazardDecider: Decider<
  GeneralHazardSnapshot,
  GeneralHazardCommand,
  GeneralHazardEvent,
  GeneralHazardPolicy
> = {
  initialState: initialGeneralHazardSnapshot,
  evolve: evolveGeneralHazard,
  decide(command, snapshot, context) {
    // A hazard being opened has nothing in its state yet; judge it by the one it names.
    const opening = command.type === 'OpenFinding' || command.type === 'ReportHazard';
    const hazard = opening ? command.data.hazard : snapshot.context.hazard;
    const role = authorizeGeneralHazard(context.actor, command.type, hazard);
    return { events: [decideGeneralHazardEvent(command, snapshot, context)], role };
  },
  startsStream: (command) => command.type === 'OpenFinding' || command.type === 'ReportHazard',
};
