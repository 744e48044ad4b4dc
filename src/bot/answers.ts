import type { AnswerRecord } from '../store/types.js';

/** How many earlier turns a follow-up carries. */
export const MAX_HISTORY_TURNS = 3;

/** The conversation so far for a follow-up to `record`: its history plus its own turn, most recent last. */
export function historyFor(record: AnswerRecord): { question: string; answer: string }[] {
  return [...record.history, { question: record.question, answer: record.answer }].slice(-MAX_HISTORY_TURNS);
}
