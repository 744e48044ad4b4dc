/** What a typed query becomes before it is scored: typos fixed, question and chat words left out of the lexical query. Pure. */
import { type Paper, searchBody } from '../corpus/paper.js';
import { isEnglishWord } from './english.js';
import { countTerms } from './lexical.js';
import { foldedWords, tokenizeWords } from './text.js';

/**
 * Words that say a query is a question, a request for papers or chat, not what it is about: left out
 * of the lexical query. They are matched as typed, not by stem: "recommend" is a request, while
 * "recommender" and "recommendation" (the same stem) are a topic.
 */
const QUESTION_WORDS = new Set(
  (
    'which what method methods approach approaches technique techniques work works research researchers study studies studied ' +
    'way ways exist exists existing is there are there any anyone someone know knows recommend recommends need needs want wants ' +
    'look looks looking published ' +
    'dont doesnt isnt arent cant wont whats theres im ive youre ppl smth sth lol pls plz thx thanks ok okay hey hi btw idk tbh imo stuff thing things like really actually kinda sorta gonna wanna got seen saw everyone everybody folks guys hello ' +
    'tons ton bunch lots loads plenty heaps basically literally pretty neat awesome curious wondering wonder heard maybe perhaps probably somehow whatever please yeah hmm um uh oh wow ' +
    'sure somewhere forgot hoping tho interested preprint preprints arxiv anybody somebody cheers appreciate appreciated yall ur cool nice ' +
    'yo gimme refs thesis advisor mentioned vaguely love bot lately interesting quick reads overview ' +
    'lmk any1 recs sup tia imho afaik iirc fwiw ofc rn ngl haha omg ya yep nope dunno lemme gotta cuz digging solid ' +
    'phd undergrad postdoc startup monday tuesday wednesday thursday friday saturday sunday weekend week weeks stuck soon deadline boss colleague colleagues coworker coworkers homework hobby hobbyist beginner newbie noob honestly sorry dumb stupid silly ' +
    // What is left of a contraction split at its apostrophe ("I've", "we're", "don't").
    've re ll don isn wasn didn doesn aren couldn wouldn shouldn hasn haven hadn weren'
  ).split(' '),
);

/** The weighted BM25 query for a query text: its terms without question words (all of them if that leaves none). */
export function lexicalQuery(query: string): Map<string, number> {
  const kept = topicTerms(query);
  return countTerms(kept.length > 0 ? kept : tokenizeWords(foldedWords(query)));
}

/**
 * Chat made of words that alone may be a topic ("reading" comprehension, "working" memory, "new"
 * tasks): left out as a whole phrase.
 */
const CHAT_PHRASES =
  /\b(?:trying to (?:find|track down|remember|locate)|i['’]?d love|i would love|quick q(?:uestion)?|(?:been )?reading up on|been reading about|any recommendations|(?:anyone|anybody|someone|somebody|people|folks|who|is anyone|still) working on|these days|new here|summari[sz]e the (?:research|work|literature|papers)|(?:is there|any) literature (?:on|about)|(?:a )?link to|class project|for (?:work|school|a class)|where to start|right now|point(?:ing)? me (?:to|at|towards)|good (?:papers?|reads?|work|refs?|sources?)|(?:dumb|stupid|silly|basic|newbie|noob) question|first time (?:posting|poster|here|asking)|side project|keep asking|(?:i|vaguely) recall|recall (?:a|reading|seeing)|reading group|new to (?:this|the) (?:area|field|topic)|(?:mostly|usually) do|appreciate (?:any )?help|asked me to|look into this|my (?:advisor|supervisor|boss|manager|team|professor|prof|lab|group|company)|who (?:wrote|authored|made|created|published|did))\b/gi;

/** Chat in lower case that written in capitals is a name: "asap", but the "ASAP" essay dataset. */
const LOWER_CASE_CHAT = /\b(?:asap|tbd|fyi)\b/g;

/** Whether a (lower-case) word is a question or chat word ("which", "hey", "lol"). */
export function isChatWord(word: string): boolean {
  return QUESTION_WORDS.has(word);
}

/** A link ("https://github.com/...", "arxiv.org"): where something is, not what it is about (a paper's identifier in one is read before, see identifiers.ts). */
const LINK = /(?:\bhttps?:\/\/|\bwww\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|co|edu|dev|app)\b(?:\/\S*)?/gi;

/** The terms of a text that say what it is about: its tokens without question and chat words, and without links. */
export function topicTerms(text: string): string[] {
  return tokenizeWords(
    foldedWords(text.replace(LINK, ' ').replace(CHAT_PHRASES, ' ').replace(LOWER_CASE_CHAT, ' ')).filter((w) => !QUESTION_WORDS.has(w)),
  );
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Fixes typing slips against the corpus's own words: a word the corpus never uses, and not a general
 * English word either (see english.ts), that is one edit
 * (a letter dropped, added, changed, or two swapped) away from a word it uses at least twice becomes
 * that word (the most frequent when several are).
 */
export class SpellingCorrector {
  private readonly counts: Map<string, number>;

  /** `counts`: how often each lower-cased word occurs in the corpus (see {@link wordCounts}). */
  constructor(counts: Map<string, number>) {
    this.counts = counts;
  }

  /** The text with each correctable word replaced. */
  correct(text: string): string {
    return correctText(text, this.counts);
  }

  /** Whether the corpus uses this (lower-case) word. */
  knows(word: string): boolean {
    return this.counts.has(word);
  }
}

/** The text of a paper whose words the spelling corrector knows. */
export const paperWords = (p: Pick<Paper, 'title' | 'abstract' | 'description'>): string => `${p.title} ${searchBody(p)}`;

/** How often each word (lower-cased) occurs in the texts. */
export function wordCounts(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const w of text.toLowerCase().match(WORD) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Whether a (lower-cased) word is one {@link correctText} may replace or replace with: letters only, at least 4 of them. */
export function isCorrectable(word: string): boolean {
  return word.length >= 4 && /^[a-z]+$/.test(word);
}

/** Whether a (lower-cased) word of the corpus is kept for spelling: one {@link isCorrectable}, or a hyphenated one ("low-rank", "chain-of-thought") that a word typed run together may be. */
export function isSpellingWord(word: string): boolean {
  return isCorrectable(word) || /^[a-z]+(?:-[a-z]+){1,2}$/.test(word);
}

/** The words of a text that {@link correctText} looks up (lower-cased): the corpus's counts of these and of their {@link edits} decide. */
export function wordsToCheck(text: string): string[] {
  return [...new Set((text.match(WORD) ?? []).map((w) => w.toLowerCase()).filter((w) => w.length >= 5 && isCorrectable(w)))];
}

/** The text with each correctable word replaced, given the corpus's counts of its words and of their edits. */
export function correctText(text: string, counts: ReadonlyMap<string, number>): string {
  return text.replace(WORD, (w) => correctWord(w, counts));
}

function correctWord(w: string, counts: ReadonlyMap<string, number>): string {
  const lower = w.toLowerCase();
  if (lower.length < 5 || !/^[a-z]+$/.test(lower) || counts.has(lower)) return w;
  let best = w;
  let bestCount = 1;
  for (const candidate of edits(lower)) {
    const c = counts.get(candidate) ?? 0;
    if (c > bestCount) {
      best = candidate;
      bestCount = c;
    }
  }
  // Checked last: the word lists are read only when a correction is in view.
  if (best !== w) return isEnglishWord(lower) ? w : best;
  const joined = hyphenations(lower).filter((h) => (counts.get(h) ?? 0) >= 1).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0];
  return joined && !isEnglishWord(lower) ? joined : w;
}

/** Letters a part of a hyphenated word holds at least ("in-context", "chain-of-thought"). */
const HYPHENATED_PART = 2;
/** Longer words are not tried as hyphenated ones: the ways to place two hyphens grow as the square. */
const MAX_HYPHENATED = 24;

/**
 * A word typed without the hyphens the corpus writes it with ("lowrank" for low-rank, "incontext",
 * "chainofthought"): the word with one or two hyphens put in, each part at least two letters. Only
 * the corpus's own hyphenated words come of it, so a name run together ("humaneval") that the
 * corpus never writes is left as typed.
 */
export function hyphenations(w: string): string[] {
  if (w.length > MAX_HYPHENATED) return [];
  const out: string[] = [];
  for (let i = HYPHENATED_PART; i <= w.length - HYPHENATED_PART; i++) {
    out.push(`${w.slice(0, i)}-${w.slice(i)}`);
    for (let j = i + HYPHENATED_PART; j <= w.length - HYPHENATED_PART; j++) out.push(`${w.slice(0, i)}-${w.slice(i, j)}-${w.slice(j)}`);
  }
  return out;
}

/** Every word one edit away (a letter dropped, swapped with the next, changed or added). */
export function edits(w: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= w.length; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if (b.length > 0) out.add(a + b.slice(1));
    if (b.length > 1) out.add(a + b[1] + b[0] + b.slice(2));
    for (const c of LETTERS) {
      if (b.length > 0) out.add(a + c + b.slice(1));
      out.add(a + c + b);
    }
  }
  out.delete(w);
  return out;
}
