import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../src/answer/digest.js';
import { fetchDailyPapers, fetchDays, parseDailyPapers } from '../src/corpus/daily-papers.js';
import { addDays, daysBetween } from '../src/corpus/dates.js';
import { runDailyFetch } from '../src/retrieval/ingest/daily-fetch.js';
import { Retriever } from '../src/retrieval/engine.js';
import { runCli } from './helpers/cli.js';
import { CORPUS, FIXTURES, snapshot, storedPapers, tempConfig } from './helpers/index.js';
import { describedTitle, startOpenAiStub } from './support/openai-server.js';

const RECORDED = path.join(FIXTURES, 'daily-papers');
const THEMES = path.join(FIXTURES, 'themes.jsonl');

/**
 * date -> what the server answers; `recordedOn` serves a recording made on another day with its
 * publication dates moved by as many days as lie between that day and the date asked for.
 */
const ROUTES: Record<string, { file?: string; status?: number; delayMs?: number; recordedOn?: string }> = {
  '2026-03-10': { file: '2026-03-10.json' },
  '2026-03-11': { file: '2026-03-11.json' },
  '2026-03-12': { file: '2026-03-12-empty.json' },
  '2026-03-13': { status: 500 },
  '2026-03-14': { file: '2026-03-14-malformed.json' },
  '2026-03-15': { file: '2026-03-15-missing-fields.json' },
  '2026-03-16': { file: '2026-03-16-duplicates.json' },
  '2026-03-17': { file: '2026-03-10.json', delayMs: 1500 },
  '2026-11-16': { file: '2026-03-10.json', recordedOn: '2026-03-10' },
};

/** A recorded body with every `publishedAt` moved by `days`. */
function movedDates(body: Buffer, days: number): string {
  const entries = JSON.parse(body.toString('utf8')) as { publishedAt?: string; paper: { publishedAt?: string } }[];
  const move = (iso: string | undefined) => (iso === undefined ? iso : `${addDays(iso.slice(0, 10), days)}${iso.slice(10)}`);
  return JSON.stringify(entries.map((e) => ({ ...e, publishedAt: move(e.publishedAt), paper: { ...e.paper, publishedAt: move(e.paper.publishedAt) } })));
}

let server: Server;
let baseUrl: string;
const requests: { date: string | null; path: string }[] = [];
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const date = url.searchParams.get('date');
    requests.push({ date, path: url.pathname });
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const route = url.pathname === '/api/daily_papers' && date ? ROUTES[date] : undefined;
    const reply = async () => {
      if (route?.delayMs) await new Promise((r) => setTimeout(r, route.delayMs));
      if (!route) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not Found"}');
      } else if (route.status) {
        res.writeHead(route.status, { 'content-type': 'application/json' }).end('{"error":"Internal Error"}');
      } else {
        const body = await readFile(path.join(RECORDED, route.file!));
        res.writeHead(200, { 'content-type': 'application/json' }).end(route.recordedOn ? movedDates(body, daysBetween(route.recordedOn, date!)) : body);
      }
    };
    res.on('close', () => (inFlight -= 1));
    void reply().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const opts = (extra: Partial<Parameters<typeof fetchDailyPapers>[1]> = {}) => ({ baseUrl, timeoutMs: 5000, minIntervalMs: 0, ...extra });

describe('daily papers fetch', () => {
  it('maps a recorded day to papers', async () => {
    const r = await fetchDailyPapers(['2026-03-10'], opts());
    expect(r.warnings).toEqual([]);
    expect(r.allFailed).toBe(false);
    expect(r.days).toEqual([{ date: '2026-03-10', ok: true, papers: 4 }]);
    expect(r.papers.map((p) => p.title)).toEqual([
      'Sparse Autoencoders Find Interpretable Features in Vision Transformers',
      'Speculative Decoding with Draft Trees for Faster LLM Inference',
      'Curriculum Reinforcement Learning for Math Reasoning in Small Language Models',
      'Mixture of LoRA Experts for Multi-Task Fine-Tuning',
    ]);
    expect(r.papers[0]).toEqual({
      title: 'Sparse Autoencoders Find Interpretable Features in Vision Transformers',
      abstract: expect.stringMatching(/^Sparse autoencoders have been used to interpret language models/),
      url: 'https://arxiv.org/abs/2603.07011',
      published: '2026-03-09',
      source: 'daily-papers:2026-03-10',
      upvotes: 57,
      authors: ['Ana Ruiz', 'Tom Becker'],
    });
    expect(requests.at(-1)).toEqual({ date: '2026-03-10', path: '/api/daily_papers' });
  });

  it('skips bad entries and failed days with warnings, keeping the rest', async () => {
    const days = ['2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15', '2026-03-16', '2026-03-17'];
    const r = await fetchDailyPapers(days, opts({ timeoutMs: 400 }));
    expect(r.days).toEqual([
      { date: '2026-03-12', ok: true, papers: 0 },
      { date: '2026-03-13', ok: false, papers: 0, error: 'HTTP 500' },
      { date: '2026-03-14', ok: false, papers: 0, error: 'malformed JSON' },
      { date: '2026-03-15', ok: true, papers: 1 },
      { date: '2026-03-16', ok: true, papers: 2 },
      { date: '2026-03-17', ok: false, papers: 0, error: 'timed out after 400 ms' },
    ]);
    expect(r.allFailed).toBe(false);
    expect(r.papers.map((p) => p.title)).toEqual([
      'Calibrated Uncertainty for Retrieval-Augmented Generation',
      'Diffusion Policies for Dexterous Grasping',
      'Long-Context Evaluation with Needle Chains',
    ]);
    expect(r.papers[0]!.authors).toEqual(['Noor Ali']);
    expect(r.warnings).toEqual([
      'daily papers 2026-03-13: HTTP 500; day skipped',
      'daily papers 2026-03-14: malformed JSON; day skipped',
      'daily papers 2026-03-15: entry 1 (2603.09001) skipped: no abstract',
      'daily papers 2026-03-15: entry 2 (2603.09002) skipped: no title',
      expect.stringMatching(/^daily papers 2026-03-15: entry 3 skipped: malformed \(paper: /),
      expect.stringMatching(/^daily papers 2026-03-15: entry 4 skipped: malformed \(entry: /),
      'daily papers 2026-03-15: entry 5 (2603.09003) skipped: no abstract',
      expect.stringMatching(/^daily papers 2026-03-15: entry 6 skipped: malformed \(paper\.upvotes: /),
      'daily papers 2026-03-16: entry 2 (2603.09102) skipped: duplicate of "Diffusion policies for dexterous grasping!"',
      'daily papers 2026-03-17: timed out after 400 ms; day skipped',
    ]);
  });

  it('skips a paper listed again on a later day of the same fetch', async () => {
    const r = await fetchDailyPapers(['2026-03-10', '2026-03-11'], opts());
    expect(r.papers).toHaveLength(6);
    expect(r.papers.filter((p) => p.title.startsWith('Speculative Decoding'))).toHaveLength(1);
    expect(r.warnings).toEqual([expect.stringMatching(/^daily papers 2026-03-11: entry 1 \(2603\.07102\) skipped: duplicate of/)]);
  });

  it('reports a fetch where every day failed', async () => {
    const r = await fetchDailyPapers(['2026-03-13', '2026-03-14', '2026-01-01'], opts());
    expect(r.allFailed).toBe(true);
    expect(r.papers).toEqual([]);
    expect(r.days.map((d) => d.error)).toEqual(['HTTP 500', 'malformed JSON', 'HTTP 404']);
  });

  it('sends one request at a time, at most one per interval', async () => {
    let now = 1_000_000;
    const sleeps: number[] = [];
    maxInFlight = 0;
    const before = requests.length;
    const r = await fetchDailyPapers(['2026-03-10', '2026-03-11', '2026-03-12'], {
      ...opts({ minIntervalMs: 1000 }),
      now: () => now,
      sleep: async (ms) => {
        sleeps.push(ms);
        now += ms;
      },
    });
    expect(r.days.every((d) => d.ok)).toBe(true);
    expect(sleeps).toEqual([1000, 1000]);
    expect(requests.slice(before).map((q) => q.date)).toEqual(['2026-03-10', '2026-03-11', '2026-03-12']);
    expect(maxInFlight).toBe(1);
  });

  it('rejects a body that is not a list', () => {
    expect(parseDailyPapers({ error: 'x' }, '2026-03-10')).toEqual({
      papers: [],
      warnings: ['daily papers 2026-03-10: response is not a list of papers; day skipped'],
    });
  });

  it('reads an abstract without its LaTeX markup, and the title as given', () => {
    const entry = { paper: { id: '2603.00001', title: 'E$^{2}$GAN at 1\\% Cost', summary: 'We cut cost by 40\\% with T\\"ulu-style \\textit{recipes}.' } };
    const { papers } = parseDailyPapers([entry], '2026-03-10');
    expect(papers[0]).toMatchObject({ title: 'E$^{2}$GAN at 1\\% Cost', abstract: 'We cut cost by 40% with Tülu-style recipes.' });
  });

  it('turns --date and --since into days', () => {
    expect(fetchDays({}, '2026-03-12')).toEqual(['2026-03-12']);
    expect(fetchDays({ date: '2026-03-10' }, '2026-03-12')).toEqual(['2026-03-10']);
    expect(fetchDays({ since: '2026-02-27' }, '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(() => fetchDays({ date: '2026-02-30' }, '2026-03-12')).toThrow('--date must be a date written YYYY-MM-DD (got "2026-02-30")');
    expect(() => fetchDays({ date: '2026-03-13' }, '2026-03-12')).toThrow('--date 2026-03-13 is in the future');
    expect(() => fetchDays({ since: '2024-01-01' }, '2026-03-12')).toThrow(/at most 366 can be fetched/);
    expect(() => fetchDays({ date: '2026-03-10', since: '2026-03-01' }, '2026-03-12')).toThrow('use either --date or --since, not both');
  });
});


describe('a fresh clone plus one fetched day', () => {
  it('has a default digest window holding exactly the fetched papers', async () => {
    const t = await tempConfig({ PAPERBOT_CORPUS_DIR: CORPUS, DAILY_PAPERS_URL: baseUrl, PAPERBOT_DAILY_FETCH_INTERVAL_MS: '0' });
    try {
      // No index yet: the bundled corpus is indexed along with the fetched day, as `ingest --daily-papers` does.
      const run = await runDailyFetch(t.config, { dates: ['2026-11-16'], now: new Date('2026-11-16T09:00:00Z') });
      expect(run.report).toMatchObject({ papers: 592, added: 592 });
      const fetched = run.fetched.papers.map((p) => p.title).sort();
      expect(fetched).toHaveLength(4);
      expect(run.fetched.papers.map((p) => p.published)).toEqual(['2026-11-15', '2026-11-15', '2026-11-14', '2026-11-15']);

      const digest = await buildDigest(await Retriever.open({ config: t.config }));
      expect(digest.window).toEqual({ since: '2026-11-09', until: '2026-11-15' });
      expect(digest.themes.flatMap((th) => th.papers.map((p) => p.title)).sort()).toEqual(fetched);
      expect(digest.totalPapers).toBe(4);
      // The bundled pages without a date line stay out of every window.
      expect(digest.undated).toBe(413);
      expect(digest.top.map((p) => p.upvotes)).toEqual([57, 31, 25, 12]);
    } finally {
      await t.cleanup();
    }
  });
});

/** The settings of a data directory over the themes fixture that fetches from the recorded days. */
const fetchSettings = (dataDir: string, extra: Record<string, string> = {}) => ({
  PAPERBOT_DATA_DIR: dataDir,
  PAPERBOT_CORPUS_DIR: THEMES,
  DAILY_PAPERS_URL: baseUrl,
  PAPERBOT_DAILY_FETCH_INTERVAL_MS: '0',
  ...extra,
});

describe('paperbot ingest --daily-papers', () => {
  it('adds only new papers, and a failed fetch leaves the data dir as it was', async () => {
    const t = await tempConfig({ PAPERBOT_CORPUS_DIR: THEMES });
    try {
      const dataDir = t.config.PAPERBOT_DATA_DIR;
      const env = fetchSettings(dataDir);
      const base = await runCli(['ingest'], env);
      expect(base.code).toBe(0);
      expect(base.stdout).toMatch(/^indexed 12 papers: 12 new/);

      const a = await runCli(['ingest', '--daily-papers', '--date', '2026-03-10'], env);
      expect(a.stderr).not.toMatch(/warning|error/);
      expect(a.code).toBe(0);
      // "Mixture of LoRA Experts" is already in the corpus.
      expect(a.stdout).toMatch(/^fetched 4 papers from 1 day\(s\); indexed 15 papers: 3 new, 1 updated/);

      const b = await runCli(['ingest', '--daily-papers', '--date', '2026-03-11', '--json'], env);
      expect(b.code).toBe(0);
      const report = JSON.parse(b.stdout);
      expect(report).toMatchObject({ papers: 17, added: 2, dailyPapers: { fetched: 3, days: [{ date: '2026-03-11', ok: true, papers: 3 }] } });

      const papers = await storedPapers(dataDir);
      const spec = papers.find((p) => p.title.startsWith('Speculative Decoding'))!;
      expect(spec).toMatchObject({
        url: 'https://arxiv.org/abs/2603.07102',
        published: '2026-03-09',
        sources: ['daily-papers:2026-03-10', 'daily-papers:2026-03-11'],
        upvotes: 48,
        authors: ['Li Wei', 'Priya Nair', 'Jonas Berg'],
      });

      const before = await snapshot(dataDir);
      const failed = await runCli(['ingest', '--daily-papers', '--date', '2026-03-13'], env);
      expect(failed.code).toBe(2);
      expect(failed.stderr).toContain('warning: daily papers 2026-03-13: HTTP 500; day skipped\n');
      expect(failed.stderr).toMatch(/error: daily papers: the request failed; the corpus is unchanged\n$/);
      expect(await snapshot(dataDir)).toEqual(before);

      const malformed = await runCli(['ingest', '--daily-papers', '--date', '2026-03-14'], env);
      expect(malformed.code).toBe(2);
      expect(malformed.stderr).toContain('malformed JSON');
      expect(await snapshot(dataDir)).toEqual(before);

      const again = await runCli(['ingest', '--daily-papers', '--date', '2026-03-10'], env);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/index up to date: 17 papers/);
    } finally {
      await t.cleanup();
    }
  });

  it('with an LLM configured, describes the new papers before indexing them, and adds them all the same when it fails', async () => {
    const t = await tempConfig({ PAPERBOT_CORPUS_DIR: THEMES });
    const stub = await startOpenAiStub();
    try {
      const dataDir = t.config.PAPERBOT_DATA_DIR;
      const env = fetchSettings(dataDir, { OPENAI_BASE_URL: stub.baseURL, PAPERBOT_LLM_MAX_RETRIES: '0' });
      expect((await runCli(['ingest'], env)).code).toBe(0);
      stub.onChat((body) => {
        const title = describedTitle(body);
        const summary = title.startsWith('Speculative Decoding') ? 'A small helper guesses a whole tree of next words, and the chatbot checks them at once.' : `About ${title}.`;
        return JSON.stringify({ summary, questions: ['a few keywords'] });
      });
      const a = await runCli(['ingest', '--daily-papers', '--date', '2026-03-10', '--json'], env);
      expect(a.code).toBe(0);
      // "Mixture of LoRA Experts" is in the corpus already: only the three new papers are described, and nothing is rebuilt.
      expect(JSON.parse(a.stdout)).toMatchObject({ added: 3, updated: 1, rebuilt: false, dailyPapers: { described: { papers: 3, failed: 0 } } });
      expect(stub.requests.filter((q) => q.path.endsWith('/chat/completions'))).toHaveLength(3);
      const papers = await storedPapers(dataDir);
      expect(papers.find((p) => p.title.startsWith('Speculative Decoding'))!.description?.summary).toContain('tree of next words');
      expect(papers.find((p) => p.title.startsWith('Mixture of LoRA Experts'))!.description).toBeUndefined();
      const search = await runCli(['search', 'a helper that guesses a tree of next words', '--json'], env);
      expect(JSON.parse(search.stdout).results[0].title).toMatch(/^Speculative Decoding/);

      // The LLM fails: the day's new papers are added without a description, and the run says so.
      stub.reset();
      stub.onChat(() => ({ status: 500 }));
      const b = await runCli(['ingest', '--daily-papers', '--date', '2026-03-11'], env);
      expect(b.code).toBe(0);
      expect(b.stderr).toMatch(/could not describe ".*": .*; it is added without a description/);
      expect(b.stdout).toMatch(/^fetched 3 papers from 1 day\(s\); described 0 new \(2 failed\); indexed 17 papers: 2 new/);

      // --no-describe asks the LLM nothing.
      stub.reset();
      const c = await runCli(['ingest', '--daily-papers', '--date', '2026-03-16', '--no-describe'], env);
      expect(c.code).toBe(0);
      expect(c.stdout).toMatch(/^fetched 2 papers from 1 day\(s\); indexed 19 papers: 2 new/);
      expect(stub.requests).toHaveLength(0);
    } finally {
      await stub.close();
      await t.cleanup();
    }
  });

  it('validates its options', async () => {
    const t = await tempConfig({ PAPERBOT_CORPUS_DIR: THEMES });
    try {
      const env = { PAPERBOT_DATA_DIR: t.config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: THEMES, DAILY_PAPERS_URL: baseUrl };
      const noFlag = await runCli(['ingest', '--date', '2026-03-10'], env);
      expect(noFlag).toMatchObject({ code: 2, stderr: 'error: --date and --since need --daily-papers\n' });
      expect(await runCli(['ingest', '--no-describe'], env)).toMatchObject({ code: 2, stderr: 'error: --no-describe needs --daily-papers\n' });
      const bad = await runCli(['ingest', '--daily-papers', '--date', '10/03/2026'], env);
      expect(bad).toMatchObject({ code: 2, stderr: 'error: --date must be a date written YYYY-MM-DD (got "10/03/2026")\n' });
      const both = await runCli(['ingest', '--daily-papers', '--date', '2026-03-10', '--since', '2026-03-01'], env);
      expect(both.code).toBe(2);
      expect(await readdir(t.dir)).toEqual([]);
    } finally {
      await t.cleanup();
    }
  });
});
