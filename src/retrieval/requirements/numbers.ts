/**
 * The numbers a question gives ("down to two bits", "llama 3 405b") that papers contradict: they give
 * the same unit with other numbers only ("4-bit", "7B and 13B"). Such papers are about something close
 * to what was asked, not it, and search is one level less sure of them (see engine.ts). A number
 * hedged ("roughly 11B", "more than sixteen hundred", "like 260") is an approximation, not a
 * requirement; a unit the papers give no number for says nothing either way. So too the versions of
 * a model a question names ("llama 3") that papers name only other versions of ("Llama 1 to Llama 2"),
 * or whose family they do not name at all ("gemini 1.5 pro"). Pure.
 */
import { isEnglishWord } from '../query/english.js';
import { withoutAsides } from '../query/asides.js';
import { withoutAsker } from '../query/first-person.js';
import { tokenize } from '../text.js';
import { isModelFamily } from './unnamed.js';

/** A number of the text and the unit after it (stemmed, or the letters written onto it: "b" of "405b"). */
interface Figure {
  value: number;
  unit: string;
  /** As typed: "two bits", "405b". */
  text: string;
  hedged: boolean;
  /** The number a range starts at ("3 to 7 billion": 3), when the figure ends one. */
  from?: number;
  /** Where it stands among the text's words. */
  at: number;
  /** The word after its unit, which may be what it counts when the unit describes it ("2000 NLP tasks": tasks). */
  then?: string;
}

/** Numbers written in words ("two bits"); not "one", which is mostly a pronoun. */
const NUMBER_WORDS = new Map<string, number>(
  [
    ...'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ').map((w, i) => [w, i + 2] as const),
    ...'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, i) => [w, 20 + 10 * i] as const),
    ['hundred', 100],
    ['thousand', 1000],
  ],
);

/** Words that scale or stand for a number ("five trillion tokens", "twice as fast"). */
const SCALE_WORDS = new Set('hundreds thousands million millions billion billions trillion trillions dozen dozens half twice double'.split(' '));

/** Whether a (lower-case) word is a number: digits in it, or a number written in words. */
export function isNumberWord(word: string): boolean {
  return /\d/.test(word) || NUMBER_WORDS.has(word) || SCALE_WORDS.has(word);
}

/** Words before a number that make it an approximation. */
const HEDGES = new Set(['roughly', 'about', 'around', 'approximately', 'approx', 'nearly', 'almost', 'over', 'under', 'like', 'some', 'circa', 'above', 'below', 'beyond', 'couple']);
/** Pairs of words that do: "more than", "up to". */
const HEDGE_PAIRS = new Set(['more than', 'less than', 'fewer than', 'up to', 'at least', 'at most', 'as many', 'as much', 'a few', 'over a', 'about a', 'around a', 'like a']);

/** Whether the word at `i` follows a hedge: "roughly 11B", "more than sixteen". */
function isHedged(words: readonly string[], i: number): boolean {
  return HEDGES.has(words[i - 1] ?? '') || HEDGE_PAIRS.has(`${words[i - 2] ?? ''} ${words[i - 1] ?? ''}`);
}

/** A number with letters written onto it: "405b", "40gb", "4-bit", "10x". */
const WRITTEN_ON = /^(\d+(?:\.\d+)?)-?([a-z%]{1,3}|[a-z]{4,})?$/;

/** The numbers a text gives, each with the unit after it. */
export function figures(text: string): Figure[] {
  const words = text
    .toLowerCase()
    .replace(/(\d),(\d{3})\b/g, '$1$2')
    .match(/~?[\p{L}\p{N}%]+(?:[.-][\p{L}\p{N}%]+)*\+?/gu) ?? [];
  const out: Figure[] = [];
  for (let i = 0; i < words.length; i++) {
    // "~3B", "500+ tasks": an approximation.
    const typed = words[i]!;
    const w = typed.replace(/^~|\+$/g, '');
    const before = words[i - 1] ?? '';
    // "like 1k examples vs 50k": what a hedged number is set against is hedged too.
    const setAgainst = SET_AGAINST.has(before) && out.some((f) => f.hedged && f.at >= i - 4);
    const hedged = typed.startsWith('~') || typed.endsWith('+') || isHedged(words, i) || setAgainst;
    let hedgedBy = false;
    const m = WRITTEN_ON.exec(w);
    let value: number | undefined;
    let unit: string | undefined;
    let text = typed;
    if (m) {
      value = Number(m[1]);
      // Letters written onto it are its unit as they are ("b" of "405b"), a word after it is stemmed.
      unit = m[2] ? (m[2].length <= 3 ? m[2] : tokenize(m[2])[0]) : unitWord(words[i + 1]);
      if (!m[2] && unit) text = `${typed} ${words[i + 1]}`;
    } else if (NUMBER_WORDS.has(w) && !NUMBER_WORDS.has(before)) {
      // "25 thousand": the number before it counts its hundreds or thousands, hedged by what stands before that.
      const times = /^\d+(?:\.\d+)?$/.test(before) ? Number(before) : undefined;
      value = NUMBER_WORDS.get(w)! * (times ?? 1);
      unit = unitWord(words[i + 1]);
      text = `${times === undefined ? '' : `${before} `}${typed} ${words[i + 1] ?? ''}`;
      if (times !== undefined) hedgedBy = isHedged(words, i - 1);
    } else {
      const [word, rest] = w.split('-', 2);
      const scaled = SCALED.exec(w);
      const onName = SIZE_ON_NAME.exec(w);
      // "two-bit"
      if (word && rest && NUMBER_WORDS.has(word) && /^\p{L}+$/u.test(rest)) {
        value = NUMBER_WORDS.get(word);
        unit = tokenize(rest)[0];
      } else if (scaled) {
        // "a 70-billion-parameter model"
        value = Number(scaled[1]);
        unit = scaled[2];
      } else if (onName) {
        // A size written onto a model's name: "7b" of "Llama2-7b".
        value = Number(onName[1]);
        unit = onName[2];
        text = `${onName[1]}${onName[2]}`;
      }
    }
    // "70 billion" is the "70b" of a name.
    unit = unit === undefined ? unit : (SCALE_LETTERS.get(unit) ?? unit);
    // "sixteen hundred": part of a larger number; "task 8 subtask a": a label, not a count; "Llama 3 legal classification": a version.
    const version = m !== null && !m[2] && isModelFamily(before) && !/\d/.test(before);
    if (value === undefined || !unit || NUMBER_WORDS.has(words[i + 1] ?? '') || LABELLED.has(before) || version) continue;
    // "3 to 7 billion", "between 3 and 7 billion": a range, its first number without the unit.
    const start = RANGE_JOINS.has(before) ? plainNumber(words[i - 2]) : undefined;
    const from = start !== undefined && start < value && (before !== 'and' || words[i - 3] === 'between') ? start : undefined;
    const then = m && !m[2] ? unitWord(words[i + 2]) : undefined;
    out.push({ value, unit, text: from === undefined ? text : `${words[i - 2]} ${before} ${text}`, hedged: hedged || hedgedBy, at: i, ...(from === undefined ? {} : { from }), ...(then ? { then } : {}) });
  }
  return out;
}

/** A number and a scale written with hyphens, what it counts after them or not: "70-billion-parameter". */
const SCALED = /^(\d+(?:\.\d+)?)-(billion|million|trillion)(?:-\p{L}+)?$/u;
/** A size written onto a name after a hyphen: "llama2-7b", "falcon2-11b". */
const SIZE_ON_NAME = /^\p{L}[\p{L}\p{N}.]*-(\d+(?:\.\d+)?)([bmt])$/u;
/** The scale each letter written onto a number stands for: "18t" is 18 trillion. */
export const SCALES: Readonly<Record<string, string>> = { k: 'thousand', m: 'million', b: 'billion', t: 'trillion' };
/** The letter a scale is written onto a number with, by the scale's stem: "70 billion" is "70b". */
const SCALE_LETTERS = new Map(Object.entries(SCALES).map(([letter, scale]) => [tokenize(scale)[0]!, letter]));

/** Words a number after which labels rather than counts: "Task 8", "track 2", "phase 3". */
const LABELLED = new Set(['task', 'subtask', 'track', 'version', 'phase', 'stage', 'round', 'table', 'figure', 'section', 'chapter', 'part', 'level', 'lecture', 'edition', 'no', 'number']);

/** Words that set a number against another: "1k vs 50k", "1k or 50k". */
const SET_AGAINST = new Set(['vs', 'versus', 'or', 'to', 'and']);

/** Words between the two numbers of a range. */
const RANGE_JOINS = new Set(['to', 'and']);

/** A number written alone, in digits or in words ("3", "three"). */
function plainNumber(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(word)) return Number(word);
  return NUMBER_WORDS.get(word);
}

/** The stem of a word after a number, when it is a word (not another number). */
function unitWord(word: string | undefined): string | undefined {
  if (!word || !/^\p{L}/u.test(word)) return undefined;
  return tokenize(word)[0];
}

/** A count a question asks the members of: "which four", "what are the 3". */
const ASKED_COUNT = new RegExp(String.raw`\b(?:which|what)\s+(?:are\s+|were\s+)?(?:the\s+)?(?:\d+|${[...NUMBER_WORDS.keys()].join('|')})(?![\w.-])`, 'gi');

/** A count said again after "those" or "these": "each of those three task categories". */
const SAID_AGAIN = new RegExp(String.raw`\b(?:those|these)\s+(?:\d+|${[...NUMBER_WORDS.keys()].join('|')})(?![\w.-])`, 'gi');

/** Words of a relation between two things. */
const RELATION = /\b(?:between|related|relatedness|each\s+other|the\s+other|similar|similarity|closeness|closely|pairs?|bilingual)\b/i;

/**
 * The numbers of a question, as typed, that none of the papers give with their unit while one of
 * them gives the unit with other numbers only ("two bits", answered from a paper on 4-bit models).
 */
export function contradictedNumbers(question: string, papers: readonly { title: string; abstract: string }[]): string[] {
  // "which four scenarios" asks what they are, not that there be four.
  // "how closely related two languages are", "between two models": a pair asked about, not a count.
  const paired = RELATION.test(question);
  // "each of those three task categories": a count of what the question itself lists, said again.
  const asked = figures(withoutAsker(question).replace(ASKED_COUNT, ' ').replace(SAID_AGAIN, ' ')).filter((f) => !f.hedged && !(paired && f.value === 2 && /^two\b/.test(f.text)));
  if (asked.length === 0) return [];
  const given = papers.map((p) => figures(`${p.title}. ${p.abstract}`));
  // A number written onto a name gives it too: "11b" of "Falcon2-11B".
  const words = new Set(papers.flatMap((p) => tokenize(`${p.title} ${p.abstract}`)));
  return [
    ...new Set(
      asked
        .filter((f) => {
          // "2000 NLP tasks" gives a number of tasks too.
          const sameUnit = given.flat().filter((g) => g.unit === f.unit || g.then === f.unit);
          // A range is given by any number in it ("3 to 7 billion" by "3 billion"), a round number by one it rounds ("200 tasks" by 204).
          const inRange = (g: Figure) => (f.from === undefined ? g.value === f.value || roundsTo(g.value, f.value) : g.value >= f.from && g.value <= f.value);
          return sameUnit.length > 0 && !sameUnit.some(inRange) && !words.has(f.text);
        })
        .map((f) => f.text),
    ),
  ];
}

/**
 * Whether a round number typed (hundreds or more, one digit then zeros: "200", "1000") is what a paper's
 * number comes to at its precision: people type "a 200-task benchmark" for one of 204 tasks. Not a
 * number of tens ("a 70b model" is not one of 65B).
 */
function roundsTo(given: number, typed: number): boolean {
  if (!Number.isInteger(typed) || typed < 100) return false;
  let step = 1;
  while (typed % (step * 10) === 0) step *= 10;
  return step >= 100 && typed / step < 10 && Math.round(given / step) * step === typed;
}

/**
 * The versions of model families a question names that the papers name only other versions of:
 * "from Llama 2 to Llama 3", of a paper on Llama 1 and Llama 2. "Llama 3" is given by "Llama-3.1-8B".
 * Not those it does not ask for (see asides.ts).
 */
export function contradictedVersions(question: string, papers: readonly { title: string; abstract: string }[]): string[] {
  const text = withoutAsides(question);
  const asked = versions(text);
  if (asked.length === 0) return [];
  const given = papers.flatMap((p) => versions(`${p.title}. ${p.abstract}`));
  const isGiven = (v: Version) => given.some((g) => g.family === v.family && (g.version === v.version || g.version.startsWith(`${v.version}.`)));
  // "gpt-3.5 or gpt-4?": either is an answer.
  const alternatives = (v: Version) => asked.filter((w) => w !== v && w.family === v.family && /^\s*(?:or|\/)\s*$/i.test(text.slice(Math.min(v.end, w.end), Math.max(v.at, w.at))));
  return [
    ...new Set(
      asked
        .filter((v) => given.some((g) => g.family === v.family) && !isGiven(v) && !alternatives(v).some(isGiven))
        .map((v) => v.text),
    ),
  ];
}

/**
 * The versions of model families a question names ("gemini 1.5 pro") whose family the papers do not
 * name at all, in any version or none: what was asked of that model the papers do not say. Not those
 * it does not ask for (see asides.ts): "we can't use GPT-4, so ...".
 */
export function unnamedVersions(question: string, papers: readonly { title: string; abstract: string }[]): string[] {
  const asked = versions(withoutAsides(question));
  if (asked.length === 0) return [];
  // The family as written in any form or inside another name: "flan-t" of "FLAN-T5", "gpt" of "ChatGPT".
  const texts = papers.map((p) => `${p.title} ${p.abstract}`.toLowerCase());
  return [...new Set(asked.filter((v) => !texts.some((t) => t.includes(v.family))).map((v) => v.text))];
}

/** A version of a family of models as a text writes it: "Llama 3", "GPT-4o", "Qwen2.5", "llama-3.1" of "llama-3.1-8b". */
interface Version {
  family: string;
  version: string;
  text: string;
  /** Where it starts and ends in the text. */
  at: number;
  end: number;
}

/** A family's name and a version written onto it or after it ("llama3", "gpt-4o", "llama 3"), not a size ("Mistral 7B"). */
const VERSIONED = /(?<![\p{L}\p{N}])(\p{L}[\p{L}-]*?)[- ]?(\d+(?:\.\d+)?(?![bmkt]\b)[a-z]?)(?![\p{L}\p{N}]|\.\d|\s*(?:b|m|k|billion|million)\b)/giu;

/** A name and a version after a "v" ("NV-Embed-v2", "Uni-Perceiver v2"), not an English word's ("model v2"). */
const V_VERSIONED = /(?<![\p{L}\p{N}])(\p{L}[\p{L}\p{N}-]*?)[- ]?v(\d+(?:\.\d+)?)(?![\p{L}\p{N}]|\.\d)/giu;

/** The versions of model families a text names, and of the names it writes a "v" version onto. */
function versions(text: string): Version[] {
  const out: Version[] = [];
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(VERSIONED)) {
    const family = m[1]!.replace(/-$/, '');
    if (isModelFamily(family) && !/\d/.test(family)) out.push({ family, version: m[2]!, text: m[0], at: m.index, end: m.index + m[0].length });
  }
  for (const m of lower.matchAll(V_VERSIONED)) {
    const family = m[1]!.replace(/-$/, '');
    if (family.length >= 2 && !isModelFamily(family) && !isEnglishWord(family)) out.push({ family, version: m[2]!, text: m[0], at: m.index, end: m.index + m[0].length });
  }
  return out;
}
