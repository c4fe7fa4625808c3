import { readFileSync } from 'node:fs';
import { SUPERVISION_LEVELS } from '@hazard/workflows';
import { REGISTRIES } from '@hazard/domain';
import type { Registries, RegistryEntry } from '@hazard/domain';
import bundled from './nan-an.registries.json';

/**
 * The registries a fresh install starts from: Nan'an's by default (shipped beside this file),
 * or those of the file REGISTRIES_FILE names, in the same shape. Checked here, so that a bad
 * file stops the start with one line naming what is wrong.
 */
export function registrySeed(file: string | undefined): Registries {
  const raw: unknown = file ? JSON.parse(readFileSync(file, 'utf8')) : bundled;
  const source = file ?? 'nan-an.registries.json';
  const object = (raw ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    REGISTRIES.map((name) => [name, entriesOf(object[name], `${source}: ${name}`, name)]),
  ) as Registries;
}

function entriesOf(value: unknown, where: string, registry: string): RegistryEntry[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new Error(`${where} must be a list of at least one { "name": … }`);
  }
  const names = new Set<string>();
  return value.map((item: Record<string, unknown>, i) => {
    const name = typeof item?.name === 'string' ? item.name.normalize('NFC').trim() : '';
    if (!name || names.has(name)) throw new Error(`${where}[${i}] needs a name of its own`);
    names.add(name);
    const entry: RegistryEntry = { name };
    if (typeof item.en === 'string') entry.en = item.en;
    if (registry === 'unitCategories') {
      if (!(SUPERVISION_LEVELS as readonly unknown[]).includes(item.supervision)) {
        throw new Error(`${where}[${i}].supervision must be "city" or "town"`);
      }
      entry.supervision = item.supervision as RegistryEntry['supervision'];
    }
    return entry;
  });
}
