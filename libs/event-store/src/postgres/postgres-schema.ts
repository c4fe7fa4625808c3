import type { Pool } from 'pg';

/**
 * Bits of a position given to an event's index within its append: the position is
 * `transaction id << 16 | index`. 16 bits allow 65,536 events per append (a command writes a
 * handful) and leave 2^47 transaction ids before a bigint overflows; positions stay below
 * 2^53, exact as JavaScript numbers, until the server has used 2^37 transaction ids.
 */
export const INDEX_BITS = 16;
export const MAX_EVENTS_PER_APPEND = 2 ** INDEX_BITS;

/** Any fixed number: the key of the advisory lock that serialises schema changes. */
const SCHEMA_LOCK = 7_460_252_013;

/**
 * One table is the whole store. `position` encodes the writing transaction's id (xid8) and
 * the index within the append, so ordering by it orders by transaction, then by index.
 * `json` (not `jsonb`) keeps data and metadata exactly as written, key order included.
 */
const TABLE = `
  CREATE TABLE IF NOT EXISTS events (
    position    bigint      PRIMARY KEY,
    event_id    uuid        NOT NULL UNIQUE,
    stream_id   text        NOT NULL,
    revision    integer     NOT NULL,
    type        text        NOT NULL,
    data        json        NOT NULL,
    metadata    json        NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (stream_id, revision)
  )`;

/**
 * An append is this one function, called in one statement: one round trip and one
 * transaction (and only one per transaction: positions are per transaction). It answers
 * `appended`, `retried` (the same ids already at this place: the first result), `conflict`
 * (with the stream's actual last revision) or `reused` (the ids were written elsewhere).
 * The advisory lock serialises appends to one stream, so the revision check and the insert
 * see every earlier append to it (READ COMMITTED, PostgreSQL's default, takes a fresh
 * snapshot per statement); other streams are not held up. The events come as parallel
 * arrays, which the server parses once, and the few statements keep the call cheap.
 */
const APPEND_FUNCTION = `
  CREATE OR REPLACE FUNCTION append_events(
    p_stream text, p_expected text, p_ids uuid[], p_types text[], p_data json[], p_metadata json[]
  )
  RETURNS TABLE (outcome text, at_revision integer, at_position bigint)
  LANGUAGE plpgsql AS $$
  DECLARE
    first_stream text;
    last_revision integer;
    last_position bigint;
  BEGIN
    -- Acknowledged means on disk, whatever the session, user or database default says.
    PERFORM set_config('synchronous_commit', 'on', true),
            pg_advisory_xact_lock(hashtextextended(p_stream, 0));

    SELECT (SELECT e.stream_id FROM events e WHERE e.event_id = p_ids[1]),
           (SELECT max(e.revision) FROM events e WHERE e.stream_id = p_stream)
      INTO first_stream, last_revision;

    IF first_stream IS NOT NULL THEN
      SELECT e.revision, e.position INTO last_revision, last_position
        FROM events e WHERE e.event_id = p_ids[cardinality(p_ids)] AND e.stream_id = p_stream;
      IF first_stream <> p_stream OR NOT FOUND THEN
        RETURN QUERY SELECT 'reused'::text, NULL::integer, NULL::bigint;
      ELSE
        RETURN QUERY SELECT 'retried'::text, last_revision, last_position;
      END IF;
      RETURN;
    END IF;

    IF p_expected <> 'any' AND p_expected <> coalesce(last_revision::text, 'no_stream') THEN
      RETURN QUERY SELECT 'conflict'::text, last_revision, NULL::bigint;
      RETURN;
    END IF;

    RETURN QUERY
      WITH written AS (
        INSERT INTO events (position, event_id, stream_id, revision, type, data, metadata)
        SELECT (pg_current_xact_id()::text::bigint << ${INDEX_BITS}) | (u.i - 1),
               u.id, p_stream, coalesce(last_revision, -1) + u.i, u.type, u.data, u.metadata
          FROM unnest(p_ids, p_types, p_data, p_metadata) WITH ORDINALITY
               AS u(id, type, data, metadata, i)
        RETURNING events.revision, events.position
      )
      SELECT 'appended'::text, max(w.revision), max(w.position) FROM written w;
  END
  $$`;

/** The table and the append function of the event store. */
export const EVENTS_SCHEMA = [TABLE, APPEND_FUNCTION];

/**
 * Runs schema statements that are idempotent alone (IF NOT EXISTS, OR REPLACE) but not
 * against each other: when several processes start at once, the transaction-scoped
 * advisory lock lets one create while the others wait, then find everything in place.
 */
export async function createSchema(pool: Pool, statements: string[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    for (const statement of statements) await client.query(statement);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
