import type { PaperScores } from './fusion.js';

/**
 * The index's chunk vectors held as one matrix, with each paper's centroid (the normalised mean of
 * its chunk vectors), for scoring a query against every paper at once. Papers are numbered as in the
 * paper list; a paper with no vector scores 0.
 */
export class DenseIndex {
  private constructor(
    readonly dimensions: number,
    readonly papers: number,
    /** chunks x dimensions, row-major. */
    private readonly chunks: Float32Array,
    /** The paper of each chunk. */
    private readonly chunkPaper: Int32Array,
    /** papers x dimensions, row-major, unit rows (zero rows for papers with no vector). */
    readonly centroids: Float32Array,
  ) {}

  static build(items: readonly { paper: number; vector: ArrayLike<number> }[], papers: number, dimensions: number): DenseIndex {
    const kept = items.filter((it) => it.paper >= 0 && it.paper < papers);
    const chunks = new Float32Array(kept.length * dimensions);
    const chunkPaper = new Int32Array(kept.length);
    const sums = new Float64Array(papers * dimensions);
    kept.forEach((it, c) => {
      chunkPaper[c] = it.paper;
      const n = norm(it.vector, dimensions) || 1;
      for (let j = 0; j < dimensions; j++) {
        const x = (it.vector[j] ?? 0) / n;
        chunks[c * dimensions + j] = x;
        sums[it.paper * dimensions + j]! += x;
      }
    });
    const centroids = new Float32Array(papers * dimensions);
    for (let i = 0; i < papers; i++) {
      const row = sums.subarray(i * dimensions, (i + 1) * dimensions);
      const n = norm(row, dimensions);
      if (n > 0) for (let j = 0; j < dimensions; j++) centroids[i * dimensions + j] = row[j]! / n;
    }
    return new DenseIndex(dimensions, papers, chunks, chunkPaper, centroids);
  }

  /** A paper's centroid (a view, not a copy). */
  centroid(paper: number): Float32Array {
    return this.centroids.subarray(paper * this.dimensions, (paper + 1) * this.dimensions);
  }

  /** Cosine of a unit query vector with every paper's centroid and with its best chunk. */
  scores(vector: ArrayLike<number>): Pick<PaperScores, 'centroid' | 'chunk'> {
    const d = this.dimensions;
    const query = Float64Array.from({ length: d }, (_, j) => vector[j] ?? 0);
    const centroid = cosines(this.centroids, this.papers, d, query);
    const chunk = new Float64Array(this.papers).fill(-Infinity);
    const perChunk = cosines(this.chunks, this.chunkPaper.length, d, query);
    for (let c = 0; c < perChunk.length; c++) {
      const p = this.chunkPaper[c]!;
      if (perChunk[c]! > chunk[p]!) chunk[p] = perChunk[c]!;
    }
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === -Infinity) chunk[i] = 0;
    return { centroid, chunk };
  }
}

function cosines(matrix: Float32Array, rows: number, d: number, v: Float64Array): Float64Array {
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let s = 0;
    const o = r * d;
    for (let j = 0; j < d; j++) s += matrix[o + j]! * v[j]!;
    out[r] = s;
  }
  return out;
}

function norm(v: ArrayLike<number>, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) s += (v[j] ?? 0) ** 2;
  return Math.sqrt(s);
}
