/** One-line gists: each paper's most informative sentence, cut to fit a line. */
import type { Paper } from '../../corpus/paper.js';
import { splitSentences, tokenize } from '../../retrieval/text.js';
import { shorten } from '../../util/truncate.js';

/** Characters of a paper's one-line gist. */
export const GIST_CHARS = 160;

/** A sentence that states a paper's contribution ("we propose ...", "this paper introduces ..."). */
export const CONTRIBUTION_RE = /\b(we|this (paper|work|study))\b[^.]{0,60}?\b(propose|present|introduce|develop|design|build)/i;

/**
 * A paper's most informative sentence: the one with the most (IDF-weighted) distinct terms for its
 * length, preferring the sentence stating the contribution; shortened at a word boundary to about
 * `maxChars` characters.
 */
export function gist(paper: Pick<Paper, 'abstract'>, idf: (term: string) => number, maxChars: number = GIST_CHARS): string {
  const sentences = splitSentences(paper.abstract);
  let best = sentences[0] ?? paper.abstract;
  let bestScore = -Infinity;
  sentences.forEach((sentence, i) => {
    const terms = new Set(tokenize(sentence));
    let score = 0;
    for (const t of terms) score += Math.max(0, idf(t));
    score /= Math.sqrt(Math.max(terms.size, 8));
    if (CONTRIBUTION_RE.test(sentence)) score *= 1.3;
    if (sentence.length < 40) score *= 0.5;
    score -= i * 0.001;
    if (score > bestScore) {
      bestScore = score;
      best = sentence;
    }
  });
  return shorten(best, maxChars);
}
