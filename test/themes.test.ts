import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { themeCount } from '../src/answer/themes/cluster.js';
import { GIST_CHARS, gist } from '../src/answer/themes/gists.js';
import { shorten } from '../src/util/truncate.js';
import { groupThemes } from '../src/answer/themes/group.js';
import { analyseWindow, labelTerms } from '../src/answer/themes/labels.js';
import type { Paper } from '../src/corpus/paper.js';
import { Retriever } from '../src/retrieval/engine.js';
import { FIXTURES, tempConfig } from './helpers/index.js';

const THEMES = path.join(FIXTURES, 'themes.jsonl');

/** The fixture's three topics, by a word every title of the topic has. */
function topicOf(title: string): 'lora' | 'diffusion' | 'speech' {
  if (/LoRA|Adapter/i.test(title)) return 'lora';
  if (/Diffusion/i.test(title)) return 'diffusion';
  if (/Speech/i.test(title)) return 'speech';
  throw new Error(`no topic for ${title}`);
}

let papers: readonly Paper[];
let vectors: Map<string, number[]>;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const t = await tempConfig({ PAPERBOT_CORPUS_DIR: THEMES });
  cleanup = t.cleanup;
  const r = await Retriever.open({ config: t.config });
  papers = await r.allPapers();
  vectors = await r.paperVectors();
});
afterAll(() => cleanup());

describe('themes', () => {
  it('puts papers of the same topic in the same theme, labelled with topic words', () => {
    expect(papers).toHaveLength(12);
    const themes = groupThemes(papers, vectors);
    expect(themes).toHaveLength(3);
    for (const theme of themes) {
      const topics = new Set(theme.papers.map((p) => topicOf(p.paper.title)));
      expect(topics.size).toBe(1);
      expect(theme.papers).toHaveLength(4);
      const topic = [...topics][0];
      const words = { lora: /LoRA|adapters?|low-rank|fine-tuning/, diffusion: /diffusion|image/, speech: /speech|recognition|audio|ASR/ }[topic!];
      expect(theme.label).toMatch(words);
      expect(theme.terms.length).toBeGreaterThanOrEqual(2);
      expect(theme.label).toBe(theme.terms.join(' · '));
    }
    const lora = themes.find((t) => topicOf(t.papers[0]!.paper.title) === 'lora')!;
    // Surface forms, not stems: "LoRA" as the abstracts write it.
    expect(lora.label).toMatch(/\bLoRA\b/);
    expect(themes.flatMap((t) => t.terms).every((term) => !/\b(lora|adapt|recognit|imag)\b/.test(term))).toBe(true);
  });

  it('names each theme by the phrase its papers share, never by a generic word alone', async () => {
    // Four topics whose abstracts all speak of "large language models", "LLMs", "tasks" and "performance".
    const t = await tempConfig({ PAPERBOT_CORPUS_DIR: path.join(FIXTURES, 'themes-llm.jsonl') });
    try {
      const r = await Retriever.open({ config: t.config });
      const themes = groupThemes(await r.allPapers(), await r.paperVectors());
      expect(themes).toHaveLength(4);
      const expected: [RegExp, string][] = [
        [/Speculative Decoding|Draft/i, 'speculative decoding'],
        [/Mixture of Experts|Expert/i, 'mixture of experts'],
        [/Retrieval-Augmented/i, 'retrieval-augmented generation'],
        [/Human Feedback|Preference/i, 'human feedback'],
      ];
      for (const [titles, phrase] of expected) {
        const theme = themes.find((th) => th.papers.every((p) => titles.test(p.paper.title)));
        expect(theme, phrase).toBeDefined();
        expect(theme!.label.toLowerCase()).toContain(phrase);
      }
      const generic = /^(LLMs?|large language models?|language models?|models?|tasks?|performance|methods?)$/i;
      for (const term of themes.flatMap((th) => th.terms)) expect(term).not.toMatch(generic);
    } finally {
      await t.cleanup();
    }
  });

  it('does not name a theme by praise, by what the field has seen or by a verb: "incredible progress", "emergence", "enable zero-shot"', () => {
    const theme = [
      { title: 'Asking Clarification Questions for Search', abstract: 'Web search has made incredible progress. We ask clarification questions when user intent is unclear, and the emergence of assistants helps. Questions enable zero-shot use.' },
      { title: 'Clarification Questions in Dialogue', abstract: 'Dialogue systems have made incredible progress. Clarification questions recover user intent; we study the emergence of such questions, which enable zero-shot use.' },
      { title: 'Learning When to Ask Clarification Questions', abstract: 'Assistants have made incredible progress, yet user intent is often underspecified, so we learn to ask clarification questions that enable zero-shot use.' },
    ];
    const others = ['speech recognition with transducers', 'image segmentation with masks', 'protein folding with graphs'].map((topic) => ({
      title: `Better ${topic}`,
      abstract: `We study ${topic} and report gains on ${topic} benchmarks.`,
    }));
    const terms = labelTerms(analyseWindow([...theme, ...others]), [0, 1, 2]);
    expect(terms).toContain('clarification questions');
    expect(terms.join(' · ')).not.toMatch(/incredible|progress|emergence|enable/i);
  });

  it('is deterministic', () => {
    const a = groupThemes(papers, vectors);
    const b = groupThemes([...papers].reverse(), vectors);
    expect(b.map((t) => [t.label, t.papers.map((p) => p.paper.id)])).toEqual(a.map((t) => [t.label, t.papers.map((p) => p.paper.id)]));
  });

  it('orders papers by upvotes where known, then centrality, and themes by size then upvotes', () => {
    const themes = groupThemes(papers, vectors);
    for (const theme of themes) {
      const known = theme.papers.filter((p) => p.paper.upvotes !== undefined);
      const upvotes = known.map((p) => p.paper.upvotes!);
      expect(upvotes).toEqual([...upvotes].sort((x, y) => y - x));
      expect(theme.papers.slice(0, known.length)).toEqual(known);
      const unknown = theme.papers.slice(known.length).map((p) => p.centrality);
      expect(unknown).toEqual([...unknown].sort((x, y) => y - x));
      expect(theme.upvotes).toBe(upvotes.reduce((a, b) => a + b, 0));
    }
    // All three themes have four papers: the one with most upvotes comes first.
    expect(themes.map((t) => t.upvotes)).toEqual([...themes.map((t) => t.upvotes)].sort((x, y) => y - x));
  });

  it('gives each paper a one-line gist taken from its abstract', () => {
    for (const theme of groupThemes(papers, vectors)) {
      for (const p of theme.papers) {
        expect(p.gist.length).toBeGreaterThan(20);
        expect(p.gist.length).toBeLessThanOrEqual(GIST_CHARS);
        expect(p.gist).not.toContain('\n');
        expect(p.paper.abstract).toContain(p.gist.replace(/…$/, ''));
      }
    }
    const long = { abstract: `Short opener. We propose ${'a very long method description '.repeat(10)}that goes on.` };
    const g = gist(long, () => 1);
    expect(g.startsWith('We propose a very long method')).toBe(true);
    expect(g.length).toBeLessThanOrEqual(GIST_CHARS);
    expect(g.endsWith('…')).toBe(true);
    expect(shorten('one two three four', 12)).toBe('one two…');
  });

  it('chooses about sqrt(n/2) themes, from 1 to 8', () => {
    expect([0, 1, 2, 3, 8, 12, 50, 98, 500].map(themeCount)).toEqual([1, 1, 1, 2, 2, 3, 5, 7, 8]);
  });

  it('merges a cluster too small to be a theme into its nearest neighbour', () => {
    const mk = (id: string, title: string, v: number[]): [Paper, number[]] => [
      { id, title, abstract: `${title}. This abstract is about ${title.toLowerCase()}.`, addedAt: '2026-03-01T00:00:00.000Z', sources: ['test'] },
      v,
    ];
    const items: [Paper, number[]][] = [];
    for (let i = 0; i < 10; i++) items.push(mk(`a${i}`, `Graph neural networks ${i}`, [1, 0.05 * (i % 3), 0.02 * i, 0]));
    for (let i = 0; i < 9; i++) items.push(mk(`b${i}`, `Protein folding ${i}`, [0, 1, 0.03 * (i % 4), 0.01 * i]));
    items.push(mk('c0', 'An outlier on tabular data', [0.3, 0.2, 0, 1]));
    const themes = groupThemes(
      items.map(([p]) => p),
      new Map(items.map(([p, v]) => [p.id, v])),
      { k: 3 },
    );
    expect(themes.map((t) => t.papers.length)).toEqual([11, 9]);
    expect(themes[0]!.papers.map((p) => p.paper.id)).toContain('c0');
    expect(themes[1]!.papers.every((p) => p.paper.id.startsWith('b'))).toBe(true);
  });

  it('handles one paper and no papers', () => {
    expect(groupThemes([], new Map())).toEqual([]);
    const one = groupThemes([papers[0]!], vectors);
    expect(one).toHaveLength(1);
    expect(one[0]!.papers).toHaveLength(1);
    expect(one[0]!.label.length).toBeGreaterThan(0);
  });
});
