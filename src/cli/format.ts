import { CONFIDENCE_TEXT } from '../answer/confidence-text.js';
import type { ScoredPaper, SearchResult } from '../retrieval/engine.js';
import type { TitleLookup } from '../retrieval/titles.js';

export function searchJson(r: SearchResult) {
  return {
    query: r.query,
    confidence: r.confidence,
    abstained: r.abstained,
    results: r.results.map((s) => ({ title: s.paper.title, score: s.score, ...(s.paper.url ? { url: s.paper.url } : {}) })),
  };
}

export function searchText(r: SearchResult): string {
  const head =
    r.confidence === 'high'
      ? `Papers for "${r.query}" (${CONFIDENCE_TEXT.high.label.toLowerCase()}):`
      : r.confidence === 'low'
        ? `${CONFIDENCE_TEXT.low.label}: these are the closest papers, but they may not answer "${r.query}":`
        : `${CONFIDENCE_TEXT.none.label}: nothing answers "${r.query}". Closest papers, but not an answer:`;
  return [head, ...rankedLines(r.results)].join('\n');
}

export function similarJson(query: string, lookup: TitleLookup, results: ScoredPaper[]) {
  return {
    query,
    resolved: lookup.resolved ? { title: lookup.resolved.title } : null,
    candidates: lookup.candidates.map((c) => ({ title: c.title })),
    results: results.map((s) => ({ title: s.paper.title, score: s.score })),
  };
}

export function similarText(query: string, lookup: TitleLookup, results: ScoredPaper[]): string {
  if (!lookup.resolved) {
    const lines = [`No paper matches "${query}".`];
    if (lookup.candidates.length > 0) lines.push('Did you mean:', ...lookup.candidates.map((c) => `  - ${c.title}`));
    return lines.join('\n');
  }
  const lines = [`Papers related to "${lookup.resolved.title}":`, ...rankedLines(results)];
  if (lookup.candidates.length > 0) lines.push('', 'Other titles that match:', ...lookup.candidates.map((c) => `  - ${c.title}`));
  return lines.join('\n');
}

function rankedLines(results: ScoredPaper[]): string[] {
  return results.map((s, i) => `${String(i + 1).padStart(2)}. ${s.paper.title}  (${s.score.toFixed(3)})`);
}
