import type { Role } from './actor';

export const SCHEMA_VERSION = 1;

/** Metadata on every stored event (DESIGN.md §3). */
export interface EventMetadata {
  [key: string]: unknown;
  actor: { userId: string; name: string; role: Role };
  commandId: string;
  correlationId: string;
  causationId: string;
  occurredAt: string;
  schemaVersion: number;
}
