/**
 * Questions that make two separate requests, joined from an eval set's one-paper questions in the
 * ways people join them ("... Also, ...", ", and also ...", a numbered list, a lower-case "? also"):
 * both papers should be found. Deterministic.
 */
import type { EvalItem } from './dataset.js';

export interface TwoRequests {
  question: string;
  /** The paper each request is about. */
  relevant: [string, string];
}

type PaperItem = Extract<EvalItem, { kind: 'paper' }>;

const strip = (q: string) => q.replace(/[?.!\s]+$/, '');

const JOINS: ((a: string, b: string) => string)[] = [
  (a, b) => `${a} Also, ${b}`,
  (a, b) => `${strip(a)}, and also ${b}`,
  (a, b) => `Two questions: 1) ${strip(a)} 2) ${b}`,
  (a, b) => `${strip(a).toLowerCase()}? also ${b.toLowerCase()}`,
];

/** How far apart in the set the two questions of a pair are. */
const STRIDE = 7;

/** Each one-paper question (long ones left out) joined with the one {@link STRIDE} after it, in each of the {@link JOINS}. */
export function twoRequestQuestions(items: readonly EvalItem[]): TwoRequests[] {
  const papers = items.filter((i): i is PaperItem => i.kind === 'paper' && i.style !== 'long');
  if (papers.length <= STRIDE) return [];
  return papers.flatMap((a, i) => {
    const b = papers[(i + STRIDE) % papers.length]!;
    if (a.relevant[0] === b.relevant[0]) return [];
    return JOINS.map((join) => ({ question: join(a.question, b.question), relevant: [a.relevant[0]!, b.relevant[0]!] as [string, string] }));
  });
}
