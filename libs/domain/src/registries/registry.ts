import type { SupervisionLevel } from '@hazard/workflows';
import type { Wording } from '../vocabulary/language';

/**
 * Controlled vocabularies (docs/architecture.md §9): the towns (乡镇、街道、开发区), the industry
 * departments and the categories of units. Each is the stream `registry-<name>`, seeded once
 * from a configuration file and amended by admins; what a listing, a unit or a user names must
 * be in it.
 */
export const REGISTRIES = ['towns', 'industryAuthorities', 'unitCategories'] as const;
export type RegistryName = (typeof REGISTRIES)[number];

export interface RegistryEntry {
  name: string;
  /** How English text names it, where it differs from the name. */
  en?: string;
  /** Unit categories only: who supervises such units (the seed's grading). */
  supervision?: SupervisionLevel;
}

export type RegistryEvent =
  | { type: 'RegistrySeeded'; data: { registry: RegistryName; entries: RegistryEntry[] } }
  | { type: 'RegistryEntryAdded'; data: { registry: RegistryName; entry: RegistryEntry } }
  | { type: 'RegistryEntryRemoved'; data: { registry: RegistryName; name: string } };

export type RegistryCommand =
  | { type: 'SeedRegistry'; data: { registry: RegistryName; entries: RegistryEntry[] } }
  | { type: 'AddRegistryEntry'; data: { registry: RegistryName; entry: RegistryEntry } }
  | { type: 'RemoveRegistryEntry'; data: { registry: RegistryName; name: string } };

export const REGISTRY_WORDS: Record<RegistryName, Wording> = {
  towns: { 'zh-CN': '乡镇（街道、开发区）', en: 'towns' },
  industryAuthorities: { 'zh-CN': '行业主管部门', en: 'industry authorities' },
  unitCategories: { 'zh-CN': '单位类别', en: 'unit categories' },
};

/** Every registry at one moment: what decisions about units and users are checked against. */
export type Registries = Record<RegistryName, RegistryEntry[]>;

/** A name not in a registry: the field error lists the known names, in both languages. */
export function unknownNameError(
  field: string,
  registry: RegistryName,
  value: string,
  entries: readonly RegistryEntry[],
): { field: string; message: string; zh: string } {
  const names = entries.map((entry) => entry.name);
  return {
    field,
    message: `${field} "${value}" is not in the registry of ${REGISTRY_WORDS[registry].en}; known: ${names.join(', ')}`,
    zh: `${field}“${value}”不在${REGISTRY_WORDS[registry]['zh-CN']}名录中；已登记：${names.join('、')}`,
  };
}
