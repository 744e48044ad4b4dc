import type { Confidence } from '../retrieval/confidence/confidence.js';

/** How each confidence level is put to a user, on every surface. */
export const CONFIDENCE_TEXT: Record<Confidence, { label: string; explanation: string }> = {
  high: { label: 'Strong match', explanation: 'The corpus has papers on this question.' },
  low: { label: 'Weak match', explanation: 'These are the closest papers in the corpus, but they may not answer the question.' },
  none: { label: 'Not in the corpus', explanation: 'Nothing in the corpus answers this question; the closest papers are listed, but they are not an answer.' },
};

/** What a confidence level means for one answer, including who decided that the corpus answers it. */
export function confidenceExplanation(confidence: Confidence, decidedBy: 'retrieval' | 'llm'): string {
  if (confidence === 'low' && decidedBy === 'llm') return 'The closest papers were a weak match; the LLM read them and answered from what they say.';
  return CONFIDENCE_TEXT[confidence].explanation;
}

/** The label and its explanation on one line. */
export function confidenceLine(confidence: Confidence, decidedBy: 'retrieval' | 'llm'): string {
  return `${CONFIDENCE_TEXT[confidence].label}: ${confidenceExplanation(confidence, decidedBy)}`;
}
