/** The part of an OpenAPI document the console reads: paths, methods, query parameters. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>>;
}

/**
 * What this API offers, read from its own OpenAPI document: the console uses an endpoint or
 * a list filter only once the API has it, and hides what is not there yet.
 */
export interface Capabilities {
  /** `path` as OpenAPI writes it: `/api/dashboard`, `/api/hazards/{id}/events`. */
  has(method: 'get' | 'post', path: string): boolean;
  /** Query parameters of GET /api/hazards (q, sort, industryAuthority, dueWithinDays, …). */
  listParameters: ReadonlySet<string>;
}

export const capabilitiesOf = (document: OpenApiDocument): Capabilities => ({
  has: (method, path) => document.paths[path]?.[method] !== undefined,
  listParameters: new Set(
    (document.paths['/api/hazards']?.get?.parameters ?? [])
      .filter((p) => p.in === 'query')
      .map((p) => p.name),
  ),
});
