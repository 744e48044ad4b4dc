/**
 * An eval set's short questions the corpus answers, typed the way people write in a channel: with chat
 * around them ("hey, any papers on ...?", "lmk if there is anything on ...", "is anybody working on
 * ... these days"), asking for a kind of reading on them ("... for dummies", "pros and cons of ..."),
 * after a sentence about the asker ("I'm a PhD student and my advisor asked me to look into this."),
 * with a space left out ("tabulardata"), with typing slips ("messureement") and with acronyms ("vlm").
 * None should change the answer. The chat phrasings, the kinds of reading and the first five
 * sentences about the asker are the ones the chat words of query.ts were written against, so those
 * shares say what the words cover, not what they will. Deterministic.
 */
import { ACRONYMS } from '../retrieval/query/field-terms-lexicon.js';
import { KEY_ROWS } from '../retrieval/query/spelling.js';
import type { EvalItem } from './dataset.js';

const PHRASINGS: ((q: string) => string)[] = [
  (q) => `hey, any papers on ${q}?`,
  (q) => `does anyone know of work on ${q}`,
  (q) => `i'm looking for research about ${q}, thx`,
  (q) => `got anything about ${q}?`,
  (q) => `need a good paper on ${q} asap`,
  (q) => `can you point me to papers on ${q}`,
  (q) => `what's out there on ${q}`,
  (q) => `i vaguely recall a paper about ${q}`,
  (q) => `yo ${q} papers?`,
  (q) => `been reading about ${q}, any recommendations?`,
  (q) => `trying to find that paper on ${q}`,
  (q) => `my advisor mentioned a paper on ${q}, know it?`,
  (q) => `quick q: is there literature on ${q}?`,
  (q) => `so is anybody working on ${q} these days`,
  (q) => `id love a paper on ${q}`,
  (q) => `curious if theres a paper on ${q}`,
  (q) => `pretty sure there is a paper on ${q}`,
  (q) => `lmk if there is anything on ${q}`,
  (q) => `is there like a paper on ${q} or smth`,
  (q) => `looking into ${q} for work, recs?`,
];

/** A kind of reading asked for on a topic: a primer, a reading list, its pros and cons, its code. */
const READINGS: ((q: string) => string)[] = [
  (q) => `${q} for dummies`,
  (q) => `explain ${q} like im five`,
  (q) => `pros and cons of ${q}`,
  (q) => `seminal paper on ${q}`,
  (q) => `${q} cheat sheet`,
  (q) => `is ${q} dead?`,
  (q) => `${q} in a nutshell`,
  (q) => `lit review on ${q}`,
  (q) => `${q} pdf`,
  (q) => `${q} paper recommendations`,
  (q) => `what's the deal with ${q}`,
  (q) => `hot takes on ${q}?`,
  (q) => `${q} 101`,
  (q) => `reading list for ${q}`,
  (q) => `tips for ${q}`,
  (q) => `${q} deep dive`,
  (q) => `github repo for ${q}`,
  (q) => `most cited papers on ${q}`,
  (q) => `${q} explained`,
  (q) => `${q} history`,
];

/** Words a short question has at most: a longer one is a sentence of its own, not a topic to wrap. */
const SHORT = 6;
/** Phrasings each question is wrapped in (taking turns through them). */
const PER_QUESTION = 5;

export interface Retyped {
  /** The question as the set has it. */
  question: string;
  /** The same typed another way: with chat around it, a slip, an acronym, two words run together. */
  retyped: string;
}

/** The set's short one-paper and topic questions, each wrapped in a few of the {@link PHRASINGS}. */
export function chatAroundQuestions(items: readonly EvalItem[]): Retyped[] {
  return wrapped(items, PHRASINGS);
}

/** The set's short one-paper and topic questions, each asked for as a few of the {@link READINGS}. */
export function readingQuestions(items: readonly EvalItem[]): Retyped[] {
  return wrapped(items, READINGS);
}

/** The set's short one-paper and topic questions, each wrapped in {@link PER_QUESTION} of `wraps`, taking turns through them. */
function wrapped(items: readonly EvalItem[], wraps: readonly ((q: string) => string)[]): Retyped[] {
  return shortQuestions(items).flatMap((item, i) =>
    Array.from({ length: PER_QUESTION }, (_, j) => {
      const bare = item.question.replace(/[?.!\s]+$/, '');
      return { question: item.question, retyped: wraps[(i * PER_QUESTION + j) % wraps.length]!(bare) };
    }),
  );
}

/** The set's short one-paper and topic questions. */
function shortQuestions(items: readonly EvalItem[]): Extract<EvalItem, { kind: 'paper' | 'topic' }>[] {
  return items.filter(
    (i): i is Extract<EvalItem, { kind: 'paper' | 'topic' }> => (i.kind === 'paper' || i.kind === 'topic') && i.question.split(/\s+/).length <= SHORT,
  );
}

/**
 * The set's short questions, each with the space between two of its words left out, once for each
 * two neighbouring words of letters only (at least three each): "language models for tabulardata".
 */
export function spaceLeftOutQuestions(items: readonly EvalItem[]): Retyped[] {
  return shortQuestions(items).flatMap((item) => {
    const words = item.question.split(/\s+/);
    const isWord = (w: string | undefined) => w !== undefined && /^\p{L}{3,}$/u.test(w);
    return words.flatMap((w, i) =>
      isWord(w) && isWord(words[i + 1]) ? [{ question: item.question, retyped: [...words.slice(0, i), `${w}${words[i + 1]}`, ...words.slice(i + 2)].join(' ') }] : [],
    );
  });
}

/** A slip of the fingers at a letter of a word: two letters swapped, one left out, one typed twice, one struck for the key to its right. */
const SLIPS: ((w: string, at: number) => string)[] = [
  (w, at) => `${w.slice(0, at)}${w[at + 1] ?? ''}${w[at]}${w.slice(at + 2)}`,
  (w, at) => `${w.slice(0, at)}${w.slice(at + 1)}`,
  (w, at) => `${w.slice(0, at + 1)}${w.slice(at)}`,
  (w, at) => `${w.slice(0, at)}${keyBeside(w[at]!)}${w.slice(at + 1)}`,
];

/** The key to the right of a letter's (to the left at the end of its row), in the letter's case. */
function keyBeside(c: string): string {
  const lower = c.toLowerCase();
  const row = KEY_ROWS.find((r) => r.includes(lower));
  if (!row) return c;
  const i = row.indexOf(lower);
  const key = row[i + 1] ?? row[i - 1]!;
  return c === lower ? key : key.toUpperCase();
}

/** Words at least this long are also typed with two slips. */
const TWO_SLIPS_FROM = 8;

/**
 * The set's short questions with typing slips: each word of four letters or more typed with one slip
 * (taking turns through the {@link SLIPS}, in the middle of the word), and each of eight or more with
 * two ("messureement"). These are the slips the spelling corrector models, so the share says how well
 * it fixes them, not how it does on slips of other kinds.
 */
export function typingSlipQuestions(items: readonly EvalItem[]): Retyped[] {
  return shortQuestions(items).flatMap((item, i) => {
    const words = item.question.split(/\s+/);
    return words.flatMap((w, j) => {
      if (!/^\p{L}{4,}$/u.test(w)) return [];
      const slip = (k: number) => SLIPS[(i + j + k) % SLIPS.length]!;
      const typed = (as: string) => ({ question: item.question, retyped: [...words.slice(0, j), as, ...words.slice(j + 1)].join(' ') });
      const once = slip(0)(w, Math.floor(w.length / 2));
      return w.length >= TWO_SLIPS_FROM ? [typed(once), typed(slip(1)(once, Math.floor(once.length / 4)))] : [typed(once)];
    });
  });
}

/** Each term of the lexicon's acronyms, as a question may write it (hyphen or space, singular or plural), with the first acronym for it. */
const ACRONYM_OF = ACRONYMS.split('\n')
  .filter((line) => line.includes(':') && !line.startsWith('#'))
  .map((line) => {
    const [term, acronyms] = line.split(':') as [string, string];
    const words = term.trim().replace(/s$/, '').split(/[- ]/).join('[- ]');
    return { term: new RegExp(`\\b${words}s?\\b`, 'i'), acronym: acronyms.split('|')[0]!.trim() };
  });

/**
 * The set's one-paper and topic questions with a term the lexicon has an acronym for typed as the
 * acronym ("hallucination in vision-language models" as "hallucination in vlm"), once per such term.
 * The acronyms are the lexicon's, so the share says how well search reads those, not others.
 */
export function acronymQuestions(items: readonly EvalItem[]): Retyped[] {
  return items.flatMap((item) =>
    item.kind === 'paper' || item.kind === 'topic'
      ? ACRONYM_OF.filter((a) => a.term.test(item.question)).map((a) => ({ question: item.question, retyped: item.question.replace(a.term, a.acronym) }))
      : [],
  );
}

/** Sentences about the asker, put before a question: the first five are the ones the chat words were written against. */
const ABOUT_THE_ASKER = [
  "I'm a PhD student and my advisor asked me to look into this.",
  'We are a small startup team and want to ship something soon.',
  "I've been stuck on this for a week and would appreciate any help.",
  'For a reading group next Tuesday I need one or two good papers.',
  'Background: I mostly do web development, so I am new to this area.',
  'Hello everyone, first time posting here.',
  'My manager wants a short literature review by Friday.',
  'I teach an intro course and students keep asking me about this.',
  'Sorry if this is a dumb question, I am just a hobbyist.',
  'Working on a side project over the weekend and got curious.',
];

/** Sentences about the asker each short question is put after (taking turns through them). */
const ASKER_PER_QUESTION = 2;

/** The set's short questions, each asked after a sentence about the asker ("... Is there work on X?"). */
export function aboutTheAskerQuestions(items: readonly EvalItem[]): Retyped[] {
  return shortQuestions(items).flatMap((item, i) =>
    Array.from({ length: ASKER_PER_QUESTION }, (_, j) => {
      const q = item.question.trim();
      const asked = /\?$/.test(q) ? q : `Is there work on ${q}?`;
      return { question: item.question, retyped: `${ABOUT_THE_ASKER[(i * ASKER_PER_QUESTION + j) % ABOUT_THE_ASKER.length]!} ${asked}` };
    }),
  );
}
