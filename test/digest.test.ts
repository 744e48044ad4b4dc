import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest, type Digest } from '../src/answer/digest.js';
import { checkThemeName } from '../src/answer/digest/theme-names.js';
import { digestWindow, periodName, scheduledWindow } from '../src/answer/digest/window.js';
import { createChatClient } from '../src/answer/llm/llm.js';
import { digestReply } from '../src/bot/views/digest-view.js';
import { digestText } from '../src/cli/digest.js';
import { UserError } from '../src/errors.js';
import type { Paper } from '../src/corpus/paper.js';
import { Retriever } from '../src/retrieval/engine.js';
import { runCli } from './helpers/cli.js';
import { FIXTURES, tempConfig } from './helpers/index.js';
import { type ChatBody, type OpenAiStub, startOpenAiStub } from './support/openai-server.js';

const THEMES = path.join(FIXTURES, 'themes.jsonl');

let retriever: Retriever;
let corpusPapers: Paper[];
let env: Record<string, string>;
let dir: string;
let stub: OpenAiStub;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempConfig({ PAPERBOT_CORPUS_DIR: THEMES });
  cleanup = t.cleanup;
  dir = t.dir;
  env = { PAPERBOT_DATA_DIR: t.config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: THEMES };
  retriever = await Retriever.open({ config: t.config });
  corpusPapers = await retriever.allPapers();
  stub = await startOpenAiStub();
});
afterAll(async () => {
  await stub.close();
  await cleanup();
});

function llm() {
  return createChatClient({ baseURL: stub.baseURL, apiKey: '', model: 'stub-chat', temperature: 0, timeoutMs: 5000, maxTokens: 300, maxRetries: 0 });
}

function abstractOf(title: string): string {
  return corpusPapers.find((p) => p.title === title)!.abstract;
}

const promptOf = (body: ChatBody) => body.messages.map((m) => String(m.content)).join('\n');
/** The request naming the themes (one per digest), as opposed to a theme's summary request. */
const isNaming = (body: ChatBody) => promptOf(body).includes('You name the themes of a digest');
const summaryRequests = () => stub.requests.filter((r) => !isNaming(r.body as ChatBody));

/** The source numbers and titles in a theme prompt. */
function promptSources(body: ChatBody): { n: number; title: string }[] {
  return [...promptOf(body).matchAll(/<source n="(\d+)">\nTitle: (.*)\n/g)].map((m) => ({ n: Number(m[1]), title: m[2]! }));
}

/** The titles listed under each theme of the naming prompt. */
function namingTitles(body: ChatBody): string[][] {
  return [...promptOf(body).matchAll(/<theme n="\d+">\n[\s\S]*?<\/theme>/g)].map((m) => [...m[0].matchAll(/^- (.*)$/gm)].map((t) => t[1]!));
}

function citations(summary: string): number[] {
  return [...summary.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
}

describe('digest window', () => {
  const newest = '2026-03-12';
  it('defaults to the 7 days ending at the newest publication date', () => {
    expect(digestWindow(newest)).toEqual({ since: '2026-03-06', until: '2026-03-12' });
    expect(digestWindow(newest, { days: 3 })).toEqual({ since: '2026-03-10', until: '2026-03-12' });
    expect(digestWindow(newest, { since: '2026-03-01' })).toEqual({ since: '2026-03-01', until: '2026-03-12' });
    expect(digestWindow(newest, { since: '2026-03-01', days: 2 })).toEqual({ since: '2026-03-01', until: '2026-03-02' });
    expect(digestWindow(newest, { until: '2026-03-04' })).toEqual({ since: '2026-02-26', until: '2026-03-04' });
    expect(digestWindow(undefined, { today: '2026-05-05' })).toEqual({ since: '2026-04-29', until: '2026-05-05' });
  });
  it('rejects bad windows', () => {
    expect(() => digestWindow(newest, { days: 0 })).toThrow(UserError);
    expect(() => digestWindow(newest, { days: 2, since: '2026-03-01', until: '2026-03-05' })).toThrow('give at most two of days, since and until');
    expect(() => digestWindow(newest, { since: '2026-03-05', until: '2026-03-01' })).toThrow('since (2026-03-05) is after until (2026-03-01)');
    expect(() => digestWindow(newest, { since: '2026-13-01' })).toThrow('since must be a date written YYYY-MM-DD');
  });
});

describe('scheduled digest window', () => {
  const at = (iso: string) => new Date(iso);
  it('covers the days from the previous posting to the day before this one, and is named after its length', () => {
    // Mondays 09:00 in Berlin.
    const week = scheduledWindow(at('2026-03-16T08:00:00Z'), at('2026-03-09T08:00:00Z'), 'Europe/Berlin', 7)!;
    expect(week).toEqual({ since: '2026-03-09', until: '2026-03-15' });
    expect(periodName(7)).toBe('Weekly');
    // Daily at midnight UTC, the bot down for three days: one posting covers the three.
    expect(scheduledWindow(at('2026-03-16T00:00:00Z'), at('2026-03-13T00:00:00Z'), 'UTC', 7)).toEqual({ since: '2026-03-13', until: '2026-03-15' });
    expect(periodName(3)).toBe('3-day');
    expect(scheduledWindow(at('2026-03-16T00:00:00Z'), at('2026-03-15T00:00:00Z'), 'UTC', 7)).toEqual({ since: '2026-03-15', until: '2026-03-15' });
    expect(periodName(1)).toBe('Daily');
    expect(periodName(30)).toBe('Monthly');
    // No posting on record: the configured number of days before this one.
    expect(scheduledWindow(at('2026-03-16T08:00:00Z'), undefined, 'UTC', 7)).toEqual({ since: '2026-03-09', until: '2026-03-15' });
    // Hourly postings: no whole day has passed since the previous one.
    expect(scheduledWindow(at('2026-03-16T10:00:00Z'), at('2026-03-16T09:00:00Z'), 'UTC', 7)).toBeUndefined();
  });
});

describe('digest', () => {
  it('covers the 7 days ending at the newest publication date by default', async () => {
    const d = await buildDigest(retriever);
    expect(d.window).toEqual({ since: '2026-03-06', until: '2026-03-12' });
    expect(d.days).toBe(7);
    expect(d.totalPapers).toBe(8);
    expect(d.undated).toBe(0);
    expect(d.empty).toBeUndefined();
    expect(d.summaryMode).toBe('extractive');
    const listed = d.themes.flatMap((t) => t.papers);
    expect(listed).toHaveLength(8);
    expect(listed.every((p) => p.date >= '2026-03-06' && p.date <= '2026-03-12')).toBe(true);
    for (const t of d.themes) expect(t.papers.map((p) => p.n)).toEqual(t.papers.map((_, i) => i + 1));
  });

  it('narrows to --days', async () => {
    const d = await buildDigest(retriever, { days: 3 });
    expect(d.window).toEqual({ since: '2026-03-10', until: '2026-03-12' });
    expect(d.totalPapers).toBe(5);
    const all = await buildDigest(retriever, { since: '2026-03-01', until: '2026-03-12' });
    expect(all.totalPapers).toBe(12);
    expect(all.themes).toHaveLength(3);
  });

  it('says when a window is empty and names the latest window with papers', async () => {
    const d = await buildDigest(retriever, { since: '2025-01-01', until: '2025-01-07' });
    expect(d.themes).toEqual([]);
    expect(d.totalPapers).toBe(0);
    expect(d.empty).toEqual({
      message: 'No papers published between 2025-01-01 and 2025-01-07. The most recent 7-day window with papers is 2026-03-06 to 2026-03-12 (8 papers).',
      latest: { since: '2026-03-06', until: '2026-03-12' },
    });
    expect(digestText(d)).toBe(d.empty!.message);
    const day = await buildDigest(retriever, { days: 1, until: '2026-04-01' });
    expect(day.empty?.message).toBe('No papers published between 2026-04-01 and 2026-04-01. The most recent day with papers is 2026-03-12 (3 papers).');
  });

  it('opens with the most upvoted papers, and lists papers with upvotes first in each theme', async () => {
    const d = await buildDigest(retriever, { since: '2026-03-01', until: '2026-03-12' });
    expect(d.top.map((p) => p.upvotes)).toEqual([41, 33, 25, 21, 18]);
    for (const p of d.top) expect(d.themes[p.theme - 1]!.papers[p.n - 1]!.title).toBe(p.title);
    for (const t of d.themes) {
      const votes = t.papers.map((p) => p.upvotes ?? -1);
      expect(votes).toEqual([...votes].sort((a, b) => b - a));
    }
    const text = digestText(d);
    expect(text).toMatch(/\n\nMost upvoted:\n {3}41 upvotes: LoRA Adapters for Efficient Fine-Tuning of Language Models \(theme \d, \[1\]\)\n/);
    expect(text.indexOf('Most upvoted:')).toBeLessThan(text.indexOf('1. '));
    const heading = digestReply(d).embeds![0]!;
    expect(heading.description).toMatch(/\*\*Most upvoted\*\*\n1\. \[LoRA Adapters for Efficient Fine-Tuning of Language Models\]\(https:\/\/example\.org\/\S+\) · 41 upvotes · theme \d/);
  });

  it('writes extractive summaries that quote and cite only the theme’s own papers', async () => {
    const d = await buildDigest(retriever, { since: '2026-03-01', until: '2026-03-12' });
    for (const theme of d.themes) {
      expect(theme.summaryMode).toBe('extractive');
      expect(theme.labelMode).toBe('extractive');
      const cited = citations(theme.summary);
      expect(cited.length).toBeGreaterThanOrEqual(2);
      expect(cited.every((n) => n >= 1 && n <= theme.papers.length)).toBe(true);
      // Each sentence is quoted from the abstract of the paper it cites.
      for (const m of theme.summary.matchAll(/(.+?) \[(\d+)\](?: |$)/g)) {
        const quoted = m[1]!.replace(/…$/, '').replace(/\.$/, '');
        expect(abstractOf(theme.papers[Number(m[2]) - 1]!.title)).toContain(quoted);
      }
    }
    const text = digestText(d);
    expect(text).toMatch(/^Digest 2026-03-01 to 2026-03-12: 12 papers in 3 themes\n/);
    expect(text).toContain(`1. ${d.themes[0]!.label} (4 papers)`);
    expect(text).toContain(`   [1] ${d.themes[0]!.papers[0]!.title} (`);
    expect(text).toContain('(summaries quoted from the abstracts (extractive))');
  });

  it('has the LLM name the themes from their titles and write summaries from their abstracts, with invented citations removed', async () => {
    stub.reset();
    stub.onChat((body) => {
      if (isNaming(body)) return '1: Low-rank adaptation of language models\n2: Faster image diffusion\n3: Speech recognition';
      const first = promptSources(body)[0]!;
      return `These papers study ${first.title.split(' ')[0]} [1] and compare methods [2]. A later study [9] and [An Invented Paper About Everything Else] agree.`;
    });
    const d = await buildDigest(retriever, { since: '2026-03-01', until: '2026-03-12' }, llm());
    expect(d.summaryMode).toBe('llm');
    expect(stub.requests).toHaveLength(4);
    const naming = stub.requests[0]!.body as ChatBody;
    expect(isNaming(naming)).toBe(true);
    // The naming prompt lists each theme's titles, in the digest's order.
    expect(namingTitles(naming)).toEqual(d.themes.map((t) => t.papers.map((p) => p.title)));
    expect(d.themes.map((t) => [t.label, t.labelMode])).toEqual([
      ['Low-rank adaptation of language models', 'llm'],
      ['Faster image diffusion', 'llm'],
      ['Speech recognition', 'llm'],
    ]);
    for (const [i, theme] of d.themes.entries()) {
      expect(theme.summaryMode).toBe('llm');
      expect(theme.summary).toMatch(/\[1\].*\[2\]/);
      expect(theme.summary).not.toContain('[9]');
      expect(theme.summary).not.toContain('Invented');
      // The prompt held this theme's papers, numbered as listed, under the theme's name.
      const body = summaryRequests()[i]!.body as ChatBody;
      const sources = promptSources(body);
      expect(sources.map((s) => s.title)).toEqual(theme.papers.slice(0, sources.length).map((p) => p.title));
      expect(promptOf(body)).toContain(`Theme: ${theme.label}`);
    }
    expect(digestText(d)).toContain('(themes named by the LLM from their titles; summaries written by the LLM from the abstracts)');
  });

  it("removes a summary's sentence naming a paper of the digest that its prompt did not hold", async () => {
    // Two papers of each theme in its prompt: the others are of its field, in words its sources use.
    const options = { since: '2026-03-01', until: '2026-03-12', maxSources: 2 };
    const themes = (await buildDigest(retriever, options)).themes.map((t) => t.papers.map((p) => p.title));
    stub.reset();
    stub.onChat((body) => {
      if (isNaming(body)) return '1: Low-rank adaptation of language models\n2: Faster image diffusion\n3: Speech recognition';
      const given = promptSources(body).map((s) => s.title);
      const other = themes.find((t) => t.includes(given[0]!))!.find((t) => !given.includes(t))!;
      return `These papers compare methods [1]. In ${other.replace(/^[^:]*: /, '').toLowerCase()} [2], the same holds.`;
    });
    const d = await buildDigest(retriever, options, llm());
    for (const theme of d.themes) {
      expect(theme.summaryMode).toBe('llm');
      expect(theme.summary).toBe('These papers compare methods [1].');
    }
  });

  it('keeps the extractive label where the LLM’s name is not a short phrase from the titles', async () => {
    stub.reset();
    stub.onChat((body) => {
      if (isNaming(body)) return '1: FlashLoRA-7B and its friends\n2: LLMs\n3: These papers are all about recognising speech in noisy rooms.';
      return 'A shared problem [1].';
    });
    const d = await buildDigest(retriever, { since: '2026-03-01', until: '2026-03-12' }, llm());
    const extractive = await buildDigest(retriever, { since: '2026-03-01', until: '2026-03-12' });
    expect(d.themes.map((t) => t.labelMode)).toEqual(['extractive', 'extractive', 'extractive']);
    expect(d.themes.map((t) => t.label)).toEqual(extractive.themes.map((t) => t.label));
    expect(d.summaryMode).toBe('llm');
  });

  it('checks a theme name: short, not generic, and naming nothing the papers do not mention', () => {
    const theme = { papers: corpusPapers.filter((p) => /LoRA|Adapter/.test(p.title)).map((paper) => ({ paper, gist: '', centrality: 1 })) };
    expect(checkThemeName('LoRA adapters for fine-tuning', theme)).toBe('LoRA adapters for fine-tuning');
    expect(checkThemeName('"Low-rank adaptation."', theme)).toBe('Low-rank adaptation');
    expect(checkThemeName('QLoRA-Max adapters', theme)).toBeUndefined();
    expect(checkThemeName('GPT-5 fine-tuning', theme)).toBeUndefined();
    expect(checkThemeName('Language models', theme)).toBeUndefined();
    expect(checkThemeName('Adapters: a survey', theme)).toBeUndefined();
    expect(checkThemeName('Adapters [1]', theme)).toBeUndefined();
    expect(checkThemeName('Low-rank adapters that make fine-tuning cheap for everyone everywhere today', theme)).toBeUndefined();
    expect(checkThemeName(undefined, theme)).toBeUndefined();
  });

  it('falls back to extractive when the LLM cites nothing valid or fails', async () => {
    stub.reset();
    stub.onChat((body) => (isNaming(body) ? 'no idea' : 'These papers are great [7], as [Some Invented Paper Title Here] shows.'));
    const noCite = await buildDigest(retriever, { days: 3 }, llm());
    expect(noCite.summaryMode).toBe('extractive');
    for (const t of noCite.themes) {
      expect(t.summaryMode).toBe('extractive');
      expect(t.labelMode).toBe('extractive');
      expect(t.note).toMatch(/cited no source/);
      expect(citations(t.summary).every((n) => n <= t.papers.length)).toBe(true);
    }

    stub.reset();
    stub.queueChat('1: Low-rank adapters', { status: 500 }, 'Valid summary of the theme [1].');
    const mixed = await buildDigest(retriever, { days: 3 }, llm());
    expect(mixed.summaryMode).toBe('mixed');
    expect(mixed.themes[0]!.summaryMode).toBe('extractive');
    expect(mixed.themes[0]!.note).toMatch(/LLM server error \(500\)/);
    expect(mixed.themes[1]!).toMatchObject({ summaryMode: 'llm', summary: 'Valid summary of the theme [1].' });

    stub.reset();
    stub.onChat(() => ({ destroy: true }));
    const down = await buildDigest(retriever, { days: 3 }, llm());
    expect(stub.requests).toHaveLength(1);
    expect(down.themes.every((t) => t.summaryMode === 'extractive' && t.labelMode === 'extractive' && /LLM connection/.test(t.note ?? ''))).toBe(true);
  });
});

describe('undated papers', () => {
  it('are searchable but never in a digest window, whenever they were added', async () => {
    const undated = [
      { title: 'Prompt Compression for Long Documents', abstract: 'We compress long prompts into a few soft tokens so that language models read long documents at a fraction of the cost.' },
      { title: 'Graph Neural Networks for Molecule Property Prediction', abstract: 'We predict molecule properties with graph neural networks trained on a large set of quantum chemistry calculations.' },
    ];
    const file = path.join(dir, 'with-undated.jsonl');
    await writeFile(file, `${(await readFile(THEMES, 'utf8')).trimEnd()}\n${undated.map((u) => JSON.stringify(u)).join('\n')}\n`);
    const t = await tempConfig({ PAPERBOT_CORPUS_DIR: file });
    try {
      const r = await Retriever.open({ config: t.config });
      expect(await r.allPapers()).toHaveLength(14);
      expect((await r.search('prompt compression long documents', 3)).results[0]!.paper.title).toBe('Prompt Compression for Long Documents');
      const today = new Date().toISOString().slice(0, 10);
      const titles = (d: Digest) => d.themes.flatMap((th) => th.papers.map((p) => p.title));
      const byDefault = await buildDigest(r);
      expect(byDefault.window).toEqual({ since: '2026-03-06', until: '2026-03-12' });
      expect(byDefault.undated).toBe(2);
      // The day they were added has no papers.
      const addedDay = await buildDigest(r, { days: 7, until: today });
      expect(addedDay.totalPapers).toBe(0);
      expect(addedDay.empty?.message).toContain('The most recent 7-day window with papers is 2026-03-06 to 2026-03-12');
      const wide = await buildDigest(r, { since: '2026-01-01', until: '2026-12-31' });
      expect(wide.totalPapers).toBe(12);
      for (const d of [byDefault, addedDay, wide]) for (const u of undated) expect(titles(d)).not.toContain(u.title);
      expect(digestText(byDefault)).toContain('(2 papers have no publication date and are in no digest)');
    } finally {
      await t.cleanup();
    }
  });
});

describe('paperbot digest', () => {
  it('prints the digest as JSON and text, and the empty-window message', async () => {
    const json = await runCli(['digest', '--days', '3', '--json'], env);
    expect(json.code).toBe(0);
    const d = JSON.parse(json.stdout) as Digest;
    expect(d).toMatchObject({ window: { since: '2026-03-10', until: '2026-03-12' }, totalPapers: 5, undated: 0, summaryMode: 'extractive' });

    const text = await runCli(['digest', '--since', '2026-03-01', '--until', '2026-03-12'], env);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Digest 2026-03-01 to 2026-03-12: 12 papers in 3 themes/);

    const empty = await runCli(['digest', '--since', '2025-01-01', '--until', '2025-01-07'], env);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('The most recent 7-day window with papers is 2026-03-06 to 2026-03-12');

    const bad = await runCli(['digest', '--days', '0'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('must be a whole number from 1 to 366');
  });

  it('--json carries everything the views show; --out writes the digest and the theme map beside it', async () => {
    const out = path.join(dir, 'week.json');
    const r = await runCli(['digest', '--since', '2026-03-01', '--until', '2026-03-12', '--json', '--out', out], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`wrote the theme map to ${path.join(dir, 'week.png')}`);
    const d = JSON.parse(await readFile(out, 'utf8')) as Digest;
    expect(d).toMatchObject({ window: { since: '2026-03-01', until: '2026-03-12' }, days: 12, totalPapers: 12, undated: 0, summaryMode: 'extractive' });
    expect(d.top[0]).toEqual({
      title: 'LoRA Adapters for Efficient Fine-Tuning of Language Models',
      url: 'https://example.org/lora-adapters-for-efficient-fine-tuning-',
      date: '2026-03-02',
      upvotes: 41,
      theme: expect.any(Number),
      n: 1,
    });
    expect(d.themes).toHaveLength(3);
    for (const t of d.themes) {
      expect(t).toMatchObject({ label: expect.any(String), labelMode: 'extractive', summary: expect.stringMatching(/\[1\]/), summaryMode: 'extractive' });
      expect(t.label).toBe(t.terms.join(' · '));
      for (const p of t.papers) {
        expect(p).toMatchObject({ n: expect.any(Number), title: expect.any(String), date: expect.stringMatching(/^2026-03-\d\d$/), gist: expect.any(String) });
        expect(Math.abs(p.map.x)).toBeLessThanOrEqual(1);
        expect(Math.abs(p.map.y)).toBeLessThanOrEqual(1);
      }
    }
    expect(d.themes.flatMap((t) => t.papers).filter((p) => p.upvotes !== undefined)).toHaveLength(9);

    const png = PNG.sync.read(await readFile(path.join(dir, 'week.png')));
    expect([png.width, png.height]).toEqual([800, 500]);

    const mapOnly = path.join(dir, 'map.png');
    const text = await runCli(['digest', '--days', '3', '--out', mapOnly], env);
    expect(text.stdout).toMatch(/^Digest 2026-03-10 to 2026-03-12/);
    expect(PNG.sync.read(await readFile(mapOnly)).width).toBe(800);
  });
});
