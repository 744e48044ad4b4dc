/**
 * Questions that make two separate requests, joined from an eval set's one-paper questions in the
 * ways people join them ("... Also, ...", ", and also ...", a numbered list, a lower-case "? also"):
 * both papers should be found. Deterministic.
 */
import type { EvalItem } from './dataset.js';
import { paperQuestionPairs } from './pairs.js';

export interface TwoRequests {
  question: string;
  /** The paper each request is about. */
  relevant: [string, string];
}

const strip = (q: string) => q.replace(/[?.!\s]+$/, '');

const JOINS: ((a: string, b: string) => string)[] = [
  (a, b) => `${a} Also, ${b}`,
  (a, b) => `${strip(a)}, and also ${b}`,
  (a, b) => `Two questions: 1) ${strip(a)} 2) ${b}`,
  (a, b) => `${strip(a).toLowerCase()}? also ${b.toLowerCase()}`,
];

/** Each pair of one-paper questions (see pairs.ts) joined in each of the {@link JOINS}. */
export function twoRequestQuestions(items: readonly EvalItem[]): TwoRequests[] {
  return paperQuestionPairs(items).flatMap(({ a, b }) =>
    b ? JOINS.map((join) => ({ question: join(a.question, b.question), relevant: [a.relevant[0]!, b.relevant[0]!] as [string, string] })) : [],
  );
}
