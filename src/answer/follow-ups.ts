/**
 * Whether a follow-up question can be searched without the question before it: it points back at
 * nothing ("it", "they", "that", "the second one", "the code"), and at least two of its words name a
 * topic, each used by at most a quarter of the papers ("medical exam benchmarks", not "smaller
 * models" or "main results", which could be asked of any paper).
 */
import { MIN_TOPIC_TERMS, pointsBackAtEarlier } from '../retrieval/query/query-parts.js';
import { topicTerms } from '../retrieval/query/query.js';

/** A word used by more papers than this share says too little about a topic to search for it alone. */
const MAX_PAPER_SHARE = 0.25;

/**
 * `documentFrequency`: how many of the index's `papers` use each term (tokenized as search does),
 * asked only when the question points back at nothing.
 */
export async function standsAlone(question: string, documentFrequency: (terms: string[]) => Promise<readonly { df: number }[]>, papers: number): Promise<boolean> {
  if (pointsBackAtEarlier(question)) return false;
  const terms = [...new Set(topicTerms(question))];
  if (terms.length < MIN_TOPIC_TERMS) return false;
  const specific = (await documentFrequency(terms)).filter((t) => t.df <= MAX_PAPER_SHARE * papers);
  return specific.length >= MIN_TOPIC_TERMS;
}
