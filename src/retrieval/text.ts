import { stemmer } from 'stemmer';
import { setWhereSaid } from './query/first-person.js';

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers herself him himself his
  how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves
  out over own same she should so some such than that the their theirs them themselves then there these they this those through
  to too under until up very was we were what when where which while who whom why will with would you your yours yourself
  yourselves via within without upon onto across among per etc e g ie i.e eg us one two also may might must shall
  paper papers paper's propose proposed proposes present presents introduce introduces show shows shown
  however furthermore moreover specifically whether either neither thus therefore hence
  tell find look looking give list explain describe anything something`
    .split(/\s+/)
    .filter(Boolean),
);

const cache = new Map<string, string>();

function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = /^\d/.test(word) ? word : stemmer(word);
    if (cache.size < 200_000) cache.set(word, s);
  }
  return s;
}

/** Lower-cased word tokens, accents folded, no stopwords, Porter-stemmed. */
export function tokenize(text: string): string[] {
  return tokenizeWords(foldedWords(text));
}

/** Chinese, Japanese and Korean script (Hangul as NFKD leaves it: jamo). */
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
/** A quick test for such a character, before looking for where it meets another script. */
const HAS_CJK = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
/** Where a Chinese, Japanese or Korean run meets a run of other letters or digits ("lora是什么"): written without a space, they are two words. */
const CJK_BOUNDARY = new RegExp(String.raw`(?<=[${CJK}])(?=[^${CJK}])|(?<=[^${CJK}])(?=[${CJK}])`, 'gu');

/**
 * The words of a text as {@link tokenize} reads them before stemming: lower case, accents folded, split
 * at anything but letters and digits, and where Chinese, Japanese or Korean script meets another.
 */
export function foldedWords(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return (HAS_CJK.test(folded) ? folded.replace(CJK_BOUNDARY, ' ') : folded).split(/[^\p{L}\p{N}]+/u);
}

/** {@link tokenize} of words already folded (see {@link foldedWords}). */
export function tokenizeWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (w.length < 2 && !/\d/.test(w)) continue;
    if (isStopword(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** Whether {@link tokenize} leaves out this (lower-case) word. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/**
 * Where one sentence ends and the next starts: ., ! or ? then a space and a capital or digit, but not
 * after an abbreviation a sentence goes on after ("e.g. GPT-4", "Kool et al. 2019").
 */
const SENTENCE_BREAK = /(?<=[.!?])(?<!\b(?:e\.g|i\.e|vs|cf|al|et|approx|resp|Figs?|Eqs?|Sec|Tab)\.)\s+(?=[A-Z0-9(“"])/;

/**
 * Irregular forms of verbs the papers use, by the stem {@link tokenize} gives them, and the stem of
 * the verb ("frozen" is "freez", as "freezing" is): so that "freezing the encoder" finds "a frozen
 * pretrained encoder". Forms that are words of their own in the field ("hidden", "left") are not here.
 */
const IRREGULAR_FORMS = new Map(
  Object.entries({
    frozen: 'freez', froze: 'freez', taught: 'teach', chosen: 'choos', chose: 'choos', written: 'write', wrote: 'write',
    built: 'build', grown: 'grow', grew: 'grow', forgotten: 'forget', forgot: 'forget', drawn: 'draw', drew: 'draw',
    spoken: 'speak', spoke: 'speak', understood: 'understand', brought: 'bring', broken: 'break', broke: 'break',
    fallen: 'fall', fell: 'fall', held: 'hold', ran: 'run', begun: 'begin', began: 'begin', taken: 'take', took: 'take',
    known: 'know', knew: 'know', seen: 'see', saw: 'see', thought: 'think', fed: 'feed', won: 'win', lost: 'lose',
    sent: 'send', kept: 'keep', sought: 'seek', led: 'lead', risen: 'rise', rose: 'rise',
  }),
);

/** The stem of a word's verb when it is an irregular form of one ("frozen": "freez"), the stem itself otherwise. */
export function verbStem(stem: string): string {
  return IRREGULAR_FORMS.get(stem) ?? stem;
}

/** Splits text into sentences (see {@link SENTENCE_BREAK}). */
export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_BREAK)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The sentences of a question that ask: those ending in a question mark, or else the last. The others
 * say where the asker comes from ("Radiology reports are long. Which methods summarize long documents?"),
 * unless one that asks is set where they say ("... in this setting?", "for our use case"): then they
 * belong to what is asked.
 */
export function askingSentences(question: string): string {
  const sentences = splitSentences(question);
  const asking = sentences.map((s) => /\?\s*$/.test(s));
  if (!asking.includes(true)) asking[sentences.length - 1] = true;
  const back = sentences.findIndex((s, i) => asking[i] && setWhereSaid(s));
  return sentences.filter((_, i) => asking[i] || i < back).join(' ');
}

/** The words of a text's sentence before `at`: "... measures X, how much ..." up to "how much". */
export function sentenceBefore(text: string, at: number): string {
  return text.slice(0, at).split(/[?!]|\.(?:\s|$)/).at(-1) ?? '';
}

/** A text some words were taken out of, its gaps closed: one space between words, none before a stop or at the start. */
export function closeGaps(text: string): string {
  return text.replace(/\s+([?!.,;:])/g, '$1').replace(/\s{2,}/g, ' ').replace(/^[\s,;:]+/, '').trim();
}
