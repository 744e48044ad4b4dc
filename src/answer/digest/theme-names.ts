/**
 * Theme names written by the LLM from the titles of each theme's papers, each checked: a short noun
 * phrase, not generic, naming no paper, model or method that the theme's papers do not mention.
 * A theme whose name fails the check keeps its extractive label.
 */
import * as z from 'zod';
import type { ChatClient } from '../llm/llm.js';
import { escapeRegExp } from '../../util/regexp.js';
import { defang, saysNotInCorpus } from '../prompt.js';
import { PromptFile } from '../templates.js';
import type { Theme } from '../themes/group.js';
import { isGenericTerm } from '../themes/labels.js';
import { type LlmResult, llmFailure } from './summaries.js';

/** Longest theme name accepted from the LLM. */
export const MAX_THEME_NAME_CHARS = 60;
const MAX_THEME_NAME_WORDS = 8;
/** Titles per theme shown to the LLM. */
const TITLES_PER_THEME = 10;

const template = new PromptFile('digest-names.txt');

const ReplySchema = z.string().trim().min(1).max(8000);

/** The prompt naming every theme at once. */
export async function buildNamesPrompt(themes: readonly Theme[]): Promise<string> {
  const blocks = themes.map((theme, i) =>
    [
      `<theme n="${i + 1}">`,
      `Phrases: ${defang(theme.terms.join(', '))}`,
      'Titles:',
      ...theme.papers.slice(0, TITLES_PER_THEME).map((p) => `- ${defang(p.paper.title)}`),
      '</theme>',
    ].join('\n'),
  );
  return (await template.format({ themes: blocks.join('\n\n') })).trim();
}

/**
 * Asks the LLM to name the themes in one call. Resolves with a checked name per theme (undefined
 * where the reply gave none that passed), or with why the call failed.
 */
export async function nameThemes(llm: ChatClient, themes: readonly Theme[], signal?: AbortSignal): Promise<LlmResult<{ names: (string | undefined)[] }>> {
  if (themes.length === 0) return { names: [] };
  const content = await buildNamesPrompt(themes);
  let reply: string;
  try {
    reply = await llm.complete([{ role: 'user', content }], signal ? { signal } : undefined);
  } catch (err) {
    return llmFailure(err, signal);
  }
  const parsed = ReplySchema.safeParse(reply);
  if (!parsed.success || saysNotInCorpus(parsed.data)) return { error: 'the LLM gave no theme names', unreachable: false };
  const byNumber = new Map<number, string>();
  for (const line of parsed.data.split('\n')) {
    const m = /^\s*(?:theme\s*)?(\d{1,2})\s*[:.)]\s*(.+)$/i.exec(line);
    if (m && !byNumber.has(Number(m[1]))) byNumber.set(Number(m[1]), m[2]!);
  }
  return { names: themes.map((theme, i) => checkThemeName(byNumber.get(i + 1), theme)) };
}

/**
 * The name as shown, or undefined when it is not usable: more than a short phrase, a sentence,
 * quoted or cited text, a generic name ("LLMs"), or a name-like word (LoRA, GPT-4, MoE: capitals
 * inside a word, or digits) that none of the theme's titles and abstracts contains.
 */
export function checkThemeName(raw: string | undefined, theme: Pick<Theme, 'papers'>): string | undefined {
  if (raw === undefined) return undefined;
  const name = raw
    .trim()
    .replace(/^[*_`'"“”‘’]+|[*_`'"“”‘’]+$/g, '')
    .replace(/\.$/, '')
    .trim();
  if (name === '' || name.length > MAX_THEME_NAME_CHARS) return undefined;
  if (/[\n[\]{}<>"“”:;!?|]|\.\s|https?:/.test(name)) return undefined;
  const words = name.split(/\s+/);
  if (words.length > MAX_THEME_NAME_WORDS) return undefined;
  if (isGenericTerm(name) || saysNotInCorpus(name)) return undefined;
  const text = theme.papers.map((p) => `${p.paper.title} ${p.paper.abstract}`).join(' ').toLowerCase();
  for (const word of words.flatMap((w) => w.split(/[/]/))) {
    const token = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const nameLike = /\p{Lu}/u.test(token.slice(1)) || /\d/.test(token);
    if (nameLike && !containsWord(text, token.toLowerCase())) return undefined;
  }
  return name;
}

function containsWord(text: string, word: string): boolean {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(word)}($|[^\\p{L}\\p{N}])`, 'u').test(text);
}
