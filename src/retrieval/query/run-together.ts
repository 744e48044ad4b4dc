/**
 * Two words typed without the space between them ("tabulardata", "mentalhealth", "paperson"): a word
 * the corpus does not use, and not general English, that splits into two the corpus uses (or one of
 * them a stopword). A name run together ("humaneval") splits as readily, so a split stands only when
 * one of the papers it finds writes its two words side by side (see {@link writesSideBySide}), when
 * it was typed as a word and an acronym ("telecomLLMs", "LLMpruning", see {@link typedWithAcronym}),
 * or when both words are long (see {@link bothLong}). Two words joined by a "2" ("text2image",
 * "speech2text") are the first to the second, as the corpus writes them ("text-to-image"), when it
 * uses both but not the word as typed ("seq2seq", "word2vec" are names it may write). Pure.
 */
import { isEnglishWord } from './english.js';
import { tokenize } from '../text.js';

/** Letters a run-together word has at least. */
const MIN_WORD = 6;
/** Letters each of its two words has at least ("on" of "paperson"); a word that is not a stopword has one more ("re" of "recomputation" is not a word). */
const MIN_PART = 2;

/** A word of the query read as two: the word as typed and its two words. */
export interface RunTogether {
  typed: string;
  parts: [string, string];
  /** How the query reads it, when not as its two words side by side ("text-to-image" of "text2image"). */
  read?: string;
}

/** Two words of letters joined by a "2" that reads "to": "text2image", "speech2text". */
const JOINED_BY_TWO = /^(\p{L}{2,})2(\p{L}{2,})$/u;

/** The two words a word joins by a "2" ("text2image": text, image), or undefined. */
export function joinedByTwo(word: string): [string, string] | undefined {
  const m = JOINED_BY_TWO.exec(word.toLowerCase());
  return m ? [m[1]!, m[2]!] : undefined;
}

/** The words of a query that join two by a "2" ("text2image"), in lower case. */
export function joinedByTwoCandidates(text: string): string[] {
  return [...new Set((text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()))].filter((w) => joinedByTwo(w) !== undefined);
}

/** The words of a query that may be two run together: lower case letters only, long enough, not general English. */
export function runTogetherCandidates(text: string): string[] {
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => /^\p{L}+$/u.test(w) && w.length >= MIN_WORD);
  return [...new Set(words.map((w) => w.toLowerCase()))].filter((w) => !isEnglishWord(w));
}

/** Every way to cut a word in two, each side {@link MIN_PART} letters at least. */
export function cuts(word: string): [string, string][] {
  const out: [string, string][] = [];
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) out.push([word.slice(0, i), word.slice(i)]);
  return out;
}

/**
 * The best cut of a word the corpus does not use (`df` gives a stem's paper count): both sides words
 * the corpus uses or stopwords ("paperson"); the cut whose rarer side is used most. Undefined when none.
 */
export function bestCut(word: string, df: (stem: string) => number): [string, string] | undefined {
  let best: [string, string] | undefined;
  let bestScore = 0;
  for (const [a, b] of cuts(word)) {
    const sides = [a, b].map((s) => tokenize(s));
    // A stopword tokenizes to nothing; a side that is more than one word is not one.
    if (sides.some((t) => t.length > 1) || [a, b].some((side, i) => sides[i]!.length === 1 && side.length <= MIN_PART)) continue;
    const used = sides.filter((t) => t.length === 1).map((t) => df(t[0]!));
    if (used.some((n) => n === 0)) continue;
    const score = used.length > 0 ? Math.min(...used) : Number.MAX_SAFE_INTEGER;
    if (score > bestScore) {
      best = [a, b];
      bestScore = score;
    }
  }
  return best;
}

/** Words between the two of a split, at most, in a paper that writes them side by side ("intent detection dataset"). */
const GAP = 2;

/**
 * Whether a text writes the two words of a split side by side, in any form of their stems: in this
 * order with at most {@link GAP} words between ("tabular data", "intent detection dataset"), or the
 * other way round next to each other. A stopword side needs no confirming.
 */
export function writesSideBySide(text: string, [a, b]: readonly [string, string]): boolean {
  const [sa, sb] = [tokenize(a)[0], tokenize(b)[0]];
  if (sa === undefined || sb === undefined) return true;
  const stems = tokenize(text);
  for (let i = 0; i < stems.length; i++) {
    if (stems[i] === sb && stems[i + 1] === sa) return true;
    if (stems[i] !== sa) continue;
    for (let j = i + 1; j <= i + 1 + GAP && j < stems.length; j++) if (stems[j] === sb) return true;
  }
  return false;
}

/** Letters each of two words run together has at least for the split to stand on its own. */
const LONG_PART = 6;

/**
 * Whether both words of a split are long ("embedding|analysis", "haystack|evaluation"): a name run
 * together joins a short word to another ("human|eval", "web|arena", "hugging|face"), so two long
 * words need no paper to confirm them.
 */
export function bothLong([a, b]: readonly [string, string]): boolean {
  return a.length >= LONG_PART && b.length >= LONG_PART;
}

/** An acronym as typed: capitals, two at least, and a plural "s" or not. */
const ACRONYM = /^\p{Lu}{2,}s?$/u;
const LOWER = /^\p{Ll}+$/u;

/**
 * Whether the text types the word as a word in lower case and an acronym, in either order, cut where
 * the split cuts it ("telecomLLMs", "LLMpruning"): two words run together, which a name written like
 * one ("HumanEval", "BioBERT", "BERTScore") is not.
 */
export function typedWithAcronym(text: string, word: string, [a]: readonly [string, string]): boolean {
  for (const typed of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (typed.toLowerCase() !== word) continue;
    const [x, y] = [typed.slice(0, a.length), typed.slice(a.length)];
    if ((LOWER.test(x) && ACRONYM.test(y)) || (ACRONYM.test(x) && LOWER.test(y))) return true;
  }
  return false;
}
