import type { Embeddings } from '@langchain/core/embeddings';
import type { Config } from '../config.js';
import type { Paper } from '../corpus/paper.js';
import path from 'node:path';
import { UserError, validateQuery } from '../errors.js';
import type { Store } from '../store/types.js';
import { type Progress, silent } from '../util/progress.js';
import { round } from '../util/round.js';
import { calibrate } from './calibrate.js';
import { COVERAGE_PAPERS, type Confidence, type ConfidenceModel, confidenceFeatures, confidenceProbability, levelOf, modelMatchesFeatures } from './confidence.js';
import { DenseIndex } from './dense.js';
import { embedderSpec } from './embedders.js';
import { DEFAULT_FUSION, type FusionParams, type PaperScores, denseScores, fuse, topK } from './fusion.js';
import { checkEmbedder, openEmbeddings, readLexical } from './index-build.js';
import { openIndex } from './index-open.js';
import { type LiveIndex, files, readPapers, readVerified, type Manifest } from './index-store.js';
import type { LexicalIndex } from './lexical.js';
import { normalize } from './linalg.js';
import type { EmbeddingsFactory } from './open-embeddings.js';
import { SpellingCorrector, lexicalQuery } from './query.js';
import { TitleIndex, type TitleLookup } from './titles.js';
import { VectraReader, type VectorSearch } from './vectra-reader.js';

export interface ScoredPaper {
  paper: Paper;
  score: number;
}

export interface SearchResult {
  query: string;
  /**
   * How sure search is that the corpus answers the query: `high` (the results answer it), `low` (the
   * closest papers, which may not answer it), `none` (the corpus does not cover it).
   */
  confidence: Confidence;
  /** The calibrated probability behind `confidence` (0..1). */
  confidenceScore: number;
  /** True only when `confidence` is `none`. */
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

/** How a query scored against every paper: the first (as typed) and the final (after feedback) round. */
export interface QueryProfile {
  /** The lexical query's terms. */
  terms: string[];
  first: PaperScores;
  final: PaperScores;
  fused: Float64Array;
  /** The query shares no word with the corpus and its vector is empty. */
  empty: boolean;
}

/**
 * The retrieval engine over one index generation: hybrid search (dense + BM25, fused at paper level)
 * with a calibrated confidence, similar papers, and loose title lookup.
 */
export class Retriever {
  private titleIndex?: TitleIndex;
  private readonly byId: Map<string, Paper>;
  private readonly indexOf: Map<string, number>;
  /** Paper index of each lexical document, and the reverse. */
  private readonly lexicalToPaper: Int32Array;
  private readonly paperToLexical: Int32Array;
  private dense?: Promise<DenseIndex>;
  private speller?: SpellingCorrector;
  private model?: ConfidenceModel;
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
    this.indexOf = new Map(papers.map((p, i) => [p.id, i]));
    this.lexicalToPaper = Int32Array.from(lexical.ids, (id) => this.indexOf.get(id) ?? -1);
    this.paperToLexical = new Int32Array(papers.length).fill(-1);
    this.lexicalToPaper.forEach((p, d) => {
      if (p >= 0) this.paperToLexical[p] = d;
    });
    this.fusion = { ...DEFAULT_FUSION, ...fusion };
    if (manifest.confidence && modelMatchesFeatures(manifest.confidence)) this.model = manifest.confidence;
  }

  /**
   * Opens the live index, brought up to date with the store of record first when needed (see
   * {@link openIndex}); when there is none yet, it is built from the bundled corpus.
   */
  static async open(options: OpenOptions): Promise<Retriever> {
    const { config } = options;
    const progress = options.progress ?? silent;
    const index = await openIndex(options);
    checkEmbedder(index.manifest, embedderSpec(config), config.PAPERBOT_DATA_DIR);
    const r = await Retriever.openGeneration(index, options);
    if (!r.model) {
      progress('this index has no confidence calibration yet: calibrating it (`paperbot ingest --rebuild` stores one)');
      r.model = await calibrate(r);
    }
    return r;
  }

  /** Opens one index generation as it is (its calibration, if any, as stored), each file checked against its manifest. */
  static async openGeneration(index: LiveIndex, options: Omit<OpenOptions, 'progress'>): Promise<Retriever> {
    const vectorsFile = path.join(files.vectors(index.gen), 'index.json');
    const [papers, lexical, embeddings, vectors] = await Promise.all([
      readPapers(index.gen, index.manifest),
      readLexical(index),
      openEmbeddings(index.manifest.embedder, index, options),
      readVerified(index.gen, index.manifest, vectorsFile),
    ]);
    const store = VectraReader.fromJson(vectorsFile, vectors);
    const r = new Retriever(index.manifest, papers, lexical, embeddings, store, options.fusion);
    await r.denseIndex();
    return r;
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

  /** The confidence model in use (stored at ingest, or fitted when the index was opened). */
  get confidenceModel(): ConfidenceModel | undefined {
    return this.model;
  }

  paper(id: string): Paper | undefined {
    return this.byId.get(id);
  }

  /** Position of a paper in {@link papers}, or -1. */
  paperIndex(id: string): number {
    return this.indexOf.get(id) ?? -1;
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
    const profile = await this.profile(query);
    const { confidence, probability } = this.judge(profile);
    return {
      query,
      confidence,
      confidenceScore: round(probability, 4),
      abstained: confidence === 'none',
      results: topK(profile.fused, k).map((i) => ({ paper: this.papers[i]!, score: round(profile.fused[i]!, 4) })),
    };
  }

  /** Inverse document frequency of a (tokenized) term in the lexical index. */
  idf(term: string): number {
    return this.lexical.idf(term);
  }

  /** The confidence features of a scored query (`exclude`: the paper it was scored without, or -1). */
  judgeFeatures(profile: QueryProfile, exclude = -1): number[] {
    const top = topK(profile.fused, COVERAGE_PAPERS).map((i) => this.paperToLexical[i]!);
    const left = exclude >= 0 ? this.paperToLexical[exclude]! : -1;
    const terms = profile.terms.map((t) => ({
      idf: this.lexical.idf(t),
      df: this.lexical.df(t) - (left >= 0 && this.lexical.holds(left, t) ? 1 : 0),
      inTop: top.map((d) => d >= 0 && this.lexical.holds(d, t)),
    }));
    return confidenceFeatures({ scores: profile.first, fused: profile.fused, terms, chunkShare: this.fusion.chunkShare, exclude });
  }

  /** The confidence of a scored query under the index's model. */
  judge(profile: QueryProfile, exclude = -1): { confidence: Confidence; probability: number; features: number[] } {
    const features = this.judgeFeatures(profile, exclude);
    if (profile.empty) return { confidence: 'none', probability: 0, features };
    if (!this.model) throw new Error('the index has no confidence calibration');
    const probability = confidenceProbability(this.model, features);
    return { confidence: levelOf(probability, this.model.thresholds), probability, features };
  }

  /**
   * Scores a query against every paper: BM25 and dense (best chunk and centroid), fused, then one
   * round of pseudo-relevance feedback in the dense space. `exclude` scores it as if that paper
   * (an index into {@link papers}) were not in the index. `vector` is the query's embedding when
   * the caller already has it.
   */
  async profile(query: string, exclude = -1, vector?: number[]): Promise<QueryProfile> {
    return (await this.profiles(query, [exclude], vector))[0]!;
  }

  /**
   * The same query scored once per entry of `excludes` (-1: the whole index), sharing the work the
   * variants have in common: calibration scores each pseudo-query with and without its paper.
   */
  async profiles(query: string, excludes: readonly number[], vector?: number[]): Promise<QueryProfile[]> {
    vector ??= await this.embeddings.embedQuery(this.denseText(query));
    const dense = await this.denseIndex();
    const weights = lexicalQuery(this.spelling().correct(query));
    const terms = [...weights.keys()];
    const lexical = this.lexicalScores(weights);
    const hasVector = vector.some((x) => x !== 0);
    const n = this.papers.length;
    const first = { lexical, ...(hasVector ? dense.scores(normalize(vector), this.fusion.chunkPapers) : { centroid: new Float64Array(n), chunk: new Float64Array(n) }) };
    const empty = !hasVector && !lexical.some((x) => x > 0);
    const feedback = new Map<string, PaperScores>();
    return excludes.map((exclude) => {
      const fused = fuse(first, this.fusion, exclude);
      if (!hasVector || this.fusion.feedbackPapers <= 0) return { terms, first, final: first, fused, empty };
      const top = topK(fused, this.fusion.feedbackPapers);
      const key = top.join(',');
      let final = feedback.get(key);
      if (!final) {
        const expanded = Float64Array.from(normalize(vector));
        for (const i of top) {
          const c = dense.centroid(i);
          for (let j = 0; j < c.length; j++) expanded[j]! += c[j]! / top.length;
        }
        final = { lexical, ...dense.scores(normalize(expanded), this.fusion.chunkPapers) };
        feedback.set(key, final);
      }
      return { terms, first, final, fused: fuse(final, this.fusion, exclude), empty };
    });
  }

  /** The text the embedder sees for a query: its typos fixed against the corpus's words. */
  denseText(query: string): string {
    return this.spelling().correct(query);
  }

  private spelling(): SpellingCorrector {
    this.speller ??= new SpellingCorrector(this.papers.map((p) => `${p.title} ${p.abstract}`));
    return this.speller;
  }

  private lexicalScores(weights: Map<string, number>): Float64Array {
    const byDoc = this.lexical.scoreAll(weights);
    const out = new Float64Array(this.papers.length);
    for (let d = 0; d < byDoc.length; d++) {
      const i = this.lexicalToPaper[d]!;
      if (i >= 0) out[i] = byDoc[d]!;
    }
    return out;
  }

  /**
   * Papers related to a paper, best first, the paper itself excluded: the paper's centroid scored like
   * a query's vector (its cosine with each paper's centroid and best chunk), without the lexical side.
   */
  async similar(paperId: string, k = 10): Promise<ScoredPaper[]> {
    const self = this.indexOf.get(paperId);
    if (self === undefined) throw new UserError(`unknown paper: ${paperId}`);
    const dense = await this.denseIndex();
    const scores = denseScores(dense.scores(dense.centroid(self), this.fusion.chunkPapers), this.fusion.chunkShare);
    scores[self] = -Infinity;
    return topK(scores, k).map((i) => ({ paper: this.papers[i]!, score: round(scores[i]!, 4) }));
  }

  /** The `k` papers nearest to a paper (an index into {@link papers}) by centroid, nearest first. */
  async nearestPapers(paper: number, k: number): Promise<number[]> {
    return topK(nearest(await this.denseIndex(), paper), k);
  }

  /** One unit vector per paper: the mean of its chunk vectors. */
  async paperVectors(): Promise<Map<string, number[]>> {
    const dense = await this.denseIndex();
    const out = new Map<string, number[]>();
    this.papers.forEach((p, i) => {
      const v = dense.centroid(i);
      if (v.some((x) => x !== 0)) out.set(p.id, Array.from(v));
    });
    return out;
  }

  /** The chunk vectors and paper centroids, read from the vector store once. */
  private denseIndex(): Promise<DenseIndex> {
    this.dense ??= this.store.listVectors().then((items) =>
      DenseIndex.build(
        items.map((it) => ({ paper: this.indexOf.get(it.paperId) ?? -1, vector: it.vector })),
        this.papers.length,
        this.manifest.dimensions,
      ),
    );
    return this.dense;
  }
}

/** Centroid cosine of every paper with one paper's centroid; the paper itself gets -Infinity. */
function nearest(dense: DenseIndex, paper: number): Float64Array {
  const { centroid } = dense.scores(dense.centroid(paper));
  centroid[paper] = -Infinity;
  return centroid;
}
