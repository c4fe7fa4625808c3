import { useQuery } from '@tanstack/react-query';
import { request } from './client';
import { useCapabilities } from './capabilities';
import type { Registry } from './types';

/** `criteria` (standards for the criterion picker) is not in CONSOLE-API.md yet; used once listed. */
export type RegistryName = 'towns' | 'industry-authorities' | 'unit-categories' | 'criteria';

export const registryKey = (name: RegistryName) => ['registry', name] as const;

/** The names of a registry for a picker, or null while the API has none (then: free text). */
export function useRegistry(name: RegistryName): string[] | null {
  const path = `/api/registries/${name}`;
  const available = useCapabilities()?.has('get', path) ?? false;
  const { data } = useQuery({
    queryKey: registryKey(name),
    queryFn: () => request<Registry>(path),
    enabled: available,
    staleTime: 10 * 60_000,
  });
  return available && data ? data.items.map((item) => item.name) : null;
}
