import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';

export const CAMPAIGN_DB = Symbol('CAMPAIGN_DB');

export const campaignFile = (dataDir: string): string => join(dataDir, 'campaign.sqlite');

/**
 * The campaign's read models (units, inspections, general hazards, the register of major
 * cases for the two lists): derived from the events, disposable and rebuildable, so NORMAL
 * durability is enough, as for the other read models. Each projection owns its tables and
 * its checkpoint (SqliteCheckpointStore, in the same file).
 */
export function openCampaignDatabase(file: string): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  return db;
}
