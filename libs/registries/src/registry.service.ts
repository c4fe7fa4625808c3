import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { REGISTRY_STREAMS, handleCommand } from '@hazard/commands';
import type { Envelope } from '@hazard/commands';
import { CLOCK, REGISTRIES, unknownNameError, ValidationFailedError } from '@hazard/domain';
import type {
  Actor,
  Clock,
  FieldError,
  Registries,
  RegistryCommand,
  RegistryEntry,
  RegistryName,
} from '@hazard/domain';
import { EVENT_STORE } from '@hazard/event-store';
import type { EventStore } from '@hazard/event-store';
import type { Environment } from '@hazard/config';
import { randomUUID } from 'node:crypto';
import { registrySeed } from './registry-seed';

/** Who seeds the registries: the system, once, from the configuration file. */
const SEEDER: Actor = {
  userId: 'system:registries',
  name: 'Registry seed',
  roles: ['scheduler'],
  towns: [],
  departments: [],
};

/** A name to check against a registry, and the field it came in. */
export interface NamedField {
  field: string;
  registry: RegistryName;
  value: string;
}

/**
 * The registries, read from their streams (they are small: a few dozen entries), so every
 * instance sees an admin's change at once. The first read of a registry that does not exist
 * yet seeds it; concurrent first reads, on any instance, seed it once.
 */
@Injectable()
export class RegistryService implements OnApplicationBootstrap {
  private readonly seed: Registries;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly config: ConfigService<Environment, true>,
  ) {
    this.seed = registrySeed(config.get('REGISTRIES_FILE', { infer: true }));
  }

  /** At first start: a fresh install's registries are there before its first request. */
  async onApplicationBootstrap(): Promise<void> {
    await this.all();
  }

  async entries(registry: RegistryName): Promise<RegistryEntry[]> {
    const events = await this.store.read(REGISTRY_STREAMS.streamId(registry));
    if (events.length === 0) {
      const seeded = await this.run(SEEDER, `seed-${registry}`, {
        type: 'SeedRegistry',
        data: { registry, entries: this.seed[registry] },
      });
      return seeded;
    }
    return events.map(REGISTRY_STREAMS.eventOf).reduce(REGISTRY_STREAMS.decider.evolve, null) ?? [];
  }

  async all(): Promise<Registries> {
    const lists = await Promise.all(REGISTRIES.map((name) => this.entries(name)));
    return Object.fromEntries(REGISTRIES.map((name, i) => [name, lists[i]])) as Registries;
  }

  /** 422 listing the known names for every field that names something unknown. */
  async assertKnown(fields: NamedField[]): Promise<void> {
    const errors = await this.unknown(fields);
    if (errors.length > 0) throw new ValidationFailedError(errors);
  }

  /** A field error, listing the known names, for every field that names something unknown. */
  async unknown(fields: NamedField[]): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    const known = new Map<RegistryName, RegistryEntry[]>();
    for (const { field, registry, value } of fields) {
      if (!known.has(registry)) known.set(registry, await this.entries(registry));
      const entries = known.get(registry)!;
      if (!entries.some((entry) => entry.name === value)) {
        errors.push(unknownNameError(field, registry, value, entries));
      }
    }
    return errors;
  }

  async add(registry: RegistryName, entry: RegistryEntry, actor: Actor): Promise<RegistryEntry[]> {
    await this.entries(registry);
    return this.run(actor, randomUUID(), { type: 'AddRegistryEntry', data: { registry, entry } });
  }

  async remove(registry: RegistryName, name: string, actor: Actor): Promise<RegistryEntry[]> {
    await this.entries(registry);
    return this.run(actor, randomUUID(), { type: 'RemoveRegistryEntry', data: { registry, name } });
  }

  private async run(
    actor: Actor,
    commandId: string,
    command: RegistryCommand,
  ): Promise<RegistryEntry[]> {
    const envelope: Envelope<RegistryCommand> = {
      id: command.data.registry,
      command,
      actor,
      commandId,
    };
    await handleCommand(
      REGISTRY_STREAMS,
      {
        store: this.store,
        now: this.clock.now(),
        timeZone: this.config.get('TIME_ZONE', { infer: true }),
        policy: null,
      },
      envelope,
    );
    return this.entries(command.data.registry);
  }
}
