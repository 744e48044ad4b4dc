import type { DocumentInterface } from '@langchain/core/documents';
import { z } from 'zod';
import { numberArray } from '../util/schema.js';
import { IndexDamagedError, parseIndexJson } from './index-store.js';
import type { VectraStore } from './vectra-store.js';

/** What search asks of a vector store: the nearest chunks to a vector, and every stored vector. */
export type VectorSearch = Pick<VectraStore, 'similaritySearchVectorWithScore' | 'listVectors'>;

/** vectra's `index.json` (format version 1), as {@link VectraStore} writes it. */
const VectraIndexSchema = z.object({
  version: z.literal(1),
  items: z.array(
    z.object({
      metadata: z.object({ paperId: z.string(), chunk: z.number().int().nonnegative() }),
      vector: numberArray,
      norm: z.number(),
    }),
  ),
});

/**
 * The search side of a vectra store, over its `index.json` already read (and checked against the
 * index manifest): the same cosine similarity and order as vectra's `LocalIndex.queryItems`, without
 * reading the file a second time or loading vectra's indexing and text-processing modules.
 * Stores are written with {@link VectraStore}.
 */
export class VectraReader implements VectorSearch {
  private constructor(
    private readonly paperIds: readonly string[],
    private readonly chunks: Int32Array,
    /** One row of `dimensions` per item, as stored (doubles, so scores equal vectra's). */
    private readonly vectors: Float64Array,
    private readonly norms: Float64Array,
    readonly dimensions: number,
  ) {}

  /** Reads a store from the content of its `index.json`; `file` names it in errors. */
  static fromJson(file: string, content: Buffer): VectraReader {
    const { items } = parseIndexJson(file, content, VectraIndexSchema);
    const dimensions = items[0]?.vector.length ?? 0;
    const vectors = new Float64Array(items.length * dimensions);
    const norms = new Float64Array(items.length);
    const chunks = new Int32Array(items.length);
    const paperIds: string[] = [];
    items.forEach((item, i) => {
      if (item.vector.length !== dimensions) throw new IndexDamagedError(file, 'holds vectors of different lengths');
      vectors.set(item.vector, i * dimensions);
      norms[i] = item.norm;
      chunks[i] = item.metadata.chunk;
      paperIds.push(item.metadata.paperId);
    });
    return new VectraReader(paperIds, chunks, vectors, norms, dimensions);
  }

  get size(): number {
    return this.paperIds.length;
  }

  async similaritySearchVectorWithScore(query: number[], k: number): Promise<[DocumentInterface, number][]> {
    if (!query.some((x) => x !== 0)) return [];
    const d = this.dimensions;
    if (query.length !== d) throw new Error(`query vector has ${query.length} dimensions, the index ${d}`);
    let sum = 0;
    for (const x of query) sum += x * x;
    const queryNorm = Math.sqrt(sum);
    const scored: { index: number; score: number }[] = [];
    for (let i = 0; i < this.size; i++) {
      let dot = 0;
      const o = i * d;
      for (let j = 0; j < d; j++) dot += query[j]! * this.vectors[o + j]!;
      scored.push({ index: i, score: dot / (queryNorm * this.norms[i]!) });
    }
    scored.sort((a, b) => b.score - a.score);
    return scored.slice(0, k).map(({ index, score }) => [{ pageContent: '', metadata: { paperId: this.paperIds[index], chunk: this.chunks[index] } }, score]);
  }

  /** Every stored vector as a view into the store's matrix (no copy), in the order stored. */
  rows(): { paperId: string; chunk: number; vector: Float64Array }[] {
    const d = this.dimensions;
    return this.paperIds.map((paperId, i) => ({ paperId, chunk: this.chunks[i]!, vector: this.vectors.subarray(i * d, (i + 1) * d) }));
  }

  async listVectors(): Promise<{ paperId: string; chunk: number; vector: number[] }[]> {
    const d = this.dimensions;
    return this.paperIds.map((paperId, i) => ({ paperId, chunk: this.chunks[i]!, vector: Array.from(this.vectors.subarray(i * d, (i + 1) * d)) }));
  }
}
