import * as z from 'zod';
import { numberArray, numberArrayRecord } from '../../util/schema.js';
import { tokenize } from '../text.js';

export const LexicalIndexSchema = z.object({
  version: z.literal(1),
  titleWeight: z.number(),
  docIds: z.array(z.string()),
  docLen: numberArray,
  /** term -> flat [docIndex, termFrequency, docIndex, termFrequency, ...] */
  postings: numberArrayRecord,
});
export type LexicalIndexData = z.infer<typeof LexicalIndexSchema>;

export interface LexicalHit {
  id: string;
  score: number;
  /** Share of the IDF mass of the query's known terms (those in the index) that this document contains (0..1). */
  coverage: number;
}

export interface LexicalDoc {
  id: string;
  title: string;
  text: string;
}

/** Okapi BM25's parameters. */
export const BM25 = { k1: 1.2, b: 0.75 } as const;

/** How many times a title's terms count in a paper's BM25 document. */
export const TITLE_WEIGHT = 3;

/** BM25 inverse document frequency of a term held by `df` of `n` documents. */
export function bm25Idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** The term-frequency part of BM25: a term counted `f` times in a document of length `len`. */
export function bm25Tf(f: number, len: number, avgdl: number): number {
  const norm = BM25.k1 * (1 - BM25.b + (BM25.b * len) / avgdl);
  return (f * (BM25.k1 + 1)) / (f + norm);
}

/** A paper's BM25 document: each term's count (title terms counted {@link TITLE_WEIGHT} times) and its length. */
export function bm25Document(doc: Pick<LexicalDoc, 'title' | 'text'>, titleWeight: number = TITLE_WEIGHT): { tf: Map<string, number>; len: number } {
  const tf = new Map<string, number>();
  for (const t of tokenize(doc.title)) tf.set(t, (tf.get(t) ?? 0) + titleWeight);
  for (const t of tokenize(doc.text)) tf.set(t, (tf.get(t) ?? 0) + 1);
  let len = 0;
  for (const f of tf.values()) len += f;
  return { tf, len };
}

/** Okapi BM25 over papers, with the title's terms counted `titleWeight` times. Built at ingest, saved as JSON. */
export class LexicalIndex {
  private readonly k1 = BM25.k1;
  private readonly b = BM25.b;
  private readonly docIndex = new Map<string, number>();
  private totalLen = 0;

  private constructor(private readonly data: LexicalIndexData) {
    data.docIds.forEach((id, i) => this.docIndex.set(id, i));
    this.totalLen = data.docLen.reduce((a, b) => a + b, 0);
  }

  static empty(titleWeight: number = TITLE_WEIGHT): LexicalIndex {
    return new LexicalIndex({ version: 1, titleWeight, docIds: [], docLen: [], postings: {} });
  }

  /** The index saved by {@link toJSON}, as checked by {@link LexicalIndexSchema}. */
  static fromJSON(data: LexicalIndexData): LexicalIndex {
    return new LexicalIndex(data);
  }

  toJSON(): LexicalIndexData {
    return this.data;
  }

  get size(): number {
    return this.data.docIds.length;
  }

  has(id: string): boolean {
    return this.docIndex.has(id);
  }

  /** Adds documents; a document already present is skipped. */
  add(docs: readonly LexicalDoc[]): void {
    for (const doc of docs) {
      if (this.docIndex.has(doc.id)) continue;
      const index = this.data.docIds.length;
      const { tf, len } = bm25Document(doc, this.data.titleWeight);
      for (const [term, f] of tf) {
        let list = this.data.postings[term];
        if (!list) {
          list = [];
          this.data.postings[term] = list;
        }
        list.push(index, f);
      }
      this.data.docIds.push(doc.id);
      this.data.docLen.push(len);
      this.docIndex.set(doc.id, index);
      this.totalLen += len;
    }
  }

  /** Inverse document frequency of a (tokenized) term; unknown terms get the maximum. */
  idf(term: string): number {
    const n = this.data.docIds.length;
    const df = (this.data.postings[term]?.length ?? 0) / 2;
    return bm25Idf(n, df);
  }

  /** Query terms (tokenized, deduplicated) with their IDF. */
  queryTerms(query: string): { term: string; idf: number; df: number }[] {
    const seen = new Set<string>();
    const out: { term: string; idf: number; df: number }[] = [];
    for (const term of tokenize(query)) {
      if (seen.has(term)) continue;
      seen.add(term);
      out.push({ term, idf: this.idf(term), df: (this.data.postings[term]?.length ?? 0) / 2 });
    }
    return out;
  }

  /** The document ids, in the order {@link scoreAll} scores them. */
  get ids(): readonly string[] {
    return this.data.docIds;
  }

  /** The BM25 score of every document (in {@link ids} order) for weighted query terms. */
  scoreAll(weights: ReadonlyMap<string, number>): Float64Array {
    return this.score(weights).scores;
  }

  /** Number of documents holding a (tokenized) term. */
  df(term: string): number {
    return (this.data.postings[term]?.length ?? 0) / 2;
  }

  /** Whether document `doc` (an index into {@link ids}) holds a (tokenized) term. */
  holds(doc: number, term: string): boolean {
    const list = this.data.postings[term];
    if (!list) return false;
    for (let i = 0; i < list.length; i += 2) if (list[i] === doc) return true;
    return false;
  }

  /** Top `k` documents for a query. `exclude` removes one document id from the results. */
  search(query: string | Map<string, number>, k: number, exclude?: string): LexicalHit[] {
    const n = this.data.docIds.length;
    if (n === 0) return [];
    const weights = typeof query === 'string' ? countTerms(tokenize(query)) : query;
    const { scores, matched, idfMass } = this.score(weights);
    const skip = exclude === undefined ? -1 : (this.docIndex.get(exclude) ?? -1);
    const hits = topIndices(scores, k, skip);
    return hits.map((d) => ({
      id: this.data.docIds[d]!,
      score: scores[d]!,
      coverage: idfMass > 0 ? matched[d]! / idfMass : 0,
    }));
  }

  private score(weights: ReadonlyMap<string, number>): { scores: Float64Array; matched: Float64Array; idfMass: number } {
    const n = this.data.docIds.length;
    const avgdl = n > 0 ? this.totalLen / n : 1;
    const scores = new Float64Array(n);
    const matched = new Float64Array(n);
    let idfMass = 0;
    for (const [term, qw] of weights) {
      const list = this.data.postings[term];
      if (!list) continue;
      const idf = this.idf(term);
      idfMass += idf * qw;
      for (let i = 0; i < list.length; i += 2) {
        const d = list[i]!;
        const f = list[i + 1]!;
        const norm = this.k1 * (1 - this.b + (this.b * this.data.docLen[d]!) / avgdl);
        scores[d]! += qw * idf * ((f * (this.k1 + 1)) / (f + norm));
        matched[d]! += idf * qw;
      }
    }
    return { scores, matched, idfMass };
  }
}

export function countTerms(terms: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Indices of the `k` largest positive values, largest first. */
export function topIndices(scores: ArrayLike<number>, k: number, skip = -1): number[] {
  const idx: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i]! > 0 && i !== skip) idx.push(i);
  idx.sort((a, b) => scores[b]! - scores[a]!);
  return idx.slice(0, k);
}
