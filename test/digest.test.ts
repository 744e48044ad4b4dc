import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest, type Digest, digestWindow, formatDigestText } from '../src/answer/digest.js';
import { createChatClient } from '../src/answer/llm.js';
import { UserError } from '../src/errors.js';
import { Retriever } from '../src/retrieval/engine.js';
import { runCli } from './helpers/cli.js';
import { FIXTURES, tempConfig } from './helpers/index.js';
import { type ChatBody, type OpenAiStub, startOpenAiStub } from './support/openai-server.js';

const THEMES = path.join(FIXTURES, 'themes.jsonl');

let retriever: Retriever;
let env: Record<string, string>;
let stub: OpenAiStub;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempConfig({ PAPERBOT_CORPUS_DIR: THEMES });
  cleanup = t.cleanup;
  env = { PAPERBOT_DATA_DIR: t.config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: THEMES };
  retriever = await Retriever.open({ config: t.config });
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
  return retriever.papers.find((p) => p.title === title)!.abstract;
}

/** The source numbers and titles in a theme prompt. */
function promptSources(body: ChatBody): { n: number; title: string }[] {
  const text = body.messages.map((m) => String(m.content)).join('\n');
  return [...text.matchAll(/<source n="(\d+)">\nTitle: (.*)\n/g)].map((m) => ({ n: Number(m[1]), title: m[2]! }));
}

function citations(summary: string): number[] {
  return [...summary.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
}

describe('digest window', () => {
  const papers = [{ published: '2026-03-02', addedAt: '2026-11-01T00:00:00Z' }, { addedAt: '2026-03-12T08:00:00Z' }];
  it('defaults to the 7 days ending at the newest paper', () => {
    expect(digestWindow(papers)).toEqual({ since: '2026-03-06', until: '2026-03-12' });
    expect(digestWindow(papers, { days: 3 })).toEqual({ since: '2026-03-10', until: '2026-03-12' });
    expect(digestWindow(papers, { since: '2026-03-01' })).toEqual({ since: '2026-03-01', until: '2026-03-12' });
    expect(digestWindow(papers, { since: '2026-03-01', days: 2 })).toEqual({ since: '2026-03-01', until: '2026-03-02' });
    expect(digestWindow(papers, { until: '2026-03-04' })).toEqual({ since: '2026-02-26', until: '2026-03-04' });
    expect(digestWindow([], { today: '2026-05-05' })).toEqual({ since: '2026-04-29', until: '2026-05-05' });
  });
  it('rejects bad windows', () => {
    expect(() => digestWindow(papers, { days: 0 })).toThrow(UserError);
    expect(() => digestWindow(papers, { days: 2, since: '2026-03-01', until: '2026-03-05' })).toThrow('give at most two of days, since and until');
    expect(() => digestWindow(papers, { since: '2026-03-05', until: '2026-03-01' })).toThrow('since (2026-03-05) is after until (2026-03-01)');
    expect(() => digestWindow(papers, { since: '2026-13-01' })).toThrow('since must be a date written YYYY-MM-DD');
  });
});

describe('digest', () => {
  it('covers the 7 days ending at the newest paper by default', async () => {
    const d = await buildDigest(retriever);
    expect(d.window).toEqual({ since: '2026-03-06', until: '2026-03-12' });
    expect(d.days).toBe(7);
    expect(d.totalPapers).toBe(8);
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
      message: 'No papers between 2025-01-01 and 2025-01-07. The most recent 7-day window with papers is 2026-03-06 to 2026-03-12 (8 papers).',
      latest: { since: '2026-03-06', until: '2026-03-12' },
    });
    expect(formatDigestText(d)).toBe(d.empty!.message);
    const day = await buildDigest(retriever, { days: 1, until: '2026-04-01' });
    expect(day.empty?.message).toBe('No papers between 2026-04-01 and 2026-04-01. The most recent day with papers is 2026-03-12 (3 papers).');
  });

  it('writes extractive summaries that quote and cite only the theme’s own papers', async () => {
    const d = await buildDigest(retriever, { since: '2026-03-01', until: '2026-03-12' });
    for (const theme of d.themes) {
      expect(theme.summaryMode).toBe('extractive');
      const cited = citations(theme.summary);
      expect(cited.length).toBeGreaterThanOrEqual(2);
      expect(cited.every((n) => n >= 1 && n <= theme.papers.length)).toBe(true);
      // Each sentence is quoted from the abstract of the paper it cites.
      for (const m of theme.summary.matchAll(/(.+?) \[(\d+)\](?: |$)/g)) {
        const quoted = m[1]!.replace(/…$/, '').replace(/\.$/, '');
        expect(abstractOf(theme.papers[Number(m[2]) - 1]!.title)).toContain(quoted);
      }
    }
    const text = formatDigestText(d);
    expect(text).toMatch(/^Digest 2026-03-01 to 2026-03-12: 12 papers in 3 themes\n/);
    expect(text).toContain(`1. ${d.themes[0]!.label} (4 papers)`);
    expect(text).toContain(`   [1] ${d.themes[0]!.papers[0]!.title} (`);
    expect(text).toContain('(summaries quoted from the abstracts (extractive))');
  });

  it('has the LLM write summaries from the theme’s abstracts, with invented citations removed', async () => {
    stub.reset();
    stub.onChat((body) => {
      const sources = promptSources(body);
      const first = sources[0]!;
      return `These papers study ${first.title.split(' ')[0]} [1] and compare methods [2]. A later study [9] and [An Invented Paper About Everything Else] agree.`;
    });
    const d = await buildDigest(retriever, { since: '2026-03-01', until: '2026-03-12' }, llm());
    expect(d.summaryMode).toBe('llm');
    expect(stub.requests).toHaveLength(3);
    for (const [i, theme] of d.themes.entries()) {
      expect(theme.summaryMode).toBe('llm');
      expect(theme.summary).toMatch(/\[1\].*\[2\]/);
      expect(theme.summary).not.toContain('[9]');
      expect(theme.summary).not.toContain('Invented');
      // The prompt held this theme's papers, numbered as listed.
      const sources = promptSources(stub.requests[i]!.body as ChatBody);
      expect(sources.map((s) => s.title)).toEqual(theme.papers.slice(0, sources.length).map((p) => p.title));
      expect(String((stub.requests[i]!.body as ChatBody).messages[0]!.content)).toContain(`Theme: ${theme.label}`);
    }
    expect(formatDigestText(d)).toContain('(summaries written by the LLM from the abstracts)');
  });

  it('falls back to extractive when the LLM cites nothing valid or fails', async () => {
    stub.reset();
    stub.onChat(() => 'These papers are great [7], as [Some Invented Paper Title Here] shows.');
    const noCite = await buildDigest(retriever, { days: 3 }, llm());
    expect(noCite.summaryMode).toBe('extractive');
    for (const t of noCite.themes) {
      expect(t.summaryMode).toBe('extractive');
      expect(t.note).toMatch(/cited no source/);
      expect(citations(t.summary).every((n) => n <= t.papers.length)).toBe(true);
    }

    stub.reset();
    stub.queueChat({ status: 500 }, 'Valid summary of the theme [1].');
    const mixed = await buildDigest(retriever, { days: 3 }, llm());
    expect(mixed.summaryMode).toBe('mixed');
    expect(mixed.themes[0]!.summaryMode).toBe('extractive');
    expect(mixed.themes[0]!.note).toMatch(/LLM server error \(500\)/);
    expect(mixed.themes[1]!).toMatchObject({ summaryMode: 'llm', summary: 'Valid summary of the theme [1].' });

    stub.reset();
    stub.onChat(() => ({ destroy: true }));
    const down = await buildDigest(retriever, { days: 3 }, llm());
    expect(stub.requests).toHaveLength(1);
    expect(down.themes.every((t) => t.summaryMode === 'extractive' && /LLM connection/.test(t.note ?? ''))).toBe(true);
  });
});

describe('paperbot digest', () => {
  it('prints the digest as JSON and text, and the empty-window message', async () => {
    const json = await runCli(['digest', '--days', '3', '--json'], env);
    expect(json.code).toBe(0);
    const d = JSON.parse(json.stdout) as Digest;
    expect(d).toMatchObject({ window: { since: '2026-03-10', until: '2026-03-12' }, totalPapers: 5, summaryMode: 'extractive' });

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
});
