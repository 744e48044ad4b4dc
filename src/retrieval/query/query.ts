/**
 * What a typed query's words say: its chat (the phrases of chat-phrases.ts, the words of
 * chat-words.ts, links, who asks) is left out of the lexical query and of what is embedded (typos are
 * fixed before, see spelling.ts). Pure.
 */
import { countTerms } from '../ranking/lexical.js';
import { CHAT_PHRASES, SURVEY_ASKED } from './chat-phrases.js';
import { CHAT_WORDS as QUESTION_WORDS } from './chat-words.js';
import { isEnglishWord } from './english.js';
import { foldedWords, tokenizeWords } from '../text.js';

/** The weighted BM25 query for a query text: its terms without question words (all of them if that leaves none). */
export function lexicalQuery(query: string): Map<string, number> {
  const kept = topicTerms(query);
  return countTerms(kept.length > 0 ? kept : tokenizeWords(foldedWords(query)));
}

/** Chat in lower case that written in capitals is a name: "asap", but the "ASAP" essay dataset. */
const LOWER_CASE_CHAT = /\b(?:asap|tbd|fyi)\b/g;

/** Whether a (lower-case) word is a question or chat word ("which", "hey", "lol"), also drawn out ("lmaooo", "pleaseee", "sooo"). */
export function isChatWord(word: string): boolean {
  if (QUESTION_WORDS.has(word)) return true;
  if (!/(.)\1\1/.test(word)) return false;
  return QUESTION_WORDS.has(word.replace(/(.)\1{2,}/g, '$1')) || QUESTION_WORDS.has(word.replace(/(.)\1{2,}/g, '$1$1'));
}

/** A link ("https://github.com/...", "arxiv.org"): where something is, not what it is about (a paper's identifier in one is read before, see identifiers.ts). */
const LINK = /(?:\bhttps?:\/\/|\bwww\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|co|edu|dev|app)\b(?:\/\S*)?/gi;

/** The terms of a text that say what it is about: its tokens without question and chat words, and without links. */
export function topicTerms(text: string): string[] {
  return tokenizeWords(foldedWords(withoutChatPhrases(text).replace(SURVEY_ASKED, ' ')).filter((w) => !isChatWord(w)));
}

/**
 * The text without its links and chat phrases ("hope this is the right channel", "in your db"), its
 * words otherwise as typed: what the query's embedding is made of. Question words ("which methods",
 * "approaches") stay in it, which place a paraphrase among the papers.
 */
export function withoutChatPhrases(text: string): string {
  const known = readWithoutChat.get(text);
  if (known !== undefined) return known;
  const introduced = text.replace(ASKER_HERE, introduction).replace(LINK, ' ');
  const phrases = chatPhrasesIn(introduced);
  const out = (phrases ? introduced.replace(phrases, ' ') : introduced).replace(LOWER_CASE_CHAT, ' ');
  return keep(readWithoutChat, text, out === text ? text : out.replace(/\s{2,}/g, ' ').trim(), READ_KEPT);
}

/** Keeps `value` under `key`, the oldest entry let go once the map holds `limit`; returns `value`. */
function keep<V>(map: Map<string, V>, key: string, value: V, limit: number): V {
  if (map.size >= limit) map.delete(map.keys().next().value!);
  map.set(key, value);
  return value;
}

/** Each chat phrase alone, to find which a text holds, with a word any match of it holds (see {@link anchorOf}). */
const EACH_PHRASE = CHAT_PHRASES.map((p) => ({ re: new RegExp(String.raw`\b(?:${p})\b`, 'i'), anchor: anchorOf(p) }));
/** The phrases a text holds, joined into one expression, by which of them they are (the last {@link JOINED_KEPT}). */
const joinedPhrases = new Map<string, RegExp>();
const JOINED_KEPT = 1024;

/**
 * One expression of the chat phrases a text holds (undefined: none), which replaces them as one
 * expression of all the phrases would: leftmost first, the first phrase listed where two start
 * together. A phrase is looked for only in a text holding its anchor, which leaves out most of the
 * hundreds of phrases at the cost of a substring search each.
 */
export function chatPhrasesIn(text: string): RegExp | undefined {
  const lower = text.toLowerCase();
  const held = EACH_PHRASE.flatMap(({ re, anchor }, i) => ((anchor === undefined || lower.includes(anchor)) && re.test(text) ? [i] : []));
  if (held.length === 0) return undefined;
  const key = held.join(' ');
  return joinedPhrases.get(key) ?? keep(joinedPhrases, key, new RegExp(String.raw`\b(?:${held.map((i) => CHAT_PHRASES[i]).join('|')})\b`, 'gi'), JOINED_KEPT);
}

/**
 * A run of letters every match of a regular expression's source holds (in lower case): the longest
 * run of three letters or more outside any group or class, the letter before a quantifier left out.
 * Undefined when there is none, or the source is several alternatives at its top.
 */
export function anchorOf(source: string): string | undefined {
  const runs: string[] = [];
  let run = '';
  let depth = 0;
  const end = () => {
    if (run.length >= 3) runs.push(run.toLowerCase());
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      end();
      i += source[i + 1] === 'p' || source[i + 1] === 'P' ? source.indexOf('}', i) - i : 1;
    } else if (c === '[') {
      end();
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (c === '(') {
      end();
      depth++;
    } else if (c === ')') {
      end();
      depth--;
    } else if (c === '|' && depth === 0) {
      return undefined;
    } else if (depth === 0 && /[a-z]/i.test(c)) {
      run += c;
    } else if (depth === 0 && (c === '?' || c === '*' || c === '{')) {
      run = run.slice(0, -1);
      end();
    } else {
      end();
    }
  }
  end();
  return runs.sort((a, b) => b.length - a.length)[0];
}

/** A message opening with who asks: "intern here, ...", "policy person here: ...". */
const ASKER_HERE = /^\s*((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)\s+here\s*[,:;!-]/u;

/** Words for who someone is that no suffix gives away. */
const ROLES = new Set('intern student grad undergrad postdoc phd dev pm ta vc person guy girl newbie noob beginner lurker nerd hobbyist fan'.split(' '));

/**
 * Who the asker is, left out when it names a person ("bootcamp grad here,", "policy person here:",
 * "retired engineer here,"), not a topic ("lora here, ...").
 */
function introduction(opening: string, who: string): string {
  const head = who.split(/\s+/).at(-1)!.toLowerCase();
  const person = ROLES.has(head.replace(/s$/, '')) || (/(?:er|or|ist|ian|ant|ent|ee)s?$/.test(head) && isEnglishWord(head));
  return person ? ' ' : opening;
}

/**
 * The texts last read without their chat: one search reads the query and its parts a dozen times
 * over, and the chat expression, with its hundreds of phrases, costs tens of microseconds a read.
 */
const readWithoutChat = new Map<string, string>();
const READ_KEPT = 512;

/** Discord's markup for a user, role or channel mentioned, and for a server's own emoji ("<@1234>", "<:pepe:5678>"). */
const DISCORD_MARKUP = /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|(?<![\w:]):[a-z0-9_+-]+:(?![\w:])/g;

/** A question without Discord's mentions and custom emoji: who or what a message points at, not what it asks about. */
export function withoutMentions(text: string): string {
  const out = text.replace(DISCORD_MARKUP, ' ');
  return out === text ? text : out.replace(/[ \t]{2,}/g, ' ').trim();
}
