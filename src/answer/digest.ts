import type { Embeddings } from '@langchain/core/embeddings';
import { PromptTemplate } from '@langchain/core/prompts';
import { z } from 'zod';
import { addDays, type Day, dayIn, daysBetween, parseDay } from '../corpus/dates.js';
import { type Paper, paperDate } from '../corpus/paper.js';
import { UserError } from '../errors.js';
import { paperText } from '../retrieval/ingest.js';
import { splitSentences, tokenize } from '../retrieval/text.js';
import { checkCitations, type Source } from './citations.js';
import { bestSentence } from './extractive.js';
import { type ChatClient, type ChatMessage, LlmError } from './llm.js';
import { loadPrompt, saysNotInCorpus } from './prompt.js';
import { shorten } from './themes/gists.js';
import { groupThemes, type Theme } from './themes/group.js';

export interface DigestWindow {
  since: Day;
  until: Day;
}

export interface DigestPaper {
  /** Position in the theme, from 1; a summary's [n] cites the paper with this number. */
  n: number;
  title: string;
  url?: string;
  date: Day;
  upvotes?: number;
  gist: string;
}

export interface DigestTheme {
  label: string;
  /** 2-3 sentences citing the theme's papers as [n]. */
  summary: string;
  summaryMode: 'llm' | 'extractive';
  papers: DigestPaper[];
  /** Why an LLM summary was not used, when an LLM was configured. */
  note?: string;
}

export interface Digest {
  window: DigestWindow;
  /** Days the window covers. */
  days: number;
  totalPapers: number;
  themes: DigestTheme[];
  /** How the summaries were written: 'mixed' when the LLM failed for some themes only. */
  summaryMode: 'llm' | 'extractive' | 'mixed';
  /** Set when the window holds no papers: says so and names the most recent window that has some. */
  empty?: { message: string; latest?: DigestWindow };
}

export interface DigestOptions {
  /** Length of the window in days (default 7). */
  days?: number;
  since?: string;
  until?: string;
  /** Papers per theme given to the LLM (and cited by extractive summaries). */
  maxSources?: number;
  /** Token budget of one theme prompt's sources (about 4 characters a token). */
  contextTokens?: number;
  /** The day the window ends on when the corpus is empty (default: today, UTC). */
  today?: Day;
  signal?: AbortSignal;
}

/** What the digest needs from the retrieval engine (a `Retriever` has all of it). */
export interface DigestCorpus {
  readonly papers: readonly Paper[];
  paperVectors(): Promise<Map<string, number[]>>;
  readonly embedder: Embeddings;
}

export const DEFAULT_DIGEST_DAYS = 7;
export const MAX_DIGEST_DAYS = 366;
const DEFAULT_MAX_SOURCES = 6;
const DEFAULT_CONTEXT_TOKENS = 2500;
const EXTRACTIVE_SENTENCES = 3;
const SUMMARY_SENTENCE_CHARS = 240;
const MAX_SUMMARY_CHARS = 1200;

const templates = {
  theme: PromptTemplate.fromTemplate(loadPrompt('digest-theme.txt')),
  source: PromptTemplate.fromTemplate(loadPrompt('source.txt')),
};

/**
 * The window a digest covers. With none of `days`, `since`, `until`: the 7 days ending at the
 * newest paper's date. `days` with `since` or `until` counts from that end; `since` alone runs to
 * the newest paper (or `since` itself); `until` alone covers the 7 days ending there.
 */
export function digestWindow(papers: readonly Pick<Paper, 'published' | 'addedAt'>[], options: Pick<DigestOptions, 'days' | 'since' | 'until' | 'today'> = {}): DigestWindow {
  const { days } = options;
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > MAX_DIGEST_DAYS)) {
    throw new UserError(`days must be a whole number from 1 to ${MAX_DIGEST_DAYS}`);
  }
  const since = options.since === undefined ? undefined : parseDay(options.since, 'since');
  const until = options.until === undefined ? undefined : parseDay(options.until, 'until');
  if (days !== undefined && since !== undefined && until !== undefined) {
    throw new UserError('give at most two of days, since and until');
  }
  const span = (days ?? DEFAULT_DIGEST_DAYS) - 1;
  let window: DigestWindow;
  if (since !== undefined && until !== undefined) window = { since, until };
  else if (since !== undefined) {
    const newest = newestDate(papers);
    window = { since, until: days !== undefined ? addDays(since, span) : newest !== undefined && newest > since ? newest : since };
  } else if (until !== undefined) window = { since: addDays(until, -span), until };
  else {
    const end = newestDate(papers) ?? options.today ?? dayIn('UTC');
    window = { since: addDays(end, -span), until: end };
  }
  if (window.since > window.until) throw new UserError(`since (${window.since}) is after until (${window.until})`);
  if (daysBetween(window.since, window.until) + 1 > MAX_DIGEST_DAYS) {
    throw new UserError(`a digest covers at most ${MAX_DIGEST_DAYS} days`);
  }
  return window;
}

function newestDate(papers: readonly Pick<Paper, 'published' | 'addedAt'>[]): Day | undefined {
  let newest: Day | undefined;
  for (const p of papers) {
    const d = paperDate(p);
    if (newest === undefined || d > newest) newest = d;
  }
  return newest;
}

/**
 * Groups the papers of a window into themes and summarises each: with an LLM, 2-3 sentences
 * written from the theme's abstracts (citations checked; extractive when the LLM fails or cites
 * nothing valid); without one, sentences quoted from the abstracts. Each summary cites the theme's
 * papers as [n].
 */
export async function buildDigest(corpus: DigestCorpus, options: DigestOptions = {}, llm?: ChatClient): Promise<Digest> {
  const window = digestWindow(corpus.papers, options);
  const days = daysBetween(window.since, window.until) + 1;
  const inWindow = corpus.papers.filter((p) => {
    const d = paperDate(p);
    return d >= window.since && d <= window.until;
  });
  if (inWindow.length === 0) {
    return { window, days, totalPapers: 0, themes: [], summaryMode: llm ? 'llm' : 'extractive', empty: emptyNotice(corpus.papers, window, days) };
  }

  const vectors = await vectorsFor(corpus, inWindow);
  const themes = groupThemes(inWindow, vectors);
  const maxSources = Math.max(1, options.maxSources ?? DEFAULT_MAX_SOURCES);
  const out: DigestTheme[] = [];
  let llmDown: string | undefined;
  for (const theme of themes) {
    options.signal?.throwIfAborted();
    const papers = theme.papers.map((tp, i) => ({
      n: i + 1,
      title: tp.paper.title,
      ...(tp.paper.url ? { url: tp.paper.url } : {}),
      date: paperDate(tp.paper),
      ...(tp.paper.upvotes !== undefined ? { upvotes: tp.paper.upvotes } : {}),
      gist: tp.gist,
    }));
    const extractive = (): string => extractiveSummary(theme, maxSources);
    if (!llm) {
      out.push({ label: theme.label, summary: extractive(), summaryMode: 'extractive', papers });
      continue;
    }
    if (llmDown !== undefined) {
      out.push({ label: theme.label, summary: extractive(), summaryMode: 'extractive', papers, note: llmDown });
      continue;
    }
    const result = await llmSummary(llm, theme, maxSources, options.contextTokens ?? DEFAULT_CONTEXT_TOKENS, options.signal);
    if ('summary' in result) {
      out.push({ label: theme.label, summary: result.summary, summaryMode: 'llm', papers });
    } else {
      const note = `LLM summary unavailable (${result.error}); sentences quoted from the abstracts instead`;
      if (result.unreachable) llmDown = note;
      out.push({ label: theme.label, summary: extractive(), summaryMode: 'extractive', papers, note });
    }
  }
  const modes = new Set(out.map((t) => t.summaryMode));
  const summaryMode = modes.size > 1 ? 'mixed' : modes.has('llm') ? 'llm' : 'extractive';
  return { window, days, totalPapers: inWindow.length, themes: out, summaryMode };
}

function emptyNotice(all: readonly Paper[], window: DigestWindow, days: number): NonNullable<Digest['empty']> {
  const none = `No papers between ${window.since} and ${window.until}.`;
  const newest = newestDate(all);
  if (newest === undefined) return { message: `${none} The corpus has no papers yet.` };
  const latest = { since: addDays(newest, -(days - 1)), until: newest };
  const count = all.filter((p) => {
    const d = paperDate(p);
    return d >= latest.since && d <= latest.until;
  }).length;
  const where =
    days === 1
      ? `The most recent day with papers is ${newest}`
      : `The most recent ${days}-day window with papers is ${latest.since} to ${latest.until}`;
  return { message: `${none} ${where} (${count} ${count === 1 ? 'paper' : 'papers'}).`, latest };
}

/** The stored unit vector of each paper; papers without one are embedded now. */
async function vectorsFor(corpus: DigestCorpus, papers: readonly Paper[]): Promise<Map<string, number[]>> {
  const stored = await corpus.paperVectors();
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

/**
 * A theme summary quoted from its abstracts: from each of the first papers, the sentence sharing
 * most of the theme's label terms, cited [n]. At most three sentences.
 */
export function extractiveSummary(theme: Theme, maxSources: number = DEFAULT_MAX_SOURCES): string {
  const weights = new Map(tokenize(theme.terms.join(' ')).map((t) => [t, 1]));
  const parts: string[] = [];
  const seen = new Set<string>();
  const limit = Math.min(theme.papers.length, maxSources);
  for (let i = 0; i < limit && parts.length < EXTRACTIVE_SENTENCES; i++) {
    const paper = theme.papers[i]!.paper;
    const sentence = weights.size > 0 ? bestSentence(paper, weights) : (splitSentences(paper.abstract)[0] ?? paper.abstract);
    const key = sentence.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(`${withStop(shorten(sentence, SUMMARY_SENTENCE_CHARS))} [${i + 1}]`);
  }
  return parts.join(' ');
}

function withStop(sentence: string): string {
  return /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** Source text cannot close or open the tags that delimit it. */
function defang(text: string): string {
  return text.replace(/</g, '‹').replace(/>/g, '›');
}

export interface ThemePrompt {
  messages: ChatMessage[];
  sources: Source[];
}

/** The theme prompt (`prompts/digest-theme.txt`) with the theme's first papers as numbered sources. */
export async function buildThemePrompt(theme: Theme, maxSources: number = DEFAULT_MAX_SOURCES, contextTokens: number = DEFAULT_CONTEXT_TOKENS): Promise<ThemePrompt> {
  const chosen = theme.papers.slice(0, maxSources);
  const perSource = Math.max(300, Math.floor((contextTokens * 4) / Math.max(1, chosen.length)));
  const blocks: string[] = [];
  const sources: Source[] = [];
  for (const [i, tp] of chosen.entries()) {
    const n = i + 1;
    const abstract = defang(tp.paper.abstract);
    const block = await templates.source.format({
      n: String(n),
      title: defang(tp.paper.title),
      abstract: abstract.length > perSource ? `${abstract.slice(0, perSource - 1)}…` : abstract,
    });
    blocks.push(block.trim());
    sources.push({ n, title: tp.paper.title, ...(tp.paper.url ? { url: tp.paper.url } : {}) });
  }
  const content = await templates.theme.format({ label: defang(theme.label), sources: blocks.join('\n') });
  return { messages: [{ role: 'user', content: content.trim() }], sources };
}

const ReplySchema = z.string().trim().min(1);

type SummaryResult = { summary: string } | { error: string; unreachable: boolean };

async function llmSummary(llm: ChatClient, theme: Theme, maxSources: number, contextTokens: number, signal: AbortSignal | undefined): Promise<SummaryResult> {
  const prompt = await buildThemePrompt(theme, maxSources, contextTokens);
  let reply: string;
  try {
    reply = await llm.complete(prompt.messages, signal ? { signal } : undefined);
  } catch (err) {
    if (signal?.aborted) throw err;
    if (err instanceof LlmError) {
      return { error: err.message, unreachable: err.kind === 'timeout' || err.kind === 'connection' };
    }
    return { error: 'LLM call failed', unreachable: false };
  }
  const parsed = ReplySchema.safeParse(reply);
  if (!parsed.success || saysNotInCorpus(parsed.data)) return { error: 'the LLM gave no summary', unreachable: false };
  const text = parsed.data.replace(/\s+/g, ' ');
  if (text.length > MAX_SUMMARY_CHARS * 2) return { error: 'the LLM summary was far too long', unreachable: false };
  const checked = checkCitations(text, prompt.sources);
  if (checked.cited.length === 0) return { error: 'the LLM summary cited no source', unreachable: false };
  return { summary: clipSentences(checked.text, MAX_SUMMARY_CHARS) };
}

/** Whole sentences up to `max` characters (the first one shortened if it alone is longer). */
function clipSentences(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const sentence of splitSentences(text)) {
    const next = out === '' ? sentence : `${out} ${sentence}`;
    if (next.length > max) break;
    out = next;
  }
  return out === '' ? shorten(text, max) : out;
}

/** The digest for a terminal: window, then each theme with its summary and papers. */
export function formatDigestText(digest: Digest): string {
  const lines: string[] = [];
  if (digest.empty) {
    lines.push(digest.empty.message);
    return lines.join('\n');
  }
  const themes = digest.themes.length;
  lines.push(
    `Digest ${digest.window.since} to ${digest.window.until}: ${digest.totalPapers} ${digest.totalPapers === 1 ? 'paper' : 'papers'} in ${themes} ${themes === 1 ? 'theme' : 'themes'}`,
  );
  digest.themes.forEach((theme, i) => {
    lines.push('', `${i + 1}. ${theme.label} (${theme.papers.length} ${theme.papers.length === 1 ? 'paper' : 'papers'})`);
    lines.push(`   ${theme.summary}`);
    if (theme.note) lines.push(`   (${theme.note})`);
    for (const p of theme.papers) {
      const meta = [p.date, ...(p.upvotes !== undefined ? [`${p.upvotes} upvotes`] : [])].join(', ');
      lines.push(`   [${p.n}] ${p.title} (${meta})${p.url ? ` <${p.url}>` : ''}`);
      lines.push(`       ${p.gist}`);
    }
  });
  const how =
    digest.summaryMode === 'llm'
      ? 'summaries written by the LLM from the abstracts'
      : digest.summaryMode === 'mixed'
        ? 'summaries written by the LLM where it answered, otherwise quoted from the abstracts'
        : 'summaries quoted from the abstracts (extractive)';
  lines.push('', `(${how})`);
  return lines.join('\n');
}
