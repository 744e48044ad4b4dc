import type { Paper } from '../corpus/paper.js';
import { notMentioned } from '../retrieval/requirements/unmentioned.js';
import type { ChatMessage } from './llm/llm.js';
import type { Turn } from './types.js';
import { PromptFile, loadPrompt } from './templates.js';
import { apartNote, inPassingNote, notDatedNote, notFromNote, unmentionedNote, unstatedNote } from './unmentioned-note.js';

const templates = {
  system: loadPrompt('answer-system.txt').trim(),
  user: new PromptFile('answer-user.txt'),
  source: new PromptFile('source.txt'),
  history: new PromptFile('history.txt'),
};

type Tokenizer = typeof import('gpt-tokenizer/encoding/o200k_base');
let tokenizer: Promise<Tokenizer> | undefined;

/** The o200k_base tokenizer (of current OpenAI models), loaded on first use: its tables take most of a second to build. */
export function loadTokenizer(): Promise<Tokenizer> {
  return (tokenizer ??= import('gpt-tokenizer/encoding/o200k_base'));
}

function truncateTokens(tokenizer: Tokenizer, text: string, max: number): string {
  const tokens = tokenizer.encode(text);
  return tokens.length <= max ? text : `${tokenizer.decode(tokens.slice(0, max))}…`;
}

/** Source text cannot close or open the tags that delimit it. */
export function defang(text: string): string {
  return text.replace(/</g, '‹').replace(/>/g, '›');
}

/** At most this many authors of a source are shown to the LLM. */
const MAX_AUTHORS = 10;

/**
 * A paper as one numbered source block: its title, its authors and publication date when the corpus
 * has them, and `abstract` (the paper's, maybe shortened).
 */
export async function sourceBlock(n: number, paper: Pick<Paper, 'title' | 'authors' | 'published'>, abstract: string): Promise<string> {
  const authors = paper.authors ?? [];
  const byline =
    (authors.length > 0 ? `Authors: ${defang(authors.slice(0, MAX_AUTHORS).join(', '))}${authors.length > MAX_AUTHORS ? ' et al.' : ''}\n` : '') +
    (paper.published ? `Published: ${paper.published}\n` : '');
  return templates.source.format({ n: String(n), title: defang(paper.title), byline, abstract });
}

/** What of the question search found the sources do not cover (see retrieval/engine.ts, `SearchResult`). */
export interface Uncovered {
  unmentioned?: readonly string[] | undefined;
  unstated?: readonly string[] | undefined;
  inPassing?: readonly string[] | undefined;
  apart?: readonly string[] | undefined;
  notDated?: readonly number[] | undefined;
  notFrom?: readonly string[] | undefined;
}

export interface NumberedSource {
  n: number;
  paper: Paper;
}

export interface BuiltPrompt {
  messages: ChatMessage[];
  /** The sources that fit the token budget, numbered from 1. */
  sources: NumberedSource[];
  tokens: number;
}

/**
 * Fills the answer prompt with as many sources (best first) as fit in `budgetTokens`; the last one
 * may have its abstract shortened. At least one source is always included.
 */
export async function buildAnswerPrompt(
  question: string,
  papers: readonly Paper[],
  budgetTokens: number,
  history: readonly Turn[] = [],
  uncovered: Uncovered = {},
): Promise<BuiltPrompt> {
  const coverage = coverageText({ ...uncovered, unmentioned: notMentioned(uncovered.unmentioned ?? [], papers) });
  const historyText =
    history.length === 0
      ? ''
      : await templates.history.format({
          turns: history.map((t) => `Q: ${defang(t.question)}\nA: ${defang(t.answer)}`).join('\n'),
        });
  const tokenizer = await loadTokenizer();
  const countTokens = (text: string) => tokenizer.countTokens(text);
  const fixed = countTokens(templates.system) + countTokens(await templates.user.format({ sources: '', history: historyText, question: defang(question), coverage }));
  let remaining = budgetTokens - fixed;
  const blocks: string[] = [];
  const sources: NumberedSource[] = [];
  for (const paper of papers) {
    const n = sources.length + 1;
    let block = await sourceBlock(n, paper, defang(paper.abstract));
    let cost = countTokens(block);
    if (cost > remaining) {
      const overhead = cost - countTokens(defang(paper.abstract));
      const room = remaining - overhead;
      if (room < 40 && sources.length > 0) break;
      block = await sourceBlock(n, paper, truncateTokens(tokenizer, defang(paper.abstract), Math.max(room, 40)));
      cost = countTokens(block);
    }
    blocks.push(block.trim());
    sources.push({ n, paper });
    remaining -= cost;
    if (remaining <= 0) break;
  }
  const user = await templates.user.format({ sources: blocks.join('\n'), history: historyText, question: defang(question), coverage });
  return {
    messages: [
      { role: 'system', content: templates.system },
      { role: 'user', content: user },
    ],
    sources,
    tokens: budgetTokens - remaining,
  };
}

/**
 * What the prompt says of the words of the question none of the sources mention (names, or keywords
 * of a list of them: see retrieval/requirements/unmentioned.ts), so that the model does not answer about a close
 * paper as if it were the one asked about, and of the quantities asked for that the first source
 * gives no number for (see retrieval/requirements/unstated.ts), so that it does not make one up, and of what it
 * is not about though asked for in particular (see retrieval/requirements/in-passing.ts), of keywords no one
 * source holds with the others, of the years asked for that no source is dated in, and of the venues,
 * labs and authors asked for that the corpus does not say a source is from; '' for none.
 */
function coverageText(u: Uncovered): string {
  return [
    unmentionedNote(u.unmentioned ?? [], 'sources'),
    apartNote(u.apart ?? [], 'first sources'),
    unstatedNote(u.unstated ?? [], 'first source'),
    inPassingNote(u.inPassing ?? [], 'first source'),
    notDatedNote(u.notDated ?? [], 'sources'),
    notFromNote(u.notFrom ?? [], 'sources'),
  ]
    .map((n) => (n ? `${n} ` : ''))
    .join('');
}

/** True when the model said the sources do not cover the question. */
export function saysNotInCorpus(reply: string): boolean {
  const t = reply.trim();
  return /^NOT_IN_CORPUS\b/i.test(t) || (/\bNOT_IN_CORPUS\b/.test(t) && t.length < 200) || /^(the )?sources (provided )?do not (cover|answer|address|contain)/i.test(t);
}
