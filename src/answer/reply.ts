import * as z from 'zod';
import type { JsonOutput } from './llm/llm.js';
import { saysNotInCorpus } from './prompt.js';
import { loadPrompt } from './templates.js';

/** The answer as the model is asked to give it in JSON. */
export const AnswerReplySchema = z.object({
  answer: z.string(),
  cited: z.array(z.number().int()),
  not_in_corpus: z.boolean(),
});

/** The structured output asked of the model (see {@link ChatClient.complete}). */
export const ANSWER_OUTPUT: JsonOutput = {
  name: 'paperbot_answer',
  schema: {
    type: 'object',
    properties: {
      answer: { type: 'string', description: 'The answer, citing sources as [n]; empty when not_in_corpus.' },
      cited: { type: 'array', items: { type: 'integer' }, description: 'Numbers of the sources the answer cites.' },
      not_in_corpus: { type: 'boolean', description: 'True when the sources do not answer the question.' },
    },
    required: ['answer', 'cited', 'not_in_corpus'],
    additionalProperties: false,
  },
  instruction: loadPrompt('answer-json.txt').trim(),
};

/** What the model replied, whichever way it replied. Its text is not trusted: citations are checked next. */
export interface ModelReply {
  /** The answer text with its [n] markers. */
  text: string;
  /** The source numbers the model says it cited (from the JSON, or read from the text's markers). */
  cited: number[];
  /** The model said the sources do not answer the question. */
  notInCorpus: boolean;
  /** The reply was JSON of the expected shape. */
  structured: boolean;
}

const FENCE_RE = /^```(?:json)?\s*([\s\S]*?)\s*```$/i;

/** A model reply without the code fence some models put around JSON. */
export function unfenced(content: string): string {
  const trimmed = content.trim();
  return FENCE_RE.exec(trimmed)?.[1] ?? trimmed;
}

/**
 * Reads a model's reply: JSON following {@link AnswerReplySchema} (possibly in a code fence), or plain
 * text with [n] markers and NOT_IN_CORPUS, for servers that cannot give JSON. A JSON reply cut short
 * or of another shape keeps whatever answer text can be read from it, and never shows JSON to the user.
 * When the answer text has no [n] marker, the JSON's cited numbers are added at its end.
 */
export function parseReply(content: string): ModelReply {
  const trimmed = content.trim();
  const body = unfenced(trimmed);
  if (!body.startsWith('{')) return textReply(trimmed);

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  const parsed = AnswerReplySchema.safeParse(json);
  if (parsed.success) {
    const { answer, cited, not_in_corpus } = parsed.data;
    const text = withCitations(answer.trim(), cited);
    return { text, cited, notInCorpus: not_in_corpus || saysNotInCorpus(answer), structured: true };
  }
  const answer = readAnswerField(json, body);
  const notInCorpus = /"not_in_corpus"\s*:\s*true\b/.test(body) || (answer !== '' && saysNotInCorpus(answer));
  return { text: answer, cited: markers(answer), notInCorpus, structured: false };
}

function textReply(text: string): ModelReply {
  return { text, cited: markers(text), notInCorpus: saysNotInCorpus(text), structured: false };
}

/** The `answer` string of a JSON object of another shape, or of JSON cut short; '' when there is none. */
function readAnswerField(json: unknown, body: string): string {
  const loose = z.object({ answer: z.string() }).safeParse(json);
  if (loose.success) return loose.data.answer.trim();
  const partial = /"answer"\s*:\s*"((?:[^"\\]|\\.)*)/.exec(body)?.[1];
  if (partial === undefined) return '';
  try {
    return (JSON.parse(`"${partial.replace(/\\$/, '')}"`) as string).trim();
  } catch {
    return '';
  }
}

/** Source numbers in the text's [n] markers, in order of first appearance. */
function markers(text: string): number[] {
  const seen = new Set<number>();
  for (const m of text.matchAll(/\[([\d\s,–—-]+)\]/g)) {
    for (const n of m[1]!.match(/\d+/g) ?? []) seen.add(Number(n));
  }
  return [...seen];
}

/** The answer with the cited numbers added before its final full stop when it has no [n] of its own. */
function withCitations(answer: string, cited: number[]): string {
  if (answer === '' || cited.length === 0 || markers(answer).length > 0) return answer;
  const list = ` [${[...new Set(cited)].join(', ')}]`;
  const end = /[.!?]$/.test(answer) ? answer.length - 1 : answer.length;
  return `${answer.slice(0, end)}${list}${answer.slice(end)}`;
}
