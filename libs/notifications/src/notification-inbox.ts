import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Actor } from '@hazard/domain';
import { SqliteCheckpointStore } from '@hazard/event-store';
import type { Language } from '@hazard/domain';
import type {
  DailyReportNotification,
  DeadlineNotification,
  DigestNotification,
  Notification,
} from './notification';
import { roleRecipient, townOf, userRecipient } from './notification';
import type { ReadMark } from './read-marks/notice-read';

interface InboxItemBase {
  id: string;
  occurredAt: string;
  title: string;
  body: string;
  read: boolean;
}

export type DeadlineInboxItem = InboxItemBase &
  Pick<DeadlineNotification, 'type' | 'caseId' | 'kind' | 'deadline' | 'level'>;

export type DigestInboxItem = InboxItemBase & Pick<DigestNotification, 'type' | 'week'>;

export type DailyReportInboxItem = InboxItemBase & Pick<DailyReportNotification, 'type' | 'date'>;

export type InboxItem = DeadlineInboxItem | DigestInboxItem | DailyReportInboxItem;

export interface InboxPage {
  items: InboxItem[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

/** The feed's name in the checkpoints table (NotificationsProjection runs under it). */
export const INBOX_SUBSCRIBER = 'notifications';

interface Row {
  id: string;
  payload: string;
  read: number;
}

/** Where read marks lived before they were events: migrated once, then dropped. */
const LEGACY_READ_MARKS = 'notification_reads';

/**
 * Per-user inbox in SQLite under DATA_DIR: a local, rebuildable read model fed by the event
 * subscription. A notice addressed to a role reaches every holder of that role in whose
 * jurisdiction the case lies; each reader marks it read for themselves, and that mark is a
 * fact in the event store (NoticeRead), projected here like the notices.
 */
export class NotificationInbox {
  readonly db: Database.Database;
  readonly checkpoints: SqliteCheckpointStore;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.checkpoints = new SqliteCheckpointStore(this.db);
    this.createTables();
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS notification_replay (
        only    INTEGER PRIMARY KEY CHECK (only = 1),
        through INTEGER NOT NULL
      );
    `);
  }

  /** Idempotent: a notification already stored is left as it is. */
  record(notification: Notification): void {
    this.db.transaction(() => {
      const inserted = this.db
        .prepare('INSERT OR IGNORE INTO notifications (id, town, payload) VALUES (?, ?, ?)')
        .run(notification.id, townOf(notification), JSON.stringify(notification));
      if (inserted.changes === 0) return;
      const addRecipient = this.db.prepare(
        'INSERT OR IGNORE INTO notification_recipients (recipient, seq) VALUES (?, ?)',
      );
      for (const recipient of notification.recipients) {
        addRecipient.run(recipient, inserted.lastInsertRowid);
      }
    })();
  }

  list(actor: Actor, lang: Language, page: number, pageSize: number): InboxPage {
    const { where, params } = this.scope(actor);
    const count = (extra = '') =>
      (
        this.db
          .prepare(
            `SELECT COUNT(DISTINCT n.seq) AS count FROM notifications n
             JOIN notification_recipients r ON r.seq = n.seq
             LEFT JOIN notice_reads d ON d.notice_id = n.id AND d.user_id = ?
             WHERE ${where} ${extra}`,
          )
          .get(actor.userId, ...params) as { count: number }
      ).count;
    const rows = this.db
      .prepare(
        `SELECT DISTINCT n.seq, n.id, n.payload, d.notice_id IS NOT NULL AS read
         FROM notifications n
         JOIN notification_recipients r ON r.seq = n.seq
         LEFT JOIN notice_reads d ON d.notice_id = n.id AND d.user_id = ?
         WHERE ${where} ORDER BY n.seq DESC LIMIT ? OFFSET ?`,
      )
      .all(actor.userId, ...params, pageSize, (page - 1) * pageSize) as Row[];
    return {
      items: rows.map((row) => toItem(row, lang)),
      total: count(),
      unread: count('AND d.notice_id IS NULL'),
      page,
      pageSize,
    };
  }

  /** Whether the notice is in the actor's inbox. */
  canSee(actor: Actor, id: string): boolean {
    const { where, params } = this.scope(actor);
    const visible = this.db
      .prepare(
        `SELECT 1 FROM notifications n JOIN notification_recipients r ON r.seq = n.seq
         WHERE n.id = ? AND ${where} LIMIT 1`,
      )
      .get(id, ...params);
    return visible !== undefined;
  }

  /** Whether this instance has projected the reader's mark on the notice. */
  isRead({ userId, noticeId }: ReadMark): boolean {
    return (
      this.db
        .prepare('SELECT 1 FROM notice_reads WHERE user_id = ? AND notice_id = ?')
        .get(userId, noticeId) !== undefined
    );
  }

  /** Idempotent: a NoticeRead projected again changes nothing. */
  recordRead({ userId, noticeId }: ReadMark): void {
    this.db
      .prepare('INSERT OR IGNORE INTO notice_reads (user_id, notice_id) VALUES (?, ?)')
      .run(userId, noticeId);
  }

  /** The read marks of a file from before they were events; null once none are left. */
  legacyReadMarks(): ReadMark[] | null {
    const table = this.db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(LEGACY_READ_MARKS);
    if (!table) return null;
    return this.db
      .prepare<[], ReadMark>(`SELECT user_id AS userId, id AS noticeId FROM ${LEGACY_READ_MARKS}`)
      .all();
  }

  /** Once every legacy mark is in the event store. */
  dropLegacyReadMarks(): void {
    this.db.exec(`DROP TABLE IF EXISTS ${LEGACY_READ_MARKS}`);
  }

  close(): void {
    this.db.close();
  }

  /**
   * Drops every notice and read mark, to be recorded again from the events (a new layout, a
   * lost checkpoint). `replayedThrough`: where the feed had got, so that the replay does not
   * hand those notices to the webhook again. Call it inside the checkpoint's transaction.
   */
  clear(replayedThrough: bigint | null): void {
    this.db.exec(
      'DROP TABLE IF EXISTS notification_recipients; DROP TABLE IF EXISTS notifications; DROP TABLE IF EXISTS notice_reads',
    );
    this.createTables();
    if (replayedThrough === null) return;
    this.db
      .prepare(
        `INSERT INTO notification_replay (only, through) VALUES (1, ?)
         ON CONFLICT (only) DO UPDATE SET through = MAX(through, excluded.through)`,
      )
      .run(replayedThrough);
  }

  /** Notices up to this position reached the webhook before the inbox was last cleared. */
  replayedThrough(): bigint {
    const row = this.db
      .prepare<[], { through: bigint }>('SELECT through FROM notification_replay')
      .safeIntegers(true)
      .get();
    return row?.through ?? -1n;
  }

  private createTables(): void {
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS notifications (
        seq     INTEGER PRIMARY KEY AUTOINCREMENT,
        id      TEXT NOT NULL UNIQUE,
        town    TEXT,
        payload TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS notification_recipients (
        recipient TEXT NOT NULL,
        seq       INTEGER NOT NULL,
        PRIMARY KEY (recipient, seq)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS notice_reads (
        user_id   TEXT NOT NULL,
        notice_id TEXT NOT NULL,
        PRIMARY KEY (user_id, notice_id)
      ) WITHOUT ROWID;
    `);
  }

  private scope(actor: Actor): { where: string; params: string[] } {
    // A role limited to a jurisdiction (`role:town@水头镇`) reaches its holders there.
    const places = [...actor.towns, ...actor.departments];
    const recipients = [
      userRecipient(actor.userId),
      ...actor.roles.flatMap((role) => [
        roleRecipient(role),
        ...places.map((place) => roleRecipient(`${role}@${place}`)),
      ]),
    ];
    const marks = (values: unknown[]) => values.map(() => '?').join(', ');
    let where = `r.recipient IN (${marks(recipients)})`;
    const params = [...recipients];
    // A town-scoped actor hears only of its towns' cases, even when addressed by role; a
    // city-wide notice (no town) reaches every holder of the role it is addressed to.
    if (actor.towns.length > 0) {
      where += ` AND (r.recipient = ? OR n.town IS NULL OR n.town IN (${marks(actor.towns)}))`;
      params.push(userRecipient(actor.userId), ...actor.towns);
    }
    return { where, params };
  }
}

function toItem(row: Row, lang: Language): InboxItem {
  const n = JSON.parse(row.payload) as Notification;
  const shown = {
    id: n.id,
    occurredAt: n.occurredAt,
    title: n.text[lang].title,
    body: n.text[lang].body,
    read: row.read === 1,
  };
  if (n.type === 'WeeklyDigestIssued') return { ...shown, type: n.type, week: n.week };
  if (n.type === 'DailyReportIssued') return { ...shown, type: n.type, date: n.date };
  const { type, caseId, kind, deadline, level } = n;
  return { ...shown, type, caseId, kind, deadline, level };
}
