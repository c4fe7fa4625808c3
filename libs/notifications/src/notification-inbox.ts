import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Actor } from '@hazard/domain';
import { SqliteCheckpointStore } from '@hazard/event-store';
import type { NoticeLanguage } from './deadline-notice';
import type { DeadlineNotification } from './notification';
import { roleRecipient, userRecipient } from './notification';

export interface InboxItem {
  id: string;
  type: DeadlineNotification['type'];
  caseId: string;
  kind: DeadlineNotification['kind'];
  deadline: string;
  level: DeadlineNotification['level'];
  occurredAt: string;
  title: string;
  body: string;
  read: boolean;
}

export interface InboxPage {
  items: InboxItem[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

interface Row {
  id: string;
  payload: string;
  read: number;
}

/**
 * Per-user inbox in SQLite under DATA_DIR: a local, rebuildable read model fed by the event
 * subscription. A notice addressed to a role reaches every holder of that role in whose
 * jurisdiction the case lies; each reader marks it read for themselves.
 */
export class NotificationInbox {
  readonly db: Database.Database;
  readonly checkpoints: SqliteCheckpointStore;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS notifications (
        seq     INTEGER PRIMARY KEY AUTOINCREMENT,
        id      TEXT NOT NULL UNIQUE,
        town    TEXT NOT NULL,
        payload TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS notification_recipients (
        recipient TEXT NOT NULL,
        seq       INTEGER NOT NULL,
        PRIMARY KEY (recipient, seq)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS notification_reads (
        user_id TEXT NOT NULL,
        id      TEXT NOT NULL,
        PRIMARY KEY (user_id, id)
      ) WITHOUT ROWID;
    `);
    this.checkpoints = new SqliteCheckpointStore(this.db);
  }

  /** Idempotent: a notification already stored is left as it is. */
  record(notification: DeadlineNotification): void {
    this.db.transaction(() => {
      const inserted = this.db
        .prepare('INSERT OR IGNORE INTO notifications (id, town, payload) VALUES (?, ?, ?)')
        .run(notification.id, notification.town, JSON.stringify(notification));
      if (inserted.changes === 0) return;
      const addRecipient = this.db.prepare(
        'INSERT OR IGNORE INTO notification_recipients (recipient, seq) VALUES (?, ?)',
      );
      for (const recipient of notification.recipients) {
        addRecipient.run(recipient, inserted.lastInsertRowid);
      }
    })();
  }

  list(actor: Actor, lang: NoticeLanguage, page: number, pageSize: number): InboxPage {
    const { where, params } = this.scope(actor);
    const count = (extra = '') =>
      (
        this.db
          .prepare(
            `SELECT COUNT(DISTINCT n.seq) AS count FROM notifications n
             JOIN notification_recipients r ON r.seq = n.seq
             LEFT JOIN notification_reads d ON d.id = n.id AND d.user_id = ?
             WHERE ${where} ${extra}`,
          )
          .get(actor.userId, ...params) as { count: number }
      ).count;
    const rows = this.db
      .prepare(
        `SELECT DISTINCT n.seq, n.id, n.payload, d.id IS NOT NULL AS read FROM notifications n
         JOIN notification_recipients r ON r.seq = n.seq
         LEFT JOIN notification_reads d ON d.id = n.id AND d.user_id = ?
         WHERE ${where} ORDER BY n.seq DESC LIMIT ? OFFSET ?`,
      )
      .all(actor.userId, ...params, pageSize, (page - 1) * pageSize) as Row[];
    return {
      items: rows.map((row) => toItem(row, lang)),
      total: count(),
      unread: count('AND d.id IS NULL'),
      page,
      pageSize,
    };
  }

  /** Marks one of the actor's notifications read; false when the actor cannot see it. */
  markRead(actor: Actor, id: string): boolean {
    const { where, params } = this.scope(actor);
    const visible = this.db
      .prepare(
        `SELECT 1 FROM notifications n JOIN notification_recipients r ON r.seq = n.seq
         WHERE n.id = ? AND ${where} LIMIT 1`,
      )
      .get(id, ...params);
    if (!visible) return false;
    this.db
      .prepare('INSERT OR IGNORE INTO notification_reads (user_id, id) VALUES (?, ?)')
      .run(actor.userId, id);
    return true;
  }

  close(): void {
    this.db.close();
  }

  private scope(actor: Actor): { where: string; params: string[] } {
    const recipients = [userRecipient(actor.userId), ...actor.roles.map(roleRecipient)];
    const marks = (values: unknown[]) => values.map(() => '?').join(', ');
    let where = `r.recipient IN (${marks(recipients)})`;
    const params = [...recipients];
    // A town-scoped actor hears only of its towns' cases, even when addressed by role.
    if (actor.towns.length > 0) {
      where += ` AND (r.recipient = ? OR n.town IN (${marks(actor.towns)}))`;
      params.push(userRecipient(actor.userId), ...actor.towns);
    }
    return { where, params };
  }
}

function toItem(row: Row, lang: NoticeLanguage): InboxItem {
  const n = JSON.parse(row.payload) as DeadlineNotification;
  return {
    id: n.id,
    type: n.type,
    caseId: n.caseId,
    kind: n.kind,
    deadline: n.deadline,
    level: n.level,
    occurredAt: n.occurredAt,
    title: n.text[lang].title,
    body: n.text[lang].body,
    read: row.read === 1,
  };
}
