/**
 * Which paper a question names, if any: a rare word of its title ("how many tokens was phi-1.5 trained
 * on"), words of its title typed in a row ("in the curriculum demonstration selection paper"), the
 * name its title opens with ("sparsepo" of "SparsePO: ..."), or a name its abstract gives its method.
 * Such a question asks for a fact of that paper, not about a topic. Pure.
 */
import { isEnglishWord } from './english.js';
import { bestCut, cuts } from './run-together.js';
import { foldedWords, tokenize } from '../text.js';
import { spellGreek } from '../titles.js';
import { normalizeTitle } from '../../corpus/paper.js';
import { typingDistance } from './spelling.js';

/** Words and the acronym in brackets after them: "pre-trained language models (PLMs)". */
export const DEFINED = /((?:[\p{L}\p{N}-]+\s+){1,6})\((\p{Lu}[\p{L}\p{N}]*?)s?\)/gu;

/** A word used by at most this share of the papers, in a paper's title, names that paper. */
const NAMING_SHARE = 0.02;
/** Title words typed in a row name the paper too ("curriculum demonstration selection"): this many at least ... */
const TITLE_RUN = 3;
/** ... one of them used by at most this share of the papers ("large language models for ..." names none). */
const RUN_SHARE = 0.05;
/** ... or, when they are the title's first words and the question calls them a paper's ("attentiveness to answer choices paper, ..."), this share. */
const OPENING_SHARE = 0.15;
/** Words a question calls a paper by: "the low-rank adaptation paper", "that instruction tuning survey", "attentiveness to answer choices paper, ...". */
const CALLS_PAPER = /\b(?:the|that|this)\s+(?:[\p{L}\p{N}-]+\s+){1,10}?(?:paper|study|survey|report)\b|^(?:[\p{L}\p{N}-]+\s+){1,10}?(?:paper|study|survey|report)\s*[,:?—–-]/iu;
/** A name the paper's abstract gives its method ("ICM-LoRA", "TBSAC") names it when at most this many papers use it. */
const OWN_NAME_PAPERS = 2;

/**
 * The position among `papers` of the first one a question names, which it may ask a quantity of
 * (-1: none): a word of the question that is in the
 * title of one of the papers and that few papers use ("how many tokens was phi-1.5 trained on", of the
 * phi-1.5 report), words of its title typed in a row ("in the curriculum demonstration selection
 * paper"), or a name its abstract gives and one or two papers use ("which base LLM did ICM-LoRA
 * generate weights for"). Such a question asks for a fact of that paper; "how much compute does lora
 * need" asks about a topic, which the papers may discuss without a number.
 */
export async function namedPaper(
  question: string,
  papers: readonly { title: string; abstract?: string }[],
  corpus: { termStats: (terms: string[]) => Promise<readonly { df: number }[]>; papers: number },
): Promise<number> {
  const typed = foldedWords(question).flatMap((w) => tokenize(w));
  const titles = papers.map((p) => new Set(foldedWords(p.title).flatMap((w) => tokenize(w))));
  const calls = CALLS_PAPER.test(question);
  const titleTokens = papers.map((p) => foldedWords(p.title).flatMap((w) => tokenize(w)));
  const runs = titleTokens.map((title) => typedRuns(typed, title));
  // A size ("405b") is no name of a paper's own.
  const owns = papers.map((p) => new Set(p.abstract ? foldedWords(p.abstract).filter((w) => !isEnglishWord(w) && !/^\d+(?:\.\d+)?[kmbt]?$/.test(w)).flatMap((w) => tokenize(w)) : []));
  // A name the abstract defines in capitals, typed in full ("Content Behavior Corpus size"), names it when few papers use its acronym.
  const typedText = ` ${foldedWords(question).join(' ')} `;
  const definitions = papers.map((p) => (p.abstract ? capitalizedDefinitions(p.abstract).filter((d) => typedText.includes(` ${d.name} `)) : []));
  const acronyms = [...new Set(definitions.flat().flatMap((d) => tokenize(d.acronym)))];
  const candidates = [...new Set([...typed.filter((t) => titles.some((title) => title.has(t)) || owns.some((own) => own.has(t))), ...runs.flat(2), ...acronyms])].filter((t) => !/^\d+$/.test(t));
  // The name a title opens with, before its colon ("API-BLEND: A Comprehensive Corpora ..."), typed as one word.
  const typedWhole = new Set(question.split(/\s+/).map(typedName).filter((w) => w.length >= TITLE_NAME_LETTERS || withDigit(w)));
  const byName = papers.findIndex((p) => {
    const name = titleName(p.title);
    return name !== undefined && typedWhole.has(name);
  });
  if (candidates.length === 0) return byName;
  // The sides of each way to cut a word in two: "crosslingual" is "cross" and "lingual" run together.
  const surface = new Map(foldedWords(question).flatMap((w) => tokenize(w).map((t) => [t, w] as const)));
  const sides = [...new Set(candidates.flatMap((t) => cuts(surface.get(t) ?? t).flatMap((cut) => cut.flatMap((side) => tokenize(side)))))];
  const asked = [...candidates, ...sides.filter((t) => !candidates.includes(t))];
  const df = new Map((await corpus.termStats(asked)).map((s, i) => [asked[i]!, s.df]));
  const rare = (t: string, share: number) => (df.get(t) ?? 0) > 0 && (df.get(t) ?? 0) <= Math.max(2, share * corpus.papers);
  // A rare word that is two of the field's words run together names no paper.
  const fieldWords = (t: string) => bestCut(surface.get(t) ?? t, (stem) => ((df.get(stem) ?? 0) > NAMING_SHARE * corpus.papers ? (df.get(stem) ?? 0) : 0)) !== undefined;
  return papers.findIndex(
    (_, i) =>
      i === byName ||
      typed.some((t) => titles[i]!.has(t) && rare(t, NAMING_SHARE) && !fieldWords(t)) ||
      runs[i]!.some((run) => run.some((t) => rare(t, calls && startsTitle(run, titleTokens[i]!) ? OPENING_SHARE : RUN_SHARE))) ||
      typed.some((t) => owns[i]!.has(t) && (df.get(t) ?? 0) > 0 && (df.get(t) ?? 0) <= OWN_NAME_PAPERS) ||
      definitions[i]!.some((d) => tokenize(d.acronym).every((t) => (df.get(t) ?? 0) <= OWN_NAME_PAPERS)),
  );
}

/** Letters a title's name has at least to name its paper when typed ("API-BLEND", not "GPT"). */
const TITLE_NAME_LETTERS = 5;
/** ... or, with a digit in it, this many ("pi0" of "π_0: A Vision-Language-Action Flow Model ..."). */
const DIGIT_NAME_LETTERS = 3;
/** Whether a squashed word is a name with letters and a digit long enough to name a paper ("pi0"). */
const withDigit = (name: string) => name.length >= DIGIT_NAME_LETTERS && /\p{L}/u.test(name) && /\d/.test(name);
/** Whether a squashed word is long enough to be a typed name: {@link TYPED_NAME_LETTERS}, or a shorter one with a digit. */
const isTypedName = (name: string) => name.length >= TYPED_NAME_LETTERS || withDigit(name);
/** ... and when typed as no English word ("TAPO", "RoHM"; not "Cook" or "LIST"). */
const TYPED_NAME_LETTERS = 4;

/** A word as its letters and digits only, lower case: "API-BLEND" is "apiblend". */
const squashed = (word: string) => foldedWords(word).join('');

/**
 * The words of a question that may be the name a title opens with ("sparsepo" in "what domains did
 * sparsepo test on?"): of {@link TYPED_NAME_LETTERS} letters or more, and no English word; `name`
 * squashed (see {@link titleName}), `word` as typed.
 */
export function typedTitleNames(question: string): readonly { name: string; word: string }[] {
  // Search reads a question's names more than once (see engine.ts): the last question's are kept.
  if (lastNamed?.question === question) return lastNamed.names;
  const words = nameWords(question).map((word) => ({ name: typedName(word), word }));
  const names = words.filter(({ name }, i) => isTypedName(name) && !isEnglishWord(name) && words.findIndex((w) => w.name === name) === i);
  lastNamed = { question, names };
  return names;
}

let lastNamed: { question: string; names: readonly { name: string; word: string }[] } | undefined;

/** What a question calls "the ... paper" (or "tech report"), as typed. */
const CALLED = /\bthe\s+([^?.!;:()"“”]{3,80}?)\s+(?:paper|tech(?:nical)?\s+report)\b/giu;
/** Words that say what a paper is called. */
export const CALLING = String.raw`called|named|titled|entitled`;
/** What a question says a paper is called, up to a mark in `ends` or a full stop: "is there a paper called less is more?". */
const calledBy = (ends: string) => new RegExp(String.raw`\b(?:${CALLING})\s+["“'‘]?([^?!;:()"“”]{3,80}?)["”'’]?\s*(?:[${ends}]|\.(?:\s|$)|$)`, 'giu');
/** ... up to a comma: "the paper titled learning to learn, is it here?" ... */
const CALLED_BY = calledBy('?!;:,');
/** ... or to the end of its sentence, commas and all: "is there a paper called show, don't tell?". */
const CALLED_BY_WHOLE = calledBy('?!;:');
/** The fewest and the most words of a title's head a question calls a paper by. */
const HEAD_WORDS = [2, 6] as const;

/**
 * The words a question calls a paper by that may be the words a title opens with: "less is more" of
 * "is the less is more paper in here?" (each run of two to six words that ends before "paper", longest
 * first) or of "is there a paper called less is more?" (two to six words, as typed, up to the end of
 * the sentence or to a comma).
 */
export function calledNames(question: string): string[] {
  const out: string[] = [];
  for (const m of [...question.matchAll(CALLED_BY_WHOLE), ...question.matchAll(CALLED_BY)]) {
    const n = m[1]!.trim().split(/\s+/).length;
    if (n >= HEAD_WORDS[0] && n <= HEAD_WORDS[1]) out.push(m[1]!.trim());
  }
  for (const m of question.matchAll(CALLED)) {
    const words = m[1]!.trim().split(/\s+/);
    for (let n = Math.min(HEAD_WORDS[1], words.length); n >= HEAD_WORDS[0]; n--) out.push(words.slice(words.length - n).join(' '));
  }
  return [...new Set(out)];
}

/**
 * The one word a question calls a paper by ("guide" of "is the guide paper in here?", "where's the
 * compacter paper", "is there a paper called limit?"), as typed and squashed as a title's name is (see
 * {@link titleName}); undefined when it calls it by more words or none.
 */
export function calledWord(question: string): { name: string; word: string } | undefined {
  for (const pattern of [CALLED_BY, CALLED]) {
    for (const m of question.matchAll(pattern)) {
      const word = m[1]!.trim();
      if (/^\S+$/u.test(word)) return { name: typedName(word), word };
    }
  }
  return undefined;
}

/** A title of at least this many words typed whole names its paper (see {@link typedWholeTitle}). */
const WHOLE_TITLE_WORDS = 4;

/**
 * Which of these titles (its position; -1: none) a question types whole, in any case and punctuation
 * ("how many parameters does it take to change a light bulb? evaluating performance in self-play ..."),
 * of {@link WHOLE_TITLE_WORDS} words or more.
 */
export function typedWholeTitle(question: string, titles: readonly string[]): number {
  const typed = ` ${normalizeTitle(question)} `;
  return titles.findIndex((title) => {
    const t = normalizeTitle(title);
    return t.split(' ').length >= WHOLE_TITLE_WORDS && typed.includes(` ${t} `);
  });
}

/** The question without a title it types whole (see {@link typedWholeTitle}), in the title index's lower case. */
export function withoutWholeTitle(question: string, title: string): string {
  return ` ${normalizeTitle(question)} `.replace(` ${normalizeTitle(title)} `, ' ').trim();
}

/** The paper after the first whose title's name the query types ("INTERS" of "INTERS: Unlocking ..."), when the first does not mention that name. */
export function laterNamed<P extends { title: string; abstract: string }>(query: string, first: readonly P[]): P | undefined {
  const [top, ...rest] = first;
  if (!top) return undefined;
  const written = new Set(`${top.title} ${top.abstract}`.split(/\s+/).map((w) => foldedWords(w).join('')));
  return rest.find((p) => typesTitleName(query, p.title) && !written.has(titleName(p.title)!));
}

/** The first paper, when its title's name is the only one of the first papers' that the query types ("what gsm8k accuracy does chatglm-math get?"). */
export function onlyTitled<P extends { title: string }>(query: string, first: readonly P[]): P | undefined {
  const typed = first.filter((p) => typesTitleName(query, p.title));
  return typed.length === 1 && typed[0] === first[0] ? typed[0] : undefined;
}

/** Whether a question types the name a title opens with as one of its words, English or not ("opera decoding ..." of "OPERA: ..."). */
export function typesTitleName(question: string, title: string): boolean {
  const name = titleName(title);
  return name !== undefined && nameWords(question).some((word) => typedName(word) === name);
}

/** The question without the words that type the name a title opens with ("what is mental-llm?" of "Mental-LLM: ..." is "what is"). */
export function withoutTitleName(question: string, title: string): string {
  const name = titleName(title);
  const words = question.split(/\s+/).filter((w) => w.length > 0);
  return name === undefined ? question : words.filter((word) => typedName(word) !== name).join(' ');
}

/** A version number typed apart from the name it is of ("qwen 2.5", "llama 3.1"); a plain count ("top 5") is none. */
const VERSION_APART = /^v?\d+(?:\.\d+)+[^\p{L}\p{N}]*$/u;

/**
 * The words of a question that may be names, as typed: each word, and a word with the version number
 * typed apart after it, before it ("qwen 2.5" of "Qwen2.5 Technical Report").
 */
function nameWords(question: string): string[] {
  const words = question.split(/\s+/).filter((w) => w.length > 0);
  return words.flatMap((word, i) => {
    const next = words[i + 1];
    return next !== undefined && /\p{L}/u.test(word) && VERSION_APART.test(next) ? [`${word} ${next}`, word] : [word];
  });
}

/** A title's name: one word before its colon, a version or a size between ... */
const TITLE_NAME = /^\s*([^\s:]+)(?:\s+v?\d+(?:\.\d+)*[bmk]?)?\s*:/iu;
/** ... or before "Technical Report" or a dash. */
const TITLE_NAME_BEFORE = /^\s*([^\s:]+)\s+(?:technical\s+report\b|--|—)/iu;

/**
 * The name a title opens with, squashed, without a size written onto it: one word before its colon
 * ("API-BLEND: ..." gives "apiblend"), a version or a size between ("SOLAR 10.7B: ...", "JiuZhang 2.0:
 * ..."), or before "Technical Report" or a dash ("Falcon2-11B Technical Report" gives "falcon2").
 */
export function titleName(title: string): string | undefined {
  const head = titleHead(title);
  return head === undefined ? undefined : typedName(head);
}

/** The name a title opens with (see {@link titleName}) as the title writes it: "Mental-LLM" of "Mental-LLM: Leveraging ...". */
export function titleHead(title: string): string | undefined {
  return (TITLE_NAME.exec(title) ?? TITLE_NAME_BEFORE.exec(title))?.[1];
}

/** A typed name of fewer letters is not read as a title's name typed with a slip: "lama" is no slipped "lawma". */
export const SLIPPED_NAME_LETTERS = 5;

/**
 * The one name of `names` (titles' names, see {@link titleName}) that a squashed typed name is one
 * slip from (a letter added, dropped, swapped with the next or struck beside, see typingDistance):
 * "mentlallm" of "mentalllm", "lwama" of "lawma"; undefined when none is, or several are.
 */
export function slippedName(typed: string, names: Iterable<string>): string | undefined {
  if (typed.length < SLIPPED_NAME_LETTERS) return undefined;
  let found: string | undefined;
  for (const name of names) {
    if (name.length < SLIPPED_NAME_LETTERS || name === typed || Math.abs(name.length - typed.length) > 1) continue;
    // One slip leaves a word of five letters or more its first two letters or its last two.
    if (name.slice(0, 2) !== typed.slice(0, 2) && name.slice(-2) !== typed.slice(-2)) continue;
    if (typingDistance(typed, name, 1) > 1) continue;
    if (found !== undefined) return undefined;
    found = name;
  }
  return found;
}

/** A word as a name is compared: squashed, without a size written onto it ("Falcon2-11B" is "falcon2"), a Greek letter by its name ("π_0" is "pi0"), a plus at its end as "plus" ("tower+"). */
function typedName(word: string): string {
  // A plus at the end is part of the name: "Tower+" is not "Tower".
  return squashed(spellGreek(word).replace(/(?<=[\p{L}\p{N}])\+(?=[^\p{L}\p{N}+]*$)/u, 'plus').replace(/[^\p{L}\p{N}]+$/u, '').replace(/(?<=\p{L}[\p{L}\p{N}]*)-\d+(?:\.\d+)?[bmk]$/iu, ''));
}

/** Whether a run of title words is the title's first words. */
function startsTitle(run: readonly string[], title: readonly string[]): boolean {
  return run.every((t, k) => title[k] === t);
}

/** The runs of at least {@link TITLE_RUN} words of a title that a question types in the same order. */
function typedRuns(typed: readonly string[], title: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < typed.length; i++) {
    for (let j = 0; j < title.length; j++) {
      let n = 0;
      while (i + n < typed.length && j + n < title.length && typed[i + n] === title[j + n]) n++;
      if (n >= TITLE_RUN) out.push(typed.slice(i, i + n));
    }
  }
  return out;
}

/**
 * The names a text defines in capitals with an acronym ("our new Content Behavior Corpus (CBC)"): the
 * acronym and the words it stands for, lower case, as {@link foldedWords} splits them.
 */
function capitalizedDefinitions(text: string): { acronym: string; name: string }[] {
  return [...text.matchAll(DEFINED)].flatMap((m) => {
    const letters = m[2]!.replace(/[^\p{Lu}]/gu, '').length;
    const words = m[1]!.trim().split(/\s+/);
    const named = words.slice(-letters);
    if (letters < 2 || letters > words.length || !named.every((w) => /^\p{Lu}/u.test(w))) return [];
    return [{ acronym: m[2]!.toLowerCase(), name: foldedWords(named.join(' ')).join(' ') }];
  });
}
