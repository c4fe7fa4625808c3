import type { Supervision } from '@hazard/workflows';
import type { Role } from '../actor';
import { authorizeCampaign } from '../campaign/jurisdiction';
import type { CampaignSubject } from '../campaign/jurisdiction';
import { creditCodeProblem } from '../campaign/credit-code';
import type { Decider } from '../decider';
import { TransitionNotAllowedError, ValidationFailedError } from '../errors';
import type { FieldError } from '../errors';
import { unknownNameError } from '../registries/registry';
import type { Registries } from '../registries/registry';
import type { UnitChanges, UnitCommand, UnitEvent, UnitProfile } from './unit.events';
import { evolveUnit, unitStateName } from './unit.state';
import type { UnitState } from './unit.state';

/** Towns and departments keep the register of the units they supervise; a unit does not. */
const REGISTRARS: Role[] = ['admin', 'committee', 'hq', 'town', 'department'];

const subjectOf = (unitId: string, profile: UnitProfile): CampaignSubject => ({
  unitId,
  town: profile.town,
  industryAuthority: profile.industryAuthority,
});

const CREDIT_CODE_MESSAGES = {
  creditCodeShape: {
    message:
      'must be 18 characters of digits and capital letters (not I, O, S, V, Z), the 3rd to 8th digits',
    zh: '须为 18 位数字或大写字母（不含 I、O、S、V、Z），第 3 至 8 位为数字',
  },
  creditCodeCheck: {
    message: 'has a wrong check character (GB 32100-2015)',
    zh: '校验位错误（GB 32100-2015）',
  },
} as const;

/** What a profile breaks: its credit code, a missing identity, names outside the registries. */
export function unitProfileErrors(profile: UnitProfile, registries: Registries): FieldError[] {
  const errors: FieldError[] = [];
  if (profile.creditCode !== null) {
    const problem = creditCodeProblem(profile.creditCode);
    if (problem) errors.push({ field: 'creditCode', ...CREDIT_CODE_MESSAGES[problem] });
  } else if (profile.otherIdentifier === null) {
    errors.push({
      field: 'creditCode',
      message: 'a credit code, or for a unit without one another identifier, is required',
      zh: '须填写统一社会信用代码；无代码的个体工商户、场所须填写其他标识',
    });
  }
  const check = (field: 'town' | 'industryAuthority' | 'category', registry: keyof Registries) => {
    const value = profile[field];
    if (!registries[registry].some((entry) => entry.name === value)) {
      errors.push(unknownNameError(field, registry, value, registries[registry]));
    }
  };
  check('town', 'towns');
  check('industryAuthority', 'industryAuthorities');
  check('category', 'unitCategories');
  return errors;
}

/** The seed's grading: the category says whether the city department or the town supervises. */
export function supervisionOf(profile: UnitProfile, registries: Registries): Supervision {
  const category = registries.unitCategories.find((entry) => entry.name === profile.category);
  return category?.supervision === 'city'
    ? { level: 'city', by: profile.industryAuthority }
    : { level: 'town', by: profile.town };
}

/** Only the fields that change; nothing when the amendment changes nothing. */
function changed(profile: UnitProfile, changes: UnitChanges): UnitChanges {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (JSON.stringify(value) !== JSON.stringify(profile[key as keyof UnitProfile])) {
      out[key] = value;
    }
  }
  return out as UnitChanges;
}

function valid(profile: UnitProfile, registries: Registries): void {
  const errors = unitProfileErrors(profile, registries);
  if (errors.length > 0) throw new ValidationFailedError(errors);
}

/**
 * A unit's stream: registered, amended, closed. Its policy is the registries as they stand,
 * against which every profile is checked. An amendment that changes nothing is refused as
 * a no-op (409 `unchanged`) so that callers can tell "updated" from "unchanged".
 */
export const unitDecider: Decider<UnitState, UnitCommand, UnitEvent, Registries> = {
  initialState: () => null,
  evolve: evolveUnit,
  decide(command, state, { actor, policy }) {
    switch (command.type) {
      case 'RegisterUnit': {
        const { unitId, profile } = command.data;
        // An unknown town is a mistake to name (422), not a place outside one's jurisdiction.
        valid(profile, policy);
        const role = authorizeCampaign(actor, command.type, REGISTRARS, subjectOf(unitId, profile));
        if (state) throw new TransitionNotAllowedError(command.type, unitStateName(state));
        const supervision = supervisionOf(profile, policy);
        return {
          role,
          events: [{ type: 'UnitRegistered', data: { unitId, profile, supervision } }],
        };
      }
      case 'AmendUnit': {
        if (!state) throw new TransitionNotAllowedError(command.type, 'unregistered');
        const after = { ...state.profile, ...command.data.changes };
        valid(after, policy);
        authorizeCampaign(actor, command.type, REGISTRARS, subjectOf(state.unitId, state.profile));
        const role = authorizeCampaign(
          actor,
          command.type,
          REGISTRARS,
          subjectOf(state.unitId, after),
        );
        const changes = changed(state.profile, command.data.changes);
        if (Object.keys(changes).length === 0) {
          throw new TransitionNotAllowedError(command.type, unitStateName(state), 'unchanged');
        }
        const supervision = supervisionOf(after, policy);
        return { role, events: [{ type: 'UnitAmended', data: { changes, supervision } }] };
      }
      case 'CloseUnit': {
        if (!state?.active) {
          throw new TransitionNotAllowedError(command.type, unitStateName(state));
        }
        const role = authorizeCampaign(
          actor,
          command.type,
          REGISTRARS,
          subjectOf(state.unitId, state.profile),
        );
        return { role, events: [{ type: 'UnitClosed', data: command.data }] };
      }
      default: {
        const unknown: never = command;
        return unknown;
      }
    }
  },
  startsStream: (command) => command.type === 'RegisterUnit',
};
