/**
 * Bringing a search index up to date with the store of record, whichever store holds the index
 * (index-build.ts for the embedded one, pg-index-build.ts for PostgreSQL): what an update is given,
 * what it reports, and when it calibrates search confidence again.
 */
import type { Config } from '../../config.js';
import type { Progress } from '../../util/progress.js';
import type { EmbeddingsFactory } from '../embedding/open-embeddings.js';

export interface SyncOptions {
  config: Config;
  /** Refit the embedder and re-embed every paper the store holds. */
  rebuild?: boolean;
  now?: Date;
  progress?: Progress;
  embeddings?: EmbeddingsFactory;
}

export interface SyncReport {
  /** Papers the index holds afterwards (every paper of the store). */
  papers: number;
  chunksEmbedded: number;
  /** True when the index already matched the store and nothing was written. */
  unchanged: boolean;
  /** True when every paper was embedded afresh. */
  rebuilt: boolean;
  embedder: string;
  /** The generation directory written (embedded index). */
  generation?: string;
  /** The index version in use afterwards (PostgreSQL). */
  version?: number;
  /** Where the time went, in ms (PostgreSQL). */
  timings?: IndexTimings;
}

/** Where the time of an update went (ms). */
export interface IndexTimings {
  /** Chunking and embedding the papers. */
  embed: number;
  /** Writing vectors, lexical documents, postings and words. */
  write: number;
  /** Building the HNSW indexes (chunks and centroids). */
  hnsw: number;
  /** Building the other indexes (postings, trigrams) and analysing the tables. */
  index: number;
  calibrate: number;
}

/** Recalibrate when the paper count moved by more than this share since the last calibration. */
export const RECALIBRATE_CHANGE = 0.05;
