import { normalizeTitle } from '../corpus/paper.js';
import { isEnglishWord } from './query/english.js';

export interface TitleEntry {
  id: string;
  title: string;
  /** The paper's abstract, where a name typed with its title may be spelled out ("LMQL"). */
  abstract?: string;
}

export interface TitleMatch {
  id: string;
  title: string;
  /** 0..1; 1 is an exact match of the normalised title or its short name. */
  score: number;
}

export interface TitleLookup {
  /** The best match, or null when nothing plausible matches. */
  resolved: TitleMatch | null;
  /** Other plausible matches when the best one is uncertain (empty when it is clear). */
  candidates: TitleMatch[];
}

interface Prepared extends TitleEntry {
  norm: string;
  words: string[];
  /** Short names: the part before a colon or dash ("UER", "FaceXFormer"), and initials. */
  shortNames: string[];
  grams: Set<string>;
  /** The title's words run together, symbols spelled out, for words typed without the title's spaces, hyphens or symbols ("isnt", "tower plus", "pi0"). */
  joined: string;
  /** The abstract's words (normalised like titles), read when first needed. */
  abstractWords?: Set<string>;
}

const RESOLVE_MIN = 0.5;
const CLEAR_SCORE = 0.88;
const CLEAR_MARGIN = 0.12;
/** A title this close to the typed one, and this far ahead of the next, is named though a word is mangled beyond a typo ("Large Language Mods"). */
const LEAD_SCORE = 0.7;
const LEAD_MARGIN = 0.25;
/** The small words of titles: they count for little when matching, and an acronym leaves them out. */
export const SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'in', 'on', 'to', 'with', 'via', 'by', 'from', 'is', 'at']);
/** Words typed around a title that are not part of it ("the splatflow paper", "qwen2.5 technical report 2024", "... et al, emnlp"). */
const FILLER_WORDS = new Set(
  'paper papers arxiv preprint et al acl naacl eacl emnlp coling tacl neurips nips icml iclr cvpr iccv eccv aaai ijcai kdd sigir jmlr icassp interspeech'.split(' '),
);
const isFiller = (w: string) => FILLER_WORDS.has(w) || /^(?:19|20)\d\d$/.test(w);

/** Words a title is asked for with, read past when the title does not resolve with them ("that moduleformer paper"). */
const ASKING_WORDS = new Set(
  (
    'that this these those about regarding looking look find finding found have has had does did you your know anyone ' +
    'someone somebody any there here what which where whats called named titled remember recall read reading ' +
    'please pls plz thanks thx hey can could would got get need want wanted share link send show one do it me im ' +
    'similar related like more something anything stuff other others whether asking asks asked showing shows showed ' +
    'frames framing think thought guess maybe believe probably i its thats was is plus new'
  ).split(' '),
);

/** A typed word that must be found in a title it resolves to: not a small or filler word. */
const isContentWord = (w: string) => w.length >= 3 && !SMALL_WORDS.has(w) && !isFiller(w);

/** The typed title without the words around it (as typed, when it is nothing else). */
function withoutFiller(q: string): string {
  const kept = q.split(' ').filter((w) => !isFiller(w));
  return kept.length > 0 ? kept.join(' ') : q;
}

export interface LookupOptions {
  /** Those of the typed title's words that the corpus uses anywhere (see {@link TitleIndex.lookup}). */
  corpusWords?: ReadonlySet<string>;
  /** The lookup of the title as typed, already made (without `corpusWords`): it is not made again. */
  typed?: TitleLookup;
}

/** The words of a typed title, as {@link TitleIndex} reads them (lower case, without punctuation). */
export function typedWords(query: string): string[] {
  return normalizeTitle(query).split(' ').filter(Boolean);
}

/** Resolves loosely typed titles: case, punctuation, typos, partial titles and short names. */
export class TitleIndex {
  /** The titles it holds, in its order. */
  readonly titles: readonly string[];
  private readonly prepared: Prepared[];
  /** Every word of four letters or more in the titles, gathered when first needed. */
  private titleWords?: string[];

  constructor(entries: readonly TitleEntry[]) {
    this.prepared = entries.map((e) => {
      const norm = normalizeTitle(e.title);
      const words = norm.split(' ').filter(Boolean);
      return { ...e, norm, words, shortNames: shortNames(e.title), grams: trigrams(norm), joined: normalizeTitle(spellSymbols(e.title)).replace(/ /g, '') };
    });
    this.titles = entries.map((e) => e.title);
  }

  /** Its papers' identifiers and titles, in its order. */
  entries(): readonly TitleEntry[] {
    return this.prepared;
  }

  /**
   * The titles with these words for a short name (normalised, see normalizeTitle): the words before
   * a colon or a dash, "less is more" of "Less is More: ...", or the whole title ("more agents is all you need").
   */
  opening(words: string): TitleEntry[] {
    const wanted = normalizeTitle(words);
    return this.prepared.filter((e) => e.shortNames.includes(wanted) || e.norm === wanted);
  }

  /** Ranked matches for a typed title (best first). */
  match(query: string, limit = 10): TitleMatch[] {
    const q = withoutFiller(normalizeTitle(query));
    if (q === '') return [];
    const qWords = q.split(' ');
    const qGrams = trigrams(q);
    const scored: TitleMatch[] = [];
    for (const e of this.prepared) {
      const score = scoreTitle(q, qWords, qGrams, e);
      if (score > 0.2) scored.push({ id: e.id, title: e.title, score });
    }
    scored.sort((a, b) => b.score - a.score || a.title.length - b.title.length);
    return scored.slice(0, limit);
  }

  /**
   * The paper a typed title names, if one clearly does. A title that shares most words with the
   * typed one but lacks one of them (in its words, an acronym of them, or, for a name, its abstract)
   * is another paper: "attention is all you need" is not "More Agents Is All You Need". Then
   * nothing is resolved and the closest titles are candidates.
   */
  lookup(query: string, options: LookupOptions = {}): TitleLookup {
    const first = options.typed ?? this.resolve(query);
    if (first.resolved) return first;
    // A second reading without the words a title is asked for with ("can u send me the splatflow
    // paper?") and the words nothing can check: neither English nor used anywhere in the corpus, they
    // are most likely an author's name or a venue ("diverse beam search vijayakumar").
    const { corpusWords } = options;
    // A slip of a title's word ("wrank" for rank) is not a name: it is checked against the titles.
    const unchecked = (w: string) => corpusWords !== undefined && !corpusWords.has(w) && !isEnglishWord(w) && !this.nearAnyTitleWord(w);
    const words = typedWords(query);
    const kept = words.filter((w) => !ASKING_WORDS.has(w) && !/^\p{L}$/u.test(w) && !(isContentWord(w) && unchecked(w)));
    if (kept.length === words.length || !kept.some(isContentWord)) return first;
    // What is left once a word is read past as a name must still name a paper on its own: a name
    // of its own, or three words ("mixtral of experts" is not "A Survey on Mixture of Experts").
    const content = new Set(kept.filter(isContentWord));
    if (words.some((w) => isContentWord(w) && unchecked(w)) && content.size < 3 && [...content].every(isEnglishWord)) return first;
    const second = this.resolve(kept.join(' '));
    return second.resolved ? second : first;
  }

  /** The closest title that holds every word typed, unless another scores clearly higher. */
  private resolve(query: string): TitleLookup {
    const matches = this.match(query, 6);
    const top = matches[0]?.score ?? 0;
    let best = matches.find((m) => m.score >= RESOLVE_MIN && top - m.score < CLEAR_MARGIN && this.holdsEveryWord(query, m.id));
    // A title far ahead of all others is the one meant even with a word or two mangled beyond a typo
    // ("2 OLo 2 Furieus", "Educating LLsM lie Human Students"), as long as each is near one of its words.
    const [lead, next] = matches;
    if (!best && lead && lead.score >= LEAD_SCORE && lead.score - (next?.score ?? 0) >= LEAD_MARGIN) {
      const mangled = Math.max(1, Math.floor(typedWords(query).filter(isContentWord).length / 4));
      if (this.holdsEveryWord(query, lead.id, mangled)) best = lead;
    }
    if (!best) return { resolved: null, candidates: matches.filter((m) => m.score >= 0.3).slice(0, 5) };
    const others = matches.filter((m) => m !== best);
    const clear = best === matches[0] && best.score >= CLEAR_SCORE && (!others[0] || best.score - others[0].score >= CLEAR_MARGIN);
    return { resolved: best, candidates: clear ? [] : others.slice(0, 5).filter((m) => m.score >= 0.3) };
  }

  /**
   * Whether every word typed (small and filler words aside) is found in the paper's title, or, for a
   * name (a word that is not English), in its abstract; up to `mangled` of them may instead be near
   * one of the title's words (at most two edits away, one for a three-letter word).
   */
  private holdsEveryWord(query: string, id: string, mangled = 0): boolean {
    const e = this.prepared.find((x) => x.id === id);
    if (!e) return false;
    const missing = typedWords(query)
      .filter(isContentWord)
      .filter((w) => !inTitle(w, e) && !(!isEnglishWord(w) && this.inAbstract(w, e)));
    return missing.length <= mangled && missing.every((w) => nearTitleWord(w, e));
  }

  /** Whether a word is one slip (an edit, or a transposition) away from a word of some title. */
  private nearAnyTitleWord(word: string): boolean {
    this.titleWords ??= [...new Set(this.prepared.flatMap((e) => e.words))].filter((w) => w.length >= 4);
    return word.length >= 4 && this.titleWords.some((tw) => Math.abs(tw.length - word.length) <= 1 && damerauLevenshtein(word, tw) <= 1);
  }

  private inAbstract(word: string, e: Prepared): boolean {
    if (e.abstract === undefined) return false;
    e.abstractWords ??= new Set(normalizeTitle(e.abstract).split(' '));
    const singular = word.endsWith('s') ? word.slice(0, -1) : word;
    return e.abstractWords.has(word) || e.abstractWords.has(singular) || e.abstractWords.has(`${singular}s`);
  }
}

/**
 * A typed word is in a title: as one of its words (typos allowed; a three-letter word missing a letter
 * of a four-letter one: "wht"), an abbreviation or acronym of them, or its words run together
 * ("pretraining" for "Pre-training"; from six letters, with a slip: "preotraining").
 */
function inTitle(word: string, e: Prepared): boolean {
  if (e.words.some((tw) => wordSimilarity(word, tw, 0.75) >= 0.75 || (word.length >= 4 && tw.startsWith(word)) || shortSlip(word, tw))) return true;
  if (e.shortNames.includes(word) || acronymRun(word, e.words, new Set()) !== undefined) return true;
  return e.joined.includes(word) || (word.length >= 6 && nearSubstring(word, e.joined));
}

/** A three-letter word typed with a letter left out of a four-letter one, the first kept: "wht" for "what". */
function shortSlip(word: string, titleWord: string): boolean {
  return word.length === 3 && titleWord.length === 4 && word[0] === titleWord[0] && damerauLevenshtein(word, titleWord) === 1;
}

/** Whether `text` holds a run of letters one slip (an edit, or a transposition) away from `word`. */
function nearSubstring(word: string, text: string): boolean {
  for (let start = 0; start + word.length - 1 <= text.length; start++) {
    for (const length of [word.length - 1, word.length, word.length + 1]) {
      if (start + length <= text.length && damerauLevenshtein(word, text.slice(start, start + length)) <= 1) return true;
    }
  }
  return false;
}

/** A word a couple of slips away from one of the title's words ("mods" for "models", "god" for "good"). */
function nearTitleWord(word: string, e: Prepared): boolean {
  const most = word.length <= 3 ? 1 : 2;
  return e.words.some((tw) => Math.abs(tw.length - word.length) <= most && damerauLevenshtein(word, tw) <= most);
}

/** How symbols in titles are said: "Tower+" is typed "tower plus", "π_0" "pi0". */
const SYMBOL_NAMES: Record<string, string> = {
  '+': 'plus',
  '&': 'and',
  'α': 'alpha',
  'β': 'beta',
  'γ': 'gamma',
  'δ': 'delta',
  'ε': 'epsilon',
  'θ': 'theta',
  'λ': 'lambda',
  'μ': 'mu',
  'π': 'pi',
  'σ': 'sigma',
  'τ': 'tau',
  'φ': 'phi',
  'ω': 'omega',
};

function spellSymbols(title: string): string {
  return title.replace(/[+&αβγδεθλμπστφω]/gi, (c) => ` ${SYMBOL_NAMES[c.toLowerCase()] ?? c} `);
}

/** A text with its Greek letters written as their names, in place, a subscript run on: "π_0" is "pi0", as it is typed. */
export function spellGreek(text: string): string {
  return text.replace(/(?<=[αβγδεθλμπστφω])_(?=\p{N})/giu, '').replace(/[αβγδεθλμπστφω]/gi, (c) => SYMBOL_NAMES[c.toLowerCase()] ?? c);
}

function scoreTitle(q: string, qWords: string[], qGrams: Set<string>, e: Prepared): number {
  if (q === e.norm) return 1;
  if (e.shortNames.includes(q)) return 0.97;
  // Word-level fuzzy recall of the query in the title, and how much of the title the query covers.
  let matched = 0;
  /** The weight of the title's words the query matched (an acronym matches several). */
  let covered = 0;
  let qWeight = 0;
  const used = new Set<number>();
  for (const w of qWords) {
    const weight = SMALL_WORDS.has(w) ? 0.3 : 1;
    qWeight += weight;
    let best = 0;
    let bestIdx = -1;
    e.words.forEach((tw, i) => {
      if (used.has(i)) return;
      const s = wordSimilarity(w, tw, 0.75);
      if (s > best) {
        best = s;
        bestIdx = i;
      }
    });
    if (best >= 0.75) {
      matched += weight * best;
      covered += weight * best;
      used.add(bestIdx);
      continue;
    }
    const run = acronymRun(w, e.words, used);
    if (run) {
      matched += weight;
      for (let i = run.start; i < run.end; i++) {
        used.add(i);
        covered += SMALL_WORDS.has(e.words[i]!) ? 0.3 : 1;
      }
    }
  }
  const recall = qWeight > 0 ? matched / qWeight : 0;
  const titleWeight = e.words.reduce((a, w) => a + (SMALL_WORDS.has(w) ? 0.3 : 1), 0);
  const coverage = titleWeight > 0 ? Math.min(1, covered / titleWeight) : 0;
  const dice = diceSimilarity(qGrams, e.grams);
  const prefix = (e.norm.startsWith(q) && q.length >= 8) || startsLike(qWords, e.words) ? 0.1 : 0;
  const shortFuzzy = Math.max(0, ...e.shortNames.map((s) => (q.length >= 3 ? wordSimilarity(q.replace(/ /g, ''), s.replace(/ /g, ''), 0.8) : 0)));
  const wordScore = 0.62 * recall + 0.23 * coverage + 0.15 * dice + prefix;
  return Math.min(0.99, Math.max(wordScore, shortFuzzy >= 0.8 ? 0.9 * shortFuzzy : 0, dice * 0.95));
}

/**
 * Whether the typed words are the title's first words, in order, allowing a typo in each: "interpretatin
 * of natural language" starts "Interpretation of Natural Language Rules ...". Three words at least.
 */
function startsLike(qWords: readonly string[], words: readonly string[]): boolean {
  if (qWords.length < 3 || qWords.length > words.length) return false;
  return qWords.every((w, i) => w === words[i] || wordSimilarity(w, words[i]!, 0.75) >= 0.75 || shortSlip(w, words[i]!));
}

/**
 * The title words a query word abbreviates, if it is their acronym: "3dgs" for "3D Gaussian
 * Splatting", "llms" for "Large Language Models" (a word with a digit stands for itself, small words
 * may be skipped but do not start one, a final "s" may pluralise). Two or more words, none already
 * matched.
 */
function acronymRun(word: string, words: readonly string[], used: ReadonlySet<number>): { start: number; end: number } | undefined {
  if (word.length < 3 || !/^[a-z0-9]+$/.test(word)) return undefined;
  for (const target of word.endsWith('s') ? [word, word.slice(0, -1)] : [word]) {
    for (let start = 0; start < words.length; start++) {
      // An acronym does not start with a small word: "are" is not "and Retrieval for Enhanced".
      if (SMALL_WORDS.has(words[start]!)) continue;
      let at = 0;
      for (let i = start; i < words.length && !used.has(i); i++) {
        const w = words[i]!;
        const part = /\d/.test(w) ? w : w[0]!;
        if (target.startsWith(part, at)) at += part.length;
        else if (!SMALL_WORDS.has(w) || i === start) break;
        if (at === target.length) {
          if (i > start) return { start, end: i + 1 };
          break;
        }
      }
    }
  }
  return undefined;
}

function shortNames(title: string): string[] {
  const names = new Set<string>();
  // A model's name with its size ("SOLAR 10.7B", "Falcon2-11B") is typed without it too.
  const withoutSize = (name: string) => name.replace(/(?<=\p{L}[\p{L}\p{N}]*)[\s-]+\d+(?:\.\d+)?[BMK]$/iu, '');
  // A Greek letter is typed as its name, and a name with a symbol run together ("pi0" for "π_0").
  const add = (name: string) => {
    names.add(normalizeTitle(name));
    names.add(normalizeTitle(withoutSize(name)));
    if (/[αβγδεθλμπστφω]/iu.test(name)) names.add(normalizeTitle(spellGreek(name)).replace(/ /g, ''));
  };
  const head = /^(.{2,40}?)\s*(?::| -- | - | — |: )/.exec(title);
  if (head) add(head[1]!);
  const firstWord = title.split(/\s+/)[0] ?? '';
  if (/[A-Z].*[A-Z]/.test(firstWord) && firstWord.length >= 3) add(firstWord.replace(/[:,]$/, ''));
  for (const m of title.matchAll(/\(([A-Za-z0-9-]{2,20})\)/g)) names.add(normalizeTitle(m[1]!));
  names.delete('');
  return [...names];
}

function trigrams(s: string): Set<string> {
  const padded = `  ${s} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

function diceSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const g of a) if (b.has(g)) inter++;
  return (2 * inter) / (a.size + b.size);
}

/**
 * 1 - normalised Damerau-Levenshtein distance when it is at least `min`, else 0; short words must match
 * exactly. A pair whose letters alone set them further apart than `min` allows is not aligned at all.
 */
export function wordSimilarity(a: string, b: string, min = 0): number {
  if (a === b) return 1;
  const maxLen = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) <= 3) return 0;
  if (Math.abs(a.length - b.length) > 2) return b.startsWith(a) && a.length >= 5 && PREFIX_SIMILARITY >= min ? PREFIX_SIMILARITY : 0;
  if (min > 0 && lettersApart(a, b) > (1 - min) * maxLen + 1e-9) return 0;
  const s = 1 - damerauLevenshtein(a, b) / maxLen;
  return s >= min ? s : 0;
}

/** How similar a word of five letters or more is to a longer one it starts ("transform", "transformers"). */
const PREFIX_SIMILARITY = 0.8;

const letterCounts = new Int32Array(65536);

/**
 * A lower bound on the edit distance of two words: the letters one has that the other lacks, counted
 * with repeats, on the side that has more (an edit mends at most one on each side; a transposition none).
 */
function lettersApart(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) letterCounts[a.charCodeAt(i)]!++;
  for (let i = 0; i < b.length; i++) letterCounts[b.charCodeAt(i)]!--;
  // Each letter's count is read once (then cleared): what is left above 0 is `a`'s alone, below 0 `b`'s.
  let onlyA = 0;
  let onlyB = 0;
  for (const word of [a, b]) {
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      const n = letterCounts[c]!;
      if (n > 0) onlyA += n;
      else onlyB -= n;
      letterCounts[c] = 0;
    }
  }
  return Math.max(onlyA, onlyB);
}

const rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
function damerauLevenshtein(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (n + 1 > rows[0]!.length) for (let i = 0; i < 3; i++) rows[i] = new Int32Array(2 * (n + 1));
  let prev2 = rows[0]!;
  let prev = rows[1]!;
  let cur = rows[2]!;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}
