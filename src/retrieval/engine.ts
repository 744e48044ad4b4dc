import type { Embeddings } from '@langchain/core/embeddings';
import type { Config } from '../config.js';
import type { Paper } from '../corpus/paper.js';
import { UserError, validateQuery } from '../errors.js';
import type { Store } from '../store/types.js';
import { type Progress, silent } from '../util/progress.js';
import { round } from '../util/round.js';
import { calibrate } from './calibrate.js';
import { COVERAGE_PAPERS, type Confidence, type ConfidenceModel, confidenceFeatures, confidenceProbability, levelOf, modelMatchesFeatures } from './confidence.js';
import { DEFAULT_FUSION, type FusionParams, type Normalisation, denseScores, fuse, normalisation, topK } from './fusion.js';
import { openSearchIndex } from './index-open.js';
import { normalize } from './linalg.js';
import type { EmbeddingsFactory } from './open-embeddings.js';
import { lexicalQuery } from './query.js';
import type { IndexInfo, ScoredPapers, SearchIndex, TermStats } from './search-index.js';
import { tokenize } from './text.js';
import type { TitleLookup, TitleMatch } from './titles.js';

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

/** How a query scored: the first (as typed) and the final (after feedback) round. */
export interface QueryProfile {
  /** The lexical query's terms, with their statistics. */
  terms: TermStats[];
  first: ScoredPapers;
  final: ScoredPapers;
  /** The fused score of each paper `final` scores. */
  fused: Float64Array;
  /** The query shares no word with the corpus and its vector is empty. */
  empty: boolean;
}

/**
 * The retrieval engine over one search index: hybrid search (dense + BM25, fused at paper level)
 * with a calibrated confidence, similar papers, and loose title lookup. The index (embedded or
 * PostgreSQL, see search-index.ts) supplies the scores; fusion, feedback and confidence are here.
 */
export class Retriever {
  private model?: ConfidenceModel;
  readonly fusion: FusionParams;

  constructor(
    readonly index: SearchIndex,
    fusion: Partial<FusionParams> = {},
  ) {
    this.fusion = { ...DEFAULT_FUSION, ...fusion };
    const stored = index.info.confidence;
    if (stored && modelMatchesFeatures(stored)) this.model = stored;
  }

  /**
   * Opens the search index the configuration names (embedded, or PostgreSQL with
   * `PAPERBOT_DATABASE_URL`), brought up to date with the store of record first when needed; when
   * there is none yet, it is built from the bundled corpus.
   */
  static async open(options: OpenOptions): Promise<Retriever> {
    const progress = options.progress ?? silent;
    const r = new Retriever(await openSearchIndex(options), options.fusion);
    if (!r.model) {
      progress('this index has no confidence calibration yet: calibrating it (`paperbot ingest --rebuild` stores one)');
      r.model = await calibrate(r);
    }
    return r;
  }

  /** What the index records about itself. */
  get info(): IndexInfo {
    return this.index.info;
  }

  /** The embedder the index was built with. */
  get embedder(): Embeddings {
    return this.index.embeddings;
  }

  get size(): number {
    return this.index.size;
  }

  /** The confidence model in use (stored at ingest, or fitted when the index was opened). */
  get confidenceModel(): ConfidenceModel | undefined {
    return this.model;
  }

  /** The paper with this id, if the index holds it. */
  async paper(id: string): Promise<Paper | undefined> {
    const doc = await this.index.docOf(id);
    return doc === undefined ? undefined : (await this.index.papers([doc]))[0];
  }

  /** The papers numbered `docs` in the index, in that order. */
  papersAt(docs: readonly number[]): Promise<Paper[]> {
    return this.index.papers(docs);
  }

  /** Every paper the index holds. */
  allPapers(): Promise<Paper[]> {
    return this.index.allPapers();
  }

  /** The papers added last, newest first. */
  recentPapers(limit: number): Promise<Paper[]> {
    return this.index.recentPapers(limit);
  }

  /** The query's terms (tokenized as the index is) with their inverse document frequency. */
  async termWeights(query: string): Promise<Map<string, number>> {
    const stats = await this.index.termStats([...new Set(tokenize(query))]);
    return new Map(stats.map((t) => [t.term, t.idf]));
  }

  /** BM25 statistics of (tokenized) terms. */
  termStats(terms: readonly string[]): Promise<TermStats[]> {
    return this.index.termStats(terms);
  }

  async lookupTitle(query: string): Promise<TitleLookup> {
    const q = validateQuery(query, 'title');
    return (await this.index.titlesFor(q)).lookup(q);
  }

  /** Ranked title matches for a typed title (best first). */
  async matchTitles(query: string, limit = 10): Promise<TitleMatch[]> {
    return (await this.index.titlesFor(query)).match(query, limit);
  }

  async search(rawQuery: string, k = 10): Promise<SearchResult> {
    const query = validateQuery(rawQuery);
    const profile = await this.profile(query);
    const top = topK(profile.fused, k);
    const [{ confidence, probability }, papers] = await Promise.all([this.judge(profile), this.index.papers(top.map((i) => docAt(profile.final, i)))]);
    return {
      query,
      confidence,
      confidenceScore: round(probability, 4),
      abstained: confidence === 'none',
      results: top.map((i, j) => ({ paper: papers[j]!, score: round(profile.fused[i]!, 4) })),
    };
  }

  /** The papers a profile ranks best, as paper numbers of the index. */
  ranked(profile: QueryProfile, k: number): number[] {
    return topK(profile.fused, k).map((i) => docAt(profile.final, i));
  }

  /** The confidence features of a scored query (`exclude`: the paper it was scored without, or -1). */
  async judgeFeatures(profile: QueryProfile, exclude = -1): Promise<number[]> {
    const top = this.ranked(profile, COVERAGE_PAPERS);
    const words = profile.terms.map((t) => t.term);
    const held = await this.index.holds(exclude >= 0 ? [...top, exclude] : top, words);
    const left = exclude >= 0 ? held[top.length]! : undefined;
    const terms = profile.terms.map((t, j) => ({
      idf: t.idf,
      df: t.df - (left?.[j] ? 1 : 0),
      inTop: top.map((_, i) => held[i]![j]!),
    }));
    const { first } = profile;
    return confidenceFeatures({
      scores: first,
      fused: profile.fused,
      terms,
      chunkShare: this.fusion.chunkShare,
      exclude: position(first, exclude),
      ...this.normOf(first, exclude),
    });
  }

  /** The confidence of a scored query under the index's model. */
  async judge(profile: QueryProfile, exclude = -1): Promise<{ confidence: Confidence; probability: number; features: number[] }> {
    const features = await this.judgeFeatures(profile, exclude);
    if (profile.empty) return { confidence: 'none', probability: 0, features };
    if (!this.model) throw new Error('the index has no confidence calibration');
    const probability = confidenceProbability(this.model, features);
    return { confidence: levelOf(probability, this.model.thresholds), probability, features };
  }

  /**
   * Scores a query: BM25 and dense (best chunk and centroid), fused, then one round of
   * pseudo-relevance feedback in the dense space. `exclude` scores it as if that paper (a paper
   * number of the index) were not in it. `vector` is the query's embedding when the caller already
   * has it.
   */
  async profile(query: string, exclude = -1, vector?: number[]): Promise<QueryProfile> {
    return (await this.profiles(query, [exclude], vector))[0]!;
  }

  /**
   * The same query scored once per entry of `excludes` (-1: the whole index), sharing the work the
   * variants have in common: calibration scores each pseudo-query with and without its paper.
   */
  async profiles(query: string, excludes: readonly number[], vector?: number[]): Promise<QueryProfile[]> {
    const text = await this.index.correctSpelling(query);
    vector ??= await this.index.embeddings.embedQuery(text);
    const weights = lexicalQuery(text);
    const hasVector = vector.some((x) => x !== 0);
    const unit = hasVector ? Float64Array.from(normalize(vector)) : undefined;
    const { chunkPapers } = this.fusion;
    const [terms, first] = await Promise.all([this.index.termStats([...weights.keys()]), this.index.score({ weights, vector: unit, chunkPapers })]);
    const empty = !hasVector && !first.lexical.some((x) => x > 0);
    const feedback = new Map<string, Promise<ScoredPapers>>();
    const out: QueryProfile[] = [];
    for (const exclude of excludes) {
      const fused = fuse(first, this.fusion, position(first, exclude), this.normOf(first, exclude).norm);
      if (!unit || this.fusion.feedbackPapers <= 0) {
        out.push({ terms, first, final: first, fused, empty });
        continue;
      }
      const top = topK(fused, this.fusion.feedbackPapers).map((i) => docAt(first, i));
      const key = top.join(',');
      let final = feedback.get(key);
      if (!final) {
        final = this.feedbackRound(unit, top, weights, first);
        feedback.set(key, final);
      }
      const scored = await final;
      out.push({ terms, first, final: scored, fused: fuse(scored, this.fusion, position(scored, exclude), this.normOf(scored, exclude).norm), empty });
    }
    return out;
  }

  /** The query vector with the centroids of the best papers added, scored again. */
  private async feedbackRound(unit: Float64Array, top: readonly number[], weights: ReadonlyMap<string, number>, first: ScoredPapers): Promise<ScoredPapers> {
    const expanded = Float64Array.from(unit);
    for (const c of await this.index.centroids(top)) {
      for (let j = 0; j < c.length; j++) expanded[j]! += c[j]! / top.length;
    }
    return this.index.score({ weights, vector: Float64Array.from(normalize(expanded)), chunkPapers: this.fusion.chunkPapers, previous: first });
  }

  /** The normalisation of scored papers: from the index's sample, the excluded paper left out (none when every paper was scored: then it is exact). */
  private normOf(s: ScoredPapers, exclude: number): { norm?: Normalisation } {
    if (!s.sample) return {};
    return { norm: normalisation(s.sample, this.fusion.chunkShare, position(s.sample, exclude)) };
  }

  /** The text the embedder sees for a query: its typos fixed against the corpus's words. */
  denseText(query: string): Promise<string> {
    return this.index.correctSpelling(query);
  }

  /**
   * Papers related to a paper, best first, the paper itself excluded: the paper's centroid scored like
   * a query's vector (its cosine with each paper's centroid and best chunk), without the lexical side.
   */
  async similar(paperId: string, k = 10): Promise<ScoredPaper[]> {
    const self = await this.index.docOf(paperId);
    if (self === undefined) throw new UserError(`unknown paper: ${paperId}`);
    const [centroid] = await this.index.centroids([self]);
    const scored = await this.index.score({ weights: new Map(), vector: Float64Array.from(centroid!), chunkPapers: this.fusion.chunkPapers });
    const scores = denseScores(scored, this.fusion.chunkShare);
    const at = position(scored, self);
    if (at >= 0) scores[at] = -Infinity;
    const top = topK(scores, k);
    const papers = await this.index.papers(top.map((i) => docAt(scored, i)));
    return top.map((i, j) => ({ paper: papers[j]!, score: round(scores[i]!, 4) }));
  }

  /** The `k` papers nearest to a paper (a paper number of the index) by centroid, nearest first. */
  nearestPapers(paper: number, k: number): Promise<number[]> {
    return this.index.nearest(paper, k);
  }

  /** One unit vector per paper (all papers, or those with the ids given): the mean of its chunk vectors. */
  paperVectors(ids?: readonly string[]): Promise<Map<string, number[]>> {
    return this.index.paperVectors(ids);
  }

  close(): Promise<void> {
    return this.index.close();
  }
}

/** The paper entry `i` of scored papers scores. */
export function docAt(s: Pick<ScoredPapers, 'docs'>, i: number): number {
  return s.docs ? s.docs[i]! : i;
}

/** Where scored papers hold a paper (-1: not among them, or no paper). */
export function position(s: Pick<ScoredPapers, 'docs'>, doc: number): number {
  if (doc < 0) return -1;
  return s.docs ? s.docs.indexOf(doc) : doc;
}
