/** How an answer or a search says which names of the question its papers do not mention (see retrieval/unmentioned.ts). Pure. */

/**
 * The note said under an answer: "None of the cited papers mention “spanish”." ('' for no names);
 * `papers` says which papers ("closest papers" under a refusal).
 */
export function unmentionedNote(names: readonly string[], papers = 'cited papers'): string {
  if (names.length === 0) return '';
  const quoted = names.map((n) => `“${n}”`);
  const list = quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)!}`;
  return `None of the ${papers} mention ${list}.`;
}
