import type { HazardUnit, Supervision } from '@hazard/workflows';
import type { UnitEvent, UnitProfile } from './unit.events';

/** A unit as its stream tells it; null before it is registered. */
export interface UnitFacts {
  unitId: string;
  profile: UnitProfile;
  supervision: Supervision;
  /** Registered and not closed: inspections may be recorded. */
  active: boolean;
}
export type UnitState = UnitFacts | null;

export function evolveUnit(state: UnitState, event: UnitEvent): UnitState {
  switch (event.type) {
    case 'UnitRegistered':
      return { ...event.data, active: true };
    case 'UnitAmended':
      return (
        state && {
          ...state,
          profile: { ...state.profile, ...event.data.changes },
          supervision: event.data.supervision,
        }
      );
    case 'UnitClosed':
      return state && { ...state, active: false };
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

export const unitStateName = (state: UnitState): 'unregistered' | 'active' | 'closed' =>
  state === null ? 'unregistered' : state.active ? 'active' : 'closed';

/** The unit as a hazard or an inspection records it: lists and figures group by this copy. */
export const hazardUnitOf = (unit: UnitFacts): HazardUnit => ({
  unitId: unit.unitId,
  name: unit.profile.name,
  town: unit.profile.town,
  industryAuthority: unit.profile.industryAuthority,
  category: unit.profile.category,
  supervision: unit.supervision,
});
