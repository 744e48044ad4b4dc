/** Themes of a set of papers: clustered by their vectors, labelled, each paper with a gist. */
import type { Paper } from '../../corpus/paper.js';
import { type ClusterOptions, clusterPoints } from './cluster.js';
import { gist } from './gists.js';
import { analyseWindow, labelTerms } from './labels.js';
import { tokenize } from '../../retrieval/text.js';
import { round } from '../../util/round.js';
import { truncate } from '../../util/truncate.js';
import { dot, mean, unit } from './vectors.js';

/** A paper placed in a theme. */
export interface ThemePaper {
  paper: Paper;
  /** The paper's most informative sentence, shortened to about GIST_CHARS characters (gists.ts). */
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

export interface ThemeOptions extends ClusterOptions {
  /** Terms in a label. */
  labelTerms?: number;
}

/**
 * Groups papers into themes by their (unit) vectors (see {@link clusterPoints}), labels each theme
 * with its most distinctive terms against the whole set, and orders themes by size, then upvotes.
 * Every paper must have a vector.
 */
export function groupThemes(papers: readonly Paper[], vectors: ReadonlyMap<string, readonly number[]>, options: ThemeOptions = {}): Theme[] {
  if (papers.length === 0) return [];
  const sorted = [...papers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const points = sorted.map((p) => {
    const v = vectors.get(p.id);
    if (!v) throw new Error(`no vector for paper ${p.id}`);
    return unit(v);
  });
  const clusters = clusterPoints(points, options);

  const window = analyseWindow(sorted);
  const idf = wordIdf(sorted);
  const themes: Theme[] = clusters.map((members) => {
    const centroid = mean(members.map((i) => points[i]!));
    const label = labelTerms(window, members, options.labelTerms ?? 3);
    const themePapers = members.map((i) => ({
      paper: sorted[i]!,
      gist: gist(sorted[i]!, idf),
      centrality: round(dot(points[i]!, centroid), 4),
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

/** Inverse document frequency of each word (stemmed) over the papers' titles and abstracts. */
function wordIdf(papers: readonly Paper[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const p of papers) for (const t of new Set(tokenize(`${p.title} ${p.abstract}`))) df.set(t, (df.get(t) ?? 0) + 1);
  const n = papers.length;
  return (term) => Math.log((n + 1) / ((df.get(term) ?? 0) + 0.5));
}

function comparePapers(a: ThemePaper, b: ThemePaper): number {
  const ua = a.paper.upvotes ?? -1;
  const ub = b.paper.upvotes ?? -1;
  return ub - ua || b.centrality - a.centrality || a.paper.title.localeCompare(b.paper.title);
}

function fallbackLabel(papers: readonly ThemePaper[]): string {
  const title = papers[0]?.paper.title ?? 'Other papers';
  return truncate(title, 60);
}
