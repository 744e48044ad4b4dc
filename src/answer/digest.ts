import type { Embeddings } from '@langchain/core/embeddings';
import type { Day } from '../corpus/dates.js';
import type { PublicationSummary } from '../retrieval/index/search-index.js';
import { type Paper, paperText } from '../corpus/paper.js';
import {
  type DigestWindow,
  type WindowOptions,
  digestWindow,
  emptyNotice,
  latestWindow,
  windowDays,
} from './digest/window.js';
import { DEFAULT_CONTEXT_TOKENS, DEFAULT_MAX_SOURCES, extractiveSummary, llmSummary } from './digest/summaries.js';
import { nameThemes } from './digest/theme-names.js';
import type { ChatClient } from './llm/llm.js';
import { groupThemes } from './themes/group.js';
import { type MapPoint, projectToPlane } from './themes/map.js';
import { unit } from './themes/vectors.js';

export interface DigestPaper {
  /** Position in the theme, from 1; a summary's [n] cites the paper with this number. */
  n: number;
  title: string;
  url?: string;
  /** Publication date. */
  date: Day;
  upvotes?: number;
  gist: string;
  /** Where the paper sits on the theme map (see {@link projectToPlane}). */
  map: MapPoint;
}

export interface DigestTheme {
  label: string;
  /** Who named the theme: the LLM from its papers' titles, or its most distinctive phrases. */
  labelMode: 'llm' | 'extractive';
  /** The theme's most distinctive phrases against the rest of the window. */
  terms: string[];
  /** 2-3 sentences citing the theme's papers as [n]. */
  summary: string;
  summaryMode: 'llm' | 'extractive';
  /** Papers with upvotes first (most first), then the most typical of the theme. */
  papers: DigestPaper[];
  /** Why an LLM summary was not used, when an LLM was configured. */
  note?: string;
}

/** One of the window's most upvoted papers, and where the digest lists it. */
export interface DigestTopPaper {
  title: string;
  url?: string;
  date: Day;
  upvotes: number;
  /** The theme listing it, from 1. */
  theme: number;
  /** Its number in that theme. */
  n: number;
}

export interface Digest {
  window: DigestWindow;
  /** Days the window covers. */
  days: number;
  totalPapers: number;
  /** Papers without a publication date: searchable, but in no window. */
  undated: number;
  /** The window's most upvoted papers across themes (empty when no paper's upvotes are known). */
  top: DigestTopPaper[];
  themes: DigestTheme[];
  /** How the summaries were written: 'mixed' when the LLM failed for some themes only. */
  summaryMode: 'llm' | 'extractive' | 'mixed';
  /** Set when the window holds no papers: says so and names the most recent window that has some. */
  empty?: { message: string; latest?: DigestWindow };
}

export interface DigestOptions extends WindowOptions {
  /** Papers per theme given to the LLM (and cited by extractive summaries). */
  maxSources?: number;
  /** Token budget of one theme prompt's sources (about 4 characters a token). */
  contextTokens?: number;
  signal?: AbortSignal;
}

/** What the digest needs from the retrieval engine (a `Retriever` has all of it). */
export interface DigestCorpus {
  /** The papers published from `since` to `until`, both included. */
  papersPublished(since: string, until: string): Promise<readonly Paper[]>;
  /** How many papers there are, how many have no publication date, and the newest date. */
  publication(): Promise<PublicationSummary>;
  /** The stored unit vectors of the papers with these ids (those that have one). */
  paperVectors(ids: readonly string[]): Promise<Map<string, number[]>>;
  readonly embedder: Embeddings;
}

/** Papers in the digest's opening list of the most upvoted. */
export const TOP_PAPERS = 5;

/**
 * Groups the papers published in a window into themes and summarises each: with an LLM, the themes
 * are named from their papers' titles and summarised in 2-3 sentences written from their abstracts
 * (names and citations checked; the extractive label or summary when the LLM fails or its answer
 * does not pass); without one, each theme is labelled by its most distinctive phrases and summarised
 * with sentences quoted from the abstracts. Each summary cites the theme's papers as [n]. Papers
 * without a publication date are counted, never placed in a window.
 */
export async function buildDigest(corpus: DigestCorpus, options: DigestOptions = {}, llm?: ChatClient): Promise<Digest> {
  // Only the window's papers are read: the corpus is summed up by its publication dates.
  const summary = await corpus.publication();
  const window = digestWindow(summary.newest, options);
  const days = windowDays(window);
  const { undated } = summary;
  const papers = await corpus.papersPublished(window.since, window.until);
  if (papers.length === 0) {
    const latest = latestWindow(summary.newest, window);
    const latestCount = latest ? (await corpus.papersPublished(latest.since, latest.until)).length : 0;
    return { window, days, totalPapers: 0, undated, top: [], themes: [], summaryMode: llm ? 'llm' : 'extractive', empty: emptyNotice(summary, window, latestCount) };
  }

  const vectors = await vectorsFor(corpus, papers);
  const themes = groupThemes(papers, vectors);
  const map = mapPoints(themes.map((t) => t.papers.map((tp) => tp.paper)), vectors);
  const maxSources = Math.max(1, options.maxSources ?? DEFAULT_MAX_SOURCES);
  const contextTokens = options.contextTokens ?? DEFAULT_CONTEXT_TOKENS;
  const { signal } = options;

  let names: (string | undefined)[] = [];
  /** Set once the LLM did not answer at all: the remaining themes do not wait for it again. */
  let llmDown: string | undefined;
  if (llm) {
    const named = await nameThemes(llm, themes, signal);
    if ('names' in named) names = named.names;
    else if (named.unreachable) llmDown = unavailable(named.error);
  }

  const titles = papers.map((p) => p.title);
  const out: DigestTheme[] = [];
  for (const [i, theme] of themes.entries()) {
    signal?.throwIfAborted();
    const label = names[i] ?? theme.label;
    const base = {
      label,
      labelMode: names[i] !== undefined ? ('llm' as const) : ('extractive' as const),
      terms: theme.terms,
      papers: theme.papers.map((tp, j) => ({
        n: j + 1,
        title: tp.paper.title,
        ...(tp.paper.url ? { url: tp.paper.url } : {}),
        date: tp.paper.published!,
        ...(tp.paper.upvotes !== undefined ? { upvotes: tp.paper.upvotes } : {}),
        gist: tp.gist,
        map: map.get(tp.paper.id)!,
      })),
    };
    const extractive = (note?: string): DigestTheme => ({
      ...base,
      summary: extractiveSummary(theme, maxSources),
      summaryMode: 'extractive',
      ...(note !== undefined ? { note } : {}),
    });
    if (!llm) {
      out.push(extractive());
      continue;
    }
    if (llmDown !== undefined) {
      out.push(extractive(llmDown));
      continue;
    }
    const result = await llmSummary(llm, theme, { label, maxSources, contextTokens, titles, signal });
    if ('summary' in result) {
      out.push({ ...base, summary: result.summary, summaryMode: 'llm' });
    } else {
      const note = unavailable(result.error);
      if (result.unreachable) llmDown = note;
      out.push(extractive(note));
    }
  }
  const modes = new Set(out.map((t) => t.summaryMode));
  const summaryMode = modes.size > 1 ? 'mixed' : modes.has('llm') ? 'llm' : 'extractive';
  return { window, days, totalPapers: papers.length, undated, top: topPapers(out), themes: out, summaryMode };
}

function unavailable(error: string): string {
  return `LLM summary unavailable (${error}); sentences quoted from the abstracts instead`;
}

/** The most upvoted papers across themes, most first (then newest, then by title). */
export function topPapers(themes: readonly DigestTheme[], max: number = TOP_PAPERS): DigestTopPaper[] {
  const all = themes.flatMap((t, i) =>
    t.papers.flatMap((p) =>
      p.upvotes === undefined
        ? []
        : [{ title: p.title, ...(p.url ? { url: p.url } : {}), date: p.date, upvotes: p.upvotes, theme: i + 1, n: p.n }],
    ),
  );
  all.sort((a, b) => b.upvotes - a.upvotes || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || a.title.localeCompare(b.title));
  return all.slice(0, max);
}

/** Each paper's place on the theme map, from its vector and its theme. */
function mapPoints(themes: readonly (readonly Paper[])[], vectors: ReadonlyMap<string, readonly number[]>): Map<string, MapPoint> {
  const placed = themes.flatMap((papers, t) => papers.map((paper) => ({ paper, t })));
  placed.sort((a, b) => (a.paper.id < b.paper.id ? -1 : a.paper.id > b.paper.id ? 1 : 0));
  const points = projectToPlane(
    placed.map((p) => unit(vectors.get(p.paper.id) ?? [])),
    placed.map((p) => p.t),
  );
  return new Map(placed.map((p, i) => [p.paper.id, points[i]!]));
}

/** The stored unit vector of each paper; papers without one are embedded now. */
async function vectorsFor(corpus: DigestCorpus, papers: readonly Paper[]): Promise<Map<string, number[]>> {
  const stored = await corpus.paperVectors(papers.map((p) => p.id));
  const out = new Map<string, number[]>();
  const missing: Paper[] = [];
  for (const p of papers) {
    const v = stored.get(p.id);
    if (v) out.set(p.id, v);
    else missing.push(p);
  }
  if (missing.length > 0) {
    const embedded = await corpus.embedder.embedDocuments(missing.map((p) => paperText(p)));
    missing.forEach((p, i) => out.set(p.id, embedded[i] ?? []));
  }
  return out;
}
