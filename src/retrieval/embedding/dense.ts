import { type PaperScores, topK } from '../ranking/fusion.js';

const DENSE_MAGIC = 'PBDENSE1';
const DENSE_HEADER = 20;

/**
 * The index's chunk vectors held as one matrix, with each paper's centroid (the normalised mean of
 * its chunk vectors), for scoring a query against every paper at once. Papers are numbered as in the
 * paper list; a paper with no vector scores 0.
 */
export class DenseIndex {
  private constructor(
    readonly dimensions: number,
    readonly papers: number,
    /** chunks x dimensions, row-major, grouped by paper. */
    private readonly chunks: Float32Array,
    /** Paper i's chunks (grouped by paper) are rows firstChunk[i] .. firstChunk[i + 1] - 1. */
    private readonly firstChunk: Int32Array,
    /** papers x dimensions, row-major, unit rows (zero rows for papers with no vector). */
    readonly centroids: Float32Array,
  ) {}

  static build(items: readonly { paper: number; vector: ArrayLike<number> }[], papers: number, dimensions: number): DenseIndex {
    const kept = items.filter((it) => it.paper >= 0 && it.paper < papers).sort((a, b) => a.paper - b.paper);
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
    const firstChunk = new Int32Array(papers + 1);
    for (const p of chunkPaper) firstChunk[p + 1]!++;
    for (let i = 0; i < papers; i++) firstChunk[i + 1]! += firstChunk[i]!;
    return new DenseIndex(dimensions, papers, chunks, firstChunk, centroids);
  }

  /**
   * The matrices as one binary file, read back by {@link fromBuffer} without parsing: a header
   * (`PBDENSE1`, then papers, dimensions and chunks as 32-bit integers), each paper's first chunk row,
   * the chunk rows and the centroids, all little-endian.
   */
  toBuffer(): Buffer {
    const chunks = this.chunks.length / this.dimensions;
    const header = Buffer.alloc(DENSE_HEADER);
    header.write(DENSE_MAGIC, 0, 'latin1');
    header.writeInt32LE(this.papers, 8);
    header.writeInt32LE(this.dimensions, 12);
    header.writeInt32LE(chunks, 16);
    const parts = [this.firstChunk, this.chunks, this.centroids].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
    return Buffer.concat([header, ...parts]);
  }

  /** A dense index from the bytes {@link toBuffer} wrote; undefined when they are not such a file. */
  static fromBuffer(buf: Buffer): DenseIndex | undefined {
    if (buf.length < DENSE_HEADER || buf.toString('latin1', 0, 8) !== DENSE_MAGIC) return undefined;
    const papers = buf.readInt32LE(8);
    const dimensions = buf.readInt32LE(12);
    const chunks = buf.readInt32LE(16);
    if (papers < 0 || dimensions <= 0 || chunks < 0) return undefined;
    const sizes = [(papers + 1) * 4, chunks * dimensions * 4, papers * dimensions * 4];
    if (buf.length !== DENSE_HEADER + sizes[0]! + sizes[1]! + sizes[2]!) return undefined;
    // One aligned copy, so the typed arrays can view it.
    const bytes = new Uint8Array(buf.length - DENSE_HEADER);
    bytes.set(buf.subarray(DENSE_HEADER));
    const firstChunk = new Int32Array(bytes.buffer, 0, papers + 1);
    const rows = new Float32Array(bytes.buffer, sizes[0]!, chunks * dimensions);
    const centroids = new Float32Array(bytes.buffer, sizes[0]! + sizes[1]!, papers * dimensions);
    if (firstChunk[0] !== 0 || firstChunk[papers] !== chunks) return undefined;
    for (let i = 0; i < papers; i++) if (firstChunk[i + 1]! < firstChunk[i]!) return undefined;
    return new DenseIndex(dimensions, papers, rows, firstChunk, centroids);
  }

  /** A paper's centroid (a view, not a copy). */
  centroid(paper: number): Float32Array {
    return this.centroids.subarray(paper * this.dimensions, (paper + 1) * this.dimensions);
  }

  /**
   * Cosine of a unit query vector with every paper's centroid and with its best chunk. Only the
   * `chunkPapers` papers with the highest centroid cosine have their chunks scored (all when omitted);
   * the others' best chunk counts as their centroid.
   */
  scores(vector: ArrayLike<number>, chunkPapers = Infinity): Pick<PaperScores, 'centroid' | 'chunk'> {
    const d = this.dimensions;
    const query = Float64Array.from({ length: d }, (_, j) => vector[j] ?? 0);
    const centroid = cosines(this.centroids, 0, this.papers, d, query);
    const chunk = Float64Array.from(centroid);
    const papers = chunkPapers >= this.papers ? undefined : topK(centroid, chunkPapers);
    const scoreChunks = (p: number) => {
      const from = this.firstChunk[p]!;
      const to = this.firstChunk[p + 1]!;
      if (to === from) return;
      let best = -Infinity;
      for (let r = from; r < to; r++) best = Math.max(best, rowDot(this.chunks, r * d, d, query));
      chunk[p] = best;
    };
    if (papers) for (const p of papers) scoreChunks(p);
    else for (let p = 0; p < this.papers; p++) scoreChunks(p);
    return { centroid, chunk };
  }
}

/** Dot products of rows `from` .. `to` - 1 with `v`. */
function cosines(matrix: Float32Array, from: number, to: number, d: number, v: Float64Array): Float64Array {
  const out = new Float64Array(to - from);
  for (let r = from; r < to; r++) out[r - from] = rowDot(matrix, r * d, d, v);
  return out;
}

/** The dot product of the row of `d` values at `offset` with `v`, four products at a time (the hot loop of every search). */
function rowDot(matrix: Float32Array, offset: number, d: number, v: Float64Array): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j + 3 < d; j += 4) {
    const o = offset + j;
    s0 += matrix[o]! * v[j]!;
    s1 += matrix[o + 1]! * v[j + 1]!;
    s2 += matrix[o + 2]! * v[j + 2]!;
    s3 += matrix[o + 3]! * v[j + 3]!;
  }
  for (; j < d; j++) s0 += matrix[offset + j]! * v[j]!;
  return s0 + s1 + (s2 + s3);
}

function norm(v: ArrayLike<number>, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) s += (v[j] ?? 0) ** 2;
  return Math.sqrt(s);
}
