/**
 * Calibrates search confidence for one index without labelled questions. Pseudo-queries are built
 * from the papers' own text (a bag of key terms with word dropout and background words, a clipped
 * sentence, a longer two-sentence question); each is scored against the full index (answerable) and
 * with its paper left out (a near miss: same topic, the answering paper gone). Topic queries (terms a
 * paper shares with related ones, alone or in a sentence of its other words) are answerable when
 * several of those papers are found; off-topic ones, of everyday words, never are. A logistic model
 * over the confidence features is fitted on them all, and the thresholds are read off its
 * probabilities.
 */
import { type Paper, searchBody } from '../../corpus/paper.js';
import { CALIBRATION_METHOD, type ConfidenceModel, FEATURES, confidenceProbability, fitLogistic } from './confidence.js';
import { meanStd } from '../ranking/fusion.js';
import type { QueryScorer } from '../ranking/query-scorer.js';
import { seededRandom } from '../../util/random.js';
import { splitSentences, tokenize } from '../text.js';

export type PseudoKind = 'keywords' | 'sentence' | 'long' | 'topic' | 'topic sentence' | 'offtopic';

export interface PseudoQuery {
  /** Index of the paper the query was made from; -1 for an off-topic query, which no paper answers. */
  paper: number;
  kind: PseudoKind;
  text: string;
  /** A topic query's papers: the paper and the related ones whose shared terms it asks for. */
  topic?: number[];
}

export interface CalibrationOptions {
  /** At most this many papers (evenly spread, seeded) make pseudo-queries; default {@link samplePaperCount}. */
  maxPapers?: number;
  seed?: number;
}

export interface ThresholdPolicy {
  /**
   * The share of answerable pseudo-queries expected below the `none` threshold, under a normal fitted to
   * the logits of their probabilities (see {@link logitNormalQuantile}).
   */
  answerableNone: number;
  /** The share of unanswerable pseudo-queries (near misses, off topic) allowed at `high` ... */
  unanswerableHigh: number;
  /** ... unless that puts more than this share of answerable pseudo-queries below `high`. */
  answerableLow: number;
}

export const DEFAULT_POLICY: ThresholdPolicy = { answerableNone: 0.002, unanswerableHigh: 0.15, answerableLow: 0.15 };

/**
 * How many papers make pseudo-queries: 240, fewer on large corpora, where every query costs more
 * (down to 80 from 60,000 papers), so that calibration stays within seconds to a minute.
 */
export function samplePaperCount(papers: number): number {
  return Math.max(80, Math.min(240, Math.round((240 * 20_000) / Math.max(papers, 1))));
}
const KEY_TERMS = 12;
const NEIGHBORS = 5;
/** A pseudo-query counts only when its own paper ranks this high ... */
const FOUND_WITHIN = 5;
/** ... and a topic query only when this many of its papers do. */
const TOPIC_FOUND = 2;

/** Fits the confidence model of an opened index. */
export async function calibrate(r: QueryScorer, options: CalibrationOptions = {}): Promise<ConfidenceModel> {
  return fitConfidence(await calibrationSamples(r, options), r.index.size);
}

/** Labelled feature rows from an index's pseudo-queries: 1 answerable (one paper or a topic), 0 near miss or off topic. */
export interface CalibrationSamples {
  x: number[][];
  y: number[];
  /** Whether each row is a topic query's. */
  topic: boolean[];
  queries: number;
}

/** Scores the pseudo-queries of an opened index, each with and without its paper. */
export async function calibrationSamples(r: QueryScorer, options: CalibrationOptions = {}): Promise<CalibrationSamples> {
  const n = r.index.size;
  const rand = seededRandom(options.seed ?? 17);
  const sample = samplePapers(n, options.maxPapers ?? samplePaperCount(n), rand);
  const neighbors = new Map(await inTurn(sample, async (i) => [i, await r.index.nearest(i, NEIGHBORS)] as const));
  const docs = [...new Set([...sample, ...[...neighbors.values()].flat()])];
  const fetched = await r.index.papers(docs);
  const papers = new Map(docs.map((d, i) => [d, fetched[i]!]));
  const idf = new Map((await r.index.termStats([...new Set(fetched.flatMap((p) => tokenize(`${p.title} ${searchBody(p)}`)))])).map((t) => [t.term, t.idf]));
  const queries = pseudoQueries((i) => papers.get(i)!, sample, (t) => idf.get(t) ?? 0, { seed: options.seed ?? 17, neighbors: (i) => neighbors.get(i) ?? [] });
  // Scored as typed: confidence is judged on the words typed (see query-scorer.ts), and a pseudo-query
  // counts when those alone find its paper.
  const embedded = await r.queryVectors(queries.map((q) => q.text), true);
  const rows = await inTurn(queries.map((q, i) => ({ q, vectors: embedded[i] })), async ({ q, vectors }): Promise<[number[], number, PseudoKind][]> => {
    if (q.paper < 0) {
      const [offtopic] = await r.profiles(q.text, [-1], vectors, true);
      return !offtopic || r.isEmpty(offtopic) ? [] : [[await r.judgeFeatures(offtopic), 0, q.kind]];
    }
    if (q.topic) {
      // Several papers answer it, none stands out: what a question on a topic looks like.
      const [full] = await r.profiles(q.text, [-1], vectors, true);
      if (!full || r.isEmpty(full)) return [];
      const found = r.ranked(full, FOUND_WITHIN).filter((d) => q.topic!.includes(d)).length;
      return found >= TOPIC_FOUND ? [[await r.judgeFeatures(full), 1, q.kind]] : [];
    }
    const [full, missing] = await r.profiles(q.text, [-1, q.paper], vectors, true);
    // A query that does not find its own paper says nothing about confidence either way.
    if (!full || !missing || r.isEmpty(full) || !r.ranked(full, FOUND_WITHIN).includes(q.paper)) return [];
    return [
      [await r.judgeFeatures(full), 1, q.kind],
      [await r.judgeFeatures(missing, q.paper), 0, q.kind],
    ];
  });
  const scored = rows.flat();
  return { x: scored.map(([features]) => features), y: scored.map(([, label]) => label), topic: scored.map(([, , kind]) => kind === 'topic' || kind === 'topic sentence'), queries: queries.length };
}

/**
 * How many pseudo-queries are scored at once: with a PostgreSQL index, one query's statements run in
 * the database while another's scores are computed here.
 */
const IN_FLIGHT = 4;

/** `fn` over the items, at most {@link IN_FLIGHT} at a time; the results in the items' order. */
async function inTurn<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, worker));
  return out;
}

/** The logistic model over the samples, with its thresholds read off its own probabilities. */
export function fitConfidence(samples: CalibrationSamples, papers: number, policy: ThresholdPolicy = DEFAULT_POLICY): ConfidenceModel {
  const { x, y } = samples;
  if (!y.includes(1) || !y.includes(0)) throw new Error('calibration: the pseudo-queries gave no answerable or no unanswerable example');
  const fit = fitLogistic(x, y);
  const probs = x.map((row) => confidenceProbability(fit, row));
  const answerable = probs.filter((_, i) => y[i] === 1);
  // The `none` threshold guards the hardest answerable questions, those one paper answers; topic
  // queries, which several papers answer, are sure more easily (all of them, when no one-paper query counted).
  const onePaper = probs.filter((_, i) => y[i] === 1 && !samples.topic[i]);
  const thresholds = chooseThresholds(
    answerable,
    probs.filter((_, i) => y[i] === 0),
    policy,
    onePaper.length > 0 ? onePaper : answerable,
  );
  return { version: 1, method: CALIBRATION_METHOD, features: [...FEATURES], ...fit, thresholds, papers, queries: samples.queries };
}

/** The thresholds on the model's probability, from its probabilities on the pseudo-queries (see {@link ThresholdPolicy}). */
export function chooseThresholds(
  answerable: readonly number[],
  unanswerable: readonly number[],
  policy: ThresholdPolicy = DEFAULT_POLICY,
  onePaper: readonly number[] = answerable,
): ConfidenceModel['thresholds'] {
  const low = logitNormalQuantile(onePaper, policy.answerableNone);
  const high = Math.max(low, Math.min(quantile(unanswerable, 1 - policy.unanswerableHigh), quantile(answerable, policy.answerableLow)));
  return { low, high };
}

/**
 * The probability below which a share `q` of these lie, under a normal distribution fitted to their
 * logits. Far out in the tail, an empirical quantile rests on the three or four lowest values, and a
 * few odd pseudo-queries more or less move it by half; the fit rests on all of them.
 */
export function logitNormalQuantile(probabilities: readonly number[], q: number): number {
  if (probabilities.length === 0) return 0;
  const logits = probabilities.map((p) => {
    const c = Math.min(1 - 1e-9, Math.max(1e-9, p));
    return Math.log(c / (1 - c));
  });
  const { mean, std } = meanStd(logits);
  return 1 / (1 + Math.exp(-(mean + probit(q) * std)));
}

/** The standard normal quantile of `p` (0 < p < 1), by Acklam's rational approximation (relative error below 1.2e-9). */
export function probit(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const r = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * r + c[1]!) * r + c[2]!) * r + c[3]!) * r + c[4]!) * r + c[5]!) / ((((d[0]! * r + d[1]!) * r + d[2]!) * r + d[3]!) * r + 1);
  }
  if (p > 1 - low) return -probit(1 - p);
  const r = p - 0.5;
  const t = r * r;
  return ((((((a[0]! * t + a[1]!) * t + a[2]!) * t + a[3]!) * t + a[4]!) * t + a[5]!) * r) / (((((b[0]! * t + b[1]!) * t + b[2]!) * t + b[3]!) * t + b[4]!) * t + 1);
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

/** Everyday words, for questions no paper corpus answers (some may still occur in it, in passing). */
const EVERYDAY = (
  'bread recipe garden football weather holiday wedding guitar tax rent mortgage dog cat puppy coffee pizza cake ' +
  'soup vegetables flowers painting furniture kitchen bathroom car engine tyre bicycle train ticket flight hotel ' +
  'beach mountain hiking fishing camping birthday gift shoes jacket laundry cleaning insurance pension doctor ' +
  'dentist vaccine allergy diet workout yoga marathon poem novel movie actor concert piano violin election ' +
  'parliament football league tennis chess recipe baking oven wine beer cheese chocolate'
).split(' ');

/** One off-topic pseudo-query per this many papers. */
const OFFTOPIC_EVERY = 2;

/** How people open a question; mostly words the index ignores, as in real questions. */
const OPENERS = ['is there a paper on', 'any work on', 'papers about', 'how do you', 'looking for', 'what is known about', 'which methods', 'how can we'];

/**
 * Three pseudo-queries per sampled paper (keywords, a sentence, a long question), two more on the
 * topic it shares with related papers (`neighbors`: terms key to at least two of them; as keywords
 * and in a sentence), and for every second paper an off-topic one made of everyday words;
 * deterministic for a seed. Besides the paper's own words they carry what real questions carry:
 * words of related papers in place of some of the paper's (as a paraphrase would), a typo now and
 * then, and an opener.
 */
export function pseudoQueries(
  paperAt: (paper: number) => Pick<Paper, 'title' | 'abstract' | 'description'>,
  chosen: readonly number[],
  idf: (term: string) => number,
  options: { seed?: number; neighbors?: (paper: number) => readonly number[] } = {},
): PseudoQuery[] {
  const rand = seededRandom(options.seed ?? 17);
  // Topics asked in sentences draw from a stream of their own.
  const topicRand = seededRandom((options.seed ?? 17) + 1);
  const out: PseudoQuery[] = [];
  const keyCache = new Map<number, string[]>();
  const keysOf = (i: number) => {
    let k = keyCache.get(i);
    if (!k) keyCache.set(i, (k = keyTerms(paperAt(i), idf)));
    return k;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  let papersMade = 0;
  for (const i of chosen) {
    const p = paperAt(i);
    const keys = keysOf(i);
    if (keys.length === 0) continue;
    const near = options.neighbors?.(i) ?? [];
    /** Key words of a related paper (or another chosen one): the vocabulary a paraphrase borrows. */
    const borrowed = (k: number) => pickWeighted(keysOf(pick(near.length > 0 ? near : chosen)), k, rand);
    const finish = (ws: string[], typoRate: number, openerRate: number) => {
      const typed = ws.map((w) => (w.length >= 5 && rand() < typoRate ? typo(w, rand) : w));
      return [...(rand() < openerRate ? [pick(OPENERS)] : []), ...typed].join(' ');
    };

    const kw = [...pickWeighted(keys, 2 + Math.floor(rand() * 3), rand), ...(rand() < 0.5 ? borrowed(1) : [])];
    out.push({ paper: i, kind: 'keywords', text: finish(shuffle(kw, rand), 0.08, 0.2) });

    const sentences = informative(splitSentences(prose(p)), new Set(keys.map((k) => tokenize(k)[0]!)));
    if (sentences.length === 0) continue;
    const short = replaceSome(dropout(clip(words(pick(sentences.slice(0, 3))), 8 + Math.floor(rand() * 12), rand), 0.25, rand), borrowed(2), rand);
    out.push({ paper: i, kind: 'sentence', text: finish(short, 0.05, 0.5) });
    const two = sentences.slice(0, 4);
    const a = pick(two);
    const b = pick(two);
    const long = replaceSome(dropout(clip(words(a === b ? a : `${a} ${b}`), 45, rand), 0.15, rand), borrowed(3), rand);
    out.push({ paper: i, kind: 'long', text: finish(long, 0.03, 0.7) });
    const topic = [i, ...near];
    const shared = near.length > 0 ? sharedTerms(topic.map(keysOf)) : [];
    if (shared.length >= 2) {
      out.push({ paper: i, kind: 'topic', text: finish(pickWeighted(shared, 2 + Math.floor(rand() * 3), rand), 0.05, 0.6), topic });
      out.push({ paper: i, kind: 'topic sentence', text: topicSentence(sentences.slice(0, 3), keys, shared, topicRand), topic });
    }
    if (++papersMade % OFFTOPIC_EVERY === 0) {
      const everyday = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(EVERYDAY));
      out.push({ paper: -1, kind: 'offtopic', text: finish(everyday, 0, 0.6) });
    }
  }
  return out;
}

/**
 * A topic asked in a sentence, as people ask in their own words: one of the paper's sentences without
 * the words key to it alone, some of the terms it shares with related papers put in, and an opener
 * most of the time.
 */
function topicSentence(sentences: readonly string[], keys: readonly string[], shared: readonly string[], rand: () => number): string {
  const stem = (w: string) => tokenize(w)[0] ?? '';
  const sharedStems = new Set(shared.map(stem));
  const own = new Set(keys.map(stem).filter((t) => !sharedStems.has(t)));
  const plain = words(sentences[Math.floor(rand() * sentences.length)]!).filter((w) => !own.has(stem(w)));
  const asked = replaceSome(dropout(clip(plain, 12 + Math.floor(rand() * 14), rand), 0.2, rand), pickWeighted(shared, 2, rand), rand);
  return [...(rand() < 0.7 ? [OPENERS[Math.floor(rand() * OPENERS.length)]!] : []), ...asked].join(' ');
}

/**
 * What a paper says in sentences: its abstract and its description's summary. The requests of its
 * description are queries already, worded to find it, so as pseudo-queries they would make every
 * answerable question look easier than the ones people type.
 */
function prose(p: Pick<Paper, 'abstract' | 'description'>): string {
  return p.description ? `${p.abstract}\n\n${p.description.summary}` : p.abstract;
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
export function keyTerms(p: Pick<Paper, 'title' | 'abstract' | 'description'>, idf: (term: string) => number, n = KEY_TERMS): string[] {
  const surface = new Map<string, string>();
  const tf = new Map<string, number>();
  const title = new Set(tokenize(p.title));
  for (const t of title) tf.set(t, 2);
  for (const w of words(`${p.title} ${searchBody(p)}`)) {
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

/** The terms (one surface form per stem) key to at least two of the papers, in the order first seen. */
function sharedTerms(keys: readonly (readonly string[])[]): string[] {
  const stems = new Map<string, { surface: string; papers: number }>();
  for (const terms of keys) {
    for (const stem of new Set(terms.map((t) => tokenize(t)[0] ?? t))) {
      const seen = stems.get(stem);
      if (seen) seen.papers++;
      else stems.set(stem, { surface: terms.find((t) => (tokenize(t)[0] ?? t) === stem)!, papers: 1 });
    }
  }
  return [...stems.values()].filter((s) => s.papers >= 2).map((s) => s.surface);
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
