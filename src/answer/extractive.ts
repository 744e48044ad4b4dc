import type { Paper } from '../corpus/paper.js';
import { splitSentences, tokenize } from '../retrieval/text.js';
import { truncate } from '../util/truncate.js';

export interface ExtractiveSource {
  n: number;
  paper: Paper;
  score: number;
}

export interface ExtractiveAnswer {
  text: string;
  cited: ExtractiveSource[];
}

export const EXTRACTIVE_LABEL = 'Extractive answer (sentences quoted from the abstracts):';

const MAX_PAPERS = 3;
const MAX_SENTENCE_CHARS = 400;

/**
 * Picks, from the best papers, the sentence that shares most of the question's (IDF-weighted) terms,
 * and cites each. Papers scoring well below the best one are left out.
 */
export function extractiveAnswer(sources: readonly ExtractiveSource[], weights: ReadonlyMap<string, number>): ExtractiveAnswer {
  const top = sources[0];
  if (!top) return { text: '', cited: [] };
  const chosen = sources.filter((s, i) => i === 0 || (i < MAX_PAPERS && s.score >= 0.75 * top.score));
  const parts: string[] = [];
  for (const s of chosen) {
    parts.push(`${truncate(bestSentence(s.paper, weights), MAX_SENTENCE_CHARS)} [${s.n}]`);
  }
  return { text: `${EXTRACTIVE_LABEL}\n${parts.join('\n')}`, cited: chosen };
}

/** The abstract sentence with the highest share of the query's term weight (ties: the earlier one). */
export function bestSentence(paper: Pick<Paper, 'abstract'>, weights: ReadonlyMap<string, number>): string {
  const sentences = splitSentences(paper.abstract);
  let best = sentences[0] ?? paper.abstract;
  let bestScore = -1;
  sentences.forEach((sentence, i) => {
    const terms = new Set(tokenize(sentence));
    let score = 0;
    for (const [t, w] of weights) if (terms.has(t)) score += w;
    score = score / Math.sqrt(Math.max(terms.size, 8)) - i * 0.01;
    if (score > bestScore) {
      bestScore = score;
      best = sentence;
    }
  });
  return best;
}
