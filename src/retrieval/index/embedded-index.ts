import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';
import type { Embeddings } from '@langchain/core/embeddings';
import type { Config } from '../../config.js';
import { refOf } from '../../corpus/identifiers.js';
import { type Paper, authorWords, newestFirst } from '../../corpus/paper.js';
import { DenseIndex } from '../embedding/dense.js';
import { topK } from '../ranking/fusion.js';
import type { EmbedderSpec } from '../embedding/embedders.js';
import { IndexDamagedError, type LiveIndex, type Manifest, files, parseIndexJson, readPapers, readVerified, releaseChecked } from './index-store.js';
import { LexicalIndex, LexicalIndexSchema } from '../ranking/lexical.js';
import { LsaEmbeddings, LsaMetaSchema, LsaModel } from '../embedding/lsa.js';
import { type EmbeddingsFactory, defaultEmbeddingsFactory } from '../embedding/open-embeddings.js';
import { SpellingCorrector, paperWords, wordCounts } from '../query/spelling.js';
import type { IndexInfo, PublicationSummary, ScoreRequest, ScoredPapers, SearchIndex, TermStats } from './search-index.js';
import { TitleIndex } from '../titles.js';
import { VectraReader } from './vectra-reader.js';

/**
 * The embedded search index: one generation directory (papers, BM25 index, embedder model, vectra
 * store) read into memory, every query scored exactly against every paper.
 */
export class EmbeddedIndex implements SearchIndex {
  private readonly indexOf: Map<string, number>;
  /** Paper of each lexical document, and the reverse (-1: none). */
  private readonly lexicalToPaper: Int32Array;
  private readonly paperToLexical: Int32Array;
  private speller?: SpellingCorrector;
  private titleIndex?: TitleIndex;
  /** The papers by the arXiv identifier in their links. */
  private byRef?: Map<string, number>;
  private byAuthorWord?: Map<string, number[]>;

  private constructor(
    readonly info: IndexInfo,
    private readonly all: readonly Paper[],
    private readonly lexical: LexicalIndex,
    readonly embeddings: Embeddings,
    private readonly dense: DenseIndex,
    /** The corpus's word counts as stored in the generation, if it has them. */
    private readonly words?: Map<string, number>,
  ) {
    this.indexOf = new Map(all.map((p, i) => [p.id, i]));
    this.lexicalToPaper = Int32Array.from(lexical.ids, (id) => this.indexOf.get(id) ?? -1);
    this.paperToLexical = new Int32Array(all.length).fill(-1);
    this.lexicalToPaper.forEach((p, d) => {
      if (p >= 0) this.paperToLexical[p] = d;
    });
  }

  /** Opens one index generation as it is, each file checked against its manifest. */
  static async open(index: LiveIndex, options: { config: Config; embeddings?: EmbeddingsFactory | undefined }): Promise<EmbeddedIndex> {
    const [papers, lexical, embeddings] = await Promise.all([
      readPapers(index.gen, index.manifest),
      readLexical(index),
      openEmbeddings(index.manifest.embedder, index, options),
    ]);
    const [dense, words] = await Promise.all([readDense(index, papers), readWords(index)]);
    releaseChecked(index.manifest);
    return new EmbeddedIndex(index.manifest, papers, lexical, embeddings, dense, words);
  }

  /** An index over data already in memory (papers numbered as given; the lexical index may number them otherwise). */
  static fromParts(parts: { info: IndexInfo; papers: readonly Paper[]; lexical: LexicalIndex; embeddings: Embeddings; dense: DenseIndex }): EmbeddedIndex {
    return new EmbeddedIndex(parts.info, parts.papers, parts.lexical, parts.embeddings, parts.dense);
  }

  get size(): number {
    return this.all.length;
  }

  async correctSpelling(text: string): Promise<string> {
    return this.spellingCorrector().correct(text);
  }

  async corpusWords(words: readonly string[]): Promise<Set<string>> {
    const speller = this.spellingCorrector();
    return new Set(words.filter((w) => speller.knows(w)));
  }

  private spellingCorrector(): SpellingCorrector {
    this.speller ??= new SpellingCorrector(this.words ?? wordCounts(this.all.map(paperWords)), this.all.length);
    return this.speller;
  }

  async termStats(terms: readonly string[]): Promise<TermStats[]> {
    return terms.map((term) => ({ term, idf: this.lexical.idf(term), df: this.lexical.df(term) }));
  }

  async score(request: ScoreRequest): Promise<ScoredPapers> {
    const n = this.all.length;
    const lexical = request.previous?.lexical ?? this.lexicalScores(request.weights);
    const dense = request.vector ? this.dense.scores(request.vector, request.chunkPapers) : { centroid: new Float64Array(n), chunk: new Float64Array(n) };
    return { docs: null, lexical, ...dense };
  }

  private lexicalScores(weights: ReadonlyMap<string, number>): Float64Array {
    const byDoc = this.lexical.scoreAll(weights);
    const out = new Float64Array(this.all.length);
    for (let d = 0; d < byDoc.length; d++) {
      const i = this.lexicalToPaper[d]!;
      if (i >= 0) out[i] = byDoc[d]!;
    }
    return out;
  }

  async holds(docs: readonly number[], terms: readonly string[]): Promise<boolean[][]> {
    return docs.map((doc) => {
      const d = this.paperToLexical[doc] ?? -1;
      return terms.map((t) => d >= 0 && this.lexical.holds(d, t));
    });
  }

  async centroids(docs: readonly number[]): Promise<Float32Array[]> {
    return docs.map((d) => this.dense.centroid(d));
  }

  async nearest(doc: number, k: number): Promise<number[]> {
    const { centroid } = this.dense.scores(this.dense.centroid(doc), 0);
    centroid[doc] = -Infinity;
    return topK(centroid, k);
  }

  async papers(docs: readonly number[]): Promise<Paper[]> {
    return docs.map((d) => this.all[d]!);
  }

  async docOf(paperId: string): Promise<number | undefined> {
    return this.indexOf.get(paperId);
  }

  async docsOfRefs(refs: readonly string[]): Promise<Map<string, number>> {
    this.byRef ??= new Map(this.all.flatMap((p, i) => (refOf(p.url) ? [[refOf(p.url)!, i] as const] : [])));
    return new Map(refs.flatMap((ref) => (this.byRef!.has(ref) ? [[ref, this.byRef!.get(ref)!] as const] : [])));
  }

  async docsOfAuthors(words: readonly string[]): Promise<Map<string, number[]>> {
    if (!this.byAuthorWord) {
      this.byAuthorWord = new Map();
      this.all.forEach((p, doc) => {
        for (const w of authorWords(p.authors)) this.byAuthorWord!.set(w, [...(this.byAuthorWord!.get(w) ?? []), doc]);
      });
    }
    return new Map(words.flatMap((w) => (this.byAuthorWord!.has(w) ? [[w, this.byAuthorWord!.get(w)!] as const] : [])));
  }

  async titlesFor(): Promise<TitleIndex> {
    return (this.titleIndex ??= new TitleIndex(this.all));
  }

  async recentPapers(limit: number): Promise<Paper[]> {
    return [...this.all].sort((a, b) => b.addedAt.localeCompare(a.addedAt) || a.title.localeCompare(b.title)).slice(0, limit);
  }

  async newestPapers(limit: number): Promise<Paper[]> {
    return newestFirst(this.all, limit);
  }

  async papersPublished(since: string, until: string): Promise<Paper[]> {
    return this.all.filter((p) => p.published !== undefined && p.published >= since && p.published <= until);
  }

  async publication(): Promise<PublicationSummary> {
    let newest: string | undefined;
    let undated = 0;
    for (const p of this.all) {
      if (p.published === undefined) undated += 1;
      else if (newest === undefined || p.published > newest) newest = p.published;
    }
    return { papers: this.all.length, undated, ...(newest !== undefined ? { newest } : {}) };
  }

  async allPapers(): Promise<Paper[]> {
    return [...this.all];
  }

  async paperVectors(ids?: readonly string[]): Promise<Map<string, number[]>> {
    const out = new Map<string, number[]>();
    const docs = ids ? ids.flatMap((id) => this.indexOf.get(id) ?? []) : this.all.map((_, i) => i);
    for (const i of docs) {
      const v = this.dense.centroid(i);
      if (v.some((x) => x !== 0)) out.set(this.all[i]!.id, Array.from(v));
    }
    return out;
  }

  async close(): Promise<void> {}
}

/**
 * The generation's dense matrices: from `dense.bin` when it has one, else built from its vector
 * store's `index.json` (generations written before `dense.bin` existed).
 */
async function readDense(index: LiveIndex, papers: readonly Paper[]): Promise<DenseIndex> {
  const dimensions = index.manifest.dimensions;
  const denseFile = files.dense(index.gen);
  if (index.manifest.files[path.relative(index.gen, denseFile)]) {
    const dense = DenseIndex.fromBuffer(await readVerified(index.gen, index.manifest, denseFile));
    if (!dense || dense.papers !== papers.length || dense.dimensions !== dimensions) throw new IndexDamagedError(denseFile, 'does not hold the index\'s vectors');
    return dense;
  }
  const vectorsFile = vectraIndexFile(index.gen);
  return denseFromVectra(vectorsFile, await readVerified(index.gen, index.manifest, vectorsFile), papers, dimensions);
}

/** The vector store's own file in a generation. */
export const vectraIndexFile = (gen: string): string => path.join(files.vectors(gen), 'index.json');

/** The dense matrices of a vectra store's `index.json` (`content`), papers numbered as in `papers`. */
export function denseFromVectra(file: string, content: Buffer, papers: readonly Paper[], dimensions: number): DenseIndex {
  const indexOf = new Map(papers.map((p, i) => [p.id, i]));
  const rows = VectraReader.fromJson(file, content).rows();
  return DenseIndex.build(
    rows.map((r) => ({ paper: indexOf.get(r.paperId) ?? -1, vector: r.vector })),
    papers.length,
    dimensions,
  );
}

/** The BM25 index of a generation, checked against its manifest. */
export async function readLexical(index: LiveIndex): Promise<LexicalIndex> {
  const file = files.lexical(index.gen);
  return LexicalIndex.fromJSON(parseIndexJson(file, await readVerified(index.gen, index.manifest, file), LexicalIndexSchema));
}

/**
 * The embedder of a generation: the fitted LSA model stored in it (checked against the manifest when
 * there is one), or the configured pretrained one.
 */
export async function openEmbeddings(
  spec: EmbedderSpec,
  index: { gen: string; manifest?: Manifest },
  options: { config: Config; embeddings?: EmbeddingsFactory },
): Promise<Embeddings> {
  if (spec.kind === 'lsa') {
    const { gen, manifest } = index;
    const read = (file: string) => (manifest ? readVerified(gen, manifest, file) : readFile(file));
    const metaFile = files.lsaMeta(gen);
    const meta = parseIndexJson(metaFile, await read(metaFile), LsaMetaSchema);
    const buf = await read(files.lsaProjection(gen));
    const projection = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
    return new LsaEmbeddings(new LsaModel(meta, Float32Array.from(projection)));
  }
  return (options.embeddings ?? defaultEmbeddingsFactory)(spec, options.config);
}

const WordCountsSchema = z.custom<Record<string, number>>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((n) => typeof n === 'number'),
  'expected word counts',
);

/** The generation's word counts (`words.json`), when it has them. */
async function readWords(index: LiveIndex): Promise<Map<string, number> | undefined> {
  const file = files.words(index.gen);
  if (!index.manifest.files[path.relative(index.gen, file)]) return undefined;
  return new Map(Object.entries(parseIndexJson(file, await readVerified(index.gen, index.manifest, file), WordCountsSchema)));
}
