import type { Embeddings } from '@langchain/core/embeddings';
import type { Config } from '../config.js';
import type { Paper } from '../corpus/paper.js';
import path from 'node:path';
import { UserError, validateQuery } from '../errors.js';
import type { Store } from '../store/types.js';
import type { Progress } from '../util/progress.js';
import { embedderSpec } from './embedders.js';
import { fuse, type FusionParams, DEFAULT_FUSION, type Candidate } from './fusion.js';
import { checkEmbedder, openEmbeddings, paperText, readLexical } from './index-build.js';
import { openIndex } from './index-open.js';
import { files, readPapers, readVerified, type Manifest } from './index-store.js';
import { type LexicalIndex, countTerms } from './lexical.js';
import type { EmbeddingsFactory } from './open-embeddings.js';
import { tokenize } from './text.js';
import { TitleIndex, type TitleLookup } from './titles.js';
import { VectraReader, type VectorSearch } from './vectra-reader.js';

export interface ScoredPaper {
  paper: Paper;
  score: number;
}

export interface SearchResult {
  query: string;
  /** True when nothing in the corpus is relevant to the query. */
  abstained: boolean;
  results: ScoredPaper[];
}

export interface OpenOptions {
  config: Config;
  progress?: Progress;
  embeddings?: EmbeddingsFactory;
  fusion?: Partial<FusionParams>;
  /** The store of record (default: the one the configuration names, opened for the check and closed). */
  store?: Store;
}

const DENSE_CHUNKS = 150;
const LEXICAL_CANDIDATES = 100;

/**
 * The retrieval engine over one index generation: hybrid search (dense + BM25, fused at paper level)
 * with abstention, similar papers, and loose title lookup.
 */
export class Retriever {
  private titleIndex?: TitleIndex;
  private readonly byId: Map<string, Paper>;
  private centroids?: Promise<Map<string, number[]>>;
  readonly fusion: FusionParams;

  private constructor(
    readonly manifest: Manifest,
    readonly papers: readonly Paper[],
    private readonly lexical: LexicalIndex,
    private readonly embeddings: Embeddings,
    private readonly store: VectorSearch,
    fusion: Partial<FusionParams> = {},
  ) {
    this.byId = new Map(papers.map((p) => [p.id, p]));
    this.fusion = { ...DEFAULT_FUSION, ...fusion };
  }

  /**
   * Opens the live index, brought up to date with the store of record first when needed (see
   * {@link openIndex}); when there is none yet, it is built from the bundled corpus.
   */
  static async open(options: OpenOptions): Promise<Retriever> {
    const { config } = options;
    const index = await openIndex(options);
    checkEmbedder(index.manifest, embedderSpec(config), config.PAPERBOT_DATA_DIR);
    const vectorsFile = path.join(files.vectors(index.gen), 'index.json');
    const [papers, lexical, embeddings, vectors] = await Promise.all([
      readPapers(index.gen, index.manifest),
      readLexical(index),
      openEmbeddings(index.manifest.embedder, index, options),
      readVerified(index.gen, index.manifest, vectorsFile),
    ]);
    const store = VectraReader.fromJson(vectorsFile, vectors);
    return new Retriever(index.manifest, papers, lexical, embeddings, store, options.fusion);
  }

  /** Loose title lookup over the papers, built on first use. */
  get titles(): TitleIndex {
    return (this.titleIndex ??= new TitleIndex(this.papers));
  }

  /** The embedder the index was built with. */
  get embedder(): Embeddings {
    return this.embeddings;
  }

  get size(): number {
    return this.papers.length;
  }

  paper(id: string): Paper | undefined {
    return this.byId.get(id);
  }

  /** The query's terms (tokenized as the index is) with their inverse document frequency. */
  termWeights(query: string): Map<string, number> {
    return new Map(this.lexical.queryTerms(query).map((t) => [t.term, t.idf]));
  }

  lookupTitle(query: string): TitleLookup {
    return this.titles.lookup(validateQuery(query, 'title'));
  }

  async search(rawQuery: string, k = 10): Promise<SearchResult> {
    const query = validateQuery(rawQuery);
    const [lexHits, vector] = await Promise.all([
      Promise.resolve(this.lexical.search(query, LEXICAL_CANDIDATES)),
      this.embeddings.embedQuery(query),
    ]);
    const dense = await this.denseByPaper(vector, undefined);
    const terms = this.lexical.queryTerms(query);
    const candidates = mergeCandidates(lexHits, dense);
    const mass = terms.reduce((a, t) => a + t.idf, 0);
    const unknownShare = mass > 0 ? terms.filter((t) => t.df === 0).reduce((a, t) => a + t.idf, 0) / mass : 1;
    const fused = fuse(candidates, this.fusion, { queryTerms: terms.length, unknownShare });
    return {
      query,
      abstained: fused.abstain,
      results: fused.ranked.slice(0, k).map((c) => ({ paper: this.byId.get(c.id)!, score: round(c.score) })),
    };
  }

  /** Papers related to a paper, best first, the paper itself excluded. */
  async similar(paperId: string, k = 10): Promise<ScoredPaper[]> {
    const paper = this.byId.get(paperId);
    if (!paper) throw new UserError(`unknown paper: ${paperId}`);
    const centroid = (await this.paperVectors()).get(paperId) ?? (await this.embeddings.embedQuery(paperText(paper)));
    const dense = await this.denseByPaper(centroid, paperId);
    const weights = topTerms(paperText(paper), this.lexical, 40);
    const lexHits = this.lexical.search(weights, LEXICAL_CANDIDATES, paperId);
    const candidates = mergeCandidates(lexHits, dense);
    const fused = fuse(candidates, { ...this.fusion, lexicalWeight: this.fusion.similarLexicalWeight }, undefined);
    return fused.ranked.slice(0, k).map((c) => ({ paper: this.byId.get(c.id)!, score: round(c.score) }));
  }

  private async denseByPaper(vector: number[], exclude: string | undefined): Promise<Map<string, number>> {
    const hits = await this.store.similaritySearchVectorWithScore(vector, DENSE_CHUNKS);
    const byPaper = new Map<string, number>();
    for (const [doc, score] of hits) {
      const id = String(doc.metadata.paperId);
      if (id === exclude) continue;
      if ((byPaper.get(id) ?? -Infinity) < score) byPaper.set(id, score);
    }
    return byPaper;
  }

  /** One unit vector per paper: the mean of its chunk vectors. Computed once. */
  paperVectors(): Promise<Map<string, number[]>> {
    this.centroids ??= this.store.listVectors().then((items) => {
      const sums = new Map<string, number[]>();
      for (const item of items) {
        const s = sums.get(item.paperId);
        if (!s) sums.set(item.paperId, [...item.vector]);
        else for (let i = 0; i < s.length; i++) s[i]! += item.vector[i]!;
      }
      for (const [id, s] of sums) {
        const norm = Math.sqrt(s.reduce((a, x) => a + x * x, 0)) || 1;
        sums.set(id, s.map((x) => x / norm));
      }
      return sums;
    });
    return this.centroids;
  }
}

function mergeCandidates(lexHits: { id: string; score: number; coverage: number }[], dense: Map<string, number>): Candidate[] {
  const out = new Map<string, Candidate>();
  for (const h of lexHits) out.set(h.id, { id: h.id, lexical: h.score, coverage: h.coverage, dense: dense.get(h.id) ?? 0 });
  for (const [id, d] of dense) if (!out.has(id)) out.set(id, { id, lexical: 0, coverage: 0, dense: d });
  return [...out.values()];
}

/** The `n` terms of a text with the highest tf-idf, as a weighted BM25 query. */
function topTerms(text: string, lexical: LexicalIndex, n: number): Map<string, number> {
  const tf = countTerms(tokenize(text));
  const scored = [...tf.entries()].map(([t, f]) => [t, (1 + Math.log(f)) * lexical.idf(t)] as const);
  scored.sort((a, b) => b[1] - a[1]);
  return new Map(scored.slice(0, n).map(([t]) => [t, 1]));
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
