/**
 * Calibrates search confidence for one index without labelled questions. Pseudo-queries are built
 * from the papers' own text (a bag of key terms with word dropout and background words, a clipped
 * sentence, a longer two-sentence question); each is scored against the full index (answerable) and
 * with its paper left out (a near miss: same topic, the answering paper gone). A logistic model over
 * the confidence features is fitted on both, and the thresholds are read off its probabilities.
 */
import type { Paper } from '../corpus/paper.js';
import type { Retriever } from './engine.js';
import { type ConfidenceModel, FEATURES, confidenceProbability, fitLogistic } from './confidence.js';
import { topK } from './fusion.js';
import { seededRandom } from './linalg.js';
import { splitSentences, tokenize } from './text.js';

export type PseudoKind = 'keywords' | 'sentence' | 'long';

export interface PseudoQuery {
  /** Index of the paper the query was made from. */
  paper: number;
  kind: PseudoKind;
  text: string;
}

export interface CalibrationOptions {
  /** At most this many papers (evenly spread, seeded) make pseudo-queries. */
  maxPapers?: number;
  seed?: number;
}

/** The share of answerable pseudo-queries allowed below the `none` threshold. */
export const ANSWERABLE_NONE = 0.02;
/** The share of near misses allowed at `high` ... */
export const NEAR_MISS_HIGH = 0.1;
/** ... unless that puts more than this share of answerable pseudo-queries below `high`. */
export const ANSWERABLE_LOW = 0.15;

const DEFAULT_MAX_PAPERS = 240;
const KEY_TERMS = 12;
const NEIGHBORS = 5;
/** A pseudo-query counts only when its own paper ranks this high. */
const FOUND_WITHIN = 5;

/** Fits the confidence model of an opened index. */
export async function calibrate(r: Retriever, options: CalibrationOptions = {}): Promise<ConfidenceModel> {
  const papers = r.papers;
  const rand = seededRandom(options.seed ?? 17);
  const sample = samplePapers(papers.length, options.maxPapers ?? DEFAULT_MAX_PAPERS, rand);
  const neighbors = new Map<number, number[]>();
  for (const i of sample) neighbors.set(i, await r.nearestPapers(i, NEIGHBORS));
  const queries = pseudoQueries(papers, sample, (t) => r.idf(t), { seed: options.seed ?? 17, neighbors: (i) => neighbors.get(i) ?? [] });
  const vectors = await r.embedder.embedDocuments(queries.map((q) => q.text));
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < queries.length; i++) {
    const q = queries[i]!;
    const full = await r.profile(q.text, -1, vectors[i]);
    // A query that does not find its own paper says nothing about confidence either way.
    if (full.empty || !topK(full.fused, FOUND_WITHIN).includes(q.paper)) continue;
    const missing = await r.profile(q.text, q.paper, vectors[i]);
    x.push(r.judgeFeatures(full), r.judgeFeatures(missing, q.paper));
    y.push(1, 0);
  }
  if (x.length === 0) throw new Error('calibration: no pseudo-query matched the index');
  const fit = fitLogistic(x, y);
  const probs = x.map((row) => confidenceProbability(fit, row));
  const thresholds = chooseThresholds(
    probs.filter((_, i) => y[i] === 1),
    probs.filter((_, i) => y[i] === 0),
  );
  return { version: 1, features: [...FEATURES], ...fit, thresholds, papers: papers.length, queries: queries.length };
}

/**
 * The `none` threshold lets at most {@link ANSWERABLE_NONE} of answerable pseudo-queries through as
 * `none`; the `high` threshold keeps {@link NEAR_MISS_HIGH} of near misses above it, unless more than
 * {@link ANSWERABLE_LOW} of answerable ones would fall below it.
 */
export function chooseThresholds(answerable: readonly number[], nearMiss: readonly number[]): ConfidenceModel['thresholds'] {
  const low = quantile(answerable, ANSWERABLE_NONE);
  const high = Math.max(low, Math.min(quantile(nearMiss, 1 - NEAR_MISS_HIGH), quantile(answerable, ANSWERABLE_LOW)));
  return { low, high };
}

/** The value below which a share `q` of the values lie (nearest rank). */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * sorted.length)))]!;
}

/** The papers that make pseudo-queries: all of them, or an even seeded sample of `max`. */
export function samplePapers(n: number, max: number, rand: () => number): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const step = n / max;
  return Array.from({ length: max }, (_, i) => Math.min(n - 1, Math.floor((i + rand()) * step)));
}

/** How people open a question; mostly words the index ignores, as in real questions. */
const OPENERS = ['is there a paper on', 'any work on', 'papers about', 'how do you', 'looking for', 'what is known about', 'which methods', 'how can we'];

/**
 * Three pseudo-queries per sampled paper (one of each kind), deterministic for a seed. Besides the
 * paper's own words they carry what real questions carry: words of related papers in place of some
 * of the paper's (`neighbors`, as a paraphrase would), a typo now and then, and an opener.
 */
export function pseudoQueries(
  papers: readonly Pick<Paper, 'title' | 'abstract'>[],
  chosen: readonly number[],
  idf: (term: string) => number,
  options: { seed?: number; neighbors?: (paper: number) => readonly number[] } = {},
): PseudoQuery[] {
  const rand = seededRandom(options.seed ?? 17);
  const out: PseudoQuery[] = [];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  for (const i of chosen) {
    const p = papers[i]!;
    const keys = keyTerms(p, idf);
    if (keys.length === 0) continue;
    const near = options.neighbors?.(i) ?? [];
    /** Key words of a related paper (or any paper): the vocabulary a paraphrase borrows. */
    const borrowed = (k: number) => pickWeighted(keyTerms(papers[near.length > 0 ? pick(near) : Math.floor(rand() * papers.length)]!, idf), k, rand);
    const finish = (ws: string[], typoRate: number, openerRate: number) => {
      const typed = ws.map((w) => (w.length >= 5 && rand() < typoRate ? typo(w, rand) : w));
      return [...(rand() < openerRate ? [pick(OPENERS)] : []), ...typed].join(' ');
    };

    const kw = [...pickWeighted(keys, 2 + Math.floor(rand() * 3), rand), ...(rand() < 0.5 ? borrowed(1) : [])];
    out.push({ paper: i, kind: 'keywords', text: finish(shuffle(kw, rand), 0.08, 0.2) });

    const sentences = informative(splitSentences(p.abstract), new Set(keys.map((k) => tokenize(k)[0]!)));
    if (sentences.length === 0) continue;
    const short = replaceSome(dropout(clip(words(pick(sentences.slice(0, 3))), 8 + Math.floor(rand() * 12), rand), 0.25, rand), borrowed(2), rand);
    out.push({ paper: i, kind: 'sentence', text: finish(short, 0.05, 0.5) });
    const two = sentences.slice(0, 4);
    const a = pick(two);
    const b = pick(two);
    const long = replaceSome(dropout(clip(words(a === b ? a : `${a} ${b}`), 45, rand), 0.15, rand), borrowed(3), rand);
    out.push({ paper: i, kind: 'long', text: finish(long, 0.03, 0.7) });
  }
  return out;
}

/** Sentences ordered by how many of the paper's key terms they hold (most first). */
function informative(sentences: string[], keys: ReadonlySet<string>): string[] {
  const score = (s: string) => new Set(tokenize(s).filter((t) => keys.has(t))).size;
  return sentences
    .map((s, i) => ({ s, i, k: score(s) }))
    .filter((x) => x.k > 0)
    .sort((a, b) => b.k - a.k || a.i - b.i)
    .map((x) => x.s);
}

/** Puts each replacement word in place of a random word. */
function replaceSome(ws: string[], replacements: readonly string[], rand: () => number): string[] {
  const out = [...ws];
  for (const r of replacements) out[Math.floor(rand() * out.length)] = r;
  return out;
}

/** A typing slip: two neighbouring letters swapped, or one dropped. */
function typo(w: string, rand: () => number): string {
  const i = 1 + Math.floor(rand() * (w.length - 2));
  return rand() < 0.5 ? `${w.slice(0, i)}${w[i + 1]}${w[i]}${w.slice(i + 2)}` : `${w.slice(0, i)}${w.slice(i + 1)}`;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/** A random window of at most `n` words. */
function clip(ws: string[], n: number, rand: () => number): string[] {
  if (ws.length <= n) return ws;
  const start = Math.floor(rand() * (ws.length - n + 1));
  return ws.slice(start, start + n);
}

/** Drops each word with probability `p`, keeping at least two. */
function dropout(ws: string[], p: number, rand: () => number): string[] {
  const kept = ws.filter(() => rand() >= p);
  return kept.length >= 2 ? kept : ws.slice(0, 2);
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/**
 * The paper's topical words (one surface form per stem), best first: tf-idf with title words counted
 * three times; a word used once in the abstract and not in the title is not topical.
 */
export function keyTerms(p: Pick<Paper, 'title' | 'abstract'>, idf: (term: string) => number, n = KEY_TERMS): string[] {
  const surface = new Map<string, string>();
  const tf = new Map<string, number>();
  const title = new Set(tokenize(p.title));
  for (const t of title) tf.set(t, 2);
  for (const w of words(`${p.title} ${p.abstract}`)) {
    const clean = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
    const [stem] = tokenize(clean);
    if (!stem || clean.length < 3) continue;
    if (!surface.has(stem)) surface.set(stem, clean);
    tf.set(stem, (tf.get(stem) ?? 0) + 1);
  }
  return [...tf.entries()]
    .filter(([t, f]) => surface.has(t) && (f >= 2 || title.has(t)))
    .map(([t, f]) => [t, (1 + Math.log(f)) * idf(t)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([t]) => surface.get(t)!);
}

/** `k` distinct items, earlier ones more likely. */
function pickWeighted<T>(items: readonly T[], k: number, rand: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < k && pool.length > 0) {
    const i = Math.min(pool.length - 1, Math.floor(pool.length * rand() * rand()));
    out.push(pool.splice(i, 1)[0]!);
  }
  return out;
}
