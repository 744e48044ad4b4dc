import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, secretsOf } from '../src/bot/log.js';
import { type Config, loadConfig } from '../src/config.js';
import type { Paper } from '../src/corpus/paper.js';
import { UserError } from '../src/errors.js';
import { openStore } from '../src/store/open.js';
import { PG_MIGRATIONS, openPostgresStore } from '../src/store/postgres.js';
import { MIGRATIONS, STORE_FILE } from '../src/store/sqlite.js';
import type { AnswerRecord } from '../src/store/types.js';
import { REPO, tempConfig } from './helpers/index.js';
import { answer, paper, vote } from './helpers/store.js';
import { type TestPostgres, freshSchema, sql, usePostgres } from './support/postgres.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const servers = usePostgres();

async function setup(env: Record<string, string> = {}): Promise<Config> {
  const t = await tempConfig(env);
  cleanups.push(t.cleanup);
  return t.config;
}

async function open(config: Config, warn?: (m: string) => void) {
  const store = await openStore(config, warn ? { warn } : {});
  cleanups.push(() => store.close());
  return store;
}

interface Backend {
  name: string;
  /** The PostgreSQL server, for the PostgreSQL back ends. */
  server?: TestPostgres;
  /** A configuration naming a new, empty store of this back end. */
  config(env?: Record<string, string>): Promise<Config>;
  /** Leaves the store the configuration names at an older schema version (holding `paper` where the schema has papers). */
  oldSchema(config: Config, paper: Paper): Promise<{ keepsPaper: boolean }>;
  /** Records a schema version this paperbot does not know yet. */
  newerSchema(config: Config): Promise<void>;
  /** The schema version the store records. */
  version(config: Config): Promise<number>;
}

const sqliteFile = (config: Config) => path.join(config.PAPERBOT_DATA_DIR, STORE_FILE);

const sqliteBackend: Backend = {
  name: 'SQLite',
  config: (env = {}) => setup(env),
  oldSchema: async (config, p) => {
    await mkdir(config.PAPERBOT_DATA_DIR, { recursive: true });
    const db = new Database(sqliteFile(config));
    db.exec(MIGRATIONS[0]!);
    db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1)');
    db.prepare('INSERT INTO papers (id, title, abstract, added_at, sources, revision) VALUES (?, ?, ?, ?, ?, 1)').run(
      p.id,
      p.title,
      p.abstract,
      p.addedAt,
      JSON.stringify(p.sources),
    );
    db.exec("UPDATE store_meta SET value = '1' WHERE key = 'papers_revision'");
    db.close();
    return { keepsPaper: true };
  },
  newerSchema: async (config) => {
    await (await openStore(config)).close();
    const db = new Database(sqliteFile(config));
    db.prepare('UPDATE schema_version SET version = ?').run(MIGRATIONS.length + 5);
    db.close();
  },
  version: async (config) => {
    const db = new Database(sqliteFile(config), { readonly: true });
    try {
      return (db.prepare('SELECT version FROM schema_version').get() as { version: number }).version;
    } finally {
      db.close();
    }
  },
};

function postgresBackend(server: TestPostgres): Backend {
  const url = (config: Config) => config.PAPERBOT_DATABASE_URL!;
  const schema = (config: Config) => `"${config.PAPERBOT_DATABASE_SCHEMA}"`;
  return {
    name: server.name,
    server,
    config: async (env = {}) => {
      const fresh = freshSchema(server.url());
      cleanups.push(fresh.drop);
      return setup({ PAPERBOT_DATABASE_URL: server.url(), PAPERBOT_DATABASE_SCHEMA: fresh.schema, ...env });
    },
    // The first schema version: the store of record, without the search index's tables.
    oldSchema: async (config, p) => {
      const s = schema(config);
      await sql(url(config), `CREATE SCHEMA ${s}`);
      await sql(url(config), PG_MIGRATIONS[0]!(s));
      await sql(url(config), `CREATE TABLE ${s}.schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now()); INSERT INTO ${s}.schema_version (version) VALUES (1)`);
      await sql(url(config), `INSERT INTO ${s}.papers (id, title, abstract, added_at, sources, revision) VALUES ($1, $2, $3, $4, $5, 1)`, [
        p.id,
        p.title,
        p.abstract,
        p.addedAt,
        JSON.stringify(p.sources),
      ]);
      await sql(url(config), `UPDATE ${s}.store_meta SET value = 1 WHERE key = 'papers_revision'`);
      return { keepsPaper: true };
    },
    newerSchema: async (config) => {
      await (await openStore(config)).close();
      await sql(url(config), `INSERT INTO ${schema(config)}.schema_version (version) VALUES ($1)`, [PG_MIGRATIONS.length + 5]);
    },
    version: async (config) => {
      const rows = await sql<{ version: number }>(url(config), `SELECT version FROM ${schema(config)}.schema_version ORDER BY version`);
      expect(rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
      return rows.at(-1)!.version;
    },
  };
}

const backends: Backend[] = [sqliteBackend, ...servers.map(postgresBackend)];

const papers = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => paper(`${prefix} ${i}`));

interface Child {
  process: ChildProcess;
  /** Resolves with the exit code and the JSON lines printed. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: unknown[]; stderr: string }>;
  /** Resolves when the child has printed a JSON line. */
  printed: Promise<unknown>;
}

/** Another process using the same store (test/support/store-child.js). */
function child(config: Config, args: string[]): Child {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    PAPERBOT_DATA_DIR: config.PAPERBOT_DATA_DIR,
    PAPERBOT_DATABASE_SCHEMA: config.PAPERBOT_DATABASE_SCHEMA,
    PAPERBOT_ANSWER_MEMORY: String(config.PAPERBOT_ANSWER_MEMORY),
    ...(config.PAPERBOT_DATABASE_URL ? { PAPERBOT_DATABASE_URL: config.PAPERBOT_DATABASE_URL } : {}),
  };
  const proc = spawn(process.execPath, [path.join(REPO, 'test/support/store-child.js'), ...args], { cwd: REPO, env });
  let stdout = '';
  let stderr = '';
  let onLine: (v: unknown) => void = () => {};
  const printed = new Promise<unknown>((resolve) => (onLine = resolve));
  proc.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    const line = stdout.split('\n').find((l) => l.trim() !== '');
    if (stdout.includes('\n') && line) onLine(JSON.parse(line));
  });
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: unknown[]; stderr: string }>((resolve, reject) => {
    proc.on('error', reject);
    proc.on('close', (code, signal) =>
      resolve({
        code,
        signal,
        stderr,
        out: stdout
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((l) => JSON.parse(l) as unknown),
      }),
    );
  });
  cleanups.push(async () => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    await done.catch(() => undefined);
  });
  return { process: proc, done, printed };
}

async function succeeded(c: Child): Promise<unknown[]> {
  const r = await c.done;
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.out;
}

function gate(): { open: () => void; wait: Promise<void> } {
  let open = () => {};
  const wait = new Promise<void>((r) => (open = r));
  return { open, wait };
}

describe.each(backends)('the store of record in $name', (backend) => {
  it('keeps every paper written, skips unchanged ones, and counts revisions', async () => {
    const config = await backend.config();
    const store = await open(config);
    expect(await store.papers.revision()).toBe(0);
    expect(await store.papers.write([paper('Alpha'), paper('Beta')])).toEqual({ added: 2, updated: 0, revision: 1 });
    expect(await store.papers.write([paper('Alpha')])).toEqual({ added: 0, updated: 0, revision: 1 });
    expect(await store.papers.write([paper('Beta', { sources: ['a.jsonl', 'b.txt'], url: 'https://x.org/b' }), paper('Gamma')])).toEqual({
      added: 1,
      updated: 1,
      revision: 2,
    });
    expect((await store.papers.all()).map((p) => p.title)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect((await store.papers.changedSince(1)).map((p) => p.title)).toEqual(['Beta', 'Gamma']);
    expect((await store.papers.allWithRevisions()).map((r) => [r.paper.title, r.revision])).toEqual([
      ['Alpha', 1],
      ['Beta', 2],
      ['Gamma', 2],
    ]);
    await store.close();
    const reopened = await open(config);
    expect(await reopened.papers.count()).toBe(3);
    expect(await reopened.papers.revision()).toBe(2);
    expect((await reopened.papers.all())[1]).toEqual(paper('Beta', { sources: ['a.jsonl', 'b.txt'], url: 'https://x.org/b' }));
    const full = paper('Delta', {
      url: 'https://x.org/d',
      published: '2026-03-01',
      upvotes: 7,
      authors: ['A. B', 'C. D'],
      description: { summary: 'Delta in plain words.', questions: ['what is delta?'] },
    });
    await reopened.papers.write([full]);
    expect((await reopened.papers.changedSince(2))[0]).toEqual(full);
    // Looked up by id: only those asked for and known, in the order they were added.
    expect((await reopened.papers.byIds([full.id, 'no-such-paper', paper('Alpha').id, full.id])).map((p) => p.title)).toEqual(['Alpha', 'Delta']);
    expect((await reopened.papers.byIds([full.id]))[0]).toEqual(full);
    expect(await reopened.papers.byIds([])).toEqual([]);
  });

  it('keeps a bounded set of answers, found by message and by thread, shared by every process that opens the store', async () => {
    const config = await backend.config({ PAPERBOT_ANSWER_MEMORY: '3' });
    const a = await open(config);
    const b = await open(config);
    for (const k of ['a', 'b', 'c', 'd']) await a.answers.put(answer(k));
    await a.answers.attach('d', ['m1', 'm2'], 'chan');
    await a.answers.attach('c', ['m0'], 'chan');
    expect(await b.answers.count()).toBe(3);
    expect(await b.answers.get('a')).toBeUndefined();
    expect((await b.answers.forMessage('m2'))?.key).toBe('d');
    expect((await b.answers.get('d'))?.messageIds).toEqual(['m1', 'm2']);
    expect((await b.answers.latestIn('chan'))?.key).toBe('d');
    expect((await b.answers.recent(2)).map((r) => r.key)).toEqual(['c', 'd']);
    await b.answers.put(answer('e'));
    expect((await a.answers.forMessage('m0'))?.key).toBe('c');
    await b.answers.put(answer('f'));
    expect(await a.answers.forMessage('m0')).toBeUndefined();
    expect(await a.answers.count()).toBe(3);
    // Putting a known answer again makes it the newest.
    await a.answers.put(answer('d', { messageIds: ['m3'] }));
    await a.answers.put(answer('g'));
    expect((await b.answers.recent(3)).map((r) => r.key)).toEqual(['f', 'd', 'g']);
    expect((await b.answers.forMessage('m3'))?.key).toBe('d');
  });

  it('records every vote of many users voting at once through two connections', async () => {
    const config = await backend.config();
    const a = await open(config);
    const b = await open(config);
    await Promise.all(
      Array.from({ length: 60 }, (_, i) => (i % 2 ? a : b).feedback.record(vote(`k${i}`, i % 3 ? 'up' : 'down', `user${i % 12}`))),
    );
    const all = await a.feedback.all();
    expect(all.map((v) => v.answerKey).sort()).toEqual(Array.from({ length: 60 }, (_, i) => `k${i}`).sort());
    expect(all.find((v) => v.answerKey === 'k3')).toEqual(vote('k3', 'down', 'user3'));
    await b.feedback.record(vote('last', 'down'));
    expect((await a.feedback.all()).at(-1)).toEqual(vote('last', 'down'));
  });

  it('keeps scheduled-job state', async () => {
    const config = await backend.config();
    const store = await open(config);
    expect(await store.jobs.get('digest')).toBeUndefined();
    await store.jobs.set('digest', { period: '2026-03-09T09:00:00.000Z' });
    await store.jobs.set('digest', { period: '2026-03-16T09:00:00.000Z' });
    await store.jobs.set('daily-fetch', { day: '2026-03-16' });
    expect(await store.jobs.get('digest')).toEqual({ period: '2026-03-16T09:00:00.000Z' });
    expect(await (await open(config)).jobs.all()).toEqual([
      { job: 'daily-fetch', state: { day: '2026-03-16' } },
      { job: 'digest', state: { period: '2026-03-16T09:00:00.000Z' } },
    ]);
  });

  it('gives concurrent writers on two connections one revision each, in order', async () => {
    const config = await backend.config();
    const a = await open(config);
    const b = await open(config);
    const writes = await Promise.all(Array.from({ length: 12 }, (_, w) => (w % 2 ? a : b).papers.write(papers(`w${w}`, 30))));
    expect(writes.map((w) => w.revision).sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(await b.papers.count()).toBe(360);
    expect(await b.papers.revision()).toBe(12);
    const revisionOf = new Map(writes.flatMap((w, i) => papers(`w${i}`, 30).map((p) => [p.id, w.revision])));
    const order = (await a.papers.all()).map((p) => revisionOf.get(p.id)!);
    expect(order).toEqual([...order].sort((x, y) => x - y));
    for (const w of writes) expect(await a.papers.changedSince(w.revision - 1)).toHaveLength(30 * (12 - w.revision + 1));
  });

  it('gives writers in two processes one revision per write', async () => {
    const config = await backend.config();
    await (await open(config)).close();
    const [x, y] = await Promise.all([succeeded(child(config, ['write', 'px', '8', '40'])), succeeded(child(config, ['write', 'py', '8', '40']))]);
    const rx = (x[0] as { revisions: number[] }).revisions;
    const ry = (y[0] as { revisions: number[] }).revisions;
    expect([...rx, ...ry].sort((p, q) => p - q)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    const store = await open(config);
    expect(await store.papers.count()).toBe(640);
    expect(await store.papers.revision()).toBe(16);
    expect(await store.papers.changedSince(8)).toHaveLength(40 * 8);
  });

  it('leaves nothing of a write that fails half-way', async () => {
    const config = await backend.config();
    const store = await open(config);
    await store.papers.write([paper('Kept')]);
    const bad = { ...paper('Broken'), sources: [] };
    const many = [paper('Kept', { sources: ['a.jsonl', 'changed.txt'] }), ...papers('lost', 1500), bad];
    await expect(store.papers.write(many)).rejects.toThrow();
    expect(await store.papers.count()).toBe(1);
    expect(await store.papers.revision()).toBe(1);
    expect(await store.papers.all()).toEqual([paper('Kept')]);
    await expect(store.answers.put({ ...answer('x'), mode: 'poetry' } as unknown as AnswerRecord)).rejects.toThrow();
    expect(await store.answers.count()).toBe(0);
    expect(await store.papers.write([paper('Next')])).toEqual({ added: 1, updated: 0, revision: 2 });
  });

  it('is migrated once when several processes open an older schema at once', async () => {
    const config = await backend.config();
    const old = await backend.oldSchema(config, paper('Before'));
    const opened = await Promise.all([0, 1, 2].map(() => succeeded(child(config, ['open']))));
    expect(opened).toEqual([[{ opened: true }], [{ opened: true }], [{ opened: true }]]);
    expect(await backend.version(config)).toBe(backend.server ? PG_MIGRATIONS.length : MIGRATIONS.length);
    const store = await open(config);
    if (old.keepsPaper) {
      expect(await store.papers.all()).toEqual([paper('Before')]);
      expect(await store.papers.revision()).toBe(1);
    }
    expect((await store.jobs.runExclusive('digest', async () => 'ran')).ran).toBe(true);
  });

  it('reads an abstract that a store of an earlier version keeps with LaTeX markup as the text it typesets', async () => {
    const config = await backend.config();
    const old = await backend.oldSchema(config, paper('Before', { abstract: 'Only 1\\% of the weights, as in T\\"ulu \\textit{3}.' }));
    if (!old.keepsPaper) return;
    const store = await open(config);
    expect((await store.papers.all()).map((p) => p.abstract)).toEqual(['Only 1% of the weights, as in Tülu 3.']);
  });

  it('refuses a store written by a newer paperbot, in one line', async () => {
    const config = await backend.config();
    await backend.newerSchema(config);
    const err = await openStore(config).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/written by a newer paperbot .*upgrade paperbot$/);
    expect((err as Error).message).not.toContain('\n');
  });

  it('runs a job in one place at a time: another connection is turned away until the lock is released', async () => {
    const config = await backend.config();
    const a = await open(config);
    const b = await open(config);
    const g = gate();
    cleanups.push(async () => g.open());
    const started = gate();
    const first = a.jobs.runExclusive('digest', async () => {
      started.open();
      await g.wait;
      return await a.papers.count();
    });
    await started.wait;
    expect(await b.jobs.runExclusive('digest', async () => 'second')).toEqual({ ran: false });
    expect(await a.jobs.runExclusive('digest', async () => 'same store')).toEqual({ ran: false });
    expect(await b.jobs.runExclusive('daily-fetch', async () => 'other job')).toEqual({ ran: true, value: 'other job' });
    g.open();
    expect(await first).toEqual({ ran: true, value: 0 });
    expect(await b.jobs.runExclusive('digest', async () => 'now')).toEqual({ ran: true, value: 'now' });
    await expect(b.jobs.runExclusive('digest', async () => Promise.reject(new Error('job failed')))).rejects.toThrow('job failed');
    expect(await a.jobs.runExclusive('digest', async () => 'after a failure')).toEqual({ ran: true, value: 'after a failure' });
  });

  it('runs a scheduled period once when several processes reach it together', async () => {
    const config = await backend.config();
    await (await open(config)).close();
    const runs = await Promise.all([0, 1, 2].map(() => succeeded(child(config, ['job', 'digest', 'P1', '400']))));
    expect(runs.flat().filter((r) => (r as { ran: boolean; value?: boolean }).ran && (r as { value: boolean }).value)).toHaveLength(1);
    const again = await succeeded(child(config, ['job', 'digest', 'P1', '0']));
    expect(again).toEqual([{ ran: true, value: false }]);
    const store = await open(config);
    expect((await store.feedback.all()).map((v) => v.answerKey)).toEqual(['digest P1']);
    expect(await store.jobs.get('digest')).toEqual({ period: 'P1' });
  });

  it.skipIf(backend.server?.sharedSession)('frees the lock of a process that dies holding it', async () => {
    const config = await backend.config();
    const store = await open(config);
    const holder = child(config, ['hold', 'digest']);
    expect(await holder.printed).toEqual({ locked: true });
    expect(await store.jobs.runExclusive('digest', async () => 'while held')).toEqual({ ran: false });
    holder.process.kill('SIGKILL');
    await holder.done;
    let outcome = await store.jobs.runExclusive('digest', async () => 'after');
    // The server notices the closed connection within moments.
    for (let i = 0; i < 50 && !outcome.ran; i++) {
      await new Promise((r) => setTimeout(r, 100));
      outcome = await store.jobs.runExclusive('digest', async () => 'after');
    }
    expect(outcome).toEqual({ ran: true, value: 'after' });
  });

  it('imports answers and votes of older state files once, skipping a truncated last vote, and keeps the files aside', async () => {
    const config = await backend.config();
    const dir = config.PAPERBOT_DATA_DIR;
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'answers.json'), JSON.stringify({ version: 1, records: [answer('x', { messageIds: ['m9'] })] }));
    const full = JSON.stringify(vote('x'));
    await writeFile(path.join(dir, 'feedback.jsonl'), `${full}\n${full.slice(0, 40)}`);
    const warnings: string[] = [];
    const store = await open(config, (m) => warnings.push(m));
    expect((await store.answers.forMessage('m9'))?.key).toBe('x');
    expect(await store.feedback.all()).toHaveLength(1);
    await store.feedback.record(vote('y', 'down'));
    expect((await store.feedback.all()).map((v) => v.vote)).toEqual(['up', 'down']);
    expect(warnings).toEqual([expect.stringMatching(/feedback\.jsonl: skipped 1 damaged line/)]);
    await store.close();
    const again = await open(config);
    expect(await again.feedback.all()).toHaveLength(2);
    expect((await readdir(dir)).filter((n) => n.endsWith('.imported')).sort()).toEqual(['answers.json.imported', 'feedback.jsonl.imported']);
  });

  it('keeps a damaged answers file of an older version aside instead of overwriting it', async () => {
    const config = await backend.config();
    const dir = config.PAPERBOT_DATA_DIR;
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'answers.json'), '{"version":1,"records":[{"key":"x","quest');
    const warnings: string[] = [];
    const store = await open(config, (m) => warnings.push(m));
    await store.answers.put(answer('new'));
    expect(await readFile(path.join(dir, 'answers.json.corrupt'), 'utf8')).toBe('{"version":1,"records":[{"key":"x","quest');
    expect(warnings.join('\n')).toMatch(/answers\.json is damaged; kept aside as answers\.json\.corrupt/);
  });
});

describe('the SQLite store', () => {
  it('refuses a damaged database file with one line naming it and the way out', async () => {
    const config = await setup();
    const file = sqliteFile(config);
    await (await open(config)).close();
    await writeFile(file, Buffer.alloc(8192, 0x5a));
    const err = await openStore(config).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is damaged .*move it aside`));
    expect((err as Error).message).not.toContain('\n');
  });
});

describe('the database URL in logs', () => {
  it('never shows its password, as written or decoded', () => {
    const out: string[] = [];
    const url = 'postgres://bot:p%40ss-w0rd!@db.example.org:5432/paperbot';
    const log = createLogger({ level: 'info', secrets: secretsOf(loadConfig({ PAPERBOT_DATABASE_URL: url })), write: (l) => out.push(l) });
    log.error('connect failed', { url, err: new Error('password p@ss-w0rd! rejected') });
    expect(out.join('')).not.toContain('w0rd');
    expect(out.join('')).toContain('postgres://bot:[redacted]@db.example.org:5432/paperbot');
  });
});

/** A TCP relay to a server whose connections can be cut, as a server restart or a network failure would. */
async function relay(target: string): Promise<{ url: string; cut: () => void; close: () => Promise<void> }> {
  const u = new URL(target);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((down) => {
    const up = net.connect(Number(u.port || 5432), u.hostname);
    for (const s of [down, up]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    down.pipe(up);
    up.pipe(down);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  const url = new URL(target);
  url.host = `127.0.0.1:${port}`;
  const cut = () => {
    for (const s of sockets) s.destroy();
  };
  return { url: url.toString(), cut, close: () => new Promise((r) => (cut(), server.close(() => r()))) };
}

describe.each(servers.map(postgresBackend))('the PostgreSQL store on $name', (backend) => {
  it('names its database without the password, in messages and when it cannot connect', async () => {
    const base = new URL(backend.server!.url());
    // PGlite asks for no password: any will do.
    if (!base.password) base.password = 'hunter2-secret';
    const secret = base.password;
    const config = await backend.config({ PAPERBOT_DATABASE_URL: base.toString() });
    const store = await open(config);
    expect(store.location).toBe(`postgres://${base.username}@${base.host}${base.pathname} (schema ${config.PAPERBOT_DATABASE_SCHEMA})`);
    expect(store.location).not.toContain(secret);
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise((r) => closed.close(r));
    base.port = String(port);
    const err = await openStore({ ...config, PAPERBOT_DATABASE_URL: base.toString() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(
      new RegExp(`^cannot open the PostgreSQL store at postgres://${base.username}@127\\.0\\.0\\.1:${port}${base.pathname} .*ECONNREFUSED.*PAPERBOT_DATABASE_URL$`),
    );
    expect((err as Error).message).not.toContain(secret);
  });

  it('serves pgvector: CREATE EXTENSION vector, an HNSW index and a nearest-neighbour query', async (ctx) => {
    const url = backend.server!.url();
    const available = await sql<{ n: string }>(url, "SELECT count(*) AS n FROM pg_available_extensions WHERE name = 'vector'");
    if (available[0]!.n === '0') ctx.skip();
    const { schema, drop } = freshSchema(url);
    cleanups.push(drop);
    await sql(url, 'CREATE EXTENSION IF NOT EXISTS vector');
    await sql(url, `CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.v (id int, e vector(3)); CREATE INDEX ON ${schema}.v USING hnsw (e vector_cosine_ops)`);
    await sql(url, `INSERT INTO ${schema}.v VALUES (1, '[1,0,0]'), (2, '[0,1,0]'), (3, '[0.9,0.1,0]')`);
    expect(await sql(url, `SELECT id FROM ${schema}.v ORDER BY e <=> '[1,0.05,0]' LIMIT 2`)).toEqual([{ id: 1 }, { id: 3 }]);
    expect(await sql(url, `SELECT indexname FROM pg_indexes WHERE schemaname = $1`, [schema])).toEqual([{ indexname: 'v_e_idx' }]);
  });

  it('survives losing its connections: told once, the next query reconnects', async () => {
    const config = await backend.config();
    const r = await relay(backend.server!.url());
    cleanups.push(r.close);
    const warnings: string[] = [];
    const store = await open({ ...config, PAPERBOT_DATABASE_URL: r.url }, (m) => warnings.push(m));
    await Promise.all([store.papers.write([paper('Before')]), store.feedback.record(vote('k')), store.answers.count()]);
    r.cut();
    await new Promise((res) => setTimeout(res, 200));
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0]).toMatch(/^PostgreSQL connection to postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres lost .*the next query reconnects$/);
    expect((await store.papers.all()).map((p) => p.title)).toEqual(['Before']);
  });

  it('runs a job that uses the store with a pool of one connection asked for', async () => {
    const config = await backend.config();
    await (await open(config)).close();
    const store = await openPostgresStore({ url: config.PAPERBOT_DATABASE_URL!, schema: config.PAPERBOT_DATABASE_SCHEMA, answerCapacity: 5, poolSize: 1 });
    cleanups.push(() => store.close());
    const outcome = await store.jobs.runExclusive('digest', async () => {
      await store.papers.write([paper('Inside')]);
      return store.papers.count();
    });
    expect(outcome).toEqual({ ran: true, value: 1 });
  });
});
