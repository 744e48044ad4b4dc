import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type Paper, PaperSchema } from '../corpus/paper.js';
import { UserError } from '../errors.js';
import { isAlive } from '../util/process.js';
import { PAPER_COLUMNS, type PaperRow, fromRow, toRow } from './rows.js';
import {
  type AnswerRecord,
  AnswerRecordSchema,
  type AnswerStore,
  type Feedback,
  FeedbackSchema,
  type FeedbackStore,
  type JobStateStore,
  type PaperStore,
  type PaperWrite,
  type RevisedPaper,
  type Store,
} from './types.js';

/** The embedded store: one SQLite database in the data directory (WAL mode, shared safely by several processes). */
export const STORE_FILE = 'paperbot.db';

/** Schema migrations, applied in order, each once; the `schema_version` table records the last one applied. Append, never edit. */
export const MIGRATIONS: string[] = [
  `CREATE TABLE papers (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     title TEXT NOT NULL,
     abstract TEXT NOT NULL,
     url TEXT,
     published TEXT,
     added_at TEXT NOT NULL,
     sources TEXT NOT NULL,
     upvotes INTEGER,
     authors TEXT,
     revision INTEGER NOT NULL
   );
   CREATE INDEX papers_revision ON papers (revision);
   CREATE INDEX papers_published ON papers (published);
   CREATE TABLE answers (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     key TEXT NOT NULL UNIQUE,
     channel_id TEXT,
     record TEXT NOT NULL
   );
   CREATE INDEX answers_channel ON answers (channel_id, seq);
   CREATE TABLE answer_messages (
     message_id TEXT PRIMARY KEY,
     answer_key TEXT NOT NULL REFERENCES answers (key) ON DELETE CASCADE
   );
   CREATE TABLE feedback (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     at TEXT NOT NULL,
     answer_key TEXT NOT NULL,
     user_id TEXT NOT NULL,
     vote TEXT NOT NULL,
     record TEXT NOT NULL
   );
   CREATE TABLE job_state (
     job TEXT PRIMARY KEY,
     state TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE store_meta (
     key TEXT PRIMARY KEY,
     value TEXT NOT NULL
   );
   INSERT INTO store_meta (key, value) VALUES ('papers_revision', '0');`,
  `CREATE TABLE job_locks (
     job TEXT PRIMARY KEY,
     token TEXT NOT NULL,
     host TEXT NOT NULL,
     pid INTEGER NOT NULL,
     heartbeat_at INTEGER NOT NULL
   );`,
  `ALTER TABLE papers ADD COLUMN description TEXT;`,
];

/** Opens (creating and migrating when needed) the SQLite store in `dataDir`. */
export function openSqliteStore(dataDir: string, options: { answerCapacity: number }): Store {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, STORE_FILE);
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: 10_000 });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (err) {
    throw damaged(file, err);
  }
  const guard = <T>(fn: () => T): Promise<T> => {
    try {
      return Promise.resolve(fn());
    } catch (err) {
      return Promise.reject(damaged(file, err));
    }
  };
  return {
    papers: paperStore(db, guard),
    answers: answerStore(db, guard, options.answerCapacity),
    feedback: feedbackStore(db, guard),
    jobs: jobStateStore(db, guard),
    location: file,
    close: async () => {
      if (db.open) db.close();
    },
  };
}

type Guard = <T>(fn: () => T) => Promise<T>;

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const apply = db.transaction(() => {
    const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
    const current = row?.version ?? 0;
    if (current > MIGRATIONS.length) {
      throw new UserError(`the store was written by a newer paperbot (schema ${current}, this one knows ${MIGRATIONS.length}); upgrade paperbot`);
    }
    for (let v = current; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]!);
    if (!row) db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(MIGRATIONS.length);
    else if (current !== MIGRATIONS.length) db.prepare('UPDATE schema_version SET version = ?').run(MIGRATIONS.length);
  });
  apply.immediate();
}

/** A SQLite failure that means the file is not a usable database becomes a one-line message with the fix. */
function damaged(file: string, err: unknown): Error {
  if (err instanceof UserError) return err;
  const code = (err as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new UserError(
      `${file} is damaged (${(err as Error).message}); move it aside (it holds your papers and the bot's state: keep it for recovery) and run \`paperbot ingest\` to restore the papers from the newest index`,
    );
  }
  return err instanceof Error ? err : new Error(String(err));
}

function paperStore(db: Database.Database, guard: Guard): PaperStore {
  const revision = () => Number((db.prepare("SELECT value FROM store_meta WHERE key = 'papers_revision'").get() as { value: string }).value);
  const byId = db.prepare(`SELECT ${PAPER_COLUMNS} FROM papers WHERE id = ?`);
  const insert = db.prepare(
    `INSERT INTO papers (${PAPER_COLUMNS}, revision) VALUES (@id, @title, @abstract, @url, @published, @added_at, @sources, @upvotes, @authors, @description, @revision)`,
  );
  const update = db.prepare(
    `UPDATE papers SET title = @title, abstract = @abstract, url = @url, published = @published, added_at = @added_at,
       sources = @sources, upvotes = @upvotes, authors = @authors, description = @description, revision = @revision WHERE id = @id`,
  );
  const write = db.transaction((papers: readonly Paper[]): PaperWrite => {
    const next = revision() + 1;
    let added = 0;
    let updated = 0;
    for (const p of papers) {
      const row = toRow(PaperSchema.parse(p), next);
      const known = byId.get(p.id) as PaperRow | undefined;
      if (!known) {
        insert.run(row);
        added++;
      } else if (JSON.stringify(fromRow(known)) !== JSON.stringify(fromRow(row))) {
        update.run(row);
        updated++;
      }
    }
    if (added + updated === 0) return { added, updated, revision: next - 1 };
    db.prepare("UPDATE store_meta SET value = ? WHERE key = 'papers_revision'").run(String(next));
    return { added, updated, revision: next };
  });
  return {
    all: () => guard(() => (db.prepare(`SELECT ${PAPER_COLUMNS} FROM papers ORDER BY seq`).all() as PaperRow[]).map(fromRow)),
    byIds: (ids) =>
      guard(() => {
        const unique = [...new Set(ids)];
        const rows: (PaperRow & { seq: number })[] = [];
        // Bound parameters per statement stay well under SQLite's limit.
        for (let i = 0; i < unique.length; i += 500) {
          const part = unique.slice(i, i + 500);
          rows.push(...(db.prepare(`SELECT ${PAPER_COLUMNS}, seq FROM papers WHERE id IN (${part.map(() => '?').join(',')})`).all(...part) as (PaperRow & { seq: number })[]));
        }
        return rows.sort((a, b) => a.seq - b.seq).map(fromRow);
      }),
    count: () => guard(() => (db.prepare('SELECT count(*) AS n FROM papers').get() as { n: number }).n),
    revision: () => guard(revision),
    changedSince: (rev) =>
      guard(() => (db.prepare(`SELECT ${PAPER_COLUMNS} FROM papers WHERE revision > ? ORDER BY seq`).all(rev) as PaperRow[]).map(fromRow)),
    allWithRevisions: () =>
      guard(() =>
        (db.prepare(`SELECT ${PAPER_COLUMNS}, revision FROM papers ORDER BY seq`).all() as (PaperRow & { revision: number })[]).map(
          (r): RevisedPaper => ({ paper: fromRow(r), revision: r.revision }),
        ),
      ),
    write: (papers) => guard(() => write.immediate(papers)),
  };
}

function answerStore(db: Database.Database, guard: Guard, capacity: number): AnswerStore {
  const parse = (row: { record: string } | undefined): AnswerRecord | undefined =>
    row ? AnswerRecordSchema.parse(JSON.parse(row.record)) : undefined;
  const get = db.prepare('SELECT record FROM answers WHERE key = ?');
  const put = db.transaction((record: AnswerRecord) => {
    db.prepare('DELETE FROM answers WHERE key = ?').run(record.key);
    db.prepare('INSERT INTO answers (key, channel_id, record) VALUES (?, ?, ?)').run(record.key, record.channelId ?? null, JSON.stringify(record));
    const link = db.prepare('INSERT OR REPLACE INTO answer_messages (message_id, answer_key) VALUES (?, ?)');
    for (const id of record.messageIds) link.run(id, record.key);
    db.prepare('DELETE FROM answers WHERE seq <= (SELECT max(seq) FROM answers) - ?').run(capacity);
  });
  const attach = db.transaction((key: string, messageIds: readonly string[], channelId?: string) => {
    const record = parse(get.get(key) as { record: string } | undefined);
    if (!record) return;
    for (const id of messageIds) if (!record.messageIds.includes(id)) record.messageIds.push(id);
    if (channelId) record.channelId = channelId;
    db.prepare('UPDATE answers SET record = ?, channel_id = ? WHERE key = ?').run(JSON.stringify(record), record.channelId ?? null, key);
    const link = db.prepare('INSERT OR REPLACE INTO answer_messages (message_id, answer_key) VALUES (?, ?)');
    for (const id of messageIds) link.run(id, key);
  });
  return {
    get: (key) => guard(() => parse(get.get(key) as { record: string } | undefined)),
    put: (record) => guard(() => put.immediate(AnswerRecordSchema.parse(record))),
    attach: (key, messageIds, channelId) => guard(() => attach.immediate(key, messageIds, channelId)),
    forMessage: (messageId) =>
      guard(() =>
        parse(
          db
            .prepare('SELECT a.record FROM answer_messages m JOIN answers a ON a.key = m.answer_key WHERE m.message_id = ?')
            .get(messageId) as { record: string } | undefined,
        ),
      ),
    latestIn: (channelId) =>
      guard(() =>
        parse(db.prepare('SELECT record FROM answers WHERE channel_id = ? ORDER BY seq DESC LIMIT 1').get(channelId) as { record: string } | undefined),
      ),
    count: () => guard(() => (db.prepare('SELECT count(*) AS n FROM answers').get() as { n: number }).n),
    recent: (limit) =>
      guard(() =>
        (db.prepare('SELECT record FROM answers ORDER BY seq DESC LIMIT ?').all(limit) as { record: string }[])
          .map((r) => parse(r)!)
          .reverse(),
      ),
  };
}

function feedbackStore(db: Database.Database, guard: Guard): FeedbackStore {
  return {
    record: (entry) =>
      guard(() => {
        const e = FeedbackSchema.parse(entry);
        db.prepare('INSERT INTO feedback (at, answer_key, user_id, vote, record) VALUES (?, ?, ?, ?, ?)').run(e.at, e.answerKey, e.userId, e.vote, JSON.stringify(e));
      }),
    all: () =>
      guard(() => (db.prepare('SELECT record FROM feedback ORDER BY seq').all() as { record: string }[]).map((r) => FeedbackSchema.parse(JSON.parse(r.record)) as Feedback)),
  };
}

/** How long a job lock held by a process on another machine (whose liveness cannot be checked) stays valid without a heartbeat. */
const JOB_LEASE_MS = 60_000;

interface JobLockRow {
  token: string;
  host: string;
  pid: number;
  heartbeat_at: number;
}

/** Tokens of the job locks this process holds, whichever store object took them. */
const jobLocksHeldHere = new Set<string>();

function jobStateStore(db: Database.Database, guard: Guard): JobStateStore {
  const host = hostname();
  const heldHere = jobLocksHeldHere;
  /** A lock whose holder is gone: a dead process on this machine, a lock of this process it no longer holds, or a silent one elsewhere. */
  const stale = (row: JobLockRow, now: number): boolean => {
    if (row.host !== host) return now - row.heartbeat_at > JOB_LEASE_MS;
    if (row.pid === process.pid) return !heldHere.has(row.token);
    return !isAlive(row.pid);
  };
  const acquire = db.transaction((job: string, token: string): boolean => {
    const now = Date.now();
    const row = db.prepare('SELECT token, host, pid, heartbeat_at FROM job_locks WHERE job = ?').get(job) as JobLockRow | undefined;
    if (row && !stale(row, now)) return false;
    db.prepare('INSERT OR REPLACE INTO job_locks (job, token, host, pid, heartbeat_at) VALUES (?, ?, ?, ?, ?)').run(job, token, host, process.pid, now);
    heldHere.add(token);
    return true;
  });
  const release = (job: string, token: string) => {
    heldHere.delete(token);
    if (db.open) db.prepare('DELETE FROM job_locks WHERE job = ? AND token = ?').run(job, token);
  };
  return {
    get: (job) =>
      guard(() => {
        const row = db.prepare('SELECT state FROM job_state WHERE job = ?').get(job) as { state: string } | undefined;
        return row ? (JSON.parse(row.state) as unknown) : undefined;
      }),
    set: (job, state) =>
      guard(() => {
        db.prepare(
          'INSERT INTO job_state (job, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (job) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at',
        ).run(job, JSON.stringify(state), new Date().toISOString());
      }),
    all: () =>
      guard(() =>
        (db.prepare('SELECT job, state FROM job_state ORDER BY job').all() as { job: string; state: string }[]).map((r) => ({
          job: r.job,
          state: JSON.parse(r.state) as unknown,
        })),
      ),
    runExclusive: async (job, fn) => {
      const token = randomUUID();
      if (!(await guard(() => acquire.immediate(job, token)))) return { ran: false };
      const beat = setInterval(() => {
        try {
          if (db.open) db.prepare('UPDATE job_locks SET heartbeat_at = ? WHERE job = ? AND token = ?').run(Date.now(), job, token);
        } catch {
          // A busy or closed database skips one beat; the lease outlasts several.
        }
      }, JOB_LEASE_MS / 4);
      beat.unref();
      try {
        return { ran: true, value: await fn() };
      } finally {
        clearInterval(beat);
        await guard(() => release(job, token));
      }
    },
  };
}
