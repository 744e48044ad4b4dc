/** Typing slips fixed against the corpus's own words, before a query is scored. Pure. */
import { type Paper, searchBody } from '../corpus/paper.js';
import { isEnglishWord } from './english.js';

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
