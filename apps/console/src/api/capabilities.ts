import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from './client';
import { capabilitiesOf } from './openapi-capabilities';
import type { Capabilities, OpenApiDocument } from './openapi-capabilities';

export const capabilitiesQuery = queryOptions({
  queryKey: ['capabilities'],
  queryFn: async () => capabilitiesOf(await request<OpenApiDocument>('/docs-json')),
  staleTime: Infinity,
  meta: { languageIndependent: true },
});

export function useCapabilities(): Capabilities | undefined {
  return useQuery(capabilitiesQuery).data;
}
