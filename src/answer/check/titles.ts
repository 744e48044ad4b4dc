import { normalizeTitle } from '../../corpus/paper.js';

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
type SpanKind = 'quoted' | 'bold' | 'titled' | 'run' | 'defined' | 'listed' | 'author' | 'cited';

interface Candidate {
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

interface Unit {
  start: number;
  end: number;
  line: number;
}

interface Line {
  start: number;
  /** End of the line's content (the newline, if any, follows). */
  end: number;
  /** Where the content starts, after a list marker or heading marks. */
  bodyStart: number;
}

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

/** Capitalised words that do not make a phrase look like a title (sentence starts, function words). */
const CAP_STOPWORDS = new Set(
  (
    'a an the and or but nor of for in on at to by as from with without via into onto over under about ' +
    'is are was were be this that these those it its our their his her we they you i both each all some ' +
    'such unlike like while when where which who how what why although though however moreover furthermore ' +
    'additionally specifically finally first second third also overall notably similarly here there then ' +
    'thus hence so yes no not using based'
  ).split(' '),
);
/** Lower-case words that may join capitalised words inside a title. */
const CONNECTORS = new Set(
  (
    'a an the and or of for in on at to by as from with without via into onto over under through toward ' +
    'towards across beyond vs versus is are be do does not can than per upon within between against about ' +
    'all you your need'
  ).split(' '),
);

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

function tokensOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}](?:[\p{L}\p{N}'’.+-]*[\p{L}\p{N}+])?/gu) ?? [];
}

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

function countWords(text: string): number {
  return tokensOf(text).filter((t) => /\p{L}/u.test(t)).length;
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

/* ------------------------------------------------------------------------------------------------ */
/* Candidate spans                                                                                   */

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

function delimitedSpans(text: string): Candidate[] {
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

function titledSpans(text: string): Candidate[] {
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
function outermost(spans: Candidate[]): Candidate[] {
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

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
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
function runs(text: string, units: Unit[]): Candidate[] {
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
function beforeAuthors(run: Candidate, authors: readonly Candidate[]): Candidate[] {
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
const AUTHOR_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${SURNAME}[ \t]+et[ \t]+al\.?(?:[ \t]*\([ \t]*${YEAR}[ \t]*\)|,[ \t]*${YEAR})?|${SURNAME}[ \t]+(?:and|&)[ \t]+${SURNAME}(?:[ \t]*\([ \t]*${YEAR}[ \t]*\)|,[ \t]*${YEAR})|(?<=[(;][ \t]*)${SURNAME},?[ \t]+${YEAR}(?=[ \t]*[;)]))`,
  'gu',
);
const SURNAME_RE = new RegExp(SURNAME, 'gu');
/** A citation right after a span: "Smith et al. [3]", not a year ("[2017]"). */
const CITATION_NEXT_RE = /^[ \t]*\[\s*(?:(?:sources?|refs?\.?|papers?)\s*)?#?(?!(?:19|20)\d{2}\s*\])\d/i;

/**
 * Names of authors, which the sources give only where the corpus has a paper's authors (the prompt
 * shows titles and abstracts, and authors where known): "Smith et al. (2023) [3]" attributes a claim
 * to people the answer cannot have read of.
 */
function authorSpans(text: string): Candidate[] {
  return [...text.matchAll(AUTHOR_RE)].map((m) => ({ kind: 'author' as const, start: m.index, end: m.index + m[0].length, inner: m[0] }));
}

/** The surnames in an author reference. */
function authorNames(reference: string): string[] {
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
function listedSpans(text: string, lines: Line[]): Candidate[] {
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
function withoutEmptyLists(text: string): string {
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
function entryParts(entry: string): string[] {
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
const GENERIC_WORDS = new Set(
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
function citedNameSpans(text: string, lines: readonly Line[], units: readonly Unit[]): Candidate[] {
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

/* ------------------------------------------------------------------------------------------------ */
/* Sentences                                                                                         */

const LIST_MARKER_RE = /^[ \t]*(?:[-*+•>|]+[ \t]+|\d{1,3}[.)][ \t]+|\(\d{1,3}\)[ \t]+|#{1,6}[ \t]+|[|:]+[ \t]*)*/;
/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATION_RE = /(?:\b(?:e\.g|i\.e|et al|cf|vs|etc|fig|figs|eq|eqs|sec|approx|resp|no|dr|mr|ms)|\b\p{Lu})\.$/iu;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const marker = LIST_MARKER_RE.exec(line)?.[0].length ?? 0;
    lines.push({ start, end: start + line.length, bodyStart: start + marker });
    start += line.length + 1;
  }
  return lines;
}

function splitUnits(text: string, line: Line, lineIndex: number): Unit[] {
  const units: Unit[] = [];
  let start = line.bodyStart;
  const body = text.slice(line.bodyStart, line.end);
  for (const m of body.matchAll(/[.!?…]+["”’')\]]*[ \t]+(?=[\p{Lu}\p{N}"“‘'(*_`«„])/gu)) {
    const stop = line.bodyStart + m.index + m[0].length;
    const head = text.slice(start, line.bodyStart + m.index + 1);
    if (ABBREVIATION_RE.test(head)) continue;
    units.push({ start, end: stop, line: lineIndex });
    start = stop;
  }
  if (start < line.end) units.push({ start, end: line.end, line: lineIndex });
  return units.filter((u) => /\S/.test(text.slice(u.start, u.end)));
}
