import * as z from 'zod';
import type { Paper } from '../corpus/paper.js';

/**
 * The store of record: every paper ever added (whatever its origin) and the bot's own state (answers
 * kept for follow-ups, feedback votes, scheduled-job state). The search index is derived from it and
 * can be rebuilt from it at any time.
 */
export interface Store {
  readonly papers: PaperStore;
  readonly answers: AnswerStore;
  readonly feedback: FeedbackStore;
  readonly jobs: JobStateStore;
  /** Where the store lives, for messages (a file path or a database URL without its password). */
  readonly location: string;
  close(): Promise<void>;
}

export interface PaperWrite {
  /** Papers written by this call (new or changed). */
  added: number;
  updated: number;
  /** The store's paper revision after the write. */
  revision: number;
}

export interface RevisedPaper {
  paper: Paper;
  revision: number;
}

export interface PaperStore {
  /** Every paper, in the order they were first added. */
  all(): Promise<Paper[]>;
  /** The stored papers with these ids (unknown ids are left out), in the order they were first added. */
  byIds(ids: readonly string[]): Promise<Paper[]>;
  count(): Promise<number>;
  /** Grows by one with every write that changes papers. */
  revision(): Promise<number>;
  /** Papers written after `revision` (new or changed), in the order they were first added. */
  changedSince(revision: number): Promise<Paper[]>;
  /** Every paper with the revision that last wrote it, in the order they were first added (to copy a store revision for revision). */
  allWithRevisions(): Promise<RevisedPaper[]>;
  /**
   * Writes papers in one transaction: new ones are added, known ones (same id) replaced. Papers equal
   * to what is stored are skipped. Nothing is ever deleted.
   */
  write(papers: readonly Paper[]): Promise<PaperWrite>;
}

const TurnSchema = z.object({ question: z.string(), answer: z.string() });

export const AnswerRecordSchema = z.object({
  /** Stable id of the answer, used in button ids. */
  key: z.string().min(1),
  question: z.string(),
  answer: z.string(),
  mode: z.enum(['llm', 'extractive']),
  abstained: z.boolean(),
  /** Retrieval's confidence (absent in answers stored before it was recorded). */
  confidence: z.enum(['high', 'low', 'none']).optional(),
  decidedBy: z.enum(['retrieval', 'llm']).optional(),
  citations: z.array(z.object({ n: z.number(), title: z.string(), url: z.string().optional() })),
  sources: z.array(z.object({ title: z.string(), score: z.number(), url: z.string().optional() })),
  /** Earlier turns this answer followed up on, oldest first. */
  history: z.array(TurnSchema),
  at: z.string(),
  /** Discord messages that show this answer (empty on the terminal). */
  messageIds: z.array(z.string()).default([]),
  channelId: z.string().optional(),
});
export type AnswerRecord = z.infer<typeof AnswerRecordSchema>;

/** Recent answers (the oldest beyond the store's capacity are forgotten), for follow-ups and buttons. */
export interface AnswerStore {
  get(key: string): Promise<AnswerRecord | undefined>;
  put(record: AnswerRecord): Promise<void>;
  /** Records the messages that show an answer (so replies to any of them find it) and its channel. */
  attach(key: string, messageIds: readonly string[], channelId?: string): Promise<void>;
  /** The answer a Discord message shows. */
  forMessage(messageId: string): Promise<AnswerRecord | undefined>;
  /** The most recent answer posted in a channel or thread. */
  latestIn(channelId: string): Promise<AnswerRecord | undefined>;
  count(): Promise<number>;
  /** The `limit` most recent answers, oldest first. */
  recent(limit: number): Promise<AnswerRecord[]>;
}

export const FeedbackSchema = z.object({
  at: z.string(),
  vote: z.enum(['up', 'down']),
  /** The answer's key (see AnswerStore). */
  answerKey: z.string(),
  userId: z.string(),
  surface: z.enum(['discord', 'terminal']),
  question: z.string(),
  answer: z.string(),
  mode: z.enum(['llm', 'extractive']),
  citations: z.array(z.string()),
});
export type Feedback = z.infer<typeof FeedbackSchema>;

/** Thumbs up/down on answers. Later votes by the same user on the same answer supersede earlier ones when reviewing. */
export interface FeedbackStore {
  record(entry: Feedback): Promise<void>;
  /** Every vote, oldest first. */
  all(): Promise<Feedback[]>;
}

/** The outcome of {@link JobStateStore.runExclusive}: `ran` is false when another run of the job held its lock. */
export type ExclusiveRun<T> = { ran: true; value: T } | { ran: false };

/** What a scheduled job remembers between runs (e.g. the last period it completed), as JSON. */
export interface JobStateStore {
  get(job: string): Promise<unknown>;
  set(job: string, state: unknown): Promise<void>;
  /** Every job's state, by job name. */
  all(): Promise<{ job: string; state: unknown }[]>;
  /**
   * Runs `fn` holding the job's lock, which every process using the store shares. When another run
   * of the job (in this process or another) holds it, returns `{ ran: false }` at once without
   * running `fn`. The lock is released when `fn` settles, and when its process dies. To run a period
   * once across processes, read the job's state inside `fn`, skip a period already done, and record
   * it before `fn` returns.
   */
  runExclusive<T>(job: string, fn: () => Promise<T>): Promise<ExclusiveRun<T>>;
}
