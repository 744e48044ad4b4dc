/**
 * Shortenings typed in chat ("rec" for recommendation, "attn" for attention, "params" for
 * parameters), listed in the lexicon's section of them (field-terms-lexicon.ts), read as the words
 * they stand for where the corpus never uses them as typed: the query as typed, which confidence is
 * judged on, then holds the word the papers write ("multi-task rec models" asks for recommendation,
 * and a paper on it answers). A shortening the corpus uses ("std" in a paper's own name) is left as
 * typed. Pure.
 */
import { FIELD_TERMS_LEXICON } from './field-terms-lexicon.js';
import { escapeRegExp } from '../../util/regexp.js';
import { QUESTION_WORDS } from './chat-words.js';
import { tokenize } from '../text.js';

/** The heading of the lexicon's section of shortenings; the next heading ends it. */
const SECTION = '# shortenings typed in chat';

export interface Shortening {
  /** As typed, lower case: "rec", "seq rec". */
  typed: string;
  /** The word it stands for: "recommendation". */
  word: string;
  /** Finds it in a text as whole words, in any case (every place: global). */
  pattern: RegExp;
}

let listed: Shortening[] | undefined;

/** The shortenings of the lexicon, longest first. */
export function shortenings(lexicon: string = FIELD_TERMS_LEXICON): Shortening[] {
  if (lexicon === FIELD_TERMS_LEXICON && listed) return listed;
  const start = lexicon.indexOf(SECTION);
  const out: Shortening[] = [];
  if (start >= 0) {
    const body = lexicon.slice(start + SECTION.length);
    const end = body.search(/^#/mu);
    for (const line of (end < 0 ? body : body.slice(0, end)).split('\n')) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const word = line.slice(0, colon).trim();
      for (const typed of line.slice(colon + 1).split('|').map((s) => s.trim().toLowerCase())) {
        if (typed.length === 0) continue;
        const words = typed.split(/\s+/).map(escapeRegExp).join(String.raw`\s+`);
        out.push({ typed, word, pattern: new RegExp(String.raw`(?<![\p{L}\p{N}'’-])${words}(?![\p{L}\p{N}'’-])`, 'giu') });
      }
    }
  }
  out.sort((a, b) => b.typed.length - a.typed.length);
  if (lexicon === FIELD_TERMS_LEXICON) listed = out;
  return out;
}

/**
 * The shortenings a text types, with the terms (see {@link tokenize}) the corpus must not use for them
 * to be read as their words; but those that are words of chat too ("any recs on lora?" asks for
 * papers, not for recommendation).
 */
export function typedShortenings(text: string, from: readonly Shortening[] = shortenings()): { shortening: Shortening; terms: string[] }[] {
  // Only a text holding a shortening's first word runs its expression: most are in no query, and each costs a compilation on first use.
  const lower = text.toLowerCase();
  return from
    .filter((s) => !QUESTION_WORDS.has(s.typed) && lower.includes(s.typed.split(/\s/, 1)[0]!) && text.search(s.pattern) >= 0)
    .map((shortening) => ({ shortening, terms: tokenize(shortening.typed) }));
}

/** The text with each of these shortenings written as the word it stands for, longest first. */
export function spelledOut(text: string, found: readonly Shortening[]): string {
  return found.reduce((t, s) => t.replace(s.pattern, s.word), text);
}
