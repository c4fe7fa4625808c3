import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  deterministicUuid,
  handleCommand,
  toUnitEvent,
  UNIT_STREAMS,
  unitStreamId,
} from '@hazard/commands';
import type { HandledCommand } from '@hazard/commands';
import {
  ConcurrentModificationError,
  evolveUnit,
  normalizeCreditCode,
  TransitionNotAllowedError,
  UnitNotFoundError,
} from '@hazard/domain';
import type {
  Actor,
  Registries,
  UnitChanges,
  UnitCommand,
  UnitFacts,
  UnitIdentity,
  UnitProfile,
} from '@hazard/domain';
import { RegistryService } from '@hazard/registries';
import { CampaignContext } from './campaign-context';

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

export interface UnitCommandOptions {
  commandId?: string;
  correlationId?: string;
  causationId?: string;
  expectedVersion?: number;
  /** The registries as already read (an import reads them once for all its rows). */
  registries?: Registries;
}

/** One spelling per identity: the credit code normalised, another identifier trimmed. */
export const normalizeIdentity = (identity: UnitIdentity): UnitIdentity => ({
  creditCode: identity.creditCode === null ? null : normalizeCreditCode(identity.creditCode),
  otherIdentifier:
    identity.otherIdentifier === null ? null : identity.otherIdentifier.normalize('NFKC').trim(),
});

/**
 * A unit's id follows from its identity: the stream `unit-<id>` is then its own reservation
 * (registering appends with `no_stream`), so a credit code names one unit however many
 * registrations or imports race, and importing a spreadsheet twice updates instead of
 * doubling. Identities therefore never change.
 */
export function unitIdFor(identity: UnitIdentity): string {
  const { creditCode, otherIdentifier } = normalizeIdentity(identity);
  return creditCode !== null
    ? deterministicUuid(`unit/credit-code/${creditCode}`)
    : deterministicUuid(`unit/other-identifier/${otherIdentifier ?? randomUUID()}`);
}

/** The one door through which HTTP, the import and the demo change units. */
@Injectable()
export class UnitCommands {
  constructor(
    private readonly context: CampaignContext,
    private readonly registries: RegistryService,
  ) {}

  async register(
    profile: UnitProfile,
    actor: Actor,
    options: UnitCommandOptions = {},
  ): Promise<HandledCommand> {
    const normalized = { ...profile, ...normalizeIdentity(profile) };
    const unitId = unitIdFor(normalized);
    return this.run(
      unitId,
      { type: 'RegisterUnit', data: { unitId, profile: normalized } },
      actor,
      options,
    );
  }

  amend(
    unitId: string,
    changes: UnitChanges,
    actor: Actor,
    options: UnitCommandOptions = {},
  ): Promise<HandledCommand> {
    return this.run(unitId, { type: 'AmendUnit', data: { changes } }, actor, options);
  }

  close(unitId: string, reason: string, actor: Actor, options: UnitCommandOptions = {}) {
    return this.run(unitId, { type: 'CloseUnit', data: { reason } }, actor, options);
  }

  /** Registers the unit, or amends the one its identity names: what an import row does. */
  async upsert(
    profile: UnitProfile,
    actor: Actor,
    options: UnitCommandOptions = {},
  ): Promise<{ unitId: string; outcome: UpsertOutcome }> {
    const normalized = { ...profile, ...normalizeIdentity(profile) };
    const unitId = unitIdFor(normalized);
    try {
      // Most rows of an import are new units: one read of the stream decides that.
      await this.register(normalized, actor, options);
      return { unitId, outcome: 'created' };
    } catch (error) {
      // Registered already (by an earlier import, or by someone else meanwhile): amend it.
      const registered =
        error instanceof ConcurrentModificationError ||
        (error instanceof TransitionNotAllowedError && error.command === 'RegisterUnit');
      if (!registered) throw error;
    }
    const { creditCode: _c, otherIdentifier: _o, ...changes } = normalized;
    try {
      await this.amend(unitId, changes, actor, {
        ...options,
        commandId: `${options.commandId ?? randomUUID()}/amend`,
      });
      return { unitId, outcome: 'updated' };
    } catch (error) {
      if (error instanceof TransitionNotAllowedError && /unchanged/.test(error.message)) {
        return { unitId, outcome: 'unchanged' };
      }
      throw error;
    }
  }

  async load(unitId: string): Promise<UnitFacts> {
    const events = await this.context.store.read(unitStreamId(unitId));
    const state = events.map(toUnitEvent).reduce(evolveUnit, null);
    if (!state) throw new UnitNotFoundError(unitId);
    return state;
  }

  private async run(
    unitId: string,
    command: UnitCommand,
    actor: Actor,
    options: UnitCommandOptions,
  ): Promise<HandledCommand> {
    const registries = options.registries ?? (await this.registries.all());
    return handleCommand(UNIT_STREAMS, this.context.deps(registries), {
      id: unitId,
      command,
      actor,
      commandId: options.commandId ?? randomUUID(),
      correlationId: options.correlationId,
      causationId: options.causationId,
      expectedVersion: options.expectedVersion,
    });
  }
}
