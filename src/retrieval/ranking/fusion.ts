/**
 * Paper-level fusion of lexical and dense evidence. Pure functions over per-paper score arrays,
 * every array indexed like the paper list.
 */

export interface PaperScores {
  /** BM25 score (0 when the paper shares no term with the query). */
  lexical: Float64Array;
  /** Cosine between the query and the paper's centroid (the mean of its chunk vectors). */
  centroid: Float64Array;
  /** Cosine between the query and the paper's best chunk. */
  chunk: Float64Array;
}

export interface FusionParams {
  /** Weight of the BM25 z-score in the fused score. */
  lexicalWeight: number;
  /** Weight of the dense z-score in the fused score. */
  denseWeight: number;
  /** Share of the best-chunk cosine in a paper's dense score; the rest is the centroid cosine. */
  chunkShare: number;
  /** Pseudo-relevance feedback: papers whose centroids are added to the query vector (0 turns it off). */
  feedbackPapers: number;
  /** Only the papers with this many best centroid cosines have their chunks scored; the rest count their centroid's. */
  chunkPapers: number;
}

export const DEFAULT_FUSION: FusionParams = {
  lexicalWeight: 1,
  denseWeight: 2,
  chunkShare: 0.5,
  feedbackPapers: 3,
  chunkPapers: 100,
};

/** A paper's dense score: a mix of its best-chunk and centroid cosines. */
export function denseScores(s: Pick<PaperScores, 'centroid' | 'chunk'>, chunkShare: number): Float64Array {
  const out = new Float64Array(s.centroid.length);
  for (let i = 0; i < out.length; i++) out[i] = chunkShare * s.chunk[i]! + (1 - chunkShare) * s.centroid[i]!;
  return out;
}

/** Mean and standard deviation of the values, the excluded index left out. */
export function meanStd(xs: ArrayLike<number>, exclude = -1): MeanStd {
  let n = 0;
  let sum = 0;
  let sq = 0;
  for (let i = 0; i < xs.length; i++) {
    if (i === exclude) continue;
    const x = xs[i]!;
    n++;
    sum += x;
    sq += x * x;
  }
  if (n === 0) return { mean: 0, std: 0 };
  const mean = sum / n;
  return { mean, std: Math.sqrt(Math.max(0, sq / n - mean * mean)) };
}

export interface MeanStd {
  mean: number;
  std: number;
}

/** The statistics that turn lexical and dense scores into z-scores. */
export interface Normalisation {
  lexical: MeanStd;
  dense: MeanStd;
}

/** Mean and standard deviation of the lexical and dense scores, the excluded index left out. */
export function normalisation(s: PaperScores, chunkShare: number, exclude = -1): Normalisation {
  return { lexical: meanStd(s.lexical, exclude), dense: meanStd(denseScores(s, chunkShare), exclude) };
}

/** Each value as a z-score (over all values by default; 0 everywhere when the deviation is 0). */
export function zScores(xs: ArrayLike<number>, exclude = -1, stats: MeanStd = meanStd(xs, exclude)): Float64Array {
  const { mean, std } = stats;
  const out = new Float64Array(xs.length);
  if (std > 0) for (let i = 0; i < xs.length; i++) out[i] = (xs[i]! - mean) / std;
  return out;
}

/**
 * Fused score per paper: `lexicalWeight` x BM25 z-score + `denseWeight` x dense z-score, so that
 * neither score's scale matters. The z-scores are taken over the scored papers unless `norm` gives
 * the statistics (estimated on a sample of the corpus when only candidates are scored). The
 * excluded paper gets -Infinity.
 */
export function fuse(s: PaperScores, p: FusionParams, exclude = -1, norm?: Normalisation): Float64Array {
  const dense = denseScores(s, p.chunkShare);
  const lex = zScores(s.lexical, exclude, norm?.lexical);
  const denseZ = zScores(dense, exclude, norm?.dense);
  const out = new Float64Array(lex.length);
  for (let i = 0; i < out.length; i++) out[i] = i === exclude ? -Infinity : p.lexicalWeight * lex[i]! + p.denseWeight * denseZ[i]!;
  return out;
}

/** Indices of the `k` highest scores, highest first (ties: lower index first); -Infinity never included. */
export function topK(scores: ArrayLike<number>, k: number): number[] {
  const n = scores.length;
  if (k <= 0 || n === 0) return [];
  // Keep a small sorted buffer: k is tiny next to the number of papers.
  const best: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = scores[i]!;
    if (s === -Infinity || Number.isNaN(s)) continue;
    if (best.length === k && s <= scores[best[k - 1]!]!) continue;
    let pos = best.length;
    while (pos > 0 && scores[best[pos - 1]!]! < s) pos--;
    best.splice(pos, 0, i);
    if (best.length > k) best.pop();
  }
  return best;
}
