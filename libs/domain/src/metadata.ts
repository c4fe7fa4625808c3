import type { Role } from './actor';

export const SCHEMA_VERSION = 1;

/** Metadata on every stored event (docs/architecture.md §3). */
export interface EventMetadata {
  [key: string]: unknown;
  actor: { userId: string; name: string; role: Role };
  commandId: string;
  /** The command type that produced the event, so a reused commandId can be told apart. */
  command?: string;
  correlationId: string;
  causationId: string;
  occurredAt: string;
  schemaVersion: number;
}
