import type { Confidence } from '../retrieval/confidence/confidence.js';

/** What `ask` returns, on every surface (terminal, JSON, Discord). */
export interface AskResult {
  question: string;
  /** The answer text; citations appear as [n], numbered as in `citations`' source numbers. */
  answer: string;
  /** True when the corpus does not cover the question. */
  abstained: boolean;
  /**
   * Retrieval's confidence that the corpus answers the question: `high`, `low` (the closest papers may
   * not answer it) or `none` (not in the corpus; no LLM is called).
   */
  confidence: Confidence;
  /** Who decided whether the corpus answers the question: retrieval alone, or the LLM reading the sources. */
  decidedBy: 'retrieval' | 'llm';
  mode: 'llm' | 'extractive';
  /** The papers the answer cites, in order of first citation. `n` is the source number used in the text. */
  citations: { n: number; title: string; url?: string }[];
  /**
   * Every paper retrieved for the question, best first (when abstained: the closest papers, which are
   * not an answer). Empty when the question names no topic the papers use, and for a question asking for the
   * newest papers, which are listed by date (see newest.ts) without a search.
   */
  sources: { title: string; score: number; url?: string }[];
  /** Citations removed: source numbers that were not given, and invented titles (quoted, emphasised or Title-Case). */
  droppedCitations: number;
  /** A one-line note for the user, e.g. why an LLM answer fell back to an extractive one. */
  note?: string;
  /** Wall time spent answering, in milliseconds. */
  ms: number;
}

/** An earlier turn of a conversation, for follow-up questions. */
export interface Turn {
  question: string;
  answer: string;
}

export interface AskOptions {
  k?: number;
  /** Answer extractively even when an LLM is configured. */
  extractive?: boolean;
  /** Earlier question and answer this question follows up on. */
  history?: Turn[];
  signal?: AbortSignal;
}

/** Answers questions from the corpus. */
export interface AskService {
  ask(question: string, options?: AskOptions): Promise<AskResult>;
}
