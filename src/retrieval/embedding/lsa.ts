import { Embeddings } from '@langchain/core/embeddings';
import * as z from 'zod';
import { numberArray } from '../../util/schema.js';
import { type SparseRow, normalize, randomizedSvd } from './linalg.js';
import { tokenize } from '../text.js';

export const LsaMetaSchema = z.object({
  version: z.literal(1),
  dimensions: z.number().int().positive(),
  vocabulary: z.array(z.string()),
  idf: numberArray,
  singularValues: numberArray,
});
export type LsaMeta = z.infer<typeof LsaMetaSchema>;

export interface LsaFitOptions {
  dimensions: number;
  /** Fit on at most this many documents (evenly sampled); the rest are folded in. */
  maxFitDocuments?: number;
  seed?: number;
  powerIterations?: number;
}

/**
 * Latent semantic model fitted on the corpus: TF-IDF term vectors projected onto the top singular
 * directions (randomized SVD). Works offline from the corpus alone.
 */
export class LsaModel {
  private readonly termIndex = new Map<string, number>();

  constructor(
    readonly meta: LsaMeta,
    /** vocabulary.length x dimensions, row-major. */
    readonly projection: Float32Array,
  ) {
    meta.vocabulary.forEach((t, i) => this.termIndex.set(t, i));
    if (projection.length !== meta.vocabulary.length * meta.dimensions) {
      throw new Error('latent semantic model is corrupt: projection size does not match its vocabulary');
    }
  }

  get dimensions(): number {
    return this.meta.dimensions;
  }

  static fit(texts: readonly string[], options: LsaFitOptions): LsaModel {
    const sample = evenSample(texts, options.maxFitDocuments ?? 6000);
    const tokenized = sample.map((t) => tokenize(t));
    const df = new Map<string, number>();
    for (const toks of tokenized) for (const t of new Set(toks)) df.set(t, (df.get(t) ?? 0) + 1);
    // Words of a single paper stay: they are often the very names a question asks about.
    const vocabulary = [...df.entries()]
      .filter(([, d]) => d < sample.length * 0.5)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 60_000)
      .map(([t]) => t);
    const n = sample.length;
    const idf = vocabulary.map((t) => Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1);
    const index = new Map(vocabulary.map((t, i) => [t, i]));
    const rows = tokenized.map((toks) => weighRow(toks, index, idf));
    const m = vocabulary.length;
    const k = Math.max(1, Math.min(options.dimensions, n - 1, m - 1));
    const svd = randomizedSvd(rows, m, k, { seed: options.seed ?? 7, powerIterations: options.powerIterations ?? 3 });
    return new LsaModel({ version: 1, dimensions: k, vocabulary, idf, singularValues: svd.values }, svd.vectors);
  }

  /** Unit-length embedding of a text (all zeros when it shares no term with the vocabulary). */
  embed(text: string): number[] {
    const row = weighRow(tokenize(text), this.termIndex, this.meta.idf);
    const k = this.meta.dimensions;
    const out = new Float32Array(k);
    for (let p = 0; p < row.idx.length; p++) {
      const o = row.idx[p]! * k;
      const v = row.val[p]!;
      for (let j = 0; j < k; j++) out[j]! += v * this.projection[o + j]!;
    }
    return normalize(out);
  }
}

function weighRow(tokens: readonly string[], index: ReadonlyMap<string, number>, idf: readonly number[]): SparseRow {
  const tf = new Map<number, number>();
  for (const t of tokens) {
    const i = index.get(t);
    if (i !== undefined) tf.set(i, (tf.get(i) ?? 0) + 1);
  }
  const idx = Int32Array.from(tf.keys());
  const val = Float64Array.from(idx, (i) => (1 + Math.log(tf.get(i)!)) * idf[i]!);
  let norm = 0;
  for (const v of val) norm += v * v;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let p = 0; p < val.length; p++) val[p]! /= norm;
  return { idx, val };
}

function evenSample<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const step = items.length / max;
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)]!);
}

/** LangChain `Embeddings` over a fitted {@link LsaModel}. */
export class LsaEmbeddings extends Embeddings {
  constructor(readonly model: LsaModel) {
    super({});
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => this.model.embed(d));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.model.embed(document);
  }
}
