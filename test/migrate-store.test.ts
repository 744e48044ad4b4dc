import { cp } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../src/config.js';
import { openStore } from '../src/store/open.js';
import type { AnswerRecord, Feedback, Store } from '../src/store/types.js';
import { runCli } from './helpers/cli.js';
import { FIXTURES, tempConfig } from './helpers/index.js';
import { answer as baseAnswer, paper, vote as baseVote } from './helpers/store.js';
import { freshSchema, usePostgres } from './support/postgres.js';

const answer = (key: string, over: Partial<AnswerRecord> = {}) =>
  baseAnswer(key, { citations: [{ n: 1, title: 'T' }], sources: [{ title: 'T', score: 0.5 }], messageIds: [`m-${key}`], channelId: 'chan', ...over });
const vote = (answerKey: string, userId: string, v: 'up' | 'down' = 'up'): Feedback => ({ ...baseVote(answerKey, v, userId), citations: ['T'] });

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

// One server is enough here: the store contract suite runs against every configured one.
const server = usePostgres()[0]!;

interface Setup {
  /** The embedded store's configuration (no database URL). */
  embedded: Config;
  /** The same data directory with the PostgreSQL store configured. */
  postgres: Config;
  env: Record<string, string>;
  url: string;
}

async function setup(): Promise<Setup> {
  const t = await tempConfig();
  cleanups.push(t.cleanup);
  const url = server.url();
  const fresh = freshSchema(url);
  cleanups.push(fresh.drop);
  const env = {
    PAPERBOT_DATA_DIR: t.config.PAPERBOT_DATA_DIR,
    PAPERBOT_CORPUS_DIR: t.config.PAPERBOT_CORPUS_DIR,
    PAPERBOT_DATABASE_SCHEMA: fresh.schema,
    PAPERBOT_LOG_LEVEL: 'silent',
  };
  return { embedded: loadConfig(env), postgres: loadConfig({ ...env, PAPERBOT_DATABASE_URL: url }), env, url };
}

async function withStore<T>(config: Config, fn: (s: Store) => Promise<T>): Promise<T> {
  const store = await openStore(config);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

async function contents(config: Config) {
  return withStore(config, async (s) => ({
    papers: await s.papers.allWithRevisions(),
    revision: await s.papers.revision(),
    answers: await s.answers.recent(100),
    votes: await s.feedback.all(),
    jobs: await s.jobs.all(),
  }));
}

/** An embedded store with an index, two paper revisions, answers, votes (two of them equal) and job state. */
let withState: Config;
let removeWithState: (() => Promise<void>) | undefined;
afterAll(() => removeWithState?.());
beforeAll(async () => {
  const t = await tempConfig({ PAPERBOT_LOG_LEVEL: 'silent' });
  removeWithState = t.cleanup;
  withState = t.config;
  const env = { PAPERBOT_DATA_DIR: t.config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: t.config.PAPERBOT_CORPUS_DIR, PAPERBOT_LOG_LEVEL: 'silent' };
  const ingested = await runCli(['ingest', path.join(FIXTURES, 'themes.jsonl')], env);
  expect(ingested.code).toBe(0);
  await withStore(withState, async (store) => {
    await store.papers.write([paper('Added Later', { url: 'https://x.org/later', published: '2026-03-02' })]);
    await store.answers.put(answer('a1'));
    await store.answers.put(answer('a2', { history: [{ question: 'q a1', answer: 'a a1' }] }));
    await store.feedback.record(vote('a1', 'u1'));
    await store.feedback.record(vote('a1', 'u1'));
    await store.feedback.record(vote('a2', 'u2', 'down'));
    await store.jobs.set('digest', { period: '2026-03-09T09:00:00.000Z' });
  });
  // The index, built from the store's first revision, catches up with the second.
  expect((await runCli(['search', 'LoRA adapters'], env)).code).toBe(0);
});

/** Gives the setup's data directory a copy of that embedded store and its index. */
async function embeddedStoreWithState(s: Setup): Promise<void> {
  await cp(withState.PAPERBOT_DATA_DIR, s.embedded.PAPERBOT_DATA_DIR, { recursive: true });
}

describe('paperbot migrate-store', () => {
  it('copies the papers and the bot state into PostgreSQL as they are, and the search index is built there from them', async () => {
    const s = await setup();
    await embeddedStoreWithState(s);
    const before = await contents(s.embedded);
    expect(before.papers).toHaveLength(13);
    expect(before.revision).toBe(2);

    const copied = await runCli(['migrate-store', '--to', s.url], s.env);
    expect(copied.stderr).toBe('');
    expect(copied.code).toBe(0);
    expect(copied.stdout).toMatch(/^copied 13 papers, 2 answers, 3 votes and 1 job states from .*paperbot\.db to postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres \(schema t_\w+\) \(paper revisions kept; the search index in PostgreSQL is built from them on the next query or ingest\)\n/);
    expect(await contents(s.postgres)).toEqual(before);

    const asked = await runCli(['search', 'LoRA adapters', '--json'], { ...s.env, PAPERBOT_DATABASE_URL: s.url });
    expect(asked.stderr).toMatch(/building the search index in postgres:\/\/\S+ \(schema t_\w+\) \(version 1, 13 papers\)/);
    expect((JSON.parse(asked.stdout) as { results: { title: string }[] }).results[0]!.title).toMatch(/LoRA|Low-Rank/);
    const stats = await runCli(['stats', '--json'], { ...s.env, PAPERBOT_DATABASE_URL: s.url });
    expect(stats.code).toBe(0);
    const parsed = JSON.parse(stats.stdout) as { store: { papers: number; location: string }; index: { upToDate: boolean; papers: number; location: string } };
    expect(parsed.store.papers).toBe(13);
    expect(parsed.store.location).toMatch(/^postgres:\/\//);
    expect(parsed.index).toMatchObject({ upToDate: true, papers: 13 });
    expect(parsed.index.location).toMatch(/^postgres:\/\//);
  });

  it('changes nothing when run again, even after the bot has voted in PostgreSQL', async () => {
    const s = await setup();
    await embeddedStoreWithState(s);
    expect((await runCli(['migrate-store', '--to', s.url], s.env)).code).toBe(0);
    const again = await runCli(['migrate-store', '--to', s.url, '--json'], s.env);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ unchanged: true, papers: 0, votes: 0 });
    await withStore(s.postgres, (store) => store.feedback.record(vote('a2', 'u3')));
    const third = await runCli(['migrate-store'], { ...s.env, PAPERBOT_DATABASE_URL: s.url });
    expect(third.code).toBe(0);
    expect(third.stdout).toMatch(/^nothing to copy: postgres:\/\/.* already holds everything .*paperbot\.db holds\n$/);
    expect((await contents(s.postgres)).votes.map((v) => v.userId)).toEqual(['u1', 'u1', 'u2', 'u3']);
  });

  it('refuses a database that holds other data unless told to merge, then combines without duplicating', async () => {
    const s = await setup();
    await embeddedStoreWithState(s);
    await withStore(s.postgres, async (store) => {
      await store.papers.write([paper('Only In Postgres'), paper('Added Later', { sources: ['feed'], upvotes: 4 })]);
      await store.feedback.record(vote('a1', 'u1'));
      await store.jobs.set('digest', { period: '2026-03-16T09:00:00.000Z' });
    });
    const held = await contents(s.postgres);

    const refused = await runCli(['migrate-store', '--to', s.url], s.env);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^error: postgres:\/\/\S+ \(schema \w+\) already holds other data \(1 paper that .*paperbot\.db does not hold; 1 paper, 1 job state held differently\); nothing was copied: add --merge to copy into it anyway .*\n$/,
    );
    expect(await contents(s.postgres)).toEqual(held);

    const merged = await runCli(['migrate-store', '--to', s.url, '--merge', '--json'], s.env);
    expect(merged.stderr).toBe('');
    expect(JSON.parse(merged.stdout)).toMatchObject({ papers: 13, answers: 2, votes: 2, jobs: 0, revisionsKept: false });
    const after = await contents(s.postgres);
    expect(after.papers).toHaveLength(14);
    expect(after.papers.find((r) => r.paper.title === 'Added Later')!.paper).toEqual(
      paper('Added Later', { sources: ['feed', 'a.jsonl'], upvotes: 4, url: 'https://x.org/later', published: '2026-03-02' }),
    );
    expect(after.votes.map((v) => `${v.answerKey} ${v.userId}`).sort()).toEqual(['a1 u1', 'a1 u1', 'a2 u2']);
    expect(after.jobs).toEqual([{ job: 'digest', state: { period: '2026-03-16T09:00:00.000Z' } }]);
    expect(after.answers.map((a) => a.key)).toEqual(['a1', 'a2']);

    const again = await runCli(['migrate-store', '--to', s.url, '--merge', '--json'], s.env);
    expect(JSON.parse(again.stdout)).toMatchObject({ unchanged: true });
    expect((await contents(s.postgres)).votes).toHaveLength(3);
  });

  it('says what is wrong with one line: no embedded store, no database, a bad URL', async () => {
    const s = await setup();
    const none = await runCli(['migrate-store', '--to', s.url], s.env);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^error: no embedded store at .*paperbot\.db: nothing to copy\n$/);
    const noTarget = await runCli(['migrate-store'], s.env);
    expect(noTarget.stderr).toBe('error: migrate-store needs a PostgreSQL database: --to postgres://... or PAPERBOT_DATABASE_URL\n');
    const bad = await runCli(['migrate-store', '--to', 'mysql://root:pw-secret@h/db'], s.env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('error: --to must be a postgres:// or postgresql:// URL\n');
  });
});
