import type { EvalItem } from './dataset.js';

export type PaperItem = Extract<EvalItem, { kind: 'paper' }>;

/** How far apart in the set the two questions of a pair are. */
const STRIDE = 7;

/**
 * The set's short one-paper questions (see {@link shortPaperQuestions}), each paired with the one {@link STRIDE} after it
 * (`b` undefined when both are about the same paper): the questions that are joined into one, or asked
 * one after the other. Empty for a set with too few.
 */
export function paperQuestionPairs(items: readonly EvalItem[]): { a: PaperItem; b: PaperItem | undefined }[] {
  const papers = shortPaperQuestions(items);
  if (papers.length <= STRIDE) return [];
  return papers.map((a, i) => {
    const b = papers[(i + STRIDE) % papers.length]!;
    return { a, b: a.relevant[0] === b.relevant[0] ? undefined : b };
  });
}

/** The set's one-paper questions, long ones left out. */
export function shortPaperQuestions(items: readonly EvalItem[]): PaperItem[] {
  return items.filter((i): i is PaperItem => i.kind === 'paper' && i.style !== 'long');
}
