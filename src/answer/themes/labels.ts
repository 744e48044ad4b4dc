/** Theme labels: the terms that set a theme's papers apart from the rest of the window. */
import type { Paper } from '../../corpus/paper.js';
import { tokenize } from '../../retrieval/text.js';

/** Words common to nearly every ML abstract: they never make a theme label on their own. */
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
  despite due given including include includes related conduct conducted construct unified unify adopt adopted amount amounts`
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => tokenize(w)),
);

/** Adjectives and adverbs that make poor phrases ("extremely simple", "developers often", "large language"). */
const MODIFIERS = new Set(
  `new novel effective efficient significant various different high higher better best large larger small smaller recent current
  previous well first simple strong superior remarkable substantial comprehensive wide single multiple many several often specific
  overall able common key extensive additional existing important promising potential practical real extremely highly very
  largely mostly fully widely still further`
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => tokenize(w)),
);

export interface Analysis {
  /** term -> weight in this paper (1.5 when in the title, 1 otherwise) */
  terms: Map<string, number>;
  /** term -> surface form -> occurrences */
  surfaces: Map<string, Map<string, number>>;
}

/** A word, or words joined by hyphens ("fine-tuning", "text-to-image"). */
const UNIT_RE = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
/** Longest term shown in a label. */
const MAX_TERM_CHARS = 28;

/**
 * Terms of a paper with their surface forms: each word or hyphenated compound (its stems joined by
 * spaces), and each pair of such units separated by a single space ("speech recognition",
 * "low-rank adapters").
 */
export function analyse(paper: Paper): Analysis {
  const terms = new Map<string, number>();
  const surfaces = new Map<string, Map<string, number>>();
  const add = (term: string, surface: string, weight: number): void => {
    if (surface.length > MAX_TERM_CHARS) return;
    terms.set(term, Math.max(terms.get(term) ?? 0, weight));
    let forms = surfaces.get(term);
    if (!forms) surfaces.set(term, (forms = new Map()));
    forms.set(surface, (forms.get(surface) ?? 0) + 1);
  };
  const scan = (text: string, weight: number): void => {
    const folded = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    let prev: { key: string; generic: boolean; start: number; end: number } | undefined;
    for (const m of folded.matchAll(UNIT_RE)) {
      const unit = m[0];
      const start = m.index;
      const end = start + unit.length;
      const words = unit.split('-');
      const stems = words.flatMap((w) => tokenize(w));
      const usable =
        stems.length > 0 &&
        !stems.every((s) => /^\d/.test(s)) &&
        (stems.length > 1 || stems[0]!.length >= 3 || /\p{Lu}/u.test(unit.slice(1)));
      if (!usable) {
        prev = undefined;
        continue;
      }
      const key = stems.join(' ');
      const generic = stems.every((s) => GENERIC.has(s) || /^\d/.test(s));
      const modifier = words.length === 1 && (MODIFIERS.has(stems[0]!) || /ly$/i.test(unit));
      if (!generic) add(key, unit, weight);
      if (prev && !modifier && folded.slice(prev.end, start) === ' ' && !(prev.generic && generic) && prev.key !== key) {
        add(`${prev.key} ${key}`, folded.slice(prev.start, end), weight);
      }
      prev = modifier ? undefined : { key, generic, start, end };
    }
  };
  scan(paper.title, 1.5);
  scan(paper.abstract, 1);
  return { terms, surfaces };
}

export function documentFrequencies(analyses: readonly Analysis[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const a of analyses) for (const t of a.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/**
 * The cluster's most distinctive terms: share of the cluster's papers using the term (title uses
 * count more) times the term's inverse document frequency in the window. Bigrams are preferred
 * where they are as common as their words; terms sharing a word with a chosen one are skipped.
 */
export function labelTerms(members: readonly Analysis[], window: ReadonlyMap<string, number>, n: number, max: number): string[] {
  const size = members.length;
  const weight = new Map<string, number>();
  const df = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  for (const a of members) {
    for (const [t, w] of a.terms) {
      weight.set(t, (weight.get(t) ?? 0) + w);
      df.set(t, (df.get(t) ?? 0) + 1);
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
    const bigram = term.includes(' ');
    if ((df.get(term) ?? 0) < minDf) continue;
    const idf = Math.log((n + 1) / ((window.get(term) ?? 0) + 0.5));
    const score = (w / size) * Math.max(idf, 0.05) * (bigram ? 1.2 : 1);
    scored.push({ term, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1));
  const chosen: string[] = [];
  const used = new Set<string>();
  for (const { term } of scored) {
    if (chosen.length >= max) break;
    // "pre-training" and "pretraining" are one term; so are "fine-tuning" and "finetuning".
    const parts = [...term.split(' '), term.replace(/ /g, '')];
    if (parts.some((p) => used.has(p))) continue;
    parts.forEach((p) => used.add(p));
    chosen.push(term);
  }
  return chosen.map((t) => surfaceForm(forms.get(t) ?? new Map([[t, 1]])));
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
