import { checkFigures } from './figures.js';
import { checkLinks, normaliseLink } from './links.js';
import { checkOtherPapers } from './other-papers.js';
import { checkVenues } from './venues.js';
import { GAP, SourceIndex, checkTitles } from './titles.js';

/** A retrieved paper the model was allowed to cite, numbered as in the prompt. */
export interface Source {
  n: number;
  title: string;
  url?: string;
  /** Phrases quoted from it (a method name, a term) are not taken for invented titles. */
  abstract?: string;
  /** Its authors, where the corpus has them: named in an answer, they are the source's. */
  authors?: readonly string[];
}

export interface CheckedAnswer {
  /** The answer with invalid citations and invented titles removed. */
  text: string;
  /** Valid sources actually cited, unique, in order of first citation. */
  cited: Source[];
  /** Number of citations removed (unknown numbers, invented titles and author names, unknown links and venues, unsupported figures). */
  dropped: number;
}

/** Ranges longer than this are not expanded (only their endpoints count). */
const MAX_RANGE = 50;
/** Bracketed text with at least this many words, not naming a source, is treated as an invented title. */
const TITLE_MIN_WORDS = 4;

const PREFIX = String.raw`(?:(?:sources?|refs?\.?|references?|papers?|docs?|documents?)\s*)?[#^]?\s*`;
const NUM_PART = String.raw`${PREFIX}\d{1,4}(?:\s*[-–—]\s*${PREFIX}\d{1,4})?`;
const NUM_LIST_RE = new RegExp(String.raw`^\s*${NUM_PART}(?:\s*(?:[,;&]|\band\b)\s*${NUM_PART})*\s*$`, 'i');
const NUM_PART_RE = new RegExp(NUM_PART, 'gi');
const PLAIN_NUM_LIST_RE = /^\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?(?:\s*,\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)*\s*$/;
/** "Source 2: Some Title" / "2. Some Title" */
const NUM_WITH_TITLE_RE = new RegExp(String.raw`^\s*${PREFIX}(\d{1,4})\s*[:.\-–—]\s*(\S.*)$`, 'i');
/** "Source: Some Title" / "see: Some Title" */
const TITLE_LABEL_RE = /^\s*(?:sources?|refs?|references?|papers?|see|cf\.?)\s*:\s*/i;
/** [text] optionally followed by a markdown link target (url). */
const BRACKET_RE = /\[([^[\]\n]{1,400})\](\((?:[^()\s]|\([^()\s]*\))*\))?/g;
/** A quoted title right after a citing cue: see "X", cf. "X", cited in "X", source: "X". */
const QUOTED_CUE_RE =
  /\b(see also|see|cf\.|cited in|sources?:|references?:)(\s+)["“]([^"”\n]{3,300})["”]/gi;

interface Lookup {
  byNumber: Map<number, Source>;
  titles: SourceIndex<Source>;
  byUrl: Map<string, Source>;
}

/**
 * Checks the citations in an LLM answer against the sources it was given.
 *
 * Citations are numbers in square brackets: `[1]`, `[2, 3]`, `[1][3]`, `[1-2]`, `[Source 2]`.
 * Parenthesised numbers such as `(2)` are left alone. Numbers that are not sources are removed;
 * bracketed text of four or more words that is not a source title is removed as an invented title;
 * a bracketed source title (case- and punctuation-insensitive) is rewritten to its number.
 *
 * Then every quoted, emphasised or Title-Case span is checked by {@link checkTitles}: a title-like
 * span that is neither a source's title nor a phrase of a source's title or abstract is an invented
 * title, removed with its sentence (or with the bracket it fills) and counted in `dropped`; a source's
 * title written out becomes a citation of that source. Links and paper identifiers the sources do not
 * give are removed too (see {@link checkLinks}), and so are venues no source names (see
 * {@link checkVenues}) and sentences stating a percentage or factor that neither their cited sources
 * nor the `question` give (see {@link checkFigures}). A sentence naming one of `corpusTitles` (titles of
 * the corpus's papers) that is not a source, in words neither the sources nor the question use, goes as
 * well (see {@link checkOtherPapers}). `cited` lists the sources cited in what is left.
 */
export function checkCitations(answer: string, sources: Source[], question = '', corpusTitles: readonly string[] = []): CheckedAnswer {
  const lookup = buildLookup(sources);
  let dropped = 0;

  let text = answer.split(GAP).join('');
  // 【1】 and 【1†source】 (a common model habit) mean [1].
  text = text.replace(/【\s*(\d{1,4})(?:†[^】\n]*)?\s*】/g, '[$1]');

  text = text.replace(QUOTED_CUE_RE, (match: string, cue: string, space: string, quoted: string) => {
    if (countWords(quoted) < TITLE_MIN_WORDS) return match;
    const source = findByTitle(quoted, lookup);
    if (source) return `${cue}${space}[${source.n}]`;
    dropped += 1;
    return GAP;
  });

  text = text.replace(BRACKET_RE, (match: string, inner: string, link: string | undefined) => {
    const result = resolveBracket(inner, link, lookup);
    if (result === undefined) return match;
    dropped += result.dropped;
    if (result.sources.length === 0) return GAP;
    if (result.verbatim) return match;
    const numbers = `[${result.sources.map((s) => s.n).join(', ')}]`;
    return result.keepText ? `${result.keepText} ${numbers}` : numbers;
  });

  const titles = checkTitles(text, lookup.titles);
  dropped += titles.dropped;
  text = titles.text;
  const others = checkOtherPapers(text, corpusTitles, sources, lookup.titles, question);
  dropped += others.dropped;
  text = others.text;

  // After the title check, which removes a link that names an invented title, link and all.
  const links = checkLinks(text, [...lookup.byNumber.values()]);
  const venues = checkVenues(links.text, [...lookup.byNumber.values()]);
  const figures = checkFigures(venues.text, [...lookup.byNumber.values()], question, (sentence) => citedIn(sentence, lookup).map((s) => s.n));
  dropped += links.dropped + venues.dropped + figures.dropped;
  text = figures.text;

  return { text: tidy(text), cited: citedIn(text, lookup), dropped };
}

/** The sources cited by the (already checked) citations left in the text, in order of first citation. */
function citedIn(text: string, lookup: Lookup): Source[] {
  const cited = new Map<number, Source>();
  for (const m of text.matchAll(BRACKET_RE)) {
    const inner = m[1] ?? '';
    if (m[2] !== undefined || !isCitationNumbers(inner)) continue;
    for (const source of resolveNumbers(inner, lookup).sources) if (!cited.has(source.n)) cited.set(source.n, source);
  }
  return [...cited.values()];
}

interface Resolved {
  sources: Source[];
  dropped: number;
  /** The original text can stay as it is. */
  verbatim: boolean;
  /** Link text to keep in front of the rewritten citation. */
  keepText?: string;
}

/** Decides what a bracketed span is; `undefined` means it is not a citation and stays untouched. */
function resolveBracket(inner: string, link: string | undefined, lookup: Lookup): Resolved | undefined {
  const words = countWords(inner);

  if (NUM_LIST_RE.test(inner)) {
    if (!isCitationNumbers(inner)) return undefined;
    const { sources, dropped, duplicates } = resolveNumbers(inner, lookup);
    const verbatim = dropped === 0 && !duplicates && PLAIN_NUM_LIST_RE.test(inner);
    return { sources, dropped, verbatim };
  }

  const titled = findByTitle(inner.replace(TITLE_LABEL_RE, ''), lookup);
  if (titled) return { sources: [titled], dropped: 0, verbatim: false };

  const linked = link ? lookup.byUrl.get(normaliseLink(link.slice(1, -1))) : undefined;
  if (linked) {
    return words < TITLE_MIN_WORDS
      ? { sources: [linked], dropped: 0, verbatim: false, keepText: inner.trim() }
      : { sources: [linked], dropped: 0, verbatim: false };
  }

  const numbered = NUM_WITH_TITLE_RE.exec(inner);
  if (numbered?.[1] !== undefined && numbered[2] !== undefined && /\p{L}{2}/u.test(numbered[2])) {
    const byNumber = lookup.byNumber.get(Number(numbered[1]));
    const byTitle = findByTitle(numbered[2], lookup);
    const source = byNumber ?? byTitle;
    return source ? { sources: [source], dropped: 0, verbatim: false } : { sources: [], dropped: 1, verbatim: false };
  }

  const mixed = resolveMixedList(inner, lookup);
  if (mixed) return mixed;

  if (words >= TITLE_MIN_WORDS) return { sources: [], dropped: 1, verbatim: false };
  return undefined;
}

/** A list of source numbers; sources are numbered from 1, so [0, 1] is an interval and [2017] a year. */
function isCitationNumbers(text: string): boolean {
  return NUM_LIST_RE.test(text) && !/(?<!\d)(?:0+|[12]\d{3})(?!\d)/.test(text);
}

function resolveNumbers(
  inner: string,
  lookup: Lookup,
): { sources: Source[]; dropped: number; duplicates: boolean } {
  const sources: Source[] = [];
  const seen = new Set<number>();
  let dropped = 0;
  let duplicates = false;
  for (const part of inner.match(NUM_PART_RE) ?? []) {
    const [a, b] = (part.match(/\d+/g) ?? []).map(Number);
    if (a === undefined) continue;
    let numbers: number[];
    if (b === undefined) numbers = [a];
    else {
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      numbers = hi - lo > MAX_RANGE ? [lo, hi] : Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
    }
    for (const n of numbers) {
      const source = lookup.byNumber.get(n);
      if (!source) dropped += 1;
      else if (seen.has(n)) duplicates = true;
      else {
        seen.add(n);
        sources.push(source);
      }
    }
  }
  return { sources, dropped, duplicates };
}

/** A list mixing numbers and titles, e.g. `[1; Some Paper Title]`; parts that are neither are dropped. */
function resolveMixedList(inner: string, lookup: Lookup): Resolved | undefined {
  const parts: string[] = [];
  for (const piece of inner.split(';')) {
    if (isCitationNumbers(piece) || findByTitle(piece, lookup)) parts.push(piece);
    else parts.push(...piece.split(','));
  }
  if (parts.length < 2) return undefined;

  const sources: Source[] = [];
  let dropped = 0;
  let recognised = 0;
  for (const part of parts) {
    if (part.trim() === '') continue;
    if (isCitationNumbers(part)) {
      recognised += 1;
      const r = resolveNumbers(part, lookup);
      sources.push(...r.sources);
      dropped += r.dropped;
      continue;
    }
    const source = findByTitle(part.replace(TITLE_LABEL_RE, ''), lookup);
    if (source) {
      recognised += 1;
      sources.push(source);
    } else if (/\p{L}/u.test(part)) {
      dropped += 1;
    } else {
      return undefined;
    }
  }
  if (recognised === 0) return undefined;
  const unique = [...new Map(sources.map((s) => [s.n, s])).values()];
  return { sources: unique, dropped, verbatim: false };
}

function buildLookup(sources: Source[]): Lookup {
  const byNumber = new Map<number, Source>();
  const byUrl = new Map<string, Source>();
  for (const source of sources) {
    if (byNumber.has(source.n)) continue;
    byNumber.set(source.n, source);
    if (source.url) byUrl.set(normaliseLink(source.url), source);
  }
  return { byNumber, titles: new SourceIndex([...byNumber.values()]), byUrl };
}

function findByTitle(text: string, lookup: Lookup): Source | undefined {
  return lookup.titles.byTitle(text);
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Removes gap markers with the whitespace, dangling cue words and punctuation they leave behind. */
function tidy(input: string): string {
  if (!input.includes(GAP)) return input;
  let text = input;
  // "(see [Invented Title])" → "()"; drop cue words left in front of a gap.
  text = text.replace(new RegExp(String.raw`(^|[(\[;,]\s*|[.!?:]\s+)(?:see also|see|cf\.)\s*(?=${GAP})`, 'gim'), '$1');
  // Brackets or parentheses that held nothing but removed citations.
  text = text.replace(new RegExp(String.raw`[(\[]\s*(?:${GAP}[\s,;]*)+[)\]]`, 'g'), GAP);
  text = text.replace(
    new RegExp(String.raw`([,;])?[ \t]*${GAP}(?:[ \t,;]*${GAP})*[ \t]*(?:([,;])[ \t]*)?`, 'g'),
    (match: string, lead: string | undefined, trail: string | undefined, offset: number, whole: string) => {
      const before = whole.slice(0, offset);
      const next = whole[offset + match.length];
      const afterOpener = before === '' || /[\n([]$/.test(before);
      const atLineEnd = next === undefined || next === '\n' || next === '\r';
      if (atLineEnd || /[.,;:!?)\]]/.test(next)) return '';
      if (afterOpener) return '';
      const sep = lead ?? trail;
      return sep ? `${sep} ` : ' ';
    },
  );
  return text;
}
