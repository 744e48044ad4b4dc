import type { Paper } from '../../src/corpus/paper.js';
import type { AnswerRecord, Feedback } from '../../src/store/types.js';

/** A paper record as the store keeps it, its id derived from the title. */
export const paper = (title: string, over: Partial<Paper> = {}): Paper => ({
  id: title.toLowerCase().replace(/\W+/g, '-'),
  title,
  abstract: `About ${title}.`,
  addedAt: '2026-01-01T00:00:00.000Z',
  sources: ['a.jsonl'],
  ...over,
});

export const answer = (key: string, over: Partial<AnswerRecord> = {}): AnswerRecord => ({
  key,
  question: `q ${key}`,
  answer: `a ${key}`,
  mode: 'extractive',
  abstained: false,
  citations: [],
  sources: [],
  history: [],
  at: new Date(0).toISOString(),
  messageIds: [],
  ...over,
});

export const vote = (answerKey: string, vote: 'up' | 'down' = 'up', userId = 'u'): Feedback => ({
  at: new Date(0).toISOString(),
  vote,
  answerKey,
  userId,
  surface: 'discord',
  question: 'q',
  answer: 'a',
  mode: 'llm',
  citations: [],
});
