/**
 * The names a question uses that none of some papers mention (the first papers a search finds, the
 * papers an answer cites): "spanish" in "llms on spanish medical licensing exams", answered from a
 * paper on Polish ones. Search is one level less sure of papers that do not mention what the question
 * names, and the answer says so, so that a close paper is not taken for the one asked about. A name is a word that is not general
 * English (see english.ts), not a question or chat word, not a typo search fixed, and not part of an
 * everyday phrasing of the papers' terms ("chatbot", see field-terms.ts). A paper mentions it when its
 * title, abstract or authors' names have it in any case, with or without hyphens, dots or a space inside
 * ("GPT-4" for "gpt4", "Web Arena" for "webarena"), in any form of the same stem, or the words it
 * shortens ("parameters" for "params"); a language, a place or a people when it has another word of
 * it ("Romanian" for "moldova", "Swahili" for "african", see places.ts); a maker of models when it has
 * one of its models ("GPT-3.5" for "openai", see makers.ts). A task from one kind of data
 * to another ("speech-to-speech") is named too, though its words are English. Pure.
 */
import type { Paper } from '../../corpus/paper.js';
import { isAnyEnglishWord, isEnglishWord, isInflectedEnglishWord, isPrefixedEnglishWord, isReworkedEnglishWord } from '../query/english.js';
import { findPhrasings, isFieldTerm, typedFieldTerms } from '../query/field-terms.js';
import { OPEN_END, OTHER_THAN_WORDS, withoutAsides } from '../query/asides.js';
import { FIRST_PERSON, refersBack } from '../query/first-person.js';
import { makerModels } from './makers.js';
import { joinedByTwo } from '../query/run-together.js';
import { SCALES } from './numbers.js';
import { LANGUAGES, placeWords, spelledLanguagePairs, translationDirections } from './places.js';
import { topicTerms, withoutChatPhrases } from '../query/query.js';
import { foldedWords, splitSentences, tokenize, tokenizeWords } from '../text.js';
import { spellGreek } from '../titles.js';
import { askedInKeywords, isMeasureStem } from './unstated.js';
import { typesTitleName } from '../query/named-paper.js';

/** A word used by at most this share of the papers (and at least {@link MIN_RARE}) may be a name. */
const RARE_SHARE = 0.01;
/** Letters an acronym may put before a name it builds on ("CVAE", "QLoRA"). */
const ACRONYM_PREFIX = 2;
const MIN_RARE = 2;
/** Letters of a name that its other forms ("cvaes" of "vae", "transformation" of "transformers") keep. */
const NAME_START = 3;

/** A model size, a count or a factor ("405b", "7b", "1.5t", "1000x"): what a paper may leave unsaid, not a name. */
const SIZE = /^\d+(?:\.\d+)?[kmbtx]$/;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.+-]*[\p{L}\p{N}]/gu;


/** A word with what may be written inside it or not taken out: "GPT-4" and "gpt4" are the same. */
const squash = (w: string) => foldedWords(w).join('');

/**
 * The question's names that none of the papers mention, in the order typed. `corrected` is the
 * question as search read it, its typos fixed; `corpus` says how many papers use a (tokenized) term.
 */
export async function unmentionedNames(
  question: string,
  corrected: string,
  papers: readonly Pick<Paper, 'title' | 'abstract' | 'authors'>[],
  corpus: { termStats: (terms: string[]) => Promise<readonly { term: string; df: number }[]>; papers: number },
): Promise<string[]> {
  // A question reads the endings it writes in brackets as the papers' texts do.
  const words = (text: string) => surfaceWords(bracketedEndings(spelledLanguagePairs(text))).flatMap(placesApart).map(withoutIsh);
  const kept = new Set(words(corrected));
  const capitalised = typedCapitalised(question);
  // A language is named, though its name is an English word too ("polish", "french"), when typed with
  // a capital or joined to another language ("English-to-French", "en-fr").
  const languages = new Set([...capitalised, ...joinedLanguages(spelledLanguagePairs(question))].filter((w) => LANGUAGES.has(w)));
  // Words of chat phrases ("acc to that paper") name nothing.
  const unchatted = new Set(words(withoutChatPhrases(question)));
  // A word typed in capitals is a name, though an English word too ("TOFU", "CHAIR").
  const acronyms = typedInCapitals(question);
  // What the asker says of themselves ("Our users write in African American English and Indian English.") is not asked for,
  // nor what they set aside ("— not classic recsys stuff"), nor examples left open ("like 3gpp specs etc.").
  const asked = new Set(words(withoutAsides(question)));
  const candidates = [...new Set(words(question))].filter(
    (w) => kept.has(w) && unchatted.has(w) && asked.has(w) && !isNotPlace(w) && (isName(w) || languages.has(w) || (acronyms.has(w) && topicTerms(w).length > 0)),
  );
  const compounds = unwrittenCompounds(corrected, papers);
  if (candidates.length === 0) return compounds;
  // A word many papers use is the field's vocabulary ("llm", "dataset"), not a name.
  const rare = Math.max(MIN_RARE, RARE_SHARE * corpus.papers);
  const terms = [...new Set(candidates.flatMap((w) => tokenize(w)))];
  const df = new Map((await corpus.termStats(terms)).map((t) => [t.term, t.df]));
  // A name of several words ("text-to-sql") is as rare as its rarest. A rare word of English that the
  // corpus uses ("testbed", "writeup") is a word of the field, unless typed with a capital ("Mamba").
  // A language, a place or a people is a name however many papers use it ("german legal language
  // model", of a paper on French law), but English, which papers on it often leave unsaid.
  const rareNames = candidates.filter((w) => {
    // ... and so is a name of words with a number between them, which few papers write whole, however many use its words.
    if (isPlace(w) || NUMBERED_NAME.test(w)) return true;
    const least = Math.min(...tokenize(w).map((t) => df.get(t) ?? 0));
    return least <= rare && !(least > 0 && !capitalised.has(w) && isWordOfEnglish(w, isAnyEnglishWord));
  });
  if (rareNames.length === 0) return compounds;
  const phrased = new Set(findPhrasings(question).flatMap((f) => f.tokens));
  // A language or a place an everyday phrasing holds ("hindi" of "indian languages") is still a name: the words of it the papers may use
  // instead are its own (see notMentioned); but not one offered as a guess at the languages asked for ("which slavic langs ...? is ukrainian in there").
  const guessed = ASKS_LANGUAGES.test(question);
  const names = rareNames.filter((w) => (isPlace(w) && !guessed) || NUMBERED_NAME.test(w) || !tokenize(w).some((t) => phrased.has(t)));
  // A name offered as one of alternatives ("rlhf or rlaif") is not required when the papers mention another,
  // nor one offered as a guess ("was it objaverse or smth").
  const offered = alternatives(corrected);
  const listed = listAlternatives(corrected);
  const heldItem = (item: string[]) => papers.some((p) => notMentioned(item, [p]).length === 0);
  const unmentioned = notMentioned(names, papers).filter(
    (name) =>
      !(offered.get(name) ?? []).some((other) => OPEN_ALTERNATIVES.has(other) || notMentioned([other], papers).length === 0) &&
      !listed.some((items) => items.some((item) => item.includes(name)) && items.some((item) => !item.includes(name) && heldItem(item))),
  );
  return [...unmentioned, ...compounds];
}

/** A question that asks which languages: "which slavic langs were in that paper?". */
const ASKS_LANGUAGES = /\b(?:which|what)\s+(?:\S+\s+){0,3}?(?:languages|langs)\b/i;

/** Words that grade a measure: "maximum number of tasks", "average accuracy". */
const GRADES = new Set(['maximum', 'max', 'minimum', 'min', 'total', 'average', 'avg', 'overall', 'mean']);

/** What one offers a name with when guessing it: "objaverse or smth", "gpt-4 or whatever". */
const OPEN_ALTERNATIVES = new Set(['smth', 'sth', 'something', 'somethin', 'whatever', 'similar', 'so', 'sumthin', 'other', 'another', 'anything']);

/** Kinds of data, each with the words that name the same kind: "picture" is an image. */
const MODALITIES = new Map(
  Object.entries({
    text: [],
    image: ['picture', 'photo', 'img'],
    video: ['clip'],
    speech: ['voice'],
    audio: ['sound'],
    music: [],
    '3d': [],
    motion: [],
    sql: [],
    code: [],
    shape: [],
    mesh: [],
    scene: [],
  }).flatMap(([kind, others]) => [kind, ...others].map((w) => [w, kind] as const)),
);

/** How a paper says one kind of data leads to another: "text-based", "text-guided" ... */
const LED_BY = ['based', 'driven', 'guided', 'conditioned', 'conditional'];

/**
 * Compounds of two kinds of data ("text-to-video", "speech-to-speech") the question types that none
 * of the papers write ("speech-to-text" is another task): one kind into another names a task, and a
 * paper on another task is close, not it. A kind named another way ("text-to-picture") is written
 * when its usual name is, and a paper on "text-based" or "text-guided" 3D scenes writes text-to-3D.
 */
/** Words after a compound of two kinds of data that make it a mix of them: "image-to-text ratio". */
const MIX = /^\s+(?:ratios?|proportions?|mix(?:es|tures?)?|balance)\b/iu;

function unwrittenCompounds(question: string, papers: readonly Pick<Paper, 'title' | 'abstract' | 'authors'>[]): string[] {
  const out: string[] = [];
  for (const m of question.toLowerCase().matchAll(/(?<![\p{L}\p{N}-])([\p{L}\p{N}]+)-to-([\p{L}\p{N}]+)(?![\p{L}\p{N}-])/gu)) {
    const [from, to] = [MODALITIES.get(m[1]!), MODALITIES.get(m[2]!.replace(/s$/, ''))];
    // "the image-to-text ratio" of a mix of data names no task.
    if (!from || !to || MIX.test(question.slice(m.index + m[0].length))) continue;
    const written = notMentioned([m[0], `${from}-to-${to}`], papers).length < 2;
    // "Text-based generation and editing of 3D scenes" is text-to-3D too.
    const described = notMentioned([to], papers).length === 0 && notMentioned(LED_BY.map((how) => `${from}-${how}`), papers).length < LED_BY.length;
    if (!written && !described) out.push(m[0]);
  }
  return [...new Set(out)];
}

/**
 * Compounds of two kinds of data the question types (see {@link unwrittenCompounds}) that the first
 * paper does not write and another of the papers does: "dpo on text-to-speech models", of a paper on
 * speech understanding found before a benchmark of text-to-speech systems.
 */
export function compoundsApart(question: string, papers: readonly Pick<Paper, 'title' | 'abstract' | 'authors'>[]): string[] {
  const [first, ...rest] = papers;
  if (!first || rest.length === 0) return [];
  const unwritten = new Set(unwrittenCompounds(question, papers));
  return unwrittenCompounds(question, [first]).filter((c) => !unwritten.has(c));
}

/**
 * The words offered as alternatives, side by side ("rlhf or rlaif", "lean/coq"): for each, the
 * others it stands with.
 */
function alternatives(text: string): Map<string, string[]> {
  const words = surfaceWords(text.replace(/(?<=[\p{L}\p{N}])\s*\/\s*(?=[\p{L}\p{N}])/gu, ' or '));
  const out = new Map<string, string[]>();
  const link = (a: string, b: string) => out.set(a, [...(out.get(a) ?? []), b]);
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i] !== 'or') continue;
    link(words[i - 1]!, words[i + 1]!);
    link(words[i + 1]!, words[i - 1]!);
  }
  return out;
}

/** Words an item of a list has at most ("EHR reasoning", "clinical concept extraction"). */
const ITEM_WORDS = 4;
/** Words that open a list of examples or end a clause before one: the first item starts after them. */
const ITEM_START = /^(?:.*\b(?:like|such as|e\.g\.?|including|for example|for instance|as|of|on|for|in|with|about|from|to|and|the|a|an))\s+/iu;

/** What sets aside what a kind holds: "proof assistants other than Lean". */
const OTHER_THAN = new RegExp(String.raw`\b${OTHER_THAN_WORDS}\s`, 'iu');

/** What ends an open list of examples: "etc", "and so on", "and the like". */
const ETC = new RegExp(String.raw`\s*(?:,\s*)?${OPEN_END}\s*$`, 'iu');

/**
 * The items of lists of three or more offered as alternatives ("tasks like EHR reasoning, clinical
 * concept extraction or clinical semantic search"), or of two or more ending in "etc", each as its
 * words that may be names (lower case): a name in one item is not required when a paper mentions all
 * the words of another.
 */
function listAlternatives(text: string): string[][][] {
  const out: string[][][] = [];
  for (const clause of text.split(/[.?!;:()]/)) {
    const all = clause.split(',').map((p) => p.trim());
    // "proof assistants other than Lean, such as Coq or Isabelle": a kind that sets aside what a paper has is no alternative to its examples.
    const parts = all.length > 1 && OTHER_THAN.test(all[0]!) ? all.slice(1) : all;
    // "(hypernetworks, weight generators etc)": examples, any one of which may be what a paper has.
    const open = ETC.test(parts.at(-1) ?? '') ? parts.map((p) => p.replace(ETC, '').trim()).filter((p) => p.length > 0) : [];
    if (open.length >= 2) {
      const items = open.map((item) => surfaceWords(item).filter((w) => topicTerms(w).length > 0)).filter((item) => item.length > 0 && item.length <= ITEM_WORDS);
      if (items.length >= 2) out.push(items);
      continue;
    }
    const last = parts.findIndex((p, i) => i > 0 && /\bor\b/i.test(p));
    if (last < 1) continue;
    const [before, after] = parts[last]!.split(/\s+or\s+/i, 2) as [string, string | undefined];
    const items = [parts[0]!.replace(ITEM_START, ''), ...parts.slice(1, last), before, ...(after === undefined ? [] : [after.split(/\s+(?:and|to|for|in|with|that|which)\s+/i)[0]!])]
      .map((item) => surfaceWords(item).filter((w) => topicTerms(w).length > 0))
      .filter((item) => item.length > 0 && item.length <= ITEM_WORDS);
    if (items.length >= 3) out.push(items);
  }
  return out;
}

/**
 * The words (names or keywords, as typed) that none of the papers mention in their title, abstract
 * or authors' names, in any of the forms above.
 */
export function notMentioned(names: readonly string[], papers: readonly Pick<Paper, 'title' | 'abstract' | 'authors'>[]): string[] {
  // A language, a place or a people is mentioned by another word of it: "moldova" by "Romanian", "african" by "Swahili";
  // a maker of models by a model of it: "openai" by "GPT-3.5"; two words joined by a "2" by the first to the second:
  // "text2image" by "Text-to-Image".
  return notMentionedAsWritten(names, papers).filter((w) => {
    const joined = joinedByTwo(w);
    const others = [...placeWords(w), ...makerModels(w), ...(joined ? [joined.join('-to-')] : [])];
    return others.length === 0 || notMentionedAsWritten(others, papers).length === others.length;
  });
}

function notMentionedAsWritten(names: readonly string[], papers: readonly Pick<Paper, 'title' | 'abstract' | 'authors'>[]): string[] {
  if (names.length === 0) return [];
  const read = papers.map(wordsOf);
  const texts = read.map((r) => r.words);
  // Only a form that holds a name's first letters can be one of its forms (and a paper that has them nowhere has none).
  const starts = names.map((w) => squash(w).slice(0, NAME_START));
  const holdsStart = (text: string) => starts.some((start) => text.includes(start));
  const mentioned = read.flatMap((r) => (holdsStart(r.joined) ? forms(r.words, holdsStart) : []));
  const exact = new Set(mentioned);
  return names.filter((w) => {
    const name = squash(w);
    if (exact.has(name) || tokenizeWords([name]).every((t) => exact.has(t))) return false;
    // "wmt23" is "WMT 2023".
    const year = /^(\p{L}+)(\d{2})$/u.exec(name);
    if (year && exact.has(`${year[1]}20${year[2]}`)) return false;
    // "india" is mentioned by "Indian", "vae" by "CVAE" (a conditional VAE).
    if (mentioned.some((m) => (name.length >= 4 && m.startsWith(name)) || (m.endsWith(name) && m.length - name.length <= ACRONYM_PREFIX))) return false;
    // "bart" by "In-BoXBART", "gpt" by "ChatGPT": the capitals that end a name written in mixed case.
    if (/^\p{L}{3,}$/u.test(name) && papers.some((p) => endsCapitalised(name, `${p.title} ${p.abstract}`))) return false;
    // "icm" by "ICM-LoRA": a part of a name written with hyphens.
    if (/^\p{L}{3,}$/u.test(name) && read.some((r) => r.parts.includes(name))) return false;
    // "movielens-1m" by "ML-1m": a name with a version or size, its word shortened to some of its letters.
    if (read.some((r) => shortenedBefore(w, r.parts))) return false;
    // "neuroscientists" by "Neuroscientific": the same word with another ending.
    const root = withoutEnding(name);
    if (root.length >= ROOT_LETTERS && mentioned.some((m) => m.startsWith(root) && withoutEnding(m) === root)) return false;
    return !texts.some((words) => abbreviates(name, words)) && !read.some((r) => spellsOut(name, r.parts));
  });
}

/** Whether a text writes a word in mixed case that ends with `name` in capitals: "BoXBART" for "bart". */
function endsCapitalised(name: string, text: string): boolean {
  const capitals = name.toUpperCase();
  let at = text.indexOf(capitals);
  while (at > 0) {
    const word = /[\p{L}\p{N}]*$/u.exec(text.slice(0, at))![0];
    if (/\p{Ll}/u.test(word) && !/[\p{L}\p{N}]/u.test(text[at + capitals.length] ?? '')) return true;
    at = text.indexOf(capitals, at + 1);
  }
  return false;
}

/**
 * Whether a word of no English that some papers do not hold as typed is written out by one of them:
 * an initialism by the words it stands for ("gqa": grouped-query attention), a shortening by the word.
 */
export function writtenOut(word: string, papers: readonly Pick<Paper, 'title' | 'abstract' | 'authors'>[]): boolean {
  return !isAnyEnglishWord(word) && notMentioned([word], papers).length === 0;
}

/**
 * For each paper, for each of `terms` (stems of the query's words that the corpus never uses), whether
 * the paper mentions the word typed for it in another form: "recsys" for recommender systems, "18T"
 * for "18 trillion".
 */
export function mentionedElsewise(query: string, terms: readonly string[], papers: readonly Pick<Paper, 'title' | 'abstract' | 'authors'>[]): boolean[][] {
  const typed = surfaceWords(query);
  const words = terms.map((t) => typedFor(typed, t));
  return papers.map((p) => words.map((ws) => ws.length > 0 && (notMentioned(ws, [p]).length < ws.length || ws.some((w) => writesSize(w, p)))));
}

/** Whether a paper writes a size typed with its letter ("18t", "1.5b") in words: "18 trillion", "1.5-billion". */
function writesSize(word: string, paper: Pick<Paper, 'title' | 'abstract'>): boolean {
  const m = /^(\d+(?:\.\d+)?)([kmbt])$/.exec(word);
  if (!m) return false;
  const written = new RegExp(`(?<![\\d.,])${m[1]!.replace('.', '\\.')}[\\s-]*${SCALES[m[2]!]}\\b`, 'i');
  return written.test(`${paper.title} ${paper.abstract}`);
}

/** One name set against another: "cpm-2 vs gpt-3". */
const SET_AGAINST_NAME = /([\p{L}\p{N}][\p{L}\p{N}.-]*)\s+(?:vs\.?|versus)\s+([\p{L}\p{N}][\p{L}\p{N}.-]*[\p{L}\p{N}])/giu;

/**
 * The names a question sets against the name a paper's title opens with that the paper does not
 * mention: it is that paper's comparison ("cpm-2 vs gpt-3 on chinese benchmarks, who wins?", of CPM-2,
 * which compares with mT5), whatever other papers mention.
 */
export function unmentionedAgainstTitled(question: string, papers: readonly Pick<Paper, 'title' | 'abstract' | 'authors'>[]): string[] {
  const out = new Set<string>();
  for (const m of question.matchAll(SET_AGAINST_NAME)) {
    const paper = papers.find((p) => typesTitleName(m[1]!, p.title));
    const other = m[2]!.toLowerCase();
    if (paper && !isEnglishWord(other) && notMentioned([other], [paper]).length > 0) out.add(other);
  }
  return [...out];
}

/** Words that ask a question about something rather than name it, and verbs that make a sentence of a list ("... so they can listen"). */
const ASKING = new Set('which what whats wat wut how why when where who whose method methods approach approaches technique techniques trick tricks way ways can could should would might must'.split(' '));


/** Words that set one thing against another in a list of keywords ("throughput versus dense LLMs", "a measure beyond ROUGE"). */
const RELATING = /\b(?:versus|beyond|besides|relative(?=\s+to\b)|compared(?=\s+(?:to|with)\b))\b/gi;

/** A query of at most this many terms, with no question word, is a list of keywords. */
const KEYWORD_TERMS = 6;
/** The terms that name the whole field the corpus is about ("machine learning for telecommunications", "deep learning for astronomy", "ml telecommunications networks"): no keywords a paper must hold. */
const FIELD_ITSELF = /\b(?:machine[\s-]+learning|deep[\s-]+learning|artificial[\s-]+intelligence|ml|dl)\b/giu;
/**
 * Words that say a method is of the field, or of its time, not what it is about ("neural cross-language
 * retrieval", "recent work on ..."), words for a part of something, which ask how much of it
 * ("LLM-Planner fraction of paired training data"), and words for another of a kind or for one of
 * several to choose from, which ask for one of it ("any nerf variant that works from one or two
 * images", "studies that compare these adaptation options").
 */
const GENERIC = new Set('neural deep modern recent new novel fraction proportion portion variant version alternative option choice flavor flavour'.split(' ').map((w) => tokenize(w)[0]!));
/** What a paper asked for does ("a paper proposing this", "any work introducing ..."): the request, no keyword. */
const REQUESTING = /\b((?:papers?|works?|stud(?:y|ies)|articles?|preprints?|anything|something|one|ones)\s+(?:that\s+)?)(?:propos|present|introduc|describ|discuss|report|explor|examin|investigat|tackl|address|cover|show)\w*/giu;
/** Words that join keywords into one thing asked for: "model merging for speech models". */
const JOINING = /\b(?:for|in|on|with|of|to|via|using|into|across|under|by|from|applied)\b/iu;
/** A keyword used by more than this share of the papers is the field's vocabulary, not a requirement. */
const KEYWORD_SHARE = 0.1;
/** A term of several words is asked for whole when one of its words is used by at most this share of the papers. */
const UNIT_SHARE = 0.3;

/**
 * The words of a keyword query ("knowledge distillation for speech recognition", with a question
 * mark or chat around it or not: no question word, at most six terms; of a question of several
 * sentences, the one that asks, see {@link requestSentence}) that the first papers do not hold
 * together (`held` says, for each paper and term, whether it holds it), in the order typed: `unheld`,
 * those none of them holds; `apart`, those the paper holding the most of them lacks and another holds
 * ("cantonese speech recognition" from a paper on Cantonese and one on speech recognition), unless the
 * text says something about the asker too (its words are not asked for with the list). Each
 * keyword is part of what is asked for, unless many papers use it or none does (a word the corpus
 * never uses counts against the query already); a word of an everyday phrasing is held by a paper
 * that holds the field's term for it.
 */
export async function unheldKeywords(
  corrected: string,
  corpus: {
    termStats: (terms: string[]) => Promise<readonly { term: string; df: number }[]>;
    papers: number;
    /** For each of the first papers, whether it holds each term. */
    held: (terms: string[]) => Promise<boolean[][]>;
  },
): Promise<{ unheld: string[]; apart: string[]; whole: string[] }> {
  const request = requestSentence(corrected)?.replace(FIELD_ITSELF, ' ').replace(REQUESTING, '$1');
  if (request === undefined) return { unheld: [], apart: [], whole: [] };
  const topic = topicTerms(request);
  const terms = [...new Set(topic)];
  // A question word ("which", "how", "approaches") makes it a question, not a list of keywords; chat around a list leaves it one.
  if (terms.length === 0 || terms.length > KEYWORD_TERMS || foldedWords(request).some((w) => ASKING.has(w))) return { unheld: [], apart: [], whole: [] };
  const stats = await corpus.termStats(terms);
  // A measure or a change ("Compacter percentage of trainable parameters", "runtime reduction") asks a value of the topic, which unstated.ts reads.
  // A prefix written on with a hyphen ("non-english") is no keyword of its own.
  // What sets one thing against another ("throughput versus dense LLMs", "parameters relative to BERT") is no keyword.
  const relating = new Set(tokenize((request.match(RELATING) ?? []).join(' ')));
  // A superlative ("smallest model clinical peft study") asks which one, not for a topic of that name; so
  // does a word that grades a measure ("STG-MTL maximum number of tasks").
  const typed = surfaceWords(request);
  const graded = (t: string) => typedFor(typed, t).some((w) => isSuperlative(w) || GRADES.has(w));
  // A measure the list names without asking its value ("depth up-scaling") is a keyword like any other.
  const askedValues = new Set(tokenize(askedInKeywords(request).join(' ')));
  const valueAsked = (t: string) => isMeasureStem(t) && askedValues.has(t);
  const required = terms.filter(
    (t, i) => stats[i]!.df > 0 && stats[i]!.df <= KEYWORD_SHARE * corpus.papers && !valueAsked(t) && !PREFIXES.has(t) && !GENERIC.has(t) && !relating.has(t) && !graded(t),
  );
  // A term of the field of several words ("object detection", "continual learning") is asked for whole, as
  // its words the field does not use everywhere ("language models" asks for none); `whole` lists those
  // of its words found missing, as typed (the papers may write the term otherwise, an acronym or other words).
  const df = new Map(terms.map((t, i) => [t, stats[i]!.df]));
  const distinctive = (t: string) => df.get(t)! > 0 && df.get(t)! <= UNIT_SHARE * corpus.papers;
  const units = typedFieldTerms(request)
    .filter((unit) => unit.every((t) => df.has(t) && !PREFIXES.has(t)))
    .map((unit) => unit.filter(distinctive))
    .filter((unit) => unit.length > 0);
  const inUnits = new Set(units.flat());
  if (required.length === 0 && units.length === 0) return { unheld: [], apart: [], whole: [] };
  // A word of an everyday phrasing is held by a paper that holds the field's term for it ("chatbot": llm), or
  // an ordinary word for it, unless the word is rare ("separation" in "music source separation" is no "split") or a
  // term of the field itself ("merging" in "model merging for speech models" is no "mixing", "detection" in
  // "object detection" no "recognition").
  const rareTyped = new Set(terms.filter((_, i) => stats[i]!.df <= Math.max(MIN_RARE, RARE_SHARE * corpus.papers)));
  const ownTerm = (tokens: readonly string[]) => tokens.some((t) => rareTyped.has(t) || inUnits.has(t)) || (tokens.length === 1 && isFieldTerm(tokens[0]!));
  const phrased = findPhrasings(request)
    .map((f) => ({ ...f, terms: ownTerm(f.tokens) ? f.fieldTerms : f.terms }))
    .filter((f) => f.terms.length > 0)
    .map((f) => ({ words: new Set(f.tokens), terms: f.terms.map((term) => tokenize(term)).filter((t) => t.length > 0) }));
  // A keyword offered as one of alternatives ("rlhf or dpo") is held when another one is.
  const offered = alternatives(request);
  const others = new Map(required.map((t) => [t, typedFor(typed, t).flatMap((w) => (offered.get(w) ?? []).map((o) => tokenize(o)))]));
  // A list that names a paper (a word of no language or place one or two papers use, held by one first paper) asks its other
  // keywords of that paper, though many papers use them ("Promptriever multilingual retrieval results": Promptriever is not multilingual).
  // A word of a term of the field ("splatting" of "gaussian splatting") names a topic, not a paper.
  const names = required.filter((t) => df.get(t)! <= MIN_RARE && !inUnits.has(t) && typedFor(typed, t).every((w) => !isPlace(w)));
  const ofNamed = names.length === 0 ? [] : terms.filter((t, i) => !names.includes(t) && distinctive(t) && !isMeasureStem(t) && !PREFIXES.has(t) && !GENERIC.has(t) && !relating.has(t) && !graded(t) && stats[i]!.df > 0);
  const asked = [...new Set([...required, ...units.flat(), ...phrased.flatMap((p) => p.terms.flat()), ...[...others.values()].flat(2), ...ofNamed])];
  // What each paper lacks. The keywords are asked for together: what the paper lacking fewest lacks is
  // not there, unheld when no paper has it, apart when another paper has it.
  const lacking = (await corpus.held(asked)).map((row) => {
    const holds = new Map(asked.map((w, i) => [w, row[i]!]));
    const holdsAll = (term: readonly string[]) => term.length > 0 && term.every((w) => holds.get(w));
    const heldAlone = (t: string) => holds.get(t) || phrased.some((p) => p.words.has(t) && p.terms.some(holdsAll)) || (others.get(t) ?? []).some(holdsAll);
    // A term of several words is held by a paper that holds them all (or the field's term for the phrasing they make).
    const unitsLacked = units.filter((unit) => !holdsAll(unit) && !phrased.some((p) => unit.every((t) => p.words.has(t)) && p.terms.some(holdsAll))).flat();
    const alone = required.filter((t) => !heldAlone(t));
    const named = names.length > 0 && names.every((t) => holds.get(t));
    return { all: new Set([...alone, ...unitsLacked]), alone: new Set(alone), named, ofNamed: named ? ofNamed.filter((t) => !heldAlone(t)) : [] };
  });
  const naming = lacking.filter((l) => l.named);
  const none = { all: new Set([...required, ...inUnits]), alone: new Set(required), named: false, ofNamed: [] };
  const fewest = lacking.reduce((best, l) => (l.all.size < best.all.size ? l : best), lacking[0] ?? none);
  const missing = new Set([...fewest.all, ...(naming.length === 1 ? naming[0]!.ofNamed : [])]);
  const unheld = new Set([...missing].filter((t) => lacking.every((l) => l.all.has(t))));
  // Words about the asker before the list ("im new to this. anything on ...", read as one sentence) are not asked for with it.
  const apart = new Set(FIRST_PERSON.test(request) ? [] : [...missing].filter((t) => !unheld.has(t)));
  // As typed, hyphens and all ("tokenizer-free").
  const asTyped = (stems: ReadonlySet<string>) => [...new Set(typed.filter((w) => tokenize(w).some((t) => stems.has(t))))];
  // A whole term of the field that another of the papers holds, set beside the others with no word between that
  // joins them ("gaussian splatting" of "neural radiance fields gaussian splatting"; not "model merging for speech
  // models"), may be a second topic asked for: those words too are a weak match at most.
  const joined = JOINING.test(request);
  const heldElsewhere = new Set(
    units.filter((unit) => !joined && unit.every((t) => fewest.all.has(t)) && lacking.some((l) => unit.every((t) => !l.all.has(t)))).flat(),
  );
  const whole = new Set([...missing].filter((t) => (!fewest.alone.has(t) || heldElsewhere.has(t)) && (unheld.has(t) || apart.has(t))));
  const hard = new Set([...missing].filter((t) => !whole.has(t)));
  return { unheld: asTyped(unheld), apart: asTyped(apart), whole: asTyped(whole).filter((w) => !tokenize(w).some((t) => hard.has(t))) };
}

/**
 * The sentence of a text that asks (the list of keywords, when it is one): the text itself when it is
 * one sentence; else the one sentence ending in a question mark, or the last when none does. The
 * others say who asks or why ("I teach an intro course and students keep asking me about this.").
 * Undefined for a text of several questions, or one whose question asks about what was said before it.
 */
function requestSentence(text: string): string | undefined {
  const sentences = splitSentences(text);
  if (sentences.length <= 1) return text;
  const questions = sentences.filter((s) => /\?\s*$/.test(s));
  if (questions.length > 1) return undefined;
  const request = questions[0] ?? sentences.at(-1)!;
  // "Is there a systematic empirical guide on this?" asks of what was said before it: no list of keywords.
  return refersBack(request) ? undefined : request;
}

/** Endings that make other words of the same root: "neuroscient-ists", "neuroscient-ific". */
const ENDINGS = /(?:ifically|ically|ific|ical|ists|ist|isms|ism|ics|ic|ences|ence|ents|ent|ies|es|s|y)$/;
/** Letters a root keeps at least for words with other endings to be forms of it. */
const ROOT_LETTERS = 7;

function withoutEnding(word: string): string {
  return word.replace(ENDINGS, '');
}

/** Letters each part of a shortened word keeps at least ("params", "rec|sys"). */
const SHORT_PART = 3;

/**
 * Whether a word shortens words of a text: the start of one, plural ("params" for parameters, "langs"
 * for languages), its start, some of its letters after and its last ("govt" for government), or the starts of
 * two neighbours run together ("recsys" for recommender systems, "linac" for linear accelerator).
 */
function abbreviates(name: string, words: readonly string[]): boolean {
  const singular = name.endsWith('s') ? name.slice(0, -1) : '';
  if (singular.length > SHORT_PART && words.some((w) => w.length > singular.length + 1 && w.startsWith(singular))) return true;
  // "govt" for government, "orgs" for organizations, "yrs" for years: the start of a word, letters of it after and its last.
  const start = name.length === 3 ? 1 : SHORT_PART;
  // Three letters keep the word's next consonant ("yrs": y-r, "ppl": p-p; not "eeg" of "embedding", "ecg" of "encoding").
  const keepsNext = (w: string) => name.length !== 3 || /^[aeiouy]*(.)/.exec(w.slice(1))?.[1] === name[1];
  const shortened = (w: string) =>
    w.length > name.length + (name.length === 3 ? 1 : 2) &&
    w.startsWith(name.slice(0, start)) &&
    w.endsWith(name.at(-1)!) &&
    keepsLetters(w.slice(start), name.slice(start)) &&
    keepsNext(w);
  if (/^\p{L}{3,6}$/u.test(name) && !isEnglishWord(name) && words.some(shortened)) return true;
  // The second start may be two letters: "linac" for linear accelerator.
  for (let cut = SHORT_PART; cut <= name.length - 2; cut++) {
    const [a, b] = [name.slice(0, cut), name.slice(cut)];
    for (let i = 0; i + 1 < words.length; i++) if (words[i]!.startsWith(a) && words[i + 1]!.startsWith(b) && words[i]!.length > a.length) return true;
  }
  return false;
}

/**
 * Whether a name written with a hyphen before a version or a size ("movielens-1m") is written in a
 * text's parts (see wordsOf) with its word shortened to a few of its letters, the first the same:
 * "ML-1m".
 */
function shortenedBefore(name: string, parts: readonly string[]): boolean {
  const m = /^(\p{L}{5,})-(\p{L}*\d[\p{L}\p{N}]*)$/u.exec(name.toLowerCase());
  if (!m) return false;
  const [, long, suffix] = m as unknown as [string, string, string];
  return parts.some((short, i) => parts[i + 1] === suffix && short.length >= 2 && short.length <= 4 && short[0] === long[0] && keepsLetters(long.slice(1), short.slice(1)));
}

/**
 * Letters an initialism has at least for words of a text to spell it out: fewer, and words often
 * start with them by chance (as they do when words such as "of" or "the" may be passed over).
 */
const INITIALS = 4;

/**
 * Whether words of a text in a row start with the letters of an initialism typed in lower case (a
 * plural "s" left off): "rkhs" by "reproducing kernel Hilbert space".
 */
function spellsOut(name: string, parts: readonly string[]): boolean {
  const letters = /^\p{L}+$/u.test(name) ? name.replace(/(?<=.{4})s$/u, '') : '';
  if (letters.length < INITIALS - 1) return false;
  // Three letters only by words of some length ("gqa": grouped-query attention), which start with them less often by chance.
  const long = letters.length < INITIALS ? SPELLED_LETTERS : 1;
  for (let i = 0; i + letters.length <= parts.length; i++) {
    if ([...letters].every((l, k) => parts[i + k]![0] === l && parts[i + k]!.length >= long)) return true;
  }
  return false;
}

/** Letters each word spelling out an initialism of three letters has at least. */
const SPELLED_LETTERS = 5;

/** Whether `letters` stand in `word` in order, with others between ("t" in "ernment"). */
function keepsLetters(word: string, letters: string): boolean {
  let at = 0;
  for (const l of letters) {
    at = word.indexOf(l, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The words typed (see {@link surfaceWords}) that search reads as `term`. */
function typedFor(typed: readonly string[], term: string): string[] {
  return typed.filter((w) => tokenize(w).includes(term));
}

/** The words of a text, lower case, a possessive "'s" left off. */
function surfaceWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’]s$/, '').replace(/\.+$/, ''));
}

/** The words a text writes with a capital (lower-cased), other than where a sentence starts: "Mamba" in "... in Mamba compare". */
function typedCapitalised(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<=[^\s.!?:]\s+)\p{Lu}[\p{L}\p{N}]*/gu)) out.add(m[0].toLowerCase());
  return out;
}

/** The words a text writes in capitals, three letters or more (lower-cased): "TOFU" in "did they test on TOFU?". */
function typedInCapitals(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{3,}(?![\p{L}\p{N}])/gu)].map((m) => m[0].toLowerCase()));
}

/** Words with a number between them, hyphens around it: "text-embedding-3-large" is a model's name, though its words are English. */
const NUMBERED_NAME = /^\p{L}[\p{L}-]*-\d+(?:\.\d+)?-\p{L}[\p{L}\p{N}-]*$/u;

/** A word that names something: at least three characters with a letter, and not one of general English or the query's chat words. */
function isName(w: string): boolean {
  if (w.length < 3 || !/\p{L}/u.test(w) || SIZE.test(w) || w === 'ish' || topicTerms(w).length === 0) return false;
  if (NUMBERED_NAME.test(w)) return true;
  // "wasnt", "didnt": a contraction typed without its apostrophe.
  if (w.endsWith('nt') && isEnglishWord(w.slice(0, -2))) return false;
  // "rebalancing", "unsorted", "subnetworks" (this file's prefixes: not "metagpt", "autoformer"): English; "unlearning",
  // a term of the field, may be a name the corpus lacks.
  const english = (p: string) =>
    isEnglishWord(p) ||
    isInflectedEnglishWord(p) ||
    isVaguerEnglishWord(p) ||
    ((isReworkedEnglishWord(p) || isPrefixedEnglishWord(p, PREFIXES, true)) && !tokenize(p).some((t) => isFieldTerm(t)));
  return !isWordOfEnglish(w, english);
}

/** "text-to-sql" names something by its "sql"; "olympiad-style" and "non-english" are made of English words; "900m-parameter" is a size. */
function isWordOfEnglish(w: string, english: (part: string) => boolean): boolean {
  const parts = w.split(/[-.+'’]/).filter((p) => p.length > 0);
  return parts.every((p, i) => p.length <= 2 || /^\d+$/.test(p) || SIZE.test(p) || english(p) || p === 'english' || (i === 0 && PREFIXES.has(p)));
}

/** An English adjective made vaguer with "-ish" written onto it: "cheapish", "largish", "biggish"; not a language ("spanish"). */
function isVaguerEnglishWord(w: string): boolean {
  if (!w.endsWith('ish') || w.length < 7 || isPlace(w)) return false;
  const stem = w.slice(0, -3);
  return [stem, `${stem}e`, ...(stem.at(-1) === stem.at(-2) ? [stem.slice(0, -1)] : [])].some((b) => b.length >= 3 && isEnglishWord(b));
}

/** An English adjective's superlative: "smallest", "largest", "biggest", "easiest". */
function isSuperlative(w: string): boolean {
  if (!w.endsWith('est') || w.length < 6) return false;
  const stem = w.slice(0, -3);
  const bases = [stem, `${stem}e`, ...(stem.at(-1) === stem.at(-2) ? [stem.slice(0, -1)] : []), ...(stem.endsWith('i') ? [`${stem.slice(0, -1)}y`] : [])];
  return bases.some((b) => b.length >= 3 && isEnglishWord(b));
}

/** Prefixes written with a hyphen onto a word: "non-english", "semi-supervised". */
const PREFIXES = new Set(['non', 'semi', 'multi', 'pre', 'post', 'sub', 'anti', 'inter', 'intra', 'cross', 'self', 'co']);

/** A language, a place or a people (see places.ts), English aside: a name however many papers use it. */
function isPlace(w: string): boolean {
  return w !== 'english' && placeWords(w).length > 0;
}

/** A place or a people set aside with "non-" ("non-american english"): none is asked for. */
const isNotPlace = (w: string) => w.startsWith('non-') && isPlace(w.slice(4));

/**
 * A word joined by hyphens to a language or a place names that one ("korean-language",
 * "hindi-english", "swahili-speaking"): its parts that are places, or the word itself.
 */
function placesApart(w: string): string[] {
  if (!w.includes('-')) return [w];
  const places = w.split('-').filter(isPlace);
  return places.length > 0 ? places : [w];
}

/** The words of languages joined by hyphens to another language: "french" in "english-to-french", "polish-german". */
function joinedLanguages(text: string): string[] {
  return surfaceWords(text).flatMap((w) => {
    const parts = w.split('-').filter((part) => LANGUAGES.has(part));
    return parts.length >= 2 ? parts : [];
  });
}

/**
 * The languages of the directions of translation a question asks ("BLEU on WMT14 en-fr", "gains on
 * English-to-French news translation") that a paper does not mention: a paper on another direction
 * does not give its results.
 */
export function unmentionedDirections(question: string, paper: Pick<Paper, 'title' | 'abstract' | 'authors'>): string[] {
  return notMentioned([...new Set(translationDirections(question).flat())], [paper]);
}

/** A word with "-ish" after it is the word, more or less: "bert-ish" is "bert". */
function withoutIsh(w: string): string {
  // "20ish": a number, roughly.
  if (/^\d+ish$/u.test(w)) return w.slice(0, -3);
  return w.length > 4 && w.endsWith('-ish') ? w.slice(0, -4) : w;
}

/**
 * How a text's (squashed) words may be matched, those `keep` keeps: each as it is, its stem, and
 * each two neighbours run together.
 */
function forms(words: readonly string[], keep: (form: string) => boolean): string[] {
  const kept = words.filter(keep);
  const out = [...kept, ...tokenizeWords(kept)];
  for (let i = 0; i + 1 < words.length; i++) {
    const joined = words[i]! + words[i + 1]!;
    if (keep(joined)) out.push(joined);
  }
  return out;
}

/** The squashed words of each paper read (an index held in memory hands out the same paper objects each time). */
const paperWords = new WeakMap<object, { words: string[]; joined: string; parts: string[] }>();

/** A paper's words that may mention a name: its title's, abstract's and authors', each squashed; all of them run together; and its words split at hyphens too (`parts`, for initialisms). */
/**
 * A text with the short endings it writes in brackets made part of their words: "RGB(-D)" is RGB-D
 * too, "model(s)" models, "SE(d)xSE(d)" one name; not an acronym written on without a space
 * ("quadrupole(RFQ)").
 */
function bracketedEndings(text: string): string {
  return text.replace(/(?<=[\p{L}\p{N}])\((-[\p{L}\p{N}]{1,3}|\p{Ll}{1,2})\)/gu, '$1');
}

function wordsOf(paper: Pick<Paper, 'title' | 'abstract' | 'authors'>): { words: string[]; joined: string; parts: string[] } {
  let read = paperWords.get(paper);
  if (!read) {
    // The text folded once, not word by word.
    // A Greek letter is written as its name: "π_0" is "pi0"; a direction of translation in language codes in the languages' names.
    const folded = bracketedEndings(
      spellGreek(spelledLanguagePairs(`${paper.title}. ${paper.abstract}. ${(paper.authors ?? []).join(', ')}`))
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, ''),
    );
    const words = surfaceWords(folded).map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''));
    read = { words, joined: words.join(''), parts: folded.toLowerCase().split(/[^\p{L}\p{N}]+/u) };
    paperWords.set(paper, read);
  }
  return read;
}
