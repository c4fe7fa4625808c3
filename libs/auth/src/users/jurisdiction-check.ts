import { unitStreamId, toUnitEvent } from '@hazard/commands';
import { evolveUnit, ValidationFailedError } from '@hazard/domain';
import type { FieldError, Role } from '@hazard/domain';
import type { EventStore } from '@hazard/event-store';
import type { NamedField, RegistryService } from '@hazard/registries';

/** What a user's jurisdiction says: where they act, and for a unit account, which unit. */
export interface Jurisdiction {
  roles?: Role[];
  towns?: string[];
  departments?: string[];
  unitId?: string | null;
}

const UNIT_ERRORS = {
  missing: {
    message: 'a user with the unit role must name its unit',
    zh: '具有 unit（生产经营单位）角色的用户须指定所属单位',
  },
  unknown: { message: 'names no registered, open unit', zh: '不是已登记且未注销的单位' },
  withoutRole: {
    message: 'only a user with the unit role is bound to a unit',
    zh: '只有 unit（生产经营单位）角色的用户才能绑定单位',
  },
};

async function isOpenUnit(store: EventStore, unitId: string): Promise<boolean> {
  const events = await store.read(unitStreamId(unitId));
  return events.map(toUnitEvent).reduce(evolveUnit, null)?.active === true;
}

/**
 * Towns and departments must be in the registries (a town typed `水头` beside `水头镇` would
 * split every table by town); a unit account is bound to exactly one open unit. `given` are
 * the fields the request sets (only those are checked against the registries, so an old user
 * keeps a retired name until it is changed); `merged` is the user as it will be.
 */
export async function checkJurisdiction(
  registries: RegistryService,
  store: EventStore,
  given: Jurisdiction,
  merged: Required<Pick<Jurisdiction, 'roles'>> & Jurisdiction,
): Promise<void> {
  const named: NamedField[] = [
    ...(given.towns ?? []).map((value, i) => ({
      field: `towns.${i}`,
      registry: 'towns' as const,
      value,
    })),
    ...(given.departments ?? []).map((value, i) => ({
      field: `departments.${i}`,
      registry: 'industryAuthorities' as const,
      value,
    })),
  ];
  const errors: FieldError[] = await registries.unknown(named);
  const isUnit = merged.roles.includes('unit');
  const unitId = merged.unitId ?? null;
  if (isUnit && unitId === null) errors.push({ field: 'unitId', ...UNIT_ERRORS.missing });
  if (!isUnit && unitId !== null) errors.push({ field: 'unitId', ...UNIT_ERRORS.withoutRole });
  if (
    isUnit &&
    unitId !== null &&
    given.unitId !== undefined &&
    !(await isOpenUnit(store, unitId))
  ) {
    errors.push({ field: 'unitId', ...UNIT_ERRORS.unknown });
  }
  if (errors.length > 0) throw new ValidationFailedError(errors);
}
