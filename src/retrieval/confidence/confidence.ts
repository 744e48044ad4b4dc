/**
 * How sure search is that the corpus answers a query: features of the score distribution, a small
 * logistic model over them, and two thresholds that split its probability into `high`, `low` and
 * `none`. The model is fitted per index (see calibrate.ts), so it holds for any embedder's scale.
 * Pure functions.
 */
import * as z from 'zod';
import { type Normalisation, type PaperScores, denseScores, meanStd, topK } from '../ranking/fusion.js';

export type Confidence = 'high' | 'low' | 'none';
export const CONFIDENCE_LEVELS: readonly Confidence[] = ['high', 'low', 'none'];

/** The features, in the order the model's weights follow. */
export const FEATURES = ['maxCentroid', 'maxChunk', 'denseZ', 'fusedZ50', 'fusedGap10', 'lexicalZ', 'phrasedCoverage', 'unknownShare'] as const;

/**
 * How the model was calibrated: the pseudo-queries and thresholds of calibrate.ts, and the words a
 * query is read without (query.ts). A model calibrated another way (an older version's, stored
 * without it) is fitted again.
 */
export const CALIBRATION_METHOD = 24;

export const ConfidenceModelSchema = z.object({
  version: z.literal(1),
  /** {@link CALIBRATION_METHOD} when it was fitted (absent: the first method). */
  method: z.number().int().positive().optional(),
  features: z.array(z.string()),
  /** Standardisation of each feature before the weights apply. */
  mean: z.array(z.number()),
  scale: z.array(z.number()),
  weights: z.array(z.number()),
  bias: z.number(),
  /** A probability below `low` is `none`; at least `high` is `high`; in between, `low`. */
  thresholds: z.object({ low: z.number(), high: z.number() }),
  /** How many papers the index held when it was calibrated, and how many pseudo-queries were used. */
  papers: z.number().int().nonnegative(),
  queries: z.number().int().nonnegative(),
});
export type ConfidenceModel = z.infer<typeof ConfidenceModelSchema>;

/** True when a stored model was fitted on this version's features, calibrated this version's way (otherwise it must be refitted). */
export function isCurrentModel(model: ConfidenceModel): boolean {
  return (model.method ?? 1) === CALIBRATION_METHOD && model.features.length === FEATURES.length && model.features.every((f, i) => f === FEATURES[i]);
}

/** True when an index's stored calibration can be used as it is: there is one, fitted as this version fits it. */
export function isCalibrated(info: { confidence?: ConfidenceModel | undefined }): boolean {
  return info.confidence !== undefined && isCurrentModel(info.confidence);
}

/** One term of the lexical query. */
export interface QueryTerm {
  idf: number;
  /** How many papers hold it (a paper left out not counted): 0 for a word the corpus never uses. */
  df: number;
  /** Whether each of the best fused papers holds it (or the field's term for the everyday phrasing it is part of), best first. */
  inTop: readonly boolean[];
}

export interface FeatureInput {
  /** Scores of the query as typed (before any feedback round). */
  scores: PaperScores;
  /** The final fused score per paper. */
  fused: Float64Array;
  terms: readonly QueryTerm[];
  chunkShare: number;
  /** A paper left out of the index (calibration's near misses, its position in `scores`), or -1. */
  exclude?: number;
  /** The corpus's score statistics (default: over `scores`, the excluded paper left out). */
  norm?: Normalisation;
}

/** How many of the best papers the coverage feature looks at. */
export const COVERAGE_PAPERS = 3;

/** The confidence features of one query, in {@link FEATURES} order. */
export function confidenceFeatures(input: FeatureInput): number[] {
  const exclude = input.exclude ?? -1;
  const { scores, fused } = input;
  const dense = denseScores(scores, input.chunkShare);
  const maxCentroid = maxOf(scores.centroid, exclude);
  const maxChunk = maxOf(scores.chunk, exclude);
  const d = input.norm?.dense ?? meanStd(dense, exclude);
  const denseZ = d.std > 0 ? (maxOf(dense, exclude) - d.mean) / d.std : 0;
  const l = input.norm?.lexical ?? meanStd(scores.lexical, exclude);
  const lexicalZ = l.std > 0 ? (maxOf(scores.lexical, exclude) - l.mean) / l.std : 0;
  const top = topK(fused, 50).map((i) => fused[i]!);
  const t = meanStd(top);
  const fusedZ50 = t.std > 0 ? (top[0]! - t.mean) / t.std : 0;
  const fusedGap10 = top.length > 0 ? top[0]! - top[Math.min(9, top.length - 1)]! : 0;
  const { coverage, unknownShare } = termEvidence(input.terms);
  return [maxCentroid, maxChunk, denseZ, fusedZ50, fusedGap10, lexicalZ, coverage, unknownShare];
}

/**
 * `coverage`: the largest share of the query's IDF mass that one of the best papers holds (words the
 * corpus never uses count against it); `unknownShare`: the share in words the corpus never uses.
 */
export function termEvidence(terms: readonly QueryTerm[]): { coverage: number; unknownShare: number } {
  let total = 0;
  let known = 0;
  const held = new Array<number>(COVERAGE_PAPERS).fill(0);
  for (const t of terms) {
    total += t.idf;
    if (t.df === 0) continue;
    known += t.idf;
    t.inTop.forEach((has, i) => {
      if (has && i < held.length) held[i]! += t.idf;
    });
  }
  return { coverage: total > 0 ? Math.max(...held) / total : 0, unknownShare: total > 0 ? 1 - known / total : 1 };
}

function maxOf(xs: ArrayLike<number>, exclude: number): number {
  let m = 0;
  let any = false;
  for (let i = 0; i < xs.length; i++) {
    if (i === exclude) continue;
    if (!any || xs[i]! > m) m = xs[i]!;
    any = true;
  }
  return m;
}

/** The model's probability that the corpus answers a query with these features. */
export function confidenceProbability(model: Pick<ConfidenceModel, 'mean' | 'scale' | 'weights' | 'bias'>, features: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < model.weights.length; j++) z += model.weights[j]! * ((features[j]! - model.mean[j]!) / model.scale[j]!);
  return sigmoid(z);
}

/**
 * A probability as search reports it, to four decimals, on the same side of each threshold as the
 * probability itself: a score lifted to the `none` threshold is not shown below it.
 */
export function reportedScore(probability: number, thresholds?: ConfidenceModel['thresholds']): number {
  const rounded = Math.round(probability * 1e4) / 1e4;
  for (const t of thresholds ? [thresholds.low, thresholds.high] : []) {
    if (probability >= t && rounded < t) return Math.ceil(probability * 1e4) / 1e4;
    if (probability < t && rounded >= t) return Math.floor(probability * 1e4) / 1e4;
  }
  return rounded;
}

export function levelOf(probability: number, thresholds: ConfidenceModel['thresholds']): Confidence {
  if (probability < thresholds.low) return 'none';
  return probability >= thresholds.high ? 'high' : 'low';
}

/**
 * A probability one level lower (`high` to `low`, `low` to `none`), the order within a level kept:
 * scaled by the ratio of the thresholds (and kept below the `high` one). Thresholds that leave no
 * `low` between them (a small corpus may fit such) make `high` one level above `none`.
 */
export function oneLevelLower(probability: number, { low, high }: ConfidenceModel['thresholds']): number {
  if (high > low) return Math.min(probability * (low / high), (low + high) / 2);
  return Math.min(probability, low) * (1 - 1e-9);
}

export function confidenceLevel(model: ConfidenceModel, features: readonly number[]): Confidence {
  return levelOf(confidenceProbability(model, features), model.thresholds);
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export interface LogisticFit {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/**
 * L2-regularised logistic regression on standardised features, fitted by Newton's method.
 * `y` holds 1 (answerable) or 0.
 */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], options: { l2?: number; iterations?: number } = {}): LogisticFit {
  const n = x.length;
  if (n === 0 || n !== y.length) throw new Error('fitLogistic: need as many labels as rows, and at least one');
  const d = x[0]!.length;
  const mean: number[] = [];
  const scale: number[] = [];
  for (let j = 0; j < d; j++) {
    const s = meanStd(x.map((r) => r[j]!));
    mean.push(s.mean);
    scale.push(s.std > 1e-12 ? s.std : 1);
  }
  const rows = x.map((r) => [...r.map((v, j) => (v - mean[j]!) / scale[j]!), 1]);
  const l2 = options.l2 ?? 1;
  const p = d + 1;
  const w = new Array<number>(p).fill(0);
  for (let it = 0; it < (options.iterations ?? 30); it++) {
    const grad = new Array<number>(p).fill(0);
    const hess = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    for (let i = 0; i < n; i++) {
      const row = rows[i]!;
      let z = 0;
      for (let j = 0; j < p; j++) z += w[j]! * row[j]!;
      const q = sigmoid(z);
      const r = q - y[i]!;
      const s = Math.max(q * (1 - q), 1e-9);
      for (let j = 0; j < p; j++) {
        grad[j]! += r * row[j]!;
        for (let k = 0; k <= j; k++) hess[j]![k]! += s * row[j]! * row[k]!;
      }
    }
    for (let j = 0; j < p; j++) {
      for (let k = 0; k < j; k++) hess[k]![j] = hess[j]![k]!;
      // The bias is not penalised.
      if (j < d) {
        grad[j]! += l2 * w[j]!;
        hess[j]![j]! += l2;
      }
    }
    const step = solve(hess, grad);
    let change = 0;
    for (let j = 0; j < p; j++) {
      w[j]! -= step[j]!;
      change = Math.max(change, Math.abs(step[j]!));
    }
    if (change < 1e-8) break;
  }
  return { mean, scale, weights: w.slice(0, d), bias: w[d]! };
}

/** Solves a x = b for a small symmetric positive definite a (Gaussian elimination with pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[piv]![c]!)) piv = r;
    [m[c], m[piv]] = [m[piv]!, m[c]!];
    const diag = m[c]![c]!;
    if (Math.abs(diag) < 1e-12) continue;
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / diag;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const out = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const diag = m[r]![r]!;
    if (Math.abs(diag) < 1e-12) continue;
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * out[k]!;
    out[r] = s / diag;
  }
  return out;
}
