import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../src/config.js';
import type { Paper } from '../src/corpus/paper.js';
import { UserError } from '../src/errors.js';
import { openStore } from '../src/store/open.js';
import { STORE_FILE } from '../src/store/sqlite.js';
import type { AnswerRecord, Feedback } from '../src/store/types.js';
import { tempConfig } from './helpers/index.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

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

const paper = (title: string, over: Partial<Paper> = {}): Paper => ({
  id: title.toLowerCase().replace(/\W+/g, '-'),
  title,
  abstract: `About ${title}.`,
  addedAt: '2026-01-01T00:00:00.000Z',
  sources: ['a.jsonl'],
  ...over,
});

const answer = (key: string, over: Partial<AnswerRecord> = {}): AnswerRecord => ({
  key,
  question: `q ${key}`,
  answer: `a ${key}`,
  mode: 'extractive',
  abstained: false,
  citations: [],
  sources: [],
  history: [],
  at: new Date(0).toISOString(),
  messageIds: [],
  ...over,
});

const vote = (answerKey: string, v: 'up' | 'down' = 'up'): Feedback => ({
  at: new Date(0).toISOString(),
  vote: v,
  answerKey,
  userId: 'u',
  surface: 'discord',
  question: 'q',
  answer: 'a',
  mode: 'llm',
  citations: [],
});

describe('the store of record', () => {
  it('keeps every paper written, skips unchanged ones, and counts revisions', async () => {
    const config = await setup();
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
    await store.close();
    const reopened = await open(config);
    expect(await reopened.papers.count()).toBe(3);
    expect((await reopened.papers.all())[1]).toEqual(paper('Beta', { sources: ['a.jsonl', 'b.txt'], url: 'https://x.org/b' }));
  });

  it('keeps a bounded set of answers, found by message and by thread, shared by every process that opens the store', async () => {
    const config = await setup({ PAPERBOT_ANSWER_MEMORY: '3' });
    const a = await open(config);
    const b = await open(config);
    for (const k of ['a', 'b', 'c', 'd']) await a.answers.put(answer(k));
    await a.answers.attach('d', ['m1', 'm2'], 'chan');
    await a.answers.attach('c', ['m0'], 'chan');
    expect(await b.answers.count()).toBe(3);
    expect(await b.answers.get('a')).toBeUndefined();
    expect((await b.answers.forMessage('m2'))?.key).toBe('d');
    expect((await b.answers.latestIn('chan'))?.key).toBe('d');
    expect((await b.answers.recent(2)).map((r) => r.key)).toEqual(['c', 'd']);
    await b.answers.put(answer('e'));
    expect((await a.answers.forMessage('m0'))?.key).toBe('c');
    await b.answers.put(answer('f'));
    expect(await a.answers.forMessage('m0')).toBeUndefined();
    expect(await a.answers.count()).toBe(3);
  });

  it('records every vote of many concurrent users', async () => {
    const config = await setup();
    const store = await open(config);
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.feedback.record(vote(`k${i}`, i % 2 ? 'up' : 'down'))));
    expect((await store.feedback.all()).map((v) => v.answerKey)).toEqual(Array.from({ length: 50 }, (_, i) => `k${i}`));
  });

  it('keeps scheduled-job state', async () => {
    const config = await setup();
    const store = await open(config);
    expect(await store.jobs.get('digest')).toBeUndefined();
    await store.jobs.set('digest', { period: '2026-03-09T09:00:00.000Z' });
    await store.jobs.set('digest', { period: '2026-03-16T09:00:00.000Z' });
    expect(await store.jobs.get('digest')).toEqual({ period: '2026-03-16T09:00:00.000Z' });
  });

  it('refuses a damaged database file with one line naming it and the way out', async () => {
    const config = await setup();
    const file = path.join(config.PAPERBOT_DATA_DIR, STORE_FILE);
    await (await open(config)).close();
    await writeFile(file, Buffer.alloc(8192, 0x5a));
    const err = await openStore(config).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is damaged .*move it aside`));
    expect((err as Error).message).not.toContain('\n');
  });
});

describe('state files of older versions', () => {
  it('imports answers and votes once, skipping a truncated last vote, and keeps the files aside', async () => {
    const config = await setup();
    const dir = config.PAPERBOT_DATA_DIR;
    const { mkdir } = await import('node:fs/promises');
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

  it('keeps a damaged answers file aside instead of overwriting it', async () => {
    const config = await setup();
    const dir = config.PAPERBOT_DATA_DIR;
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'answers.json'), '{"version":1,"records":[{"key":"x","quest');
    const warnings: string[] = [];
    const store = await open(config, (m) => warnings.push(m));
    await store.answers.put(answer('new'));
    expect(await readFile(path.join(dir, 'answers.json.corrupt'), 'utf8')).toBe('{"version":1,"records":[{"key":"x","quest');
    expect(warnings.join('\n')).toMatch(/answers\.json is damaged; kept aside as answers\.json\.corrupt/);
  });
});
