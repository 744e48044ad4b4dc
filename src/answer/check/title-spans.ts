/**
 * The spans of an answer that may name a paper, found for the title check (see titles.ts): quoted and
 * bold phrases, runs of capitalised words, phrases a cue calls a paper ("the paper titled ..."), defined
 * acronyms, author-year references, reference-list entries and names a citation follows. Pure.
 */
import { normalizeTitle } from '../../corpus/paper.js';
import { LIST_MARKER_RE, type Line, type Unit } from './sentences.js';

/** Capitalised words that do not make a phrase look like a title (sentence starts, function words). */
export const CAP_STOPWORDS = new Set(
  (
    'a an the and or but nor of for in on at to by as from with without via into onto over under about ' +
    'is are was were be this that these those it its our their his her we they you i both each all some ' +
    'such unlike like while when where which who how what why although though however moreover furthermore ' +
    'additionally specifically finally first second third also overall notably similarly here there then ' +
    'thus hence so yes no not using based'
  ).split(' '),
);

/** Lower-case words that may join capitalised words inside a title. */
export const CONNECTORS = new Set(
  (
    'a an the and or of for in on at to by as from with without via into onto over under through toward ' +
    'towards across beyond vs versus is are be do does not can than per upon within between against about ' +
    'all you your need'
  ).split(' '),
);

export function tokensOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}](?:[\p{L}\p{N}'’.+-]*[\p{L}\p{N}+])?/gu) ?? [];
}


export function countWords(text: string): number {
  return tokensOf(text).filter((t) => /\p{L}/u.test(t)).length;
}


export type SpanKind = 'quoted' | 'bold' | 'titled' | 'run' | 'defined' | 'listed' | 'author' | 'cited';

export interface Candidate {
  kind: SpanKind;
  /** The whole span, delimiters included. */
  start: number;
  end: number;
  inner: string;
  /** For runs: the run starts its sentence, so its first word may just be capitalised prose. */
  sentenceInitial?: boolean;
  /** For runs: the run joins two parts with a colon ("Foo: Bar Baz"). */
  colon?: boolean;
  /** For list entries: a line that opens with a citation may be a sentence about the source, not its title. */
  prose?: boolean;
  /** For cited names: a subject not shaped like a title, which is a name only when none of its words are the sources'. */
  subject?: boolean;
}

/** A citation: [3], [1, 3], [2-4]. */
const CITATION = String.raw`\[\s*\d{1,4}(?:\s*[,–-]\s*\d{1,4})*\s*\]`;
/**
 * After a phrase and its citation, the sentence goes on ("[3] settles it", "[3], the ..."), not with a
 * conjunction or preposition that would make the phrase part of a longer one.
 */
const GOES_ON = String.raw`(?:[ \t]*,|[ \t]+(?!(?:and|or|but|nor|which|that|while|whereas|where|when|as|so|with|in|on|for|to|by|from|of|at|using|via|than)\b)\p{Ll})`;

const DELIMITERS: { re: RegExp; kind: SpanKind }[] = [
  { re: /"([^"\n]{1,300})"/g, kind: 'quoted' },
  { re: /“([^“”\n]{1,300})”/g, kind: 'quoted' },
  { re: /＂([^＂\n]{1,300})＂/g, kind: 'quoted' },
  { re: /&(?:quot|#34|ldquo);([^&\n]{1,300})&(?:quot|#34|rdquo);/g, kind: 'quoted' },
  { re: /„([^„“”\n]{1,300})[“”]/g, kind: 'quoted' },
  { re: /«\s?([^«»\n]{1,300}?)\s?»/g, kind: 'quoted' },
  { re: /‹([^‹›\n]{1,300})›/g, kind: 'quoted' },
  { re: /[「『]([^「」『』\n]{1,300})[」』]/g, kind: 'quoted' },
  { re: /(?<![\p{L}\p{N}])'(?=[^\s'])([^'\n]{1,300}?)(?<=[^\s'])'(?![\p{L}\p{N}])/gu, kind: 'quoted' },
  { re: /‘([^‘\n]{1,300}?)’(?![\p{L}\p{N}])/gu, kind: 'quoted' },
  { re: /`([^`\n]{1,300})`/g, kind: 'quoted' },
  { re: /(?<![*\p{L}\p{N}])\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![*\p{L}\p{N}])/gu, kind: 'quoted' },
  { re: /(?<![_\p{L}\p{N}])_(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])_(?![_\p{L}\p{N}])/gu, kind: 'quoted' },
  { re: /\*\*(?=[^\s*])([^\n]{1,300}?)(?<=[^\s*])\*\*/g, kind: 'bold' },
  { re: /(?<![\p{L}\p{N}])__(?=[^\s_])([^\n]{1,300}?)(?<=[^\s_])__(?![\p{L}\p{N}])/gu, kind: 'bold' },
  { re: /<(i|em|q|cite)>([^<\n]{1,300})<\/\1>/gi, kind: 'quoted' },
  { re: /<(b|strong)>([^<\n]{1,300})<\/\1>/gi, kind: 'bold' },
];

export function delimitedSpans(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { re, kind } of DELIMITERS) {
    for (const m of text.matchAll(re)) {
      const inner = (m.length > 2 ? m[2] : m[1]) ?? '';
      out.push({ kind, start: m.index, end: m.index + m[0].length, inner: inner.replace(/[*_`]/g, ' ').trim() });
    }
  }
  return out;
}

/** "titled Foo Bar", "entitled: Foo", "a paper called Foo": the words up to the end of the clause. */
const TITLED_RE =
  /\b(?:titled|entitled|(?:paper|article|study|preprint)\s+(?:called|named))\s*:?\s+(?=[^\s"“”„'‘’«‹`*_<[(])([^\n,;()[\]“”"«»]+?)(?=\s*(?:[,;()[\]\n“”"«»]|[.!?](?:\s|$)|\s[-–—]\s|$))/gi;

/**
 * Words that, right after "the paper", start a description or a clause rather than a title: the
 * paper "on X", "also shows", "most relevant to X". A first word ending in -s, -ed or -ly is taken for
 * a verb or an adverb too ("proposes", "introduced", "clearly").
 */
const NOT_A_TITLE_START = new Set(
  (
    'on about by from in of for with without to at as into over under than that which who whose where when ' +
    'we you they it he she also further then still only just even first mainly most more less best closest ' +
    'above below here there cited mentioned listed quoted relevant referenced discussed is was are were has ' +
    'had have can could will would may might should must does did do not and or but so'
  ).split(' '),
);

/** Three to fifteen words in lower or sentence case, with nothing but spaces between them. */
const CUED_WORDS = String.raw`[\p{Ll}\p{Lu}][\p{L}\p{N}'’-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’:-]*){2,14}`;
/** Where cued words end when no citation follows: a year in parentheses, or the end of the sentence. */
const UNCITED_END = String.raw`[ \t]*(?:\((?:19|20)\d{2}\)[ \t]*)?(?:[.!?](?:\s|$)|$)`;

/**
 * "the paper quantum banana networks [3] settles it": words between "the/a paper" (or article, study,
 * preprint, publication, work) and a citation that the sentence goes on after, so the words stand as
 * the name of what is cited, in lower or sentence case ("The paper Meta concept generation for
 * language models [3] shows"); or the words up to the end of the sentence, when they are shaped like
 * a title (see {@link cuedSpans}: "See the paper quantum banana networks for model merging.").
 */
const CUED_RE = new RegExp(
  String.raw`\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Oo]ne)\s+(?:paper|article|study|preprint|publication|work)\s+(${CUED_WORDS})(?=[ \t]*(${CITATION})${GOES_ON}|${UNCITED_END})`,
  'gmu',
);

/**
 * "another relevant work is quantum banana networks [3].", "the most relevant is quantum banana networks
 * [3].": lower- or sentence-case words between "another (relevant) work is" (or paper, study, ...; "the
 * closest match is", "the best paper is") and a citation, wherever the sentence goes after it; or
 * up to the end of the sentence when they are shaped like a title. A description starts with a
 * determiner ("is the one on ...") or a verb and is left alone.
 */
const CUED_IS_RE = new RegExp(
  String.raw`\b(?:(?:[Aa]nother|[Oo]ne|[Aa])\s+(?:(?:relevant|related|similar|notable|key|useful)\s+)?(?:work|paper|study|article|preprint|publication)|[Tt]he\s+(?:most\s+(?:relevant|related|similar|useful)|closest|best|top)(?:\s+(?:match|hit|result|paper|work|study|source|one))?)\s+(?:is|was)\s+(${CUED_WORDS})(?=[ \t]*(${CITATION})|${UNCITED_END})`,
  'gmu',
);

/**
 * "I recommend reading Quantum banana networks for model merging.": sentence-case words after a cue
 * to read something ("check out", "a good starting point is", "you might also like"), up to the end
 * of the sentence or a closing "for details", when they are shaped like a title; in lower case too
 * after "see" or "check out" when a "for details" closes them ("see quantum banana networks for model
 * merging for details.").
 */
const FOR_DETAILS = String.raw`[ \t]+for[ \t]+(?:more[ \t]+|further[ \t]+)?(?:details|information|info|specifics)`;
const RECOMMENDED_RE = new RegExp(
  String.raw`(?<!\p{L})(?:(?:[Ss]ee|[Cc]heck[ \t]+out|[Rr]ecommend(?:[ \t]+reading)?|[Rr]ead|[Ll]ook[ \t]+at|[Ss]tart[ \t]+with|[Rr]efer[ \t]+to|[Cc]onsult|(?:starting[ \t]+point|place[ \t]+to[ \t]+start|best[ \t]+bet|good[ \t]+read)[ \t]+(?:is|would[ \t]+be)|might[ \t]+(?:also[ \t]+)?(?:like|enjoy))[ \t]+(\p{Lu}(?:\p{Ll}[\p{L}\p{N}'’-]*)?(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’:-]*){2,14}?)(?=(?:${FOR_DETAILS})?${UNCITED_END})|(?:[Ss]ee|[Cc]heck[ \t]+out)[ \t]+(\p{Ll}[\p{L}\p{N}'’-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’:-]*){2,14}?)(?=${FOR_DETAILS}${UNCITED_END}))`,
  'gmu',
);

/** Words in -ing that say what a paper does rather than open its title: "the paper using X for Y [2] shows". */
const DESCRIBING = new Set(
  'using applying proposing introducing presenting describing showing studying discussing investigating examining analyzing analysing addressing tackling reporting finding arguing suggesting claiming testing trying comparing'.split(
    ' ',
  ),
);

const DETERMINERS = new Set('the a an this that these those its their our his her one some any each'.split(' '));

/**
 * "in the banana networks paper [3]": lower-case words between "the" and "paper" (or article, preprint,
 * study) right before a citation name what is cited. Words that only say which paper or what kind of
 * paper it is ("the same paper", "the original survey paper") are not part of the name.
 */
const NAMED_BEFORE_RE =
  /\b[Tt]he[ \t]+([a-z][\p{L}\p{N}'’-]*(?:[ \t]+[a-z][\p{L}\p{N}'’-]*){0,4})[ \t]+(?:paper|article|preprint|study)(?=[ \t]*\[\s*\d)/gu;
const PAPER_DESCRIPTORS = new Set(
  (
    'same above below first second third last latest later earlier previous original present cited mentioned ' +
    'aforementioned following former latter other another new recent related relevant seminal influential ' +
    'classic popular key main well-known widely follow-up companion whole entire full short long survey review ' +
    'overview position benchmark dataset workshop conference journal technical empirical theoretical analysis ' +
    'tutorial preprint arxiv published proposed corresponding accompanying referenced listed quoted given'
  ).split(' '),
);

function cuedSpans(text: string): Candidate[] {
  const out: Candidate[] = [];
  const recommended = [...text.matchAll(RECOMMENDED_RE)].map((m) => Object.assign(m, { 1: m[1] ?? m[2], 2: undefined }));
  for (const m of [...text.matchAll(CUED_RE), ...text.matchAll(CUED_IS_RE), ...recommended]) {
    const inner = m[1]!;
    const first = inner.split(/\s/)[0]!.toLowerCase();
    const cited = m[2] !== undefined;
    // A verb or adverb ("proposes", "introduced", "clearly") starts a clause; a hyphenated word
    // ("self-rewarding") or a capitalised one ("Advanced ...") is a name's. So is "towards", and a
    // word in -ing that opens words shaped like a title before a citation ("the paper improving
    // length generalization via task hinting [1]"), as titles so often open.
    const opensTitle =
      first === 'towards' || first === 'toward' || (cited && /ing$/.test(first) && !DESCRIBING.has(first) && TITLE_SHAPE_RE.test(inner) && !CLAUSE_RE.test(inner));
    if (NOT_A_TITLE_START.has(first) || (/^\p{Ll}/u.test(inner) && !first.includes('-') && !opensTitle && /(?:[^s]s|ed|ly|ing)$/.test(first))) continue;
    if (DETERMINERS.has(first) && !titleWithArticle(inner)) continue;
    // Without a citation, only words shaped like a title and not like a clause or a description ("LoRA
    // with a small rank") name something.
    const body = titleWithArticle(inner) ? inner.slice(first.length).trim() : inner;
    if (!cited && (!TITLE_SHAPE_RE.test(body) || CLAUSE_RE.test(body) || body.split(/\s+/).some((w) => DETERMINERS.has(w.toLowerCase())))) continue;
    const start = m.index + m[0].length - inner.length;
    out.push({ kind: 'titled', start, end: start + inner.length, inner });
  }
  for (const m of text.matchAll(YEAR_NAMED_RE)) {
    const [start, end] = m.indices![1]!;
    if (opensLikeName(m[1]!)) out.push({ kind: 'titled', start, end, inner: m[1]! });
  }
  for (const m of text.matchAll(NAMED_BEFORE_RE)) {
    const words = [...m[1]!.matchAll(/\S+/g)];
    const first = words.find((w) => !PAPER_DESCRIPTORS.has(w[0]));
    if (!first) continue;
    const start = m.index + m[0].indexOf(m[1]!) + first.index;
    const end = m.index + m[0].indexOf(m[1]!) + m[1]!.length;
    out.push({ kind: 'defined', start, end, inner: text.slice(start, end) });
  }
  return out;
}

/** "(QBN) [3]", "(QBN) method [3]": an acronym in parentheses right before a citation, or before what it names and a citation. */
const DEFINED_ACRONYM_RE =
  /\((\p{Lu}[\p{Lu}\p{N}-]*\p{Lu}s?)\)(?=[ \t]*(?:(?:methods?|models?|frameworks?|approach(?:es)?|algorithms?|techniques?|architectures?|benchmarks?|datasets?|systems?)[ \t]*)?\[\s*\d)/gu;

/**
 * "quantum-banana networks (QBN) [3]": the lower-case words before an acronym, and before a citation,
 * that the acronym spells out (function words aside, each part of a hyphenated word counted): the
 * phrase is the name of what is cited. The first word may be capitalised when it starts the sentence
 * ("Quantum banana networks (QBN) [3] show ..."), and words the acronym leaves out may follow the
 * ones it spells ("quantum banana networks for merging (QBN) [3]").
 */
function definedSpans(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(DEFINED_ACRONYM_RE)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const words = [...text.slice(lineStart, m.index).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
    const letters = m[1]!.replace(/[^\p{Lu}]/gu, '');
    let spelled: { start: number; inner: string } | undefined;
    let leading: { start: number; inner: string } | undefined;
    for (let n = 1; n <= Math.min(words.length, 10); n++) {
      const first = words[words.length - n]!;
      const start = lineStart + first.index;
      const inner = text.slice(start, m.index).trim();
      if (/[^\p{L}\p{N}'’\s-]/u.test(inner)) break;
      const capitalised = /\p{Lu}/u.test(inner);
      if (capitalised && !(startsSentence(text, lineStart, start) && !/\p{Lu}/u.test(inner.slice(1)))) break;
      const spells = initials(inner);
      if (spells === letters) {
        spelled = { start, inner };
        break;
      }
      if (spells.startsWith(letters)) leading ??= { start, inner };
      if (capitalised) break;
    }
    const found = spelled ?? leading;
    if (found) out.push({ kind: 'defined', start: found.start, end: found.start + found.inner.length, inner: found.inner });
  }
  return out;
}

/** True when the text before `at` on its line ends a sentence (or is a list marker or nothing). */
function startsSentence(text: string, lineStart: number, at: number): boolean {
  const before = text.slice(lineStart, at);
  return LIST_MARKER_RE.exec(before)?.[0].length === before.length || /[.!?:]["”’')\]]*[ \t]+$/.test(before);
}

/** The initials of a phrase's words, function words aside, each part of a hyphenated word counted. */
function initials(phrase: string): string {
  return phrase
    .split(/[\s-]+/)
    .filter((w) => w !== '' && !CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

export function titledSpans(text: string): Candidate[] {
  const out: Candidate[] = [...cuedSpans(text), ...definedSpans(text)];
  for (const m of text.matchAll(TITLED_RE)) {
    const inner = m[1] ?? '';
    const start = m.index + m[0].length - inner.length;
    out.push({ kind: 'titled', start, end: start + inner.length, inner });
  }
  return out;
}

/**
 * Merges spans nested in one another that say the same thing (**"X"**, *"X"*) into one covering the
 * outer delimiters; quotes decide its kind, since they mark a title more surely than bold does.
 */
export function outermost(spans: Candidate[]): Candidate[] {
  const key = (c: Candidate): string => normalizeTitle(c.inner);
  const out: Candidate[] = [];
  for (const c of spans) {
    const nested = spans.filter((o) => o.start <= c.start && o.end >= c.end && key(o) === key(c));
    if (nested.some((o) => o.end - o.start > c.end - c.start)) continue;
    const related = spans.filter((o) => o.start >= c.start && o.end <= c.end && key(o) === key(c));
    const kind = related.some((o) => o.kind === 'quoted') ? 'quoted' : c.kind;
    if (!out.some((o) => o.start === c.start && o.end === c.end)) out.push({ ...c, kind });
  }
  return out;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

type TokenClass = 'cap' | 'connector' | 'number' | 'other';

function classify(token: string): TokenClass {
  if (/\p{Lu}/u.test(token)) return 'cap';
  if (/^\p{N}+$/u.test(token)) return 'number';
  if (CONNECTORS.has(token)) return 'connector';
  return 'other';
}

const TOKEN_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.+-]*[\p{L}\p{N}+])?/gu;

/** Maximal runs of capitalised words in each sentence. */
export function runs(text: string, units: Unit[]): Candidate[] {
  const out: Candidate[] = [];
  for (const unit of units) {
    const slice = text.slice(unit.start, unit.end);
    const tokens = [...slice.matchAll(TOKEN_RE)].map((m) => ({ text: m[0], start: unit.start + m.index, end: unit.start + m.index + m[0].length, cls: classify(m[0]) }));
    let i = 0;
    while (i < tokens.length) {
      if (tokens[i]!.cls !== 'cap') {
        i += 1;
        continue;
      }
      const first = i;
      let last = i;
      let colon = false;
      let j = i + 1;
      while (j < tokens.length) {
        const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
        const cls = tokens[j]!.cls;
        if (cls === 'other') break;
        if (/^[ \t]+$/.test(gap)) {
          if (cls === 'cap' || cls === 'number') last = j;
          j += 1;
          continue;
        }
        // "Foo: Bar Baz" joins, except a label such as "Answer:" at the start of a sentence.
        const labelOnly = j - 1 === first && tokens[first]!.start === unit.start;
        if (/^:[ \t]+$/.test(gap) && cls === 'cap' && tokens[j - 1]!.cls === 'cap' && !colon && !labelOnly) {
          colon = true;
          last = j;
          j += 1;
          continue;
        }
        break;
      }
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      out.push({ kind: 'run', start, end, inner: text.slice(start, end), sentenceInitial: start === unit.start, colon });
      i = Math.max(j, last + 1);
    }
  }
  return out;
}

/** The last word of a text, with the spaces and punctuation before it. */
const TRAILING_WORD_RE = /[\s,:]*(?<![\p{L}\p{N}])(\p{L}+)$/u;

/**
 * A run without the author reference it runs into: "Quantum Banana Networks by Smith et al." is the
 * run "Quantum Banana Networks" and the authors "Smith et al.". Nothing is left of a run that starts
 * with the authors.
 */
export function beforeAuthors(run: Candidate, authors: readonly Candidate[]): Candidate[] {
  const a = authors.find((x) => overlaps(x, run));
  if (!a) return [run];
  let head = run.inner.slice(0, Math.max(0, a.start - run.start)).trimEnd();
  // The words that joined the run to the names ("by", "of") go with them.
  for (let m = TRAILING_WORD_RE.exec(head); m && CONNECTORS.has(m[1]!.toLowerCase()); m = TRAILING_WORD_RE.exec(head)) head = head.slice(0, m.index).trimEnd();
  return countWords(head) === 0 ? [] : [{ ...run, end: run.start + head.length, inner: head }];
}

/** A surname: "Smith", "O'Neil", "Ben-David", "van der Berg". */
const SURNAME = String.raw`(?:(?:[Vv][ao]n|[Dd](?:er|en|e|a|i|u)|[Ll][ae])\s+)*\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*`;
const YEAR = String.raw`(?:19|20)\d{2}[a-z]?`;
/**
 * Author-year references: "Smith et al.", "Smith et al. (2023)", "Smith et al., 2023", "Smith and Jones
 * (2021)", and inside a parenthesis "(Smith, 2023)" or "(Smith, 2023; ...)".
 */
export const AUTHOR_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${SURNAME}[ \t]+et[ \t]+al\.?(?:[ \t]*\([ \t]*${YEAR}[ \t]*\)|,[ \t]*${YEAR})?|${SURNAME}[ \t]+(?:and|&)[ \t]+${SURNAME}(?:[ \t]*\([ \t]*${YEAR}[ \t]*\)|,[ \t]*${YEAR})|(?<=[(;][ \t]*)${SURNAME},?[ \t]+${YEAR}(?=[ \t]*[;)]))`,
  'gu',
);
const SURNAME_RE = new RegExp(SURNAME, 'gu');
/** A citation right after a span: "Smith et al. [3]", not a year ("[2017]"). */
export const CITATION_NEXT_RE = /^[ \t]*\[\s*(?:(?:sources?|refs?\.?|papers?)\s*)?#?(?!(?:19|20)\d{2}\s*\])\d/i;

/**
 * Names of authors, which the sources give only where the corpus has a paper's authors (the prompt
 * shows titles and abstracts, and authors where known): "Smith et al. (2023) [3]" attributes a claim
 * to people the answer cannot have read of.
 */
export function authorSpans(text: string): Candidate[] {
  return [...text.matchAll(AUTHOR_RE)].map((m) => ({ kind: 'author' as const, start: m.index, end: m.index + m[0].length, inner: m[0] }));
}

/** The surnames in an author reference. */
export function authorNames(reference: string): string[] {
  return [...reference.matchAll(SURNAME_RE)].map((m) => m[0]);
}

/** A heading or label after which each line names a paper: "Sources:", "## References". */
const LIST_HEADING_RE =
  /^[ \t]*(?:#{1,6}[ \t]*)?[*_]*(?:sources?|references?|bibliography|works cited|cited (?:papers|works)|papers cited|citations|further reading)[*_]*[ \t]*:?[*_]*[ \t]*$/i;
/** A markdown heading that ends with a citation. */
const CITED_HEADING_RE = new RegExp(String.raw`^[ \t]*#{1,6}[ \t]+\S.*${CITATION}[*_ \t]*:?[ \t]*$`);
/** "[3] Title": a line that opens with a citation, as in a reference list. */
const REFERENCE_LINE_RE = /^[ \t]*(?:[-*+•][ \t]+)?\[\s*\d{1,4}\s*\][ \t]*[.:]?[ \t]+\S/;
/** "Title: ...", "Paper: ...", "Source: ...": a label that introduces a title, at the start of a sentence. */
const TITLE_LABEL_RE =
  /(?:^|[.!?][ \t]+|\n[ \t]*(?:[-*+•][ \t]+)?)[*_]*(?:(?:title|paper|source|reference)s?|further reading|(?:related|recommended|suggested) (?:papers?|works?|reading))[*_]*[ \t]*:[*_]*[ \t]+(?=[^\s[])/gim;

/**
 * Text that names papers by the way it is laid out, whatever its case: each line of a reference list
 * (the lines under a "Sources:" or "References" heading, or two or more lines in a row that open
 * with a citation: "[3] Quantum banana networks for model merging"), and what follows a "Title:",
 * "Paper:", "Source:", "Reference:", "Further reading:" or "Related papers:" label up to the end of
 * its sentence.
 */
export function listedSpans(text: string, lines: Line[]): Candidate[] {
  const out: Candidate[] = [];
  const content = lines.map((l) => text.slice(l.start, l.end));
  let section = false;
  lines.forEach((line, i) => {
    if (LIST_HEADING_RE.test(content[i]!)) {
      section = true;
      return;
    }
    if (!/\S/.test(content[i]!)) {
      section = false;
      return;
    }
    if (section) {
      out.push(...entrySpan(text, line.bodyStart, line.end));
      return;
    }
    // "### Quantum banana networks for model merging [3]": a heading that cites names what it cites.
    if (CITED_HEADING_RE.test(content[i]!)) {
      out.push(...entrySpan(text, line.bodyStart, line.end).map((c) => ({ ...c, prose: true })));
      return;
    }
    // In a run of lines that open with citations, an entry counts when it starts like a name or a
    // title ("[1] Smith et al. ...", not "[1] shows that ..."), and it may still be a sentence.
    // A paragraph of one line, or the answer's last line, that opens with a citation and does not end
    // a sentence is one entry too.
    const neighbours = [content[i - 1], content[i + 1]];
    const blank = (l: string | undefined): boolean => l === undefined || !/\S/.test(l);
    const alone = neighbours.every(blank) || content.slice(i + 1).every(blank);
    if (!REFERENCE_LINE_RE.test(content[i]!)) return;
    const inRun = neighbours.some((l) => l !== undefined && REFERENCE_LINE_RE.test(l));
    const single = !inRun && alone && !/[.!?;:,]\s*$/.test(content[i]!);
    if (!inRun && !single) return;
    // A line alone may be a title in lower case: "[3] quantum banana networks for model merging".
    for (const c of entrySpan(text, line.bodyStart, line.end)) if (single || /^[\p{Lu}\p{N}]/u.test(c.inner)) out.push({ ...c, prose: true });
  });
  for (const m of text.matchAll(TITLE_LABEL_RE)) {
    const start = m.index + m[0].length;
    const rest = text.slice(start);
    const end = start + (/[.!?](?=\s|$)|\n|$/.exec(rest)?.index ?? rest.length);
    out.push(...entrySpan(text, start, end));
  }
  return out;
}

/** Without a "Sources:" or "References" heading whose entries have all gone. */
export function withoutEmptyLists(text: string): string {
  const lines = text.split('\n');
  return lines.filter((line, i) => !(LIST_HEADING_RE.test(line) && !/\S/.test(lines[i + 1] ?? ''))).join('\n');
}

/** The entry between `start` and `end`, without a citation opening it, citations closing it and the marks around it. */
function entrySpan(text: string, start: number, end: number): Candidate[] {
  const body = text.slice(start, end);
  const lead = /^(?:\s*\[\s*\d{1,4}\s*\][ \t]*[.:]?)?[\s*_"“‘'«]*/.exec(body)![0].length;
  const trail = /(?:[\s*_"”’'»,.;:]|\[[\d\s,–-]*\])*$/.exec(body.slice(lead))![0].length;
  const inner = body.slice(lead, body.length - trail);
  if (countWords(inner) < 2) return [];
  return [{ kind: 'listed', start: start + lead, end: start + lead + inner.length, inner }];
}

/**
 * The parts of a list entry that may be a title: "Smith et al. Some title (2023)" -> Smith et al, Some
 * title; "Some title — what it shows" -> Some title, what it shows. A closing "paper" is left out.
 */
export function entryParts(entry: string): string[] {
  return entry
    .split(/\s+[-–—]\s+|:\s+|\.\s+|\s*[()]\s*|,\s+|\s*\[[^\]]*\]\s*/)
    .map((part) => part.replace(/^[\s"“”'‘’«»*_]+|[\s"“”'‘’«»*_.]+$/g, '').replace(/\s+(?:paper|preprint|article)$/i, ''))
    .filter((part) => /\p{L}{2}/u.test(part) && !/^(?:19|20)\d{2}$/.test(part));
}

/** Two to fifteen words, with nothing but spaces between them. */
const PHRASE = String.raw`[\p{L}\p{N}][\p{L}\p{N}'’-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’-]*){1,14}`;
/**
 * "Concept heads for long-context reasoning (2024) shows ...": a phrase that opens a sentence or list
 * item with a year in parentheses after it, and the sentence goes on, names a publication.
 */
const YEAR_NAMED_RE = new RegExp(
  String.raw`(?<=^|[.!?][ \t]+|^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+)[*_"“]*(${PHRASE})[*_"”]*[ \t]*\((?:19|20)\d{2}\)(?=${GOES_ON})`,
  'dgmu',
);
/** A year or authors in parentheses after a name: "(2023)", "(Smith et al.)". */
const YEAR_OR_AUTHORS = String.raw`\((?:(?:19|20)\d{2}|[^()\n]*\bet[ \t]+al\b\.?[^()\n]*)\)`;
/** A phrase that opens a sentence, list item or table cell and is cited at once ("... (2023) [3]", "..., [3]"). */
const OPENING_NAME_RE = new RegExp(String.raw`^[*_"“]*(${PHRASE})[*_"”]*(?:[ \t]*${YEAR_OR_AUTHORS})?,?[ \t]*(?=${CITATION})((?:[ \t]*${CITATION})+)`, 'du');
/** After its citations, a phrase's sentence goes on (see {@link GOES_ON}): the phrase is its subject. */
const GOES_ON_RE = new RegExp(`^${GOES_ON}`, 'u');
/** A subject is read as a name when it is shaped like a title: two parts joined by "for", "via", "of" and the like. */
const TITLE_SHAPE_RE = /^\S+(?:[ \t]+\S+)*[ \t]+(?:for|of|via|with|in|on|from|through|using|towards?|beyond|without)[ \t]+\S+/i;
/** Or the phrase is a label: its item or cell ends there, or a colon or dash leads to what it says. */
const LABEL_END_RE = /^[*_ \t]*(?:$|\||:|[-–—][ \t])/;
/** A phrase that opens a list item and is set off by a dash or colon before a cited explanation: "- Quantum banana networks — merges models [3]". */
const LABEL_THEN_RE = new RegExp(String.raw`^[*_"“]*(${PHRASE})[*_"”]*(?:[ \t]*\((?:19|20)\d{2}\))?(?:[ \t]+[-–—][ \t]+|:[ \t]+)(?=[^\n]*?${CITATION})`, 'du');
/**
 * A phrase cited at once after a cue that it names a paper: "see", "check out", "I recommend", "a
 * good starting point is", "their paper, ...", "the follow-up, ..."; or in parentheses right after a
 * citation ("[3] (quantum banana networks)"); or after "see [3]" up to the end of the sentence.
 */
const CUED_NAME_RE = new RegExp(
  String.raw`(?:(?<!\p{L})(?:[Ss]ee(?:[ \t]+also)?|[Cc]heck[ \t]+out|[Tt]ry|[Rr]ecommend|[Rr]ead|[Ll]ook[ \t]+at|[Ss]tart[ \t]+with|[Rr]efer[ \t]+to|[Cc]onsult|(?:starting[ \t]+point|place[ \t]+to[ \t]+start|best[ \t]+bet|good[ \t]+read)[ \t]+(?:is|would[ \t]+be)|(?:paper|article|study|preprint|work|follow-up|successor|sequel|predecessor)[ \t]*,)[ \t]+)[*_"“]*(${PHRASE})[*_"”]*[ \t]*(?=${CITATION})` +
    String.raw`|${CITATION}[ \t]*\((${PHRASE})\)` +
    String.raw`|(?<!\p{L})[Ss]ee[ \t]+${CITATION}[ \t]*[:,]?[ \t]+(${PHRASE})(?=[ \t]*(?:[.;)]|$))`,
  'dgu',
);
/**
 * A phrase cited at once after "according to", "as shown in" and the like, or after "In" opening a
 * sentence ("In quantum banana networks [3], ..."): a paper's name, or a description of what it did
 * ("as shown in experiments on image recognition [3]"), so it is read as a subject is.
 */
const DESCRIBED_NAME_RE = new RegExp(
  String.raw`(?:(?<!\p{L})(?:[Aa]ccording[ \t]+to|(?:shown|described|reported|proposed|introduced|presented|studied|discussed|demonstrated)[ \t]+in)[ \t]+|^[Ii]n[ \t]+(?=[^\n]*?${CITATION}[ \t]*,))[*_"“]*(${PHRASE})[*_"”]*[ \t]*(?=${CITATION})`,
  'dgu',
);
/** Words that make a phrase a clause, not a name. */
const CLAUSE_RE = /(?<!\p{L})(?:is|are|was|were|be|been|being|has|have|had|can|could|will|would|may|might|must|should|do|does|did|not|we|they|it)(?!\p{L})/iu;
/** Words that name no paper in particular: "recent work", "both studies", "the authors". */
export const GENERIC_WORDS = new Set(
  (
    'work works study studies paper papers article articles approach approaches method methods technique techniques ' +
    'framework frameworks model models system systems author authors researcher researchers research result results ' +
    'experiment experiments finding findings evidence analysis analyses recent prior previous earlier later related ' +
    'existing other others several many some one two three new proposed latter former both same further more most ' +
    'first second third another also only'
  ).split(' '),
);

/**
 * Phrases that stand as the name of what a citation cites, in any case: the subject of a cited
 * sentence ("Quantum banana networks for model merging [3] settles it"; one not shaped like a title
 * only when none of its words are the sources': "Self-rewarding curriculum distillation [3] settles
 * it", not "Masked language modelling [2] works"), a label ("- Quantum banana networks [3]", "1.
 * Quantum banana networks (2023) [3]: ...", "(1) quantum banana networks (Smith et al.), [3]", "-
 * quantum banana networks — merges models [3]", a table cell), and a phrase after a cue ("see",
 * "check out", "their paper,", "[3] (...)", "see [3] ..."; see {@link CUED_NAME_RE}; after "according
 * to", "as shown in" or an opening "In" it is read as a subject is, see {@link DESCRIBED_NAME_RE}). A
 * clause ("... is trained on ... [1]") is not a name.
 */
export function citedNameSpans(text: string, lines: readonly Line[], units: readonly Unit[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, subject = false): void => {
    const inner = text.slice(start, end);
    if (!CLAUSE_RE.test(inner)) out.push({ kind: 'cited', start, end, inner, ...(subject ? { subject } : {}) });
  };
  for (const unit of units) {
    const body = text.slice(unit.start, unit.end);
    const starts = [0, ...[...body.matchAll(/\|[ \t]*/g)].map((m) => m.index + m[0].length)];
    for (const at of starts) {
      const m = OPENING_NAME_RE.exec(body.slice(at));
      if (!m) continue;
      const rest = body.slice(at + m.index + m[0].length);
      const [start, end] = m.indices![1]!;
      const phrase = m[1]!;
      if (!opensLikeName(phrase)) continue;
      if (LABEL_END_RE.test(rest)) add(unit.start + at + start, unit.start + at + end);
      else if (at === 0 && GOES_ON_RE.test(rest)) add(unit.start + start, unit.start + end, !TITLE_SHAPE_RE.test(phrase));
    }
    const line = lines[unit.line]!;
    const label = line.bodyStart > line.start && unit.start === line.bodyStart ? LABEL_THEN_RE.exec(body) : null;
    if (label && opensLikeName(label[1]!)) add(unit.start + label.indices![1]![0], unit.start + label.indices![1]![1]);
    for (const m of body.matchAll(CUED_NAME_RE)) {
      const [start, end] = m.indices!.slice(1).find((g) => g !== undefined)!;
      add(unit.start + start, unit.start + end);
    }
    for (const m of body.matchAll(DESCRIBED_NAME_RE)) {
      const [start, end] = m.indices![1]!;
      add(unit.start + start, unit.start + end, !TITLE_SHAPE_RE.test(m[1]!));
    }
  }
  return out;
}

/** A phrase opening with a determiner, preposition or conjunction ("The paper", "As shown in") is not a name standing alone. */
function opensLikeName(phrase: string): boolean {
  const first = phrase.split(/\s/)[0]!.toLowerCase();
  return (!DETERMINERS.has(first) && !CAP_STOPWORDS.has(first)) || titleWithArticle(phrase);
}

/**
 * A title that opens with an article, "A layered approach for graphic design": "a" or "an", then
 * words shaped like a title (two parts joined by "for", "of", ...), with no other determiner and no
 * verb such as "is". ("The" opens descriptions as often: "the authors wrote on ...".)
 */
function titleWithArticle(phrase: string): boolean {
  const [first = '', ...rest] = phrase.split(/\s+/);
  const body = rest.join(' ');
  return /^(?:a|an)$/i.test(first) && TITLE_SHAPE_RE.test(body) && !CLAUSE_RE.test(body) && !rest.some((w) => DETERMINERS.has(w.toLowerCase()));
}
