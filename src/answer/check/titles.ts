/**
 * The title check of an answer: every quoted or title-like span (see title-spans.ts) that is not one of
 * its sources' titles, names or words is removed, or its sentence dropped, and counted (see
 * {@link checkTitles}). Pure.
 */
import { normalizeTitle } from '../../corpus/paper.js';
import { type Line, type Unit, splitLines, splitUnits } from './sentences.js';
import {
  AUTHOR_RE,
  CAP_STOPWORDS,
  CITATION_NEXT_RE,
  CONNECTORS,
  type Candidate,
  GENERIC_WORDS,
  type SpanKind,
  authorNames,
  authorSpans,
  beforeAuthors,
  citedNameSpans,
  countWords,
  delimitedSpans,
  entryParts,
  listedSpans,
  outermost,
  overlaps,
  runs,
  titledSpans,
  tokensOf,
  withoutEmptyLists,
} from './title-spans.js';

/** What the title check knows of a source: its number, title and (when given) abstract. */
export interface SourceText {
  n: number;
  title: string;
  abstract?: string;
  /** The authors' names, where the corpus has them. */
  authors?: readonly string[];
}

/** Marks a removed span until whitespace and punctuation around it are tidied. */
export const GAP = '\uE000';

/**
 * Looks up source titles and decides whether a phrase is grounded in the sources.
 *
 * Titles match case-, accent- and punctuation-insensitively, also with hyphens and spaces ignored
 * ("Pre-training" = "Pretraining"); a main title before a colon ("BERT") matches when only one source
 * has it. A phrase is grounded when its words occur in that order in a source's title or abstract,
 * ignoring case, punctuation, a possessive 's and a plural -s.
 */
export class SourceIndex<S extends SourceText> {
  private readonly titles = new Map<string, S>();
  private readonly texts: { spaced: string; compact: string }[] = [];
  /** Every word of the sources' titles and abstracts, sorted. */
  private readonly words: string[];

  constructor(sources: readonly S[]) {
    const mainTitles = new Map<string, S | null>();
    for (const source of sources) {
      for (const key of titleKeys(source.title)) if (!this.titles.has(key)) this.titles.set(key, source);
      const colon = source.title.indexOf(':');
      if (colon > 0) {
        const main = wordsOf(source.title.slice(0, colon)).join(' ');
        if (main.length >= 3) mainTitles.set(main, mainTitles.has(main) ? null : source);
      }
      for (const text of [source.title, source.abstract ?? '', ...(source.authors ?? [])]) {
        const stemmed = wordsOf(text).map(stem);
        if (stemmed.length > 0) this.texts.push({ spaced: ` ${stemmed.join(' ')} `, compact: stemmed.join('') });
      }
    }
    for (const [main, source] of mainTitles) {
      if (source) for (const key of titleKeys(main)) if (!this.titles.has(key)) this.titles.set(key, source);
    }
    this.words = [...new Set(sources.flatMap((source) => [...wordsOf(source.title), ...wordsOf(source.abstract ?? '')]))].sort();
  }

  /** The source whose title this is, if any. */
  byTitle(text: string): S | undefined {
    const words = wordsOf(text);
    if (words.length === 0) return undefined;
    return this.titles.get(words.join(' ')) ?? this.titles.get(`#${words.join('')}`);
  }

  /** True when a word of a source's title or abstract starts with `prefix` (lower case). */
  startsWord(prefix: string): boolean {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo]?.startsWith(prefix) ?? false;
  }

  /** True when the phrase occurs in a source's title or abstract. */
  grounded(text: string): boolean {
    const stemmed = wordsOf(text).map(stem);
    if (stemmed.length === 0) return true;
    const spaced = ` ${stemmed.join(' ')} `;
    const compact = stemmed.join('');
    return this.texts.some((t) => t.spaced.includes(spaced) || (compact.length >= 8 && t.compact.includes(compact)));
  }
}

function titleKeys(title: string): string[] {
  const words = wordsOf(title);
  return words.length === 0 ? [] : [words.join(' '), `#${words.join('')}`];
}

/** A text's words as the check compares them: lower case, punctuation and a possessive 's left out, a plural -s taken off. */
export function comparedWords(text: string): string[] {
  return wordsOf(text).map(stem);
}

function wordsOf(text: string): string[] {
  const key = normalizeTitle(text.replace(/['’]s\b/gi, '').replace(/&/g, ' and '));
  return key === '' ? [] : key.split(' ');
}

function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** How a candidate span is marked in the text. */
export interface TitleCheck {
  text: string;
  /** Invented titles removed. */
  dropped: number;
}

/**
 * Finds every title-like span in an answer and checks it against the sources.
 *
 * The rule: a span that looks like a title or a name must come from the sources. It is kept when it
 * is a source's title (and then cited) or a phrase of a source's title or abstract; anything else is
 * an invented title and goes, with the sentence that relies on it.
 *
 * Candidate spans, whatever words stand around them:
 * - quoted: "double", “curly”, „low“, ＂full-width＂, &quot;escaped&quot;, «guillemets», 'single' and
 *   ‘curly single’ quotes, `code`, *italics*, _italics_, <i>, <em>, <q>, <cite>;
 * - bold: **bold**, __bold__, <b>, <strong> (nested in quotes, **"X"**, it counts as quoted);
 * - titled: the words after "titled", "entitled", "paper called/named" up to the end of the clause;
 *   lower- or sentence-case words between "the paper" and a citation when the sentence goes on after
 *   it, or between "another relevant work is" (or "the most relevant is", "the closest match is") and
 *   a citation, or the end of the sentence when they are shaped like a title ("for", "of", "via"
 *   joining two parts, no determiner, no verb such as "is"), as after "I recommend reading" and
 *   "check out" too; words opening a sentence with a year in parentheses after them ("Quantum banana
 *   networks (2023) shows");
 * - defined: lower-case words an acronym before a citation spells out ("quantum banana networks (QBN)
 *   [3]", the first word capitalised at the start of a sentence), and lower-case words between "the"
 *   and "paper" before a citation ("the banana networks paper [3]");
 * - listed, in any case: the entries of a reference list (under a "Sources:" heading, or lines that
 *   open with a citation, or one such line alone at the end or as its own paragraph), a heading that
 *   ends with a citation, and what follows a "Title:", "Paper:", "Source:" or "Further reading:"
 *   label (see {@link listedSpans});
 * - author: author-year references ("Smith et al. (2023)", "Zhang and Li (2021)", "(Smith, 2023)"),
 *   which the sources give only where the corpus has a paper's authors or an abstract names them;
 *   before a citation only the names
 *   go ("Smith et al. [3] show" becomes "[3] show");
 * - runs of capitalised words (function words such as "for", "of", "and" may join them; a colon may
 *   join two parts: "Foo: Bar Baz for Qux"), anywhere: in prose, lists, headings and tables; a run
 *   that runs into an author reference ends before it ("Foo Bar by Smith et al.");
 * - cited, in any case: a phrase standing as the name of what a citation cites (see
 *   {@link citedNameSpans}): a list item, table cell or label that is a phrase and a citation
 *   ("- Quantum banana networks [3]"), a cited subject shaped like a title, and a phrase after "see",
 *   "according to", "as shown in", "check out" and the like, or in parentheses after a citation. It is
 *   the sources' unless at least two of its words, and at least a third of those that say anything,
 *   start none of their words.
 *
 * A span is title-like when (capitalised function words and acronyms do not count as Title-Case words;
 * three or more all-capital words in a row do):
 * - next to a citing cue ("paper", "article", "study", "preprint", "publication", "survey", "report",
 *   "titled" or "entitled" just before it; "paper", "article", "preprint" or "publication" just after
 *   it): any quoted, bold or titled span, and a run with a capitalised word other than a function word
 *   or an ordinary word starting the sentence ("the BERT paper", not "Many papers");
 * - followed by a citation ([n], [Source n], 【n】, "(Author et al., 2023)", "(2023)"): a quoted or bold
 *   span with a capital letter ("BananaNet" [3]), a run with two or more Title-Case words, one word with
 *   a capital inside it (BananaMerge [3], Banana-Merge [3]); a run also when a word such as "method"
 *   or "framework" stands between it and the citation ("the Banana Merge method [3]");
 * - otherwise: quoted with three or more words or two or more Title-Case words; bold or a run with
 *   three or more Title-Case words, or two joined by a colon; titled, defined and listed always.
 * So short quoted terms ("chain-of-thought", "expert"), emphasis of lower-case words, numbers, labels
 * such as "Answer:" and lower-case prose are never title-like, except lower-case words standing as the
 * name of a cited paper: "the paper quantum banana networks [3] settles it" (see {@link CUED_RE}).
 *
 * A title-like span that is a source's title (see {@link SourceIndex}) stays and becomes a citation
 * of that source: ` [n]` is added after it unless its sentence already cites n. One whose words occur
 * in a source's title or abstract stays as it is (a run also when it does without its sentence's
 * first word, when each part joined by "and"/"or" does, or when it spells out an acronym the sources
 * use: "Large Language Models (LLMs)"; a word with a capital inside it also when each of its parts
 * starts a word of the sources: "ResNets" for residual networks; a defined phrase when each of its
 * words starts a word of the sources, as "conditional variational autoencoder (CVAE)" does; a list
 * entry when one of its parts is or starts with a source's title, or its longest part is the
 * sources', or, in lines that open with citations, is made of their words; titled words when they
 * start with a source's title, "In-Context Meta LoRA Generation for details", or with a name the
 * sources use followed by their words, "ICM-LoRA for task-specific customization"). Any other is an
 * invented title: when it fills a bracket or parenthesis (apart from cue words such as "see", "e.g.") that
 * bracket is removed (unless it spells out the acronym before it: "QBN (Quantum Banana Networks)"),
 * otherwise its whole sentence (or list item, heading, table row) is dropped, since the claim it
 * carries is attributed to a paper that is not among the sources. Each counts once in `dropped`; a
 * reference list left without entries loses its heading.
 */
export function checkTitles<S extends SourceText>(input: string, index: SourceIndex<S>): TitleCheck {
  const lines = splitLines(input);
  const units = lines.flatMap((line, i) => splitUnits(input, line, i));
  const delimited = [...delimitedSpans(input), ...titledSpans(input)];
  const authors = authorSpans(input);
  const candidates = [
    ...outermost(delimited),
    ...runs(input, units).flatMap((r) => (delimited.some((d) => overlaps(d, r)) ? [] : beforeAuthors(r, authors))),
    ...listedSpans(input, lines),
    ...authors,
  ];
  // A cited name is read as well as the capitalised runs, quotes and bold in it, unless a span that is
  // always title-like covers it.
  const named = new Set<SpanKind>(['titled', 'defined', 'listed', 'author']);
  candidates.push(...citedNameSpans(input, lines, units).filter((c) => !candidates.some((o) => named.has(o.kind) && overlaps(o, c))));

  let dropped = 0;
  const droppedUnits = new Set<number>();
  const removals: { start: number; end: number }[] = [];
  const insertions = new Map<number, Set<number>>();

  for (const c of candidates) {
    const unitIndex = units.findIndex((u) => c.start >= u.start && c.start < u.end);
    const unit = units[unitIndex];
    if (!unit) continue;
    const before = input.slice(unit.start, c.start);
    const after = input.slice(c.end, unit.end);
    if (!isTitleLike(c, before, after)) continue;
    // A list entry, author reference or cited name whose sentence already goes for an invented title in
    // it (or whose words already went) is not counted again.
    if ((c.kind === 'listed' || c.kind === 'author' || c.kind === 'cited') && units.every((u, k) => !overlaps(u, c) || droppedUnits.has(k))) continue;
    if (c.kind === 'cited' && removals.some((r) => overlaps(r, c))) continue;

    const source = [...variants(c), ...titledPrefixes(c)].map((v) => index.byTitle(v)).find((s) => s !== undefined);
    if (source) {
      if (!citesIn(input.slice(unit.start, unit.end), source.n)) {
        const set = insertions.get(c.end) ?? new Set<number>();
        set.add(source.n);
        insertions.set(c.end, set);
      }
      continue;
    }
    if (isGrounded(c, index) || definesGroundedAcronym(c, after, index) || namesFromSources(c, index) || usesSourceWords(c, index) || describesSourceName(c, index)) continue;

    dropped += 1;
    const enclosure = removableEnclosure(input, c, unit);
    if (enclosure) removals.push(enclosure);
    // "Smith et al. (2023) [3] show ...": the claim is the cited source's; only the names go.
    else if (c.kind === 'author' && CITATION_NEXT_RE.test(after)) removals.push({ start: c.start, end: c.end });
    else for (let i = 0; i < units.length; i++) if (units[i]!.start < c.end && units[i]!.end > c.start) droppedUnits.add(i);
  }
  if (dropped === 0 && insertions.size === 0) return { text: input, dropped: 0 };

  // Edits as [start, end, replacement], applied from the end so earlier offsets stay valid.
  const edits: [number, number, string][] = [];
  const deleted = sentenceDeletions(input, lines, units, droppedUnits);
  const isDeleted = (at: number): boolean => deleted.some(([s, e]) => at >= s && at < e);
  for (const [s, e] of deleted) edits.push([s, e, '']);
  for (const r of removals) if (!isDeleted(r.start)) edits.push([r.start, r.end, GAP]);
  for (const [at, numbers] of insertions) if (!isDeleted(at - 1)) edits.push([at, at, ` [${[...numbers].join(', ')}]`]);

  edits.sort((a, b) => b[0] - a[0] || b[1] - a[1]);
  let text = input;
  let floor = Infinity;
  for (const [start, end, replacement] of edits) {
    if (end > floor) continue; // overlaps an edit already applied
    text = text.slice(0, start) + replacement + text.slice(end);
    floor = start;
  }
  if (droppedUnits.size > 0) text = tidyAfterDrops(text);
  return { text, dropped };
}

/**
 * The text without the sentences `drop` picks (sentences as the title check reads them: within a line,
 * list markers aside; a line left without sentences goes whole). Returns how many were dropped.
 */
export function dropSentences(input: string, drop: (sentence: string) => boolean): { text: string; dropped: number } {
  const lines = splitLines(input);
  const units = lines.flatMap((line, i) => splitUnits(input, line, i));
  const droppedUnits = new Set(units.flatMap((u, k) => (drop(input.slice(u.start, u.end)) ? [k] : [])));
  if (droppedUnits.size === 0) return { text: input, dropped: 0 };
  let text = input;
  for (const [start, end] of sentenceDeletions(input, lines, units, droppedUnits).sort((a, b) => b[0] - a[0])) text = text.slice(0, start) + text.slice(end);
  return { text: tidyAfterDrops(text), dropped: droppedUnits.size };
}

/** The ranges to delete for the dropped sentences: a sentence with the spaces after it, or its whole line when none of the line is left. */
function sentenceDeletions(input: string, lines: readonly Line[], units: readonly Unit[], droppedUnits: ReadonlySet<number>): [number, number][] {
  const deleted: [number, number][] = [];
  lines.forEach((line, i) => {
    const own = units.map((u, k) => [u, k] as const).filter(([u]) => u.line === i);
    if (own.length > 0 && own.every(([, k]) => droppedUnits.has(k))) {
      // The line with its newline; the last line takes the newline before it.
      if (line.end < input.length) deleted.push([line.start, line.end + 1]);
      else deleted.push([Math.max(0, line.start - 1), line.end]);
      return;
    }
    for (const [u, k] of own) {
      if (!droppedUnits.has(k)) continue;
      let end = u.end;
      while (end < line.end && /[ \t]/.test(input[end]!)) end += 1;
      deleted.push([u.start, end]);
    }
  });
  return deleted;
}

/** Trailing spaces, blank runs and reference headings left without entries, after sentences went. */
function tidyAfterDrops(text: string): string {
  return withoutEmptyLists(text.replace(/[ \t]+$/gm, '')).replace(/\n{3,}/g, '\n\n').replace(/^\s*\n/, '').replace(/\s+$/, '');
}

/* ------------------------------------------------------------------------------------------------ */
/* Title-likeness                                                                                    */

const PAPER_BEFORE_RE =
  /\b(?:papers?|articles?|study|studies|preprints?|publications?|survey|report|titled|entitled)(?:\s+(?:titled|entitled|called|named))?\s*[:,]?\s*$/i;
const PAPER_AFTER_RE = /^\s*(?:papers?|articles?|preprints?|publications?)\b/i;
const CITE_AFTER_RE =
  /^[\s"”’'»›」』＂*_`]*[,:]?\s*(?:\[\s*(?:(?:sources?|refs?\.?|papers?)\s*)?#?\d|【|\((?:[^()\n]*?\b(?:19|20)\d{2}\b|[^()\n]*?\bet al\b)[^()\n]*\))/i;

/** "... method [3]": a name followed by what it names, then a citation ("the Banana Merge method [3]"). */
const KIND_THEN_CITE_RE =
  /^[ \t]+(?:methods?|models?|frameworks?|approach(?:es)?|algorithms?|techniques?|architectures?|benchmarks?|datasets?|systems?|toolkits?|library|libraries)\b[ \t,]*(?:\[\s*(?:(?:sources?|refs?\.?|papers?)\s*)?#?\d|【)/i;
const TITLE_WORD_RE = /^\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?(?:-\p{L}+)*$/u;
const ALL_CAPS_RE = /^\p{Lu}{2,}$/u;


/** Title-Case words: capitalised words that are not function words, and runs of 3+ all-capital words. */
function titleWords(text: string): number {
  const tokens = tokensOf(text);
  let count = 0;
  let caps = 0;
  const flush = (): void => {
    if (caps >= 3) count += caps;
    caps = 0;
  };
  for (const token of tokens) {
    if (ALL_CAPS_RE.test(token) && !CAP_STOPWORDS.has(token.toLowerCase())) {
      caps += 1;
      continue;
    }
    flush();
    if (TITLE_WORD_RE.test(token) && !CAP_STOPWORDS.has(token.toLowerCase())) count += 1;
  }
  flush();
  return count;
}


function isTitleLike(c: Candidate, before: string, after: string): boolean {
  const words = countWords(c.inner);
  if (words === 0) return false;
  const tw = titleWords(c.inner);
  const paperCue = PAPER_BEFORE_RE.test(before) || PAPER_AFTER_RE.test(after);
  const citeAfter = CITE_AFTER_RE.test(after);
  const named = /\p{Lu}/u.test(c.inner);
  switch (c.kind) {
    case 'titled':
    case 'defined':
    case 'listed':
    case 'author':
    case 'cited':
      return true;
    case 'quoted':
      return paperCue || (citeAfter && named) || words >= 3 || tw >= 2;
    case 'bold':
      return paperCue || (citeAfter && named) || tw >= 3 || (tw >= 2 && /\S:\s+\S/.test(c.inner));
    case 'run':
      return (
        (paperCue && namesSomething(c)) ||
        ((citeAfter || KIND_THEN_CITE_RE.test(after)) && (tw >= 2 || coinedName(c) !== undefined)) ||
        // "Decoding helps (QuantumBananaNet).": a coined name alone in parentheses names what the sentence relies on.
        (/\(\s*$/.test(before) && /^\s*\)/.test(after) && coinedName(c) !== undefined) ||
        tw >= 3 ||
        (c.colon === true && tw >= 2)
      );
  }
}

/**
 * A run can name a paper ("the BERT paper", "the Quantum Banana paper") unless its only capitalised
 * words are function words or an ordinary word that starts the sentence ("Many papers", "Recent work").
 */
function namesSomething(c: Candidate): boolean {
  const tokens = tokensOf(c.inner);
  return tokens.some((token, i) => {
    if (CAP_STOPWORDS.has(token.toLowerCase())) return false;
    if (i === 0 && c.sentenceInitial) return /\p{N}|.\p{Lu}/u.test(token);
    return /\p{Lu}/u.test(token);
  });
}

/**
 * The run's one word with a capital inside it, such as "BananaMerge", "Banana-Merge", "Banana2Vec" or
 * "LoRA" (the shape of a made-up name), after function words and a capitalised first word of the
 * sentence ("The BananaMerge"), and before an edition of it ("BananaMerge Pro", "BananaMerge 2").
 */
function coinedName(c: Candidate): string | undefined {
  if (c.kind !== 'run') return undefined;
  const tokens = c.inner.split(/\s+/);
  let i = 0;
  while (i < tokens.length - 1 && CAP_STOPWORDS.has(tokens[i]!.toLowerCase())) i += 1;
  if (c.sentenceInitial && i === 0 && tokens.length >= 2 && !isCoined(tokens[0]!)) {
    // "According to QBN-Merge": the capitalised first word, then the function words after it.
    i = 1;
    while (i < tokens.length - 1 && CAP_STOPWORDS.has(tokens[i]!.toLowerCase())) i += 1;
  }
  const [name, ...edition] = tokens.slice(i);
  // "BananaMerge Pro", "BananaMerge 2": an edition of the name stays with it.
  return name !== undefined && isCoined(name) && edition.every((t) => TITLE_WORD_RE.test(t) || /^v?\d+(?:\.\d+)*$/.test(t)) ? name : undefined;
}

/**
 * A word with a capital inside it: "BananaMerge", "Banana-Merge", "Banana2Vec", "LoRA"; or an acronym
 * joined to a capitalised word: "QBN-Merge", "QBNMerge".
 */
function isCoined(word: string): boolean {
  return /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(word) && /\p{Ll}\p{N}*-?\p{Lu}|\p{Lu}{2}-?\p{Lu}\p{Ll}{2}|\p{Lu}{2}\p{N}*-\p{Lu}\p{Ll}{2}/u.test(word);
}

/** The parts of a coined name: "BananaMerge" -> banana, merge; "QLoRA" -> q, lo, ra; "ResNets" -> res, nets; "Over-Trust" -> over, trust. */
function nameParts(name: string): string[] {
  return (name.match(/\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+/gu) ?? []).map((p) => p.toLowerCase());
}

/**
 * A coined name is the sources' when they use it, or when each of its parts starts one of their words:
 * "LoRA" (low, rank), "ResNets" (residual, networks). "BananaMerge" is not, unless a source says banana.
 */
function namesFromSources<S extends SourceText>(c: Candidate, index: SourceIndex<S>): boolean {
  const name = coinedName(c);
  // A plural (ResNets) is read as its singular.
  return name !== undefined && nameParts(name).every((part, i, all) => index.startsWord(i === all.length - 1 ? stem(part) : part));
}

/**
 * A lower-case phrase an acronym defines is the sources' when each of its words starts one of their
 * words: "parameter-efficient tuning (PET)" stays, "quantum-banana networks (QBN)" goes.
 */
function usesSourceWords<S extends SourceText>(c: Candidate, index: SourceIndex<S>): boolean {
  return c.kind === 'defined' && wordsOf(c.inner).every((w) => index.startsWord(stem(w)));
}

/** Titled words that may run past a title: "Check out In-Context Meta LoRA Generation for details." */
function titledPrefixes(c: Candidate): string[] {
  if (c.kind !== 'titled') return [];
  const words = c.inner.split(/\s+/);
  return words.slice(1).map((_, k) => words.slice(0, words.length - 1 - k).join(' '));
}

/**
 * Titled words that open with a name the sources use, written as a name ("ICM-LoRA", "CVAE", "SONAR"),
 * followed by their words: "ICM-LoRA for task-specific customization" describes that method. Words
 * after it in Title Case make a title ("Task-Aware LoRA Generation from Task Descriptions").
 */
function describesSourceName<S extends SourceText>(c: Candidate, index: SourceIndex<S>): boolean {
  if (c.kind !== 'titled') return false;
  const [name = '', ...rest] = c.inner.split(/\s+/);
  if (rest.filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !CONNECTORS.has(w.toLowerCase())).length >= 2) return false;
  const written = isCoined(name) || /^[\p{Lu}\p{N}][\p{Lu}\p{N}-]*\p{Lu}[\p{Lu}\p{N}-]*s?$/u.test(name);
  return written && index.grounded(name) && wordsOf(rest.join(' ')).every((w) => CONNECTORS.has(w) || /^\d+$/.test(w) || index.startsWord(stem(w)));
}

/** The forms of a span tried against titles and sources. */
function variants(c: Candidate): string[] {
  const out = [c.inner];
  // A list entry names its paper in one of its parts, or opens a part with the paper's name.
  if (c.kind === 'listed') return [...out, ...entryParts(c.inner).flatMap((part) => part.split(/\s+/).map((_, k, ws) => ws.slice(0, ws.length - k).join(' ')))];
  if (c.kind !== 'run') return out;
  const tokens = c.inner.split(/\s+/);
  let i = 0;
  while (i < tokens.length - 1 && CAP_STOPWORDS.has(tokens[i]!.toLowerCase())) i += 1;
  if (i > 0) out.push(tokens.slice(i).join(' '));
  if (c.sentenceInitial && tokens.length > 1) {
    out.push(tokens.slice(1).join(' '));
    // "According to FaceXformer": the words after the first and the function words after it.
    let j = 1;
    while (j < tokens.length - 1 && CAP_STOPWORDS.has(tokens[j]!.toLowerCase())) j += 1;
    if (j > 1) out.push(tokens.slice(j).join(' '));
  }
  return out;
}

function isGrounded<S extends SourceText>(c: Candidate, index: SourceIndex<S>): boolean {
  // The sources name no authors, unless a title or abstract does ("following Kaplan et al."), or the corpus has them.
  if (c.kind === 'author') return authorNames(c.inner).every((name) => index.grounded(name));
  // A list entry ("Smith et al. Some title. arXiv, 2023") is the sources' when its longest part is.
  // One that may be a sentence ("[4] Retrieval heads are universal.") is when its words are.
  if (c.kind === 'listed') {
    const main = entryParts(c.inner).sort((a, b) => b.length - a.length)[0] ?? '';
    return index.grounded(main) || (c.prose === true && wordsOf(main).every((w) => CONNECTORS.has(w) || CAP_STOPWORDS.has(w) || index.startsWord(stem(w))));
  }
  if (variants(c).some((v) => index.grounded(v))) return true;
  if (c.kind === 'cited') return outsideWords(c.inner, index, c.subject === true) === undefined;
  if (c.kind !== 'run') return false;
  // "Conditional Variational Autoencoder and Meta-Learning": each named part is checked alone.
  const parts = c.inner.split(/\s+(?:and|or|&)\s+/i);
  if (parts.length < 2) return false;
  return parts.every((part, i) => {
    const sub: Candidate = { ...c, inner: part, sentenceInitial: i === 0 && c.sentenceInitial === true };
    return titleWords(part) < 2 || variants(sub).some((v) => index.grounded(v));
  });
}

/**
 * "Large Language Models (LLMs)" where the sources say "LLMs": a name spelled out before an acronym
 * that the sources use, with the same first letter.
 */
function definesGroundedAcronym<S extends SourceText>(c: Candidate, after: string, index: SourceIndex<S>): boolean {
  if (c.kind !== 'run' && c.kind !== 'defined') return false;
  const acronym = /^\s*\(([\p{Lu}\p{N}][\p{L}\p{N}-]{1,11})[,;)]/u.exec(after)?.[1];
  if (!acronym || !/\p{Lu}.*\p{Lu}/u.test(acronym)) return false;
  return variants(c).some((v) => v.trim()[0]?.toUpperCase() === acronym[0]) && index.grounded(acronym);
}

/** True when the sentence already cites source n. */
function citesIn(sentence: string, n: number): boolean {
  for (const m of sentence.matchAll(/\[([^[\]\n]{1,80})\]/g)) {
    for (const part of m[1]!.matchAll(/(\d{1,4})(?:\s*[-–—]\s*(\d{1,4}))?/g)) {
      const a = Number(part[1]);
      const b = part[2] === undefined ? a : Number(part[2]);
      if (n >= Math.min(a, b) && n <= Math.max(a, b)) return true;
    }
  }
  return false;
}

/** Cue words that may stand beside a reference inside brackets: "(see X)", "(e.g., X)". */
const ENCLOSURE_CUES_RE = /\b(?:see|also|cf|e\.?g|i\.?e|in|from|the|paper|titled|entitled|as|and|or)\b\.?/gi;

/**
 * True when `acronym` ("QBN") is made of the initials of `name`'s words ("Quantum Banana Networks"),
 * function words aside, in order, one or two of them left out after the first ("QBNM" for "Quantum
 * Banana Networks for Model Merging").
 */
function spelledOutBy(acronym: string | undefined, name: string): boolean {
  if (!acronym || !/^\p{Lu}[\p{Lu}\p{N}-]*\p{Lu}s?$/u.test(acronym)) return false;
  const initials = tokensOf(name)
    .filter((t) => !CONNECTORS.has(t.toLowerCase()))
    .map((t) => t[0]!.toUpperCase())
    .join('');
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (initials.length < 2 || letters[0] !== initials[0] || letters.length < initials.length - 2) return false;
  let at = 0;
  for (const letter of letters) {
    at = initials.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The bracket or parenthesis the span fills, with a markdown link target after it, if removable. */
function removableEnclosure(text: string, c: Candidate, unit: Unit): { start: number; end: number } | undefined {
  let depth = 0;
  let open = -1;
  for (let i = c.start - 1; i >= unit.start; i--) {
    const ch = text[i]!;
    if (ch === ')' || ch === ']') depth += 1;
    else if (ch === '(' || ch === '[') {
      if (depth === 0) {
        open = i;
        break;
      }
      depth -= 1;
    }
  }
  if (open === -1) return undefined;
  const closer = text[open] === '(' ? ')' : ']';
  depth = 0;
  let close = -1;
  for (let i = c.end; i < unit.end; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[') depth += 1;
    else if (ch === ')' || ch === ']') {
      if (depth === 0) {
        if (ch === closer) close = i;
        break;
      }
      depth -= 1;
    }
  }
  if (close === -1) return undefined;
  // "(Smith et al., 2023; Lee et al., 2022)": the other references go with it.
  const others = c.kind === 'author' ? text.slice(open, close + 1).replace(AUTHOR_RE, ' ').slice(1, -1) : text.slice(open + 1, c.start) + ' ' + text.slice(c.end, close);
  const rest = others.replace(ENCLOSURE_CUES_RE, ' ');
  if (/[\p{L}\p{N}]/u.test(rest)) return undefined;
  // "QBN (Quantum Banana Networks)": the bracket spells out the name before it, which goes with it.
  if (spelledOutBy(/([\p{L}\p{N}-]+)\s*$/u.exec(text.slice(unit.start, open))?.[1], c.inner)) return undefined;
  let end = close + 1;
  if (closer === ']' && text[end] === '(') {
    const target = /^\((?:[^()\s]|\([^()\s]*\))*\)/.exec(text.slice(end));
    if (target) end += target[0].length;
  }
  return { start: open, end };
}

/**
 * The words of a cited name that the sources do not use (none starts one of their words), when there
 * are two or more of them and they make at least a third of its words that say anything; otherwise
 * undefined. A name of the sources' words with a word of paraphrase is theirs (two, in a name of
 * seven words or more that say anything).
 */
function outsideWords<S extends SourceText>(name: string, index: SourceIndex<S>, subject = false): string[] | undefined {
  const content = wordsOf(name).filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !CONNECTORS.has(w) && !CAP_STOPWORDS.has(w) && !GENERIC_WORDS.has(w));
  const outside = content.filter((w) => !index.startsWord(stem(w)) && !index.startsWord(root(w)));
  // A subject not shaped like a title is a name only when it has three such words and none is the sources'.
  if (subject) return outside.length >= 3 && outside.length === content.length ? outside : undefined;
  return outside.length >= 2 && outside.length * 3 >= content.length ? outside : undefined;
}

/** A word without a common ending, when at least four letters are left: "merging" -> "merg". */
function root(word: string): string {
  const cut = word.replace(/(?:ations?|ings?|ers?|ed|es|ly|s)$/, '');
  return cut.length >= 4 ? cut : word;
}
