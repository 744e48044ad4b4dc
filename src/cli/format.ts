import { CONFIDENCE_TEXT } from '../answer/confidence-text.js';
import { apartNote, inPassingNote, notDatedNote, notFromNote, unmentionedNote, unstatedNote } from '../answer/unmentioned-note.js';
import { paperRefs, unknownRefsText } from '../corpus/identifiers.js';
import type { ScoredPaper, SearchResult } from '../retrieval/engine.js';
import type { TitleLookup } from '../retrieval/titles.js';

export function searchJson(r: SearchResult) {
  return {
    query: r.query,
    confidence: r.confidence,
    abstained: r.abstained,
    results: r.results.map((s) => ({ title: s.paper.title, score: s.score, ...(s.paper.url ? { url: s.paper.url } : {}) })),
    ...(r.unknownRefs ? { unknown_refs: r.unknownRefs } : {}),
    ...(r.unmentioned ? { unmentioned: r.unmentioned } : {}),
    ...(r.unstated ? { unstated: r.unstated } : {}),
    ...(r.inPassing ? { in_passing: r.inPassing } : {}),
    ...(r.apart ? { apart: r.apart } : {}),
    ...(r.notDated ? { not_dated: r.notDated } : {}),
    ...(r.notFrom ? { not_from: r.notFrom } : {}),
    ...(r.parts ? { parts: r.parts.map((p) => ({ query: p.query, confidence: p.confidence, results: p.results.map((i) => i + 1) })) } : {}),
  };
}

export function searchText(r: SearchResult): string {
  const head =
    r.confidence === 'high'
      ? `Papers for "${r.query}" (${CONFIDENCE_TEXT.high.label.toLowerCase()}):`
      : r.confidence === 'low'
        ? `${CONFIDENCE_TEXT.low.label}: these are the closest papers, but they may not answer "${r.query}":`
        : r.results.length === 0
          ? `${CONFIDENCE_TEXT.none.label}: ${r.unknownRefs ? unknownRefsText(r.unknownRefs) : `"${r.query}" names no topic the papers use.`}`
          : `${CONFIDENCE_TEXT.none.label}: nothing answers "${r.query}". Closest papers, but not an answer:`;
  const unknown = r.unknownRefs && r.results.length > 0 ? [unknownRefsText(r.unknownRefs)] : [];
  const unmentioned = r.unmentioned ? [unmentionedNote(r.unmentioned, 'first papers')] : [];
  const unstated = r.unstated && r.results.length > 0 ? [unstatedNote(r.unstated, 'first paper')] : [];
  const inPassing = r.inPassing && r.results.length > 0 ? [inPassingNote(r.inPassing, 'first paper')] : [];
  const apart = r.apart ? [apartNote(r.apart, 'first papers')] : [];
  const notDated = r.notDated ? [notDatedNote(r.notDated, 'papers found')] : [];
  const notFrom = r.notFrom ? [notFromNote(r.notFrom, 'papers found')] : [];
  return [head, ...rankedLines(r.results), ...partLines(r), ...unknown, ...unmentioned, ...apart, ...unstated, ...inPassing, ...notDated, ...notFrom].join('\n');
}

/** For a query of several requests: how well the corpus covers each, and which of the papers are for it. */
function partLines(r: SearchResult): string[] {
  if (!r.parts) return [];
  return [
    'Each request:',
    ...r.parts.map((p) => {
      const at = [...p.results].sort((a, b) => a - b).map((i) => i + 1);
      const papers = at.length === 0 ? 'no papers' : p.confidence === 'none' ? `closest: papers ${at.join(', ')}, not an answer` : `papers ${at.join(', ')}`;
      return `  - "${p.query}": ${CONFIDENCE_TEXT[p.confidence].label.toLowerCase()} (${papers})`;
    }),
  ];
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
    const { refs } = paperRefs(query);
    const lines = [refs.length > 0 ? unknownRefsText(refs) : `No paper matches "${query}".`];
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
