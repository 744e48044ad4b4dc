/**
 * Theme labels: the phrases that set a theme's papers apart from the rest of the window, scored with
 * class-based TF-IDF (each theme's papers taken together against the whole window) over words,
 * two-word phrases and "X of Y" phrases, in the surface form the abstracts use.
 */
import type { Paper } from '../../corpus/paper.js';
import { tokenize } from '../../retrieval/text.js';

/**
 * Words that never make a label on their own: common to nearly every ML abstract ("models",
 * "tasks", "performance") or naming the whole field ("LLMs", "language models", "neural networks").
 * A phrase needs at least one word outside this list.
 */
const GENERIC = new Set(
  `model models modeling method methods approach approaches result results performance perform performs task tasks
  data dataset datasets propose proposed novel new show shows demonstrate demonstrates achieve achieves achieving
  improve improves improved improvement improvements use using used based framework frameworks work works effective
  effectively significant significantly outperform outperforms existing various different high higher better best
  large study studies analysis problem problems key ability abilities capability capabilities challenge challenges
  challenging enable enables provide provides leverage leverages require requires make makes allow allows lead leads
  obtain aim important recent recently across additional current previous well first state art extensive experiments
  experiment experimental evaluation evaluate evaluated benchmark benchmarks code available release source open
  introduce introduces present presents paper approach technique techniques strong simple effectiveness efficiently
  superior remarkable substantial substantially consistently consistent comprehensive range wide widely way ways
  set sets number level levels within single multiple many several often however further moreover
  learning learn learned future research encouraging promising potential impact insight insights finding findings
  observe observed reveal reveals suggest suggests highlight highlights limitation limitations direction directions
  practical real world size technical report respectively specific overall able typically usually common commonly
  despite due given including include includes related conduct conducted construct unified unify adopt adopted amount amounts
  llm llms lm lms language languages nlp ai artificial intelligence neural network networks deep machine system systems
  natural general generic domain domains application applications downstream input inputs output outputs training trained
  train process processing quality accuracy accurate efficiency efficient cost costs time times scale scales
  know talk define measure quantify maintain explore understand investigate rethink revisit beyond toward towards
  unlock unleash boost empower enhance enhanced enhancing need needs better fast faster slower yield yields
  progress success attention interest advance advances advancement advancements development developments
  breakthrough breakthroughs emergence landscape era`
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => tokenize(w)),
);

/** Adjectives and adverbs that make poor phrases ("extremely simple", "developers often", "large language"). */
const MODIFIERS = new Set(
  `new novel effective efficient significant various different high higher better best large larger small smaller recent current
  previous well first simple strong superior remarkable substantial comprehensive wide single multiple many several often specific
  overall able common key extensive additional existing important promising potential practical real extremely highly very
  largely mostly fully widely still further average greater incredible impressive tremendous unprecedented rapid
  notable great huge massive enormous exceptional outstanding excellent considerable dramatic growing increasing
  emerging powerful exciting crucial critical vital`
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => tokenize(w)),
);

/** Verbs abstracts use for what a method does; a phrase does not start with one ("enable zero-shot", "improve reasoning"). */
const VERBS = new Set(
  `enable enables provide provides leverage leverages require requires make makes allow allows lead leads obtain obtains
  achieve achieves demonstrate demonstrates show shows propose proposes introduce introduces present presents improve
  improves boost boosts empower empowers enhance enhances unlock unlocks unleash unleashes yield yields explore explores
  investigate investigates rethink revisit define defines measure measures quantify quantifies maintain maintains
  reduce reduces increase increases outperform outperforms facilitate facilitates support supports`
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => tokenize(w)),
);

/** Words a phrase cannot end with: they lean on a word after them ("knowledge-intensive language tasks", "context-aware sparse attention"). */
const DANGLING = new Set(['language', 'based', 'driven', 'aware', 'specific', 'related', 'oriented', 'sparse', 'dense'].flatMap((w) => tokenize(w)));

/** How the terms of one paper are counted. */
interface PaperTerms {
  /** term -> {@link TITLE_WEIGHT} when the title has it, 1 when only the abstract does */
  weight: Map<string, number>;
  /** term -> surface form -> occurrences */
  surfaces: Map<string, Map<string, number>>;
}

/** The terms of every paper of a window, and how many papers use each. */
export interface WindowTerms {
  papers: PaperTerms[];
  /** term -> number of papers of the window using it */
  df: Map<string, number>;
  /** phrase -> the words (or hyphenated compounds) it is made of, as terms */
  parts: Map<string, string[]>;
}

/** A word, or words joined by hyphens ("fine-tuning", "text-to-image"). */
const UNIT_RE = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
/** Longest term shown in a label. */
const MAX_TERM_CHARS = 32;
const TITLE_WEIGHT = 2;
/** Single words that no title of the theme uses are seldom what the theme is about: their scores are lowered by this factor. */
const NOT_IN_TITLES_FACTOR = 0.6;
/** Phrases say more than single words: their scores are raised by this factor. */
const PHRASE_BONUS = 1.6;
/** A word is shown as a phrase holding it when at least this share of its papers use the phrase. */
const PHRASE_SHARE = 0.4;
/**
 * Single words that read as adjectives or participles ("visual", "multilingual", "zero-shot",
 * "iterative", "derived") name a theme less well than nouns and phrases: their scores are lowered by
 * this factor.
 */
const ADJECTIVE_FACTOR = 0.75;
const ADJECTIVE_RE = /(?:ural|ical|ial|ual|ous|lingual|modal|shot|wise|free|aware|efficient|ive|ed)$/i;
/** Adjectives that leave a phrase hanging ("maintaining structural"); so do participles ("aligning learned"). */
const HANGING_RE = /(?:ural|ical|ous|ual)$/i;
/** A label keeps terms scoring at least this share of its best term's score. */
const KEEP_SHARE = 0.35;

const stemCache = new Map<string, string[]>();

/** The stems of each part of a hyphenated unit ("fine-tuning" -> fine, tune), remembered. */
function stemsOf(text: string): string[] {
  let stems = stemCache.get(text);
  if (!stems) {
    stems = text.split('-').flatMap((x) => tokenize(x));
    if (stemCache.size < 100_000) stemCache.set(text, stems);
  }
  return stems;
}

interface Unit {
  key: string;
  text: string;
  start: number;
  end: number;
  generic: boolean;
  modifier: boolean;
}

/**
 * The terms of a paper with their surface forms: each word or hyphenated compound (its stems joined
 * by spaces), each pair of such units separated by a single space ("speech recognition",
 * "low-rank adapters"), and "X of Y" ("mixture of experts"). Single words from {@link GENERIC}
 * are left out, and so are phrases made only of them.
 */
function analysePaper(paper: Pick<Paper, 'title' | 'abstract'>, parts: Map<string, string[]>): PaperTerms {
  const weight = new Map<string, number>();
  const surfaces = new Map<string, Map<string, number>>();
  const add = (term: string, surface: string, w: number): void => {
    if (surface.length > MAX_TERM_CHARS) return;
    weight.set(term, Math.max(weight.get(term) ?? 0, w));
    let forms = surfaces.get(term);
    if (!forms) surfaces.set(term, (forms = new Map()));
    forms.set(surface, (forms.get(surface) ?? 0) + 1);
  };
  const scan = (text: string, w: number): void => {
    const folded = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    let prev: Unit | undefined;
    /** The unit before an "of" right before this one ("mixture" in "mixture of experts"). */
    let beforeOf: Unit | undefined;
    for (const m of folded.matchAll(UNIT_RE)) {
      const text = m[0];
      const start = m.index;
      const end = start + text.length;
      if (text.toLowerCase() === 'of' && prev && !prev.modifier && folded.slice(prev.end, start) === ' ') {
        beforeOf = prev;
        prev = undefined;
        continue;
      }
      const words = text.split('-');
      const stems = stemsOf(text);
      const usable =
        stems.length > 0 &&
        !stems.every((s) => /^\d/.test(s)) &&
        (stems.length > 1 || stems[0]!.length >= 3 || /\p{Lu}/u.test(text.slice(1)));
      if (!usable) {
        prev = undefined;
        beforeOf = undefined;
        continue;
      }
      const unit: Unit = {
        key: stems.join(' '),
        text,
        start,
        end,
        generic: stems.every((s) => GENERIC.has(s) || /^\d/.test(s)),
        modifier: words.length === 1 && (MODIFIERS.has(stems[0]!) || /ly$/i.test(text)),
      };
      if (!unit.generic) add(unit.key, text, w);
      const ends = !unit.modifier && !DANGLING.has(unit.key) && !HANGING_RE.test(text) && !/ed$/i.test(text);
      if (prev && ends && folded.slice(prev.end, start) === ' ' && !(prev.generic && unit.generic) && prev.key !== unit.key) {
        const phrase = `${prev.key} ${unit.key}`;
        parts.set(phrase, [prev.key, unit.key]);
        add(phrase, folded.slice(prev.start, end), w);
      }
      if (beforeOf && ends && folded.slice(beforeOf.end, start).toLowerCase() === ' of ' && !(beforeOf.generic && unit.generic)) {
        const phrase = `${beforeOf.key} of ${unit.key}`;
        parts.set(phrase, [beforeOf.key, unit.key]);
        add(phrase, folded.slice(beforeOf.start, end), w);
      }
      beforeOf = undefined;
      prev = unit.modifier || VERBS.has(unit.key) ? undefined : unit;
    }
  };
  scan(paper.title, TITLE_WEIGHT);
  scan(paper.abstract, 1);
  return { weight, surfaces };
}

/** Reads the terms of every paper of a window. */
export function analyseWindow(papers: readonly Pick<Paper, 'title' | 'abstract'>[]): WindowTerms {
  const parts = new Map<string, string[]>();
  const analysed = papers.map((p) => analysePaper(p, parts));
  const df = new Map<string, number>();
  for (const a of analysed) for (const t of a.weight.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return { papers: analysed, df, parts };
}

/**
 * The label terms of a theme (the papers at `members` in the window), best first: class-based
 * TF-IDF, i.e. the share of the theme's papers using a term (a title counts more) times
 * log(1 + N / papers of the window using it), raised for terms used mostly inside the theme and for
 * phrases. A word that is mostly used inside one phrase is shown as that phrase ("feedback" as
 * "human feedback"). Terms sharing a word with a better one are skipped; weak terms (under a third
 * of the best score) are dropped once two are chosen.
 */
export function labelTerms(window: WindowTerms, members: readonly number[], max = 3): string[] {
  const n = window.papers.length;
  const size = members.length;
  if (size === 0) return [];
  const weight = new Map<string, number>();
  const inTheme = new Map<string, number>();
  /** term -> papers of the theme whose title uses it */
  const titled = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const i of members) {
    const a = window.papers[i]!;
    for (const [t, w] of a.weight) {
      weight.set(t, (weight.get(t) ?? 0) + w);
      inTheme.set(t, (inTheme.get(t) ?? 0) + 1);
      if (w === TITLE_WEIGHT) titled.set(t, (titled.get(t) ?? 0) + 1);
    }
    for (const [t, f] of a.surfaces) {
      let acc = forms.get(t);
      if (!acc) forms.set(t, (acc = new Map()));
      for (const [s, c] of f) acc.set(s, (acc.get(s) ?? 0) + c);
    }
  }
  const minDf = size >= 3 ? 2 : 1;
  const scored: { term: string; score: number }[] = [];
  for (const [term, w] of weight) {
    const df = inTheme.get(term) ?? 0;
    if (df < minDf) continue;
    const all = window.df.get(term) ?? df;
    const tf = w / size;
    const idf = Math.log(1 + n / all);
    const concentration = df / all;
    let kind = 1;
    if (window.parts.has(term)) kind = PHRASE_BONUS;
    else {
      if (ADJECTIVE_RE.test(surfaceForm(forms.get(term)!))) kind *= ADJECTIVE_FACTOR;
      if ((titled.get(term) ?? 0) === 0) kind *= NOT_IN_TITLES_FACTOR;
    }
    scored.push({ term, score: tf * idf * (0.5 + concentration) * kind });
  }
  scored.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1));
  const rank = new Map(scored.map((s, i) => [s.term, i]));
  /** The best phrase holding a word, among those used by at least half the theme's papers that use the word. */
  const phraseOf = (term: string): string | undefined => {
    let best: string | undefined;
    for (const [phrase, parts] of window.parts) {
      if (!parts.includes(term) || !rank.has(phrase)) continue;
      if ((inTheme.get(phrase) ?? 0) < (inTheme.get(term) ?? 0) * PHRASE_SHARE) continue;
      if (best === undefined || rank.get(phrase)! < rank.get(best)!) best = phrase;
    }
    return best;
  };
  const chosen: { term: string; score: number }[] = [];
  const used = new Set<string>();
  for (const s of scored) {
    if (chosen.length >= max) break;
    if (chosen.length >= 2 && s.score < chosen[0]!.score * KEEP_SHARE) break;
    const term = window.parts.has(s.term) ? s.term : (phraseOf(s.term) ?? s.term);
    // "pre-training" and "pretraining" are one term; so are "fine-tuning" and "finetuning".
    const words = [...term.split(' ').filter((p) => p !== 'of'), term.replace(/ /g, '')];
    if (words.some((p) => used.has(p))) continue;
    words.forEach((p) => used.add(p));
    chosen.push({ term, score: s.score });
  }
  return chosen.map((c) => surfaceForm(forms.get(c.term) ?? new Map([[c.term, 1]])));
}

/**
 * How a term is shown: the most frequent spelling (case aside), written in lower case unless the
 * text mostly writes it with capitals inside a word (LoRA, LLMs, GPT).
 */
function surfaceForm(forms: ReadonlyMap<string, number>): string {
  const byLower = new Map<string, { total: number; forms: [string, number][] }>();
  for (const [form, count] of forms) {
    const key = form.toLowerCase();
    const entry = byLower.get(key) ?? { total: 0, forms: [] };
    entry.total += count;
    entry.forms.push([form, count]);
    byLower.set(key, entry);
  }
  let bestKey = '';
  let bestTotal = -1;
  for (const [key, entry] of byLower) {
    if (entry.total > bestTotal || (entry.total === bestTotal && key < bestKey)) {
      bestKey = key;
      bestTotal = entry.total;
    }
  }
  const entry = byLower.get(bestKey)!;
  const cased = entry.forms.filter(([form]) => form.split(/[ -]/).some((w) => /\p{Lu}/u.test(w.slice(1))));
  cased.sort((a, b) => b[1] - a[1]);
  const top = cased[0];
  if (top && top[1] * 2 >= entry.total) return top[0];
  return bestKey;
}

/** True when a word or phrase is too generic to name a theme on its own ("LLMs", "tasks", "language models"). */
export function isGenericTerm(text: string): boolean {
  const stems = tokenize(text);
  return stems.length === 0 || stems.every((s) => GENERIC.has(s) || /^\d/.test(s));
}
