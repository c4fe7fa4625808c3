import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from './client';

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>>;
}

/**
 * What this API offers, read from its own OpenAPI document: the console uses an endpoint or
 * a list filter only once the API has it, and hides what is not there yet.
 */
export interface Capabilities {
  has(method: 'get' | 'post', path: string): boolean;
  /** Query parameters of GET /api/hazards (q, sort, industryAuthority, dueWithinDays, …). */
  listParameters: ReadonlySet<string>;
}

const toCapabilities = (document: OpenApiDocument): Capabilities => ({
  has: (method, path) => document.paths[path]?.[method] !== undefined,
  listParameters: new Set(
    (document.paths['/api/hazards']?.get?.parameters ?? [])
      .filter((p) => p.in === 'query')
      .map((p) => p.name),
  ),
});

export const capabilitiesQuery = queryOptions({
  queryKey: ['capabilities'],
  queryFn: async () => toCapabilities(await request<OpenApiDocument>('/docs-json')),
  staleTime: Infinity,
  meta: { languageIndependent: true },
});

export function useCapabilities(): Capabilities | undefined {
  return useQuery(capabilitiesQuery).data;
}
