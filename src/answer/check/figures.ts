/**
 * Figures in an answer, checked against what it cites: a percentage or a factor ("26.8%", "3x", "a
 * 2.5-fold gain") that neither the sentence's cited sources (all sources when it cites none) nor the
 * question give is not theirs, and the sentence that states it goes. Pure.
 */
import { dropSentences } from './titles.js';

/** What the figure check knows of a source. */
export interface FigureSource {
  n: number;
  title: string;
  abstract?: string;
}

export interface FigureCheck {
  text: string;
  /** Sentences removed for a figure no source gives. */
  dropped: number;
}

/** "26.8%", "27 percent", "3x", "3×", "2.5-fold", "2.5 times": the figures checked (plain counts, years and versions are not). */
const FIGURE_RE = /(?<![\w.,-])(\d+(?:\.\d+)?)\s*(?:%|percent\b|percentage points?\b|pp\b|[x×](?![\w])|-?fold\b|times\b)/gi;
/** Every number a source's text holds. */
const NUMBER_RE = /\d+(?:[.,]\d+)*/g;

/**
 * Removes each sentence that states a figure none of its cited sources (`cites` reads which), nor
 * the question, gives. A figure matches a number as written or rounded ("27%" for 26.8%), or a
 * share's complement.
 */
export function checkFigures(text: string, sources: readonly FigureSource[], question: string, cites: (sentence: string) => number[]): FigureCheck {
  // A share's complement counts as given: "only 1% of the storage" is "99% less storage".
  const numbersOf = (t: string): number[] =>
    [...t.matchAll(NUMBER_RE)].map((m) => Number(m[0].replace(/,/g, ''))).flatMap((x) => (x <= 100 ? [x, 100 - x] : [x]));
  const bySource = new Map(sources.map((s) => [s.n, numbersOf(`${s.title} ${s.abstract ?? ''}`)]));
  const asked = numbersOf(question);
  return dropSentences(text, (sentence) => {
    const figures = [...sentence.matchAll(FIGURE_RE)].map((m) => m[1]!);
    if (figures.length === 0) return false;
    const cited = cites(sentence).filter((n) => bySource.has(n));
    const known = [...asked, ...(cited.length > 0 ? cited : [...bySource.keys()]).flatMap((n) => bySource.get(n) ?? [])];
    return !figures.every((f) => known.some((k) => matches(f, k)));
  });
}

/** True when `written` ("27", "26.8") is `value` as written or rounded to as many decimals. */
function matches(written: string, value: number): boolean {
  const decimals = written.split('.')[1]?.length ?? 0;
  return Math.abs(Number(written) - value) <= 0.5 * 10 ** -decimals + 1e-9;
}
