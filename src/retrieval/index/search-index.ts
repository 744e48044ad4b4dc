/**
 * What the retrieval engine asks of a search index, whichever store holds it: the embedded one (a
 * generation directory read into memory, every paper scored exactly) or PostgreSQL with pgvector
 * (candidates from HNSW and the lexical postings, the corpus's score statistics estimated on a fixed
 * sample). Fusion, feedback and confidence live in the engine (query-scorer.ts, engine.ts); an index
 * only supplies scores.
 * Papers are numbered 0 .. size - 1 within an index.
 */
import type { Embeddings } from '@langchain/core/embeddings';
import type { Config } from '../../config.js';
import type { Paper } from '../../corpus/paper.js';
import type { Store } from '../../store/types.js';
import type { Progress } from '../../util/progress.js';
import type { ConfidenceModel } from '../confidence/confidence.js';
import type { EmbedderSpec } from '../embedding/embedders.js';
import type { PaperScores } from '../ranking/fusion.js';
import type { EmbeddingsFactory } from '../embedding/open-embeddings.js';
import type { TitleIndex } from '../titles.js';

/** What an index records about itself. */
export interface IndexInfo {
  embedder: EmbedderSpec;
  dimensions: number;
  papers: number;
  chunks: number;
  chunkSize: number;
  chunkOverlap: number;
  /** The store's paper revision the index reflects (see PaperStore.revision). */
  storeRevision: number;
  createdAt: string;
  updatedAt: string;
  /** Search confidence calibrated on this index (see calibrate.ts). */
  confidence?: ConfidenceModel | undefined;
}

/** The scores of one query over some of the index's papers. */
export interface ScoredPapers extends PaperScores {
  /** The paper entry i scores; null when every paper is scored, entry i being paper i. */
  docs: Int32Array | null;
  /**
   * The same scores over the index's fixed random sample of papers, which estimates the corpus's
   * score statistics; absent when every paper is scored (the statistics are then exact).
   */
  sample?: PaperScores & { docs: Int32Array };
}

export interface ScoreRequest {
  /** The weighted lexical query. */
  weights: ReadonlyMap<string, number>;
  /** The unit query vector; absent when the query has none (every dense score is 0). */
  vector?: Float64Array | undefined;
  /** Only the papers with this many best centroid cosines have their chunks scored; the others count their centroid's. */
  chunkPapers: number;
  /** An earlier round of the same lexical query: its lexical scores are reused and its papers scored again. */
  previous?: ScoredPapers | undefined;
}

export interface TermStats {
  term: string;
  /** BM25 inverse document frequency. */
  idf: number;
  /** How many papers hold the term. */
  df: number;
}

export interface SearchIndex {
  readonly info: IndexInfo;
  /** The embedder the index was built with. */
  readonly embeddings: Embeddings;
  /** Papers the index holds. */
  readonly size: number;
  /** A text with its typing slips fixed against the corpus's own words (see SpellingCorrector). */
  correctSpelling(text: string): Promise<string>;
  /** Those of the (lower-case) words that the corpus's titles and abstracts use. */
  corpusWords(words: readonly string[]): Promise<Set<string>>;
  /** BM25 statistics of (tokenized) terms, in the order given. */
  termStats(terms: readonly string[]): Promise<TermStats[]>;
  /** Lexical and dense scores of a query, over every paper or over its candidates. */
  score(request: ScoreRequest): Promise<ScoredPapers>;
  /** Whether each paper holds each (tokenized) term: one row per paper, one entry per term. */
  holds(docs: readonly number[], terms: readonly string[]): Promise<boolean[][]>;
  /** Each paper's centroid: the normalised mean of its chunk vectors (zeros for a paper with none). */
  centroids(docs: readonly number[]): Promise<Float32Array[]>;
  /** The `k` papers nearest to a paper by centroid, nearest first, itself left out. */
  nearest(doc: number, k: number): Promise<number[]>;
  /** The papers, in the order given. */
  papers(docs: readonly number[]): Promise<Paper[]>;
  /** The number of the paper with this id, if the index holds it. */
  docOf(paperId: string): Promise<number | undefined>;
  /** The numbers of the papers whose links hold these arXiv identifiers (see corpus/identifiers.ts), by identifier. */
  docsOfRefs(refs: readonly string[]): Promise<Map<string, number>>;
  /** The numbers of the papers an author of which has each of these words (lower case, accents folded) in their name, by word. */
  docsOfAuthors(words: readonly string[]): Promise<Map<string, number[]>>;
  /**
   * A title index over the papers whose titles may match a typed title (all of them, or candidates),
   * with their abstracts when `abstracts` is set (resolving a title checks names against them;
   * ranking matches does not need them).
   */
  titlesFor(query: string, options?: { abstracts?: boolean }): Promise<TitleIndex>;
  /** The papers added last, newest first. */
  recentPapers(limit: number): Promise<Paper[]>;
  /** The papers published last, newest first (see `newestFirst` in corpus/paper.ts); papers without a date are left out. */
  newestPapers(limit: number): Promise<Paper[]>;
  /** The papers published from `since` to `until` (`YYYY-MM-DD`, both included), in index order. */
  papersPublished(since: string, until: string): Promise<Paper[]>;
  /** How many papers the index holds, how many of them have no publication date, and the newest date. */
  publication(): Promise<PublicationSummary>;
  /** Every paper the index holds (read afresh when the index does not keep them in memory). */
  allPapers(): Promise<Paper[]>;
  /** The centroids of the papers with these ids (all papers when omitted), papers without a vector left out. */
  paperVectors(ids?: readonly string[]): Promise<Map<string, number[]>>;
  close(): Promise<void>;
}

/** The publication dates of an index's papers, in short. */
export interface PublicationSummary {
  papers: number;
  /** Papers without a publication date. */
  undated: number;
  /** The newest publication date (`YYYY-MM-DD`), if any paper has one. */
  newest?: string;
}

/** What opening a search index takes. */
export interface IndexOpenOptions {
  config: Config;
  progress?: Progress;
  embeddings?: EmbeddingsFactory;
  /** The store of record (default: the one the configuration names, opened for the check and closed). */
  store?: Store;
}
