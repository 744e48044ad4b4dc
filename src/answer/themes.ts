import type { Paper } from '../corpus/paper.js';
import { seededRandom } from '../retrieval/linalg.js';
import { splitSentences, tokenize } from '../retrieval/text.js';

/** A paper placed in a theme. */
export interface ThemePaper {
  paper: Paper;
  /** The paper's most informative sentence, shortened to about {@link GIST_CHARS} characters. */
  gist: string;
  /** Cosine similarity of the paper's vector to its theme's centre. */
  centrality: number;
}

export interface Theme {
  /** Short label from the theme's most distinctive terms, e.g. "LoRA · fine-tuning · adapters". */
  label: string;
  /** The label's terms, as shown. */
  terms: string[];
  /** Papers by upvotes (where known), then centrality. */
  papers: ThemePaper[];
  /** Sum of the papers' upvotes (unknown counts as 0). */
  upvotes: number;
}

export interface ThemeOptions {
  /** Number of themes before small ones are merged (default: chosen near {@link themeCount}). */
  k?: number;
  /** Seed of the clustering (same seed, same papers: same themes). */
  seed?: number;
  /** k-means runs from different starts; the tightest is kept. */
  restarts?: number;
  /** Terms in a label. */
  labelTerms?: number;
}

export const MAX_THEMES = 8;
export const GIST_CHARS = 160;
const DEFAULT_SEED = 20240611;
const DEFAULT_RESTARTS = 6;
const MAX_ITERATIONS = 50;

/** Themes for `n` papers: about sqrt(n/2), from 1 to {@link MAX_THEMES}, never more than `n`. */
export function themeCount(n: number): number {
  if (n <= 1) return 1;
  return Math.max(1, Math.min(MAX_THEMES, n, Math.ceil(Math.sqrt(n / 2))));
}

/**
 * Groups papers into themes by their (unit) vectors with spherical k-means (seeded, so the result is
 * deterministic; the number of themes is the best-separated one near {@link themeCount} unless
 * `options.k` fixes it), merges clusters too small to be a theme into their nearest neighbour, labels each
 * theme with its most distinctive terms against the whole set, and orders themes by size, then
 * upvotes. Every paper must have a vector.
 */
export function groupThemes(papers: readonly Paper[], vectors: ReadonlyMap<string, readonly number[]>, options: ThemeOptions = {}): Theme[] {
  if (papers.length === 0) return [];
  const sorted = [...papers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const points = sorted.map((p) => {
    const v = vectors.get(p.id);
    if (!v) throw new Error(`no vector for paper ${p.id}`);
    return unit(v);
  });
  const n = sorted.length;
  const rng = seededRandom(options.seed ?? DEFAULT_SEED);
  const restarts = Math.max(1, options.restarts ?? DEFAULT_RESTARTS);
  const cluster = (k: number): Clustering => {
    let best: Clustering | undefined;
    for (let r = 0; r < (k === 1 ? 1 : restarts); r++) {
      const c = kmeans(points, k, rng);
      if (!best || c.fit > best.fit + 1e-9) best = c;
    }
    return best!;
  };
  let best: Clustering;
  let k: number;
  if (options.k !== undefined) {
    k = Math.max(1, Math.min(options.k, n, MAX_THEMES));
    best = cluster(k);
  } else {
    ({ k, clustering: best } = chooseClustering(points, cluster));
  }
  const clusters = mergeSmall(points, best, minThemeSize(n, k));

  const analyses = sorted.map(analyse);
  const window = documentFrequencies(analyses);
  const idf = (term: string): number => Math.log((n + 1) / ((window.get(term) ?? 0) + 0.5));
  const themes: Theme[] = clusters.map((members) => {
    const centroid = mean(members.map((i) => points[i]!));
    const label = labelTerms(
      members.map((i) => analyses[i]!),
      window,
      n,
      options.labelTerms ?? 3,
    );
    const themePapers = members.map((i) => ({
      paper: sorted[i]!,
      gist: gist(sorted[i]!, idf),
      centrality: round(dot(points[i]!, centroid)),
    }));
    themePapers.sort(comparePapers);
    return {
      label: label.length > 0 ? label.join(' · ') : fallbackLabel(themePapers),
      terms: label,
      papers: themePapers,
      upvotes: themePapers.reduce((a, p) => a + (p.paper.upvotes ?? 0), 0),
    };
  });
  themes.sort((a, b) => b.papers.length - a.papers.length || b.upvotes - a.upvotes || a.label.localeCompare(b.label));
  return themes;
}

function comparePapers(a: ThemePaper, b: ThemePaper): number {
  const ua = a.paper.upvotes ?? -1;
  const ub = b.paper.upvotes ?? -1;
  return ub - ua || b.centrality - a.centrality || a.paper.title.localeCompare(b.paper.title);
}

function fallbackLabel(papers: readonly ThemePaper[]): string {
  const title = papers[0]?.paper.title ?? 'Other papers';
  return title.length > 60 ? `${title.slice(0, 59).trimEnd()}…` : title;
}

/** Clusters smaller than this are merged into their nearest neighbour. */
function minThemeSize(n: number, k: number): number {
  if (n < 6 || k === 1) return 1;
  return Math.max(2, Math.floor(n / (4 * k)));
}

// ---------------------------------------------------------------------------------------------
// Clustering

/**
 * Tries the theme counts around {@link themeCount} and keeps the one whose clusters are best
 * separated (mean silhouette); ties go to the count nearer the default.
 */
function chooseClustering(points: readonly number[][], cluster: (k: number) => Clustering): { k: number; clustering: Clustering } {
  const n = points.length;
  const base = themeCount(n);
  const lo = Math.max(2, base - 1);
  const hi = Math.min(MAX_THEMES, base + 2, Math.floor(n / 2));
  if (hi < lo) return { k: base, clustering: cluster(base) };
  let best: { k: number; clustering: Clustering; score: number } | undefined;
  for (let k = lo; k <= hi; k++) {
    const clustering = cluster(k);
    const score = silhouette(points, clustering.assign, k) - 0.01 * Math.abs(k - base);
    if (!best || score > best.score + 1e-9) best = { k, clustering, score };
  }
  return best!;
}

/** Mean silhouette (cosine distance) over at most 400 evenly spaced points. */
export function silhouette(points: readonly number[][], assign: readonly number[], k: number): number {
  const n = points.length;
  const step = Math.max(1, Math.ceil(n / 400));
  let total = 0;
  let count = 0;
  for (let i = 0; i < n; i += step) {
    const sum = new Array<number>(k).fill(0);
    const size = new Array<number>(k).fill(0);
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      sum[assign[j]!]! += 1 - dot(points[i]!, points[j]!);
      size[assign[j]!]! += 1;
    }
    const own = assign[i]!;
    if (size[own] === 0) continue;
    const a = sum[own]! / size[own]!;
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && size[c]! > 0) b = Math.min(b, sum[c]! / size[c]!);
    if (!Number.isFinite(b)) continue;
    total += (b - a) / Math.max(a, b, 1e-12);
    count += 1;
  }
  return count > 0 ? total / count : 0;
}


interface Clustering {
  assign: number[];
  centroids: number[][];
  /** Sum of each point's similarity to its centroid: higher is tighter. */
  fit: number;
}

function kmeans(points: readonly number[][], k: number, rng: () => number): Clustering {
  const n = points.length;
  let centroids = seedCentroids(points, k, rng);
  let assign = new Array<number>(n).fill(-1);
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    let changed = false;
    const next = points.map((p) => nearest(p, centroids));
    for (let i = 0; i < n; i++) if (next[i] !== assign[i]) changed = true;
    assign = next;
    const groups: number[][] = centroids.map(() => []);
    assign.forEach((c, i) => groups[c]!.push(i));
    centroids = groups.map((g) => {
      if (g.length > 0) return mean(g.map((i) => points[i]!));
      // An empty cluster takes the point that fits its own centroid worst.
      let worst = 0;
      let worstSim = Infinity;
      points.forEach((p, i) => {
        const s = dot(p, centroids[assign[i]!]!);
        if (s < worstSim) {
          worstSim = s;
          worst = i;
        }
      });
      changed = true;
      return [...points[worst]!];
    });
    if (!changed) break;
  }
  const fit = points.reduce((a, p, i) => a + dot(p, centroids[assign[i]!]!), 0);
  return { assign, centroids, fit };
}

/** k-means++ seeding: each next centre is drawn with probability proportional to its squared distance. */
function seedCentroids(points: readonly number[][], k: number, rng: () => number): number[][] {
  const centroids: number[][] = [[...points[Math.floor(rng() * points.length)]!]];
  while (centroids.length < k) {
    const d2 = points.map((p) => {
      const sim = Math.max(...centroids.map((c) => dot(p, c)));
      const d = Math.max(0, 1 - sim);
      return d * d;
    });
    const total = d2.reduce((a, b) => a + b, 0);
    let pick = 0;
    if (total <= 0) pick = Math.floor(rng() * points.length);
    else {
      let r = rng() * total;
      for (let i = 0; i < d2.length; i++) {
        r -= d2[i]!;
        if (r <= 0) {
          pick = i;
          break;
        }
        pick = i;
      }
    }
    centroids.push([...points[pick]!]);
  }
  return centroids;
}

/** Dissolves clusters below `minSize` (smallest first) into the nearest remaining ones. Returns member lists. */
function mergeSmall(points: readonly number[][], clustering: Clustering, minSize: number): number[][] {
  let groups: number[][] = clustering.centroids.map(() => []);
  clustering.assign.forEach((c, i) => groups[c]!.push(i));
  groups = groups.filter((g) => g.length > 0);
  for (;;) {
    if (groups.length <= 1) break;
    let smallest = -1;
    for (let g = 0; g < groups.length; g++) {
      if (groups[g]!.length < minSize && (smallest < 0 || groups[g]!.length < groups[smallest]!.length)) smallest = g;
    }
    if (smallest < 0) break;
    const members = groups[smallest]!;
    groups.splice(smallest, 1);
    const centroids = groups.map((g) => mean(g.map((i) => points[i]!)));
    for (const i of members) groups[nearest(points[i]!, centroids)]!.push(i);
  }
  return groups;
}

function nearest(p: readonly number[], centroids: readonly number[][]): number {
  let best = 0;
  let bestSim = -Infinity;
  centroids.forEach((c, j) => {
    const s = dot(p, c);
    if (s > bestSim) {
      bestSim = s;
      best = j;
    }
  });
  return best;
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  const len = Math.min(a.length, b.length);
  for (let i = 0; i < len; i++) s += a[i]! * b[i]!;
  return s;
}

function unit(v: readonly number[]): number[] {
  const norm = Math.sqrt(dot(v, v));
  return norm > 0 ? v.map((x) => x / norm) : [...v];
}

function mean(vs: readonly (readonly number[])[]): number[] {
  const dim = vs[0]?.length ?? 0;
  const sum = new Array<number>(dim).fill(0);
  for (const v of vs) for (let i = 0; i < dim; i++) sum[i]! += v[i]!;
  return unit(sum);
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

// ---------------------------------------------------------------------------------------------
// Labels

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

interface Analysis {
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
function analyse(paper: Paper): Analysis {
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

function documentFrequencies(analyses: readonly Analysis[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const a of analyses) for (const t of a.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/**
 * The cluster's most distinctive terms: share of the cluster's papers using the term (title uses
 * count more) times the term's inverse document frequency in the window. Bigrams are preferred
 * where they are as common as their words; terms sharing a word with a chosen one are skipped.
 */
function labelTerms(members: readonly Analysis[], window: ReadonlyMap<string, number>, n: number, max: number): string[] {
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

// ---------------------------------------------------------------------------------------------
// Gists

const CONTRIBUTION_RE = /\b(we|this (paper|work|study))\b[^.]{0,60}?\b(propose|present|introduce|develop|design|build)/i;

/**
 * A paper's most informative sentence: the one with the most (IDF-weighted) distinct terms for its
 * length, preferring the sentence stating the contribution; shortened at a word boundary to about
 * `maxChars` characters.
 */
export function gist(paper: Pick<Paper, 'abstract'>, idf: (term: string) => number, maxChars: number = GIST_CHARS): string {
  const sentences = splitSentences(paper.abstract);
  let best = sentences[0] ?? paper.abstract;
  let bestScore = -Infinity;
  sentences.forEach((sentence, i) => {
    const terms = new Set(tokenize(sentence));
    let score = 0;
    for (const t of terms) score += Math.max(0, idf(t));
    score /= Math.sqrt(Math.max(terms.size, 8));
    if (CONTRIBUTION_RE.test(sentence)) score *= 1.3;
    if (sentence.length < 40) score *= 0.5;
    score -= i * 0.001;
    if (score > bestScore) {
      bestScore = score;
      best = sentence;
    }
  });
  return shorten(best, maxChars);
}

/** Cuts text at a word boundary so that it fits `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = space > max * 0.5 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.(–—-]+$/u, '')}…`;
}
