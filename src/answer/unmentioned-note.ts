/**
 * How an answer or a search says what of the question its papers do not cover: names they do not
 * mention (see retrieval/requirements/unmentioned.ts), quantities the first of them gives no number for and names
 * it gives none of (see retrieval/requirements/unstated.ts and retrieval/requirements/unnamed.ts), what it is not about though
 * asked for in particular (see retrieval/requirements/in-passing.ts), keywords no one of them holds with the others,
 * years asked for that none of them is dated in (see retrieval/requirements/years.ts), venues, labs and authors
 * asked for that the corpus does not say any of them is from (see retrieval/requirements/origins.ts). Pure.
 */
import { isEntityKind, isMembersKind } from '../retrieval/requirements/unnamed.js';

/**
 * The note said under an answer: "None of the cited papers mention “spanish”." ('' for no names);
 * `papers` says which papers ("closest papers" under a refusal).
 */
export function unmentionedNote(names: readonly string[], papers = 'cited papers'): string {
  if (names.length === 0) return '';
  return `None of the ${papers} mention ${listed(names)}.`;
}

/** The kinds of name asked for when a question asks which model, metric, method or team did best, or which model got a score (see retrieval/requirements/unnamed.ts), with what the note says. */
const BEST = new Map([
  ['best model', 'which model did best'],
  ['best metric', 'which metric did best'],
  ['best method', 'which method did best'],
  ['scoring model', 'which model got that score'],
  ['best team', 'which team did best'],
]);

/**
 * The note on what was asked that the first paper does not state: quantities it gives no number for
 * ("The closest paper gives no number for “context length”."), names it gives none of ("The closest
 * paper names no “base model”.", "The closest paper does not say which model did best."), counted sets
 * it does not list ("The closest paper does not list its “six domains”."); '' for none. `paper` says
 * which paper.
 */
export function unstatedNote(asked: readonly string[], paper = 'closest paper'): string {
  const best = asked.filter((a) => BEST.has(a));
  const names = asked.filter((a) => isEntityKind(a) && !BEST.has(a));
  const members = asked.filter(isMembersKind);
  const quantities = asked.filter((a) => !isEntityKind(a) && !isMembersKind(a));
  return [
    ...(quantities.length > 0 ? [`The ${paper} gives no number for ${listed(quantities)}.`] : []),
    ...(names.length > 0 ? [`The ${paper} names no ${listed(names)}.`] : []),
    ...best.map((a) => `The ${paper} does not say ${BEST.get(a)}.`),
    ...(members.length > 0 ? [`The ${paper} does not list its ${listed(members)}.`] : []),
  ].join(' ');
}

/**
 * The note on words asked for in particular that the first paper is not about (it mentions them in
 * passing or not at all): "The closest paper is not about “turkish” in particular." ('' for none);
 * `paper` says which paper.
 */
export function inPassingNote(words: readonly string[], paper = 'closest paper'): string {
  if (words.length === 0) return '';
  return `The ${paper} is not about ${listed(words)} in particular.`;
}

/**
 * The note on keywords of a list of them that no one of the first papers holds with the others (see
 * retrieval/requirements/unmentioned.ts), and on words of what a question asks beyond the first paper (see
 * retrieval/requirements/beyond.ts): "No one of the first papers mentions “cantonese” with the rest of what was
 * asked." ('' for none); `papers` says which papers.
 */
export function apartNote(words: readonly string[], papers = 'closest papers'): string {
  if (words.length === 0) return '';
  return `No one of the ${papers} mentions ${listed(words)} with the rest of what was asked.`;
}

/**
 * The note on years the question asks its papers to be from that none of them is dated in: "None of
 * the closest papers is dated 2023 in the corpus." ('' for none); `papers` says which papers.
 */
export function notDatedNote(years: readonly number[], papers = 'closest papers'): string {
  if (years.length === 0) return '';
  return `None of the ${papers} is dated ${either(years.map(String))} in the corpus.`;
}

/**
 * The note on venues, labs and authors the question asks its papers to come from that the corpus does
 * not say any of them comes from: "The corpus does not say any of the closest papers is from
 * “neurips”." ('' for none); `papers` says which papers.
 */
export function notFromNote(names: readonly string[], papers = 'closest papers'): string {
  if (names.length === 0) return '';
  return `The corpus does not say any of the ${papers} is from ${listed(names)}.`;
}

/** “a”, “b” or “c”. */
function listed(words: readonly string[]): string {
  return either(words.map((n) => `“${n}”`));
}

/** a, b or c. */
function either(items: readonly string[]): string {
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`;
}
