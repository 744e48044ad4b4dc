/**
 * Follow-up questions made from an eval set's one-paper questions: another one-paper question asked
 * as a follow-up to the first (a new topic: its own paper should be found), and a question that
 * points back at the first's paper ("what were the main results?": that paper should stay). Deterministic.
 */
import type { EvalItem } from './dataset.js';
import { paperQuestionPairs } from './pairs.js';

export interface FollowUp {
  earlier: string;
  question: string;
  /** The paper that should be among the top sources. */
  relevant: string;
  kind: 'new topic' | 'same topic';
}

/** How people open a follow-up that moves on. */
const OPENERS = ['thanks! now, ', 'ok and ', '', 'different topic: '];

/** Follow-ups that point back at the earlier answer, or could be asked of any paper. */
export const POINTING_BACK = [
  'what dataset did they use?',
  'how does it compare with earlier methods?',
  'which one is the most recent?',
  'does it need fine-tuning?',
  'can you explain that more simply?',
  'what are the limitations?',
  'tell me more about the second one',
  'is the code available?',
  'who wrote the paper?',
  'any limitations mentioned?',
  'how well does that work in practice?',
  'and for smaller models?',
  'does this scale to bigger models?',
  'what were the main results?',
  'how big is the model they trained?',
  'which baselines did the authors compare against?',
  'is there a follow-up to the work?',
  'explain the approach in simple terms',
  'how is the training done?',
  'summarize the findings for a beginner',
];

/** Each pair of one-paper questions (see pairs.ts): the second asked after the first in each of the {@link OPENERS}, and one of {@link POINTING_BACK} after the first. */
export function followUpQuestions(items: readonly EvalItem[]): FollowUp[] {
  return paperQuestionPairs(items).flatMap(({ a, b }, i): FollowUp[] => {
    const same: FollowUp = { earlier: a.question, question: POINTING_BACK[i % POINTING_BACK.length]!, relevant: a.relevant[0]!, kind: 'same topic' };
    if (!b) return [same];
    const lower = b.question.charAt(0).toLowerCase() + b.question.slice(1);
    return [...OPENERS.map((o): FollowUp => ({ earlier: a.question, question: o + lower, relevant: b.relevant[0]!, kind: 'new topic' })), same];
  });
}
