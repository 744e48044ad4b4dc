/**
 * Questions that ask for the newest papers rather than about a topic ("what's new this week?", "any
 * recent papers?"), and their answer: the papers published last, each with a sentence of its abstract.
 * Pure.
 */
import type { Paper } from '../corpus/paper.js';
import { topicTerms } from '../retrieval/query/query.js';
import { tokenize } from '../retrieval/text.js';
import { truncate } from '../util/truncate.js';
import { bestSentence } from './extractive.js';

/** Words that ask for what is new (some of them chat when a question names a topic: "these days", "lately"). */
const RECENCY = new Set(tokenize('new newest latest recent recently lately today yesterday week weeks month trending fresh'));

/** Words that may stand beside them in such a question without naming a topic. */
const FILLER = new Set([
  ...RECENCY,
  ...topicTerms(
    'this past last days day out came come coming just released release published appeared paper papers preprint preprints ' +
      'arxiv anything something interesting cool hot good show list give tell see read me us about any some so far far there been',
  ),
]);

/** Whether a question asks for the newest papers and names no topic. */
export function asksForNewest(question: string): boolean {
  return tokenize(question).some((t) => RECENCY.has(t)) && topicTerms(question).every((t) => FILLER.has(t));
}

const NEWEST_LABEL = 'The newest papers in the corpus, by publication date (the digest groups a week\'s papers by theme):';

const MAX_SENTENCE_CHARS = 300;

/** The sentence of an abstract that says what the paper does (see {@link bestSentence}: no question's words to weigh). */
export function contributionSentence(paper: Pick<Paper, 'abstract'>): string {
  return bestSentence(paper, new Map());
}

/** The answer listing the newest papers: each one's date and what it does, cited [n] in order. */
export function newestAnswer(papers: readonly Paper[]): string {
  return [NEWEST_LABEL, ...papers.map((p, i) => `${p.published}: ${truncate(contributionSentence(p), MAX_SENTENCE_CHARS)} [${i + 1}]`)].join('\n');
}
