import * as z from 'zod';
import { numberArray } from '../../util/schema.js';
import { IndexDamagedError, parseIndexJson } from './index-store.js';

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

/** One stored chunk vector: its paper, its number within the paper and the vector as vectra stored it. */
export interface VectraRow {
  paperId: string;
  chunk: number;
  vector: Float64Array;
}

/**
 * The vectors of a vectra store, from its `index.json` already read (and checked against the index
 * manifest), without loading vectra's indexing and text-processing modules. Stores are written with
 * {@link VectraStore} (src/retrieval/index/vectra-store.ts).
 */
export class VectraReader {
  private constructor(
    private readonly paperIds: readonly string[],
    private readonly chunks: Int32Array,
    /** One row of `dimensions` per item, as stored. */
    private readonly vectors: Float64Array,
    readonly dimensions: number,
  ) {}

  /** Reads a store from the content of its `index.json`; `file` names it in errors. */
  static fromJson(file: string, content: Buffer): VectraReader {
    const { items } = parseIndexJson(file, content, VectraIndexSchema);
    const dimensions = items[0]?.vector.length ?? 0;
    const vectors = new Float64Array(items.length * dimensions);
    const chunks = new Int32Array(items.length);
    const paperIds: string[] = [];
    items.forEach((item, i) => {
      if (item.vector.length !== dimensions) throw new IndexDamagedError(file, 'holds vectors of different lengths');
      vectors.set(item.vector, i * dimensions);
      chunks[i] = item.metadata.chunk;
      paperIds.push(item.metadata.paperId);
    });
    return new VectraReader(paperIds, chunks, vectors, dimensions);
  }

  get size(): number {
    return this.paperIds.length;
  }

  /** Every stored vector as a view into the store's matrix (no copy), in the order stored. */
  rows(): VectraRow[] {
    const d = this.dimensions;
    return this.paperIds.map((paperId, i) => ({ paperId, chunk: this.chunks[i]!, vector: this.vectors.subarray(i * d, (i + 1) * d) }));
  }
}
