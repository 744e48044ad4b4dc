import * as z from 'zod';
import { type Description, DescriptionSchema, type Paper } from '../corpus/paper.js';
import { cleanLine } from '../util/sanitize.js';
import { type ChatClient, type JsonOutput, LlmError } from './llm/llm.js';
import { defang } from './prompt.js';
import { unfenced } from './reply.js';
import { PromptFile, loadPrompt } from './templates.js';

const QUESTIONS = 8;

/** The structured output asked of the model (see {@link ChatClient.complete}). */
export const DESCRIPTION_OUTPUT: JsonOutput = {
  name: 'paper_description',
  schema: {
    type: 'object',
    properties: {
      summary: { type: 'string', description: 'What the paper does and finds, in plain everyday English.' },
      questions: { type: 'array', items: { type: 'string' }, description: 'Eight requests a reader might type to find the paper.' },
    },
    required: ['summary', 'questions'],
    additionalProperties: false,
  },
  instruction: loadPrompt('describe-json.txt').trim(),
};

let template: PromptFile | undefined;

/** Asks the model for a paper's description: a plain summary and the requests a reader might type to find it. */
export async function describePaper(llm: ChatClient, paper: Pick<Paper, 'title' | 'abstract'>, signal?: AbortSignal): Promise<Description> {
  template ??= new PromptFile('describe-paper.txt');
  const content = await template.format({ title: defang(paper.title), abstract: defang(paper.abstract) });
  const reply = await llm.complete([{ role: 'user', content }], { json: DESCRIPTION_OUTPUT, ...(signal ? { signal } : {}) });
  return parseDescriptionReply(reply);
}

const JsonReply = z.object({ summary: z.string(), questions: z.array(z.string()) });

/**
 * Reads the model's reply: JSON `{summary, questions}` (possibly in a code fence), or the text form the
 * prompt asks for ("Summary: ..." then numbered lines). Control characters are stripped; a reply with
 * no summary is an `LlmError` of kind `malformed`.
 */
export function parseDescriptionReply(content: string): Description {
  const trimmed = content.trim();
  const body = unfenced(trimmed);
  let raw: { summary: string; questions: string[] } | undefined;
  if (body.startsWith('{')) {
    try {
      const parsed = JsonReply.safeParse(JSON.parse(body));
      if (parsed.success) raw = parsed.data;
    } catch {
      raw = undefined;
    }
  }
  raw ??= textReply(trimmed);
  const summary = cleanLine(raw.summary);
  const questions = raw.questions.map(cleanLine).filter((q) => q !== '').slice(0, QUESTIONS);
  const checked = DescriptionSchema.safeParse({ summary, questions });
  if (!checked.success) throw new LlmError('malformed', 'the LLM replied without a usable description', 1);
  return checked.data;
}

function textReply(text: string): { summary: string; questions: string[] } {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const at = lines.findIndex((l) => /^summary\s*:/i.test(l));
  if (at < 0) return { summary: '', questions: [] };
  const summary: string[] = [lines[at]!.replace(/^summary\s*:\s*/i, '')];
  const questions: string[] = [];
  for (const line of lines.slice(at + 1)) {
    const item = /^(?:\d+[.)]|[-*])\s+(.*)$/.exec(line);
    if (item) questions.push(item[1]!);
    else if (questions.length === 0 && line !== '') summary.push(line);
  }
  return { summary: summary.join(' '), questions };
}
