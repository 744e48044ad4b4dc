/**
 * Theme summaries: written by the LLM from the theme's abstracts (citations checked), or quoted
 * from the abstracts when there is no LLM or it fails.
 */
import * as z from 'zod';
import { splitSentences, tokenize } from '../../retrieval/text.js';
import { checkCitations, type Source } from '../check/citations.js';
import { bestSentence } from '../extractive.js';
import { type ChatClient, type ChatMessage, LlmError } from '../llm/llm.js';
import { defang, saysNotInCorpus, sourceBlock } from '../prompt.js';
import { PromptFile } from '../templates.js';
import type { Theme } from '../themes/group.js';
import { shorten, truncate } from '../../util/truncate.js';

export const DEFAULT_MAX_SOURCES = 6;
export const DEFAULT_CONTEXT_TOKENS = 2500;
const EXTRACTIVE_SENTENCES = 3;
const SUMMARY_SENTENCE_CHARS = 240;
const MAX_SUMMARY_CHARS = 1200;

const templates = {
  theme: new PromptFile('digest-theme.txt'),
};

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

export interface ThemePrompt {
  messages: ChatMessage[];
  sources: Source[];
}

/** The theme prompt (`prompts/digest-theme.txt`) with the theme's first papers as numbered sources. */
export async function buildThemePrompt(
  theme: Theme,
  label: string = theme.label,
  maxSources: number = DEFAULT_MAX_SOURCES,
  contextTokens: number = DEFAULT_CONTEXT_TOKENS,
): Promise<ThemePrompt> {
  const chosen = theme.papers.slice(0, maxSources);
  const perSource = Math.max(300, Math.floor((contextTokens * 4) / Math.max(1, chosen.length)));
  const blocks: string[] = [];
  const sources: Source[] = [];
  for (const [i, tp] of chosen.entries()) {
    const n = i + 1;
    const abstract = defang(tp.paper.abstract);
    const block = await sourceBlock(n, tp.paper, truncate(abstract, perSource));
    blocks.push(block.trim());
    sources.push({
      n,
      title: tp.paper.title,
      abstract: tp.paper.abstract,
      ...(tp.paper.url ? { url: tp.paper.url } : {}),
      ...(tp.paper.authors ? { authors: tp.paper.authors } : {}),
    });
  }
  const content = await templates.theme.format({ label: defang(label), sources: blocks.join('\n') });
  return { messages: [{ role: 'user', content: content.trim() }], sources };
}

const ReplySchema = z.string().trim().min(1);

/** A written summary, or why there is none (`unreachable`: the LLM did not answer at all). */
export type LlmResult<T> = T | { error: string; unreachable: boolean };

/** How a failed LLM call is reported; a caller abort is rethrown. */
export function llmFailure(err: unknown, signal: AbortSignal | undefined): { error: string; unreachable: boolean } {
  if (signal?.aborted) throw err;
  if (err instanceof LlmError) return { error: err.message, unreachable: err.kind === 'timeout' || err.kind === 'connection' };
  return { error: 'LLM call failed', unreachable: false };
}

export interface SummaryOptions {
  label: string;
  maxSources: number;
  contextTokens: number;
  /** The titles of the digest's papers: a summary naming one of them that it was not given loses that sentence. */
  titles?: readonly string[];
  signal?: AbortSignal | undefined;
}

/** Has the LLM summarise a theme from its first papers' abstracts; the reply's citations are checked. */
export async function llmSummary(llm: ChatClient, theme: Theme, options: SummaryOptions): Promise<LlmResult<{ summary: string }>> {
  const { signal } = options;
  const prompt = await buildThemePrompt(theme, options.label, options.maxSources, options.contextTokens);
  let reply: string;
  try {
    reply = await llm.complete(prompt.messages, signal ? { signal } : undefined);
  } catch (err) {
    return llmFailure(err, signal);
  }
  const parsed = ReplySchema.safeParse(reply);
  if (!parsed.success || saysNotInCorpus(parsed.data)) return { error: 'the LLM gave no summary', unreachable: false };
  const text = parsed.data.replace(/\s+/g, ' ');
  if (text.length > MAX_SUMMARY_CHARS * 2) return { error: 'the LLM summary was far too long', unreachable: false };
  const checked = checkCitations(text, prompt.sources, '', options.titles);
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
