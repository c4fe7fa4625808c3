import type { Decider } from '../decider';
import { DomainError, ForbiddenError } from '../errors';
import type { RegistryCommand, RegistryEntry, RegistryEvent } from './registry';

export class RegistryEntryExistsError extends DomainError {
  readonly status = 409;
  readonly code = 'registry-entry-exists';
  constructor(readonly entry: string) {
    super(`"${entry}" is already in the registry`);
  }
}

export class RegistryEntryNotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'registry-entry-not-found';
  constructor(readonly entry: string) {
    super(`"${entry}" is not in the registry`);
  }
}

/** A registry's entries in order; null before it is seeded. */
export type RegistryState = RegistryEntry[] | null;

const evolve = (state: RegistryState, event: RegistryEvent): RegistryState => {
  switch (event.type) {
    case 'RegistrySeeded':
      return event.data.entries;
    case 'RegistryEntryAdded':
      return [...(state ?? []), event.data.entry];
    case 'RegistryEntryRemoved':
      return (state ?? []).filter((entry) => entry.name !== event.data.name);
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
};

/** Seeding is the system's, once, from the configuration file; amending is the admins'. */
export const registryDecider: Decider<RegistryState, RegistryCommand, RegistryEvent, null> = {
  initialState: () => null,
  evolve,
  decide(command, state, { actor }) {
    const role = command.type === 'SeedRegistry' ? 'scheduler' : 'admin';
    if (!actor.roles.includes(role)) throw new ForbiddenError(`${command.type} needs role ${role}`);
    const entries = state ?? [];
    switch (command.type) {
      case 'SeedRegistry':
        return { role, events: [{ type: 'RegistrySeeded', data: command.data }] };
      case 'AddRegistryEntry':
        if (entries.some((entry) => entry.name === command.data.entry.name)) {
          throw new RegistryEntryExistsError(command.data.entry.name);
        }
        return { role, events: [{ type: 'RegistryEntryAdded', data: command.data }] };
      case 'RemoveRegistryEntry':
        if (!entries.some((entry) => entry.name === command.data.name)) {
          throw new RegistryEntryNotFoundError(command.data.name);
        }
        return { role, events: [{ type: 'RegistryEntryRemoved', data: command.data }] };
      default: {
        const unknown: never = command;
        return unknown;
      }
    }
  },
  startsStream: (command) => command.type === 'SeedRegistry',
};
