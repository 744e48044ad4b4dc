/** Typing slips fixed against the corpus's own words, before a query is scored. Pure. */
import { type Paper, searchBody } from '../../corpus/paper.js';
import { WORD_PREFIXES, isEnglishWord } from './english.js';
import { isChatWord } from './query.js';
import { isPhrasingWord } from './field-terms.js';
import { placeWords } from '../requirements/places.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Fixes typing slips against the corpus's own words: a word the corpus never uses, and not a general
 * English word either (see english.ts), that is one edit (a letter dropped, added, changed, or two
 * swapped) away from a word it uses at least twice becomes that word (when several are, one with the
 * same first letter, then the most frequent). A word of four letters is fixed only when typed in
 * lower case, and for a slip that keeps the letters typed (see {@link shortWordSlips}); one of seven
 * or more that is no edit away from such a word may hold two slips (see {@link typingDistance}). A
 * British spelling is read the American way when the corpus uses that more (see
 * {@link americanSpelling}).
 */
export class SpellingCorrector {
  private readonly counts: Map<string, number>;
  /** Words already read, as typed, and what they were read as (the last {@link KEPT_WORDS}). */
  private readonly read = new Map<string, string>();

  /** `counts`: how often each lower-cased word occurs in the corpus (see {@link wordCounts}) of `papers` papers. */
  constructor(
    counts: Map<string, number>,
    private readonly papers = 0,
  ) {
    this.counts = counts;
  }

  /** The text with each correctable word replaced. */
  correct(text: string): string {
    return text.replace(WORD, (w) => {
      const known = this.read.get(w);
      if (known !== undefined) return known;
      // A word the corpus lacks is compared with every word it has: each is worked out once.
      if (this.read.size >= KEPT_WORDS) this.read.delete(this.read.keys().next().value!);
      const out = correctWord(w, this.counts, this.papers);
      this.read.set(w, out);
      return out;
    });
  }

  /** Whether the corpus uses this (lower-case) word. */
  knows(word: string): boolean {
    return this.counts.has(word);
  }
}

/** The text of a paper whose words the spelling corrector knows. */
export const paperWords = (p: Pick<Paper, 'title' | 'abstract' | 'description'>): string => `${p.title} ${searchBody(p)}`;

/**
 * How often each word (lower-cased) occurs in the texts; a hyphenated word counts for each of its
 * parts too, so that a name written only in a longer one ("Mixtral" of "Mixtral-8x7B") is a word the
 * corpus uses, not a slip of another ("mistral").
 */
export function wordCounts(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (w: string) => counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const text of texts) {
    for (const w of text.toLowerCase().match(WORD) ?? []) {
      add(w);
      if (w.includes('-')) for (const part of w.split('-')) if (part.length > 0 && part !== w) add(part);
    }
  }
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

/**
 * The words of a text that {@link correctText} looks up (lower-cased): the corpus's counts of these,
 * of their American spellings and of the {@link edits} of those it does not use decide.
 */
export function wordsToCheck(text: string): string[] {
  return [...new Set((text.match(WORD) ?? []).map((w) => w.toLowerCase()).filter(isCorrectable))];
}

/**
 * Words this long may hold two slips ("messureement", "splsttiing"); shorter ones are too often a
 * name two slips from a corpus word ("hubert" from "hurt", "lucene" from "license").
 */
export const TWO_SLIPS_FROM = 7;

/**
 * Whether a corpus word may be what a word typed with two slips was meant to be: it starts and ends
 * with the same letters (a slip rarely hits either; a name often adds letters to a word: "stablelm",
 * "internlm") and is at most two letters longer or shorter. These are the words {@link correctText}
 * compares such a word with.
 */
export function mayBeTwoSlipsFrom(typed: string, word: string): boolean {
  return word[0] === typed[0] && word.at(-1) === typed.at(-1) && Math.abs(word.length - typed.length) <= 2;
}

/** How many words a {@link SpellingCorrector} keeps what it read them as. */
const KEPT_WORDS = 20_000;

/** The text with each correctable word replaced, given the corpus's counts of its words and of their edits, and how many papers it holds. */
export function correctText(text: string, counts: ReadonlyMap<string, number>, papers = 0): string {
  return text.replace(WORD, (w) => correctWord(w, counts, papers));
}

function correctWord(w: string, counts: ReadonlyMap<string, number>, papers: number): string {
  const lower = w.toLowerCase();
  // A British spelling of a word the papers mostly spell the American way is read as they spell it.
  const american = americanSpelling(lower);
  if (american !== lower && (counts.get(american) ?? 0) > (counts.get(lower) ?? 0)) return american;
  // A chat word ("highkey", "tysm") is typed as meant, not slipped from a word of the papers; so is a place or a
  // people ("russia", not the papers' "russian").
  if (!isCorrectable(lower) || counts.has(lower) || isPhrasingWord(lower) || isChatWord(lower) || placeWords(lower).length > 0) return w;
  let best = w;
  let bestCount = 1;
  let bestKeepsFirst = false;
  // A short word written with a capital is a name ("Sora"), not a slip.
  for (const candidate of lower.length > 4 ? edits(lower) : w === lower ? shortWordSlips(lower) : []) {
    const c = counts.get(candidate) ?? 0;
    // A slip rarely hits the first letter: "prunning" is a slipped "pruning", not "running".
    const keepsFirst = candidate[0] === lower[0];
    const better = keepsFirst !== bestKeepsFirst ? keepsFirst : c > bestCount;
    if (c > 1 && better) {
      best = candidate;
      bestCount = c;
      bestKeepsFirst = keepsFirst;
    }
  }
  if (best === w && lower.length >= TWO_SLIPS_FROM) best = twoSlipsAway(lower, counts) ?? w;
  if (best === w && lower.length === 4 && w === lower) best = struckForFrequent(lower, counts, papers) ?? w;
  // Checked last: the word lists are read only when a correction is in view.
  if (best !== w) return isEnglishWord(lower) ? w : best;
  const joined = hyphenations(lower).filter((h) => (counts.get(h) ?? 0) >= 1).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0];
  // An English word too, when the hyphen only sets off its prefix: "nonstandard" is the papers' "non-standard".
  return joined && (!isEnglishWord(lower) || isPrefixHyphenated(joined)) ? joined : w;
}

/** The corpus word (used at least twice) nearest a typed word within two slips, the most frequent of the nearest; none when there is none. */
function twoSlipsAway(typed: string, counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  let bestCount = 0;
  for (const [word, c] of counts) {
    if (c < 2 || !mayBeTwoSlipsFrom(typed, word) || !isCorrectable(word)) continue;
    const d = typingDistance(typed, word, 2);
    if (d <= 2 && (d < bestDistance || (d === bestDistance && c > bestCount))) {
      best = word;
      bestDistance = d;
      bestCount = c;
    }
  }
  return best;
}

/**
 * How many slips turn one word into another, up to `max` (`max + 1` when more): a letter added,
 * dropped or swapped with the next costs one, and so does a letter struck for a key next to it
 * ("messurement"); any other letter changed costs two. Two slips so made are what fingers do; two
 * letters changed anyhow make another word ("grokking" is not a slipped "growing", nor "recsys" a
 * slipped "reuses").
 */
export function typingDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const change = a[i - 1] === b[j - 1] ? 0 : areNeighbourKeys(a[i - 1]!, b[j - 1]!) ? 1 : 2;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + change);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row[j] = d;
      least = Math.min(least, d);
    }
    if (least > max) return max + 1;
    before = prev;
    prev = row;
  }
  return Math.min(prev[b.length]!, max + 1);
}

/** The letter rows of a QWERTY keyboard. */
export const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_AT = new Map(KEY_ROWS.flatMap((row, r) => [...row].map((c, i) => [c, { r, i }] as const)));

/** Whether two letters sit next to each other on a QWERTY keyboard (in a row, or in the row above or below). */
export function areNeighbourKeys(x: string, y: string): boolean {
  const p = KEY_AT.get(x);
  const q = KEY_AT.get(y);
  if (!p || !q || p === q) return false;
  if (p.r === q.r) return Math.abs(p.i - q.i) === 1;
  if (Math.abs(p.r - q.r) !== 1) return false;
  // Each row sits half a key to the right of the one above: "s" touches "w" and "e" above, "z" and "x" below.
  const [upper, lower] = p.r < q.r ? [p, q] : [q, p];
  return lower.i === upper.i || lower.i === upper.i - 1;
}

/**
 * The slips of a four-letter word that keep the letters typed in their order: two swapped ("tetx"),
 * or one left out inside it ("bsed"). A letter changed would too often make a name another word
 * ("sora" is not a slipped "sota" or "lora", nor "rome" a slipped "some"), and one added at either
 * end a shortening or a name a word ("prob" is not a slipped "probe", nor "udio" "audio").
 */
function shortWordSlips(w: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) out.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  for (let i = 1; i < w.length; i++) for (const c of LETTERS) out.add(w.slice(0, i) + c + w.slice(i));
  out.delete(w);
  return out;
}

/**
 * A word written this many times per paper of the corpus (and {@link FREQUENT_MIN} times at least) is
 * so common that a four-letter word one struck key from it, not at its start, was meant as it ("daya"
 * for data, "tesr" for test): no name of four letters lies next to one ("sora" is no struck "sota",
 * which the 588 bundled papers write 23 times, against 1,329 for "data").
 */
const FREQUENT_PER_PAPER = 0.25;
const FREQUENT_MIN = 50;

/** The most frequent word that a four-letter word is one key struck beside away from, past its first letter, when it is frequent enough (see {@link FREQUENT_PER_PAPER}). */
function struckForFrequent(w: string, counts: ReadonlyMap<string, number>, papers: number): string | undefined {
  let best: string | undefined;
  let bestCount = Math.max(FREQUENT_MIN, FREQUENT_PER_PAPER * papers) - 1;
  for (let i = 1; i < w.length; i++) {
    for (const c of LETTERS) {
      if (!areNeighbourKeys(w[i]!, c)) continue;
      const candidate = w.slice(0, i) + c + w.slice(i + 1);
      const n = counts.get(candidate) ?? 0;
      if (n > bestCount) {
        best = candidate;
        bestCount = n;
      }
    }
  }
  return best;
}

/** True for a word hyphenated once, after a prefix English also writes onto a word without one ("non-standard"). */
function isPrefixHyphenated(word: string): boolean {
  const parts = word.split('-');
  return parts.length === 2 && WORD_PREFIXES.includes(parts[0]!);
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

/** British endings and the American ones the papers mostly write: "optimisation", "colour", "analyse", "centre", "catalogue". */
const BRITISH_ENDINGS: [RegExp, string][] = [
  [/^([a-z]{3,})is(e|ed|es|ing|ation|ations|er|ers)$/, '$1iz$2'],
  [/^([a-z]{3,})our(s|ed|ing|ful|ite|ites)?$/, '$1or$2'],
  [/^([a-z]{2,})ys(e|ed|es|ing)$/, '$1yz$2'],
  [/^([a-z]{2,}[tb])re(s?)$/, '$1er$2'],
  [/^([a-z]{2,}[tb])red$/, '$1ered'],
  [/^([a-z]{3,})ogue(s?)$/, '$1og$2'],
];

/** British words whose American spelling no ending gives. */
const BRITISH_WORDS = new Map([
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['licence', 'license'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['artefact', 'artifact'],
  ['artefacts', 'artifacts'],
  ['grey', 'gray'],
  ['sceptical', 'skeptical'],
]);

/**
 * The word spelled the American way when it looks British ("optimisation" -> "optimization"), else
 * the word. The rules do not know words: "precise" gives "precize"; the corpus's counts decide
 * whether the result is a word (see {@link correctText}).
 */
export function americanSpelling(word: string): string {
  const listed = BRITISH_WORDS.get(word);
  if (listed) return listed;
  for (const [ending, american] of BRITISH_ENDINGS) if (ending.test(word)) return word.replace(ending, american);
  return word;
}
