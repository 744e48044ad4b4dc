/**
 * How an answer or a search says what of the question its papers do not cover: names they do not
 * mention (see retrieval/unmentioned.ts), quantities the first of them gives no number for (see
 * retrieval/unstated.ts). Pure.
 */

/**
 * The note said under an answer: "None of the cited papers mention “spanish”." ('' for no names);
 * `papers` says which papers ("closest papers" under a refusal).
 */
export function unmentionedNote(names: readonly string[], papers = 'cited papers'): string {
  if (names.length === 0) return '';
  return `None of the ${papers} mention ${listed(names)}.`;
}

/**
 * The note on quantities asked for that the first paper gives no number for: "The closest paper gives
 * no number for “context length”." ('' for none); `paper` says which paper.
 */
export function unstatedNote(quantities: readonly string[], paper = 'closest paper'): string {
  if (quantities.length === 0) return '';
  return `The ${paper} gives no number for ${listed(quantities)}.`;
}

/** “a”, “b” or “c”. */
function listed(words: readonly string[]): string {
  const quoted = words.map((n) => `“${n}”`);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)!}`;
}
