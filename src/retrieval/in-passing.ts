/**
 * The words a question asks a paper to be about in particular ("an llm trained specifically for
 * turkish, not a multilingual one", "speech recognition for cantonese specifically") that a paper
 * only mentions in passing or not at all: not in its title, at most once in its abstract (Turkish in
 * a list of five languages). Such a paper is about something else, and search is one level less
 * sure of it. Only rare words count (a name, a language): "trained specifically for code" asks for
 * no one word. Pure.
 */
import { foldedWords, tokenize } from './text.js';

/** A word after "specifically for", "dedicated to", "tailored to" and the like. */
const AFTER_DEMAND = /\b(?:specifically|exclusively|solely|purely|dedicated|tailored)\s+(?:for|on|about|to|towards?)\s+(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}-]*)/giu;
/** A word before "specifically", "exclusively" or "in particular" where a clause ends ("for cantonese specifically?"). */
const BEFORE_DEMAND = /([\p{L}\p{N}][\p{L}\p{N}-]*)\s+(?:specifically|exclusively|in\s+particular)(?=\s*(?:[?.!,;:)]|$))/giu;

/** A word used by at most this share of the papers (and by one at least) may be asked for in particular. */
const RARE_SHARE = 0.01;
const MIN_RARE = 2;

/**
 * A name the question asks for the paper of ("the whisper paper", "WMDP benchmark paper", "the original
 * colbert paper"): the paper that introduced it, not one that uses it. A paper recalled by a name and
 * what it does ("the bigscience paper where they ablated ...") is not asked for by the name alone.
 */
const PAPER_OF = /\b([\p{L}\p{N}][\p{L}\p{N}-]*)\s+(?:(?:benchmark|dataset|model|method|original)\s+)?paper\b(?!\s+(?:where|that|which|in|with|on|about|from|by|for|who|whose)\b)|\b(?:original|first)\s+([\p{L}\p{N}][\p{L}\p{N}-]*)/giu;

/** The words the question asks a paper to be about in particular, as typed. */
export function demandedWords(question: string): string[] {
  const text = question.replace(/\s+/g, ' ');
  const words = [...text.matchAll(AFTER_DEMAND), ...text.matchAll(BEFORE_DEMAND), ...text.matchAll(PAPER_OF)].map((m) => (m[1] ?? m[2])!.toLowerCase());
  return [...new Set(words.filter((w) => tokenize(w).length > 0))];
}

/**
 * The words asked for in particular (see {@link demandedWords}) that are rare in the corpus and that
 * the paper is not about: not in its title, at most once in its abstract (in passing, or not at all:
 * the third paper may be the one that has it).
 */
export async function mentionedInPassing(
  question: string,
  paper: { title: string; abstract: string },
  corpus: { termStats: (terms: string[]) => Promise<readonly { term: string; df: number }[]>; papers: number },
): Promise<string[]> {
  const demanded = demandedWords(question);
  if (demanded.length === 0) return [];
  const stems = demanded.map((w) => tokenize(w)[0]!);
  const stats = await corpus.termStats(stems);
  const rare = Math.max(MIN_RARE, RARE_SHARE * corpus.papers);
  const title = new Set(foldedWords(paper.title).flatMap((w) => tokenize(w)));
  const abstract = foldedWords(paper.abstract).flatMap((w) => tokenize(w));
  return demanded.filter((_, i) => {
    const stem = stems[i]!;
    const df = stats[i]?.df ?? 0;
    if (df === 0 || df > rare) return false;
    const times = abstract.filter((t) => t === stem).length;
    return times <= 1 && !title.has(stem);
  });
}
