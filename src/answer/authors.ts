/**
 * Questions asking who wrote a paper ("who wrote the falcon2 report?", "authors of tied-lora"): the
 * abstracts never say, so the answer says what the corpus knows of the cited papers' authors, the
 * names fetched with a paper from the daily-papers API, or that it lists none. Pure.
 */
import type { Paper } from '../corpus/paper.js';

/** "who wrote ...", "who made ...", "who are the authors of ...", "list the authors of ...", "authors of ...?", "by whom". */
const ASKS_FOR_AUTHORS =
  /\bwho\s+(?:wrote|writes|authored|published|made|created|developed|built|released|is\s+behind|are\s+behind|came\s+up\s+with|(?:are|were|is)\s+the\s+authors?)\b|\b(?:list|name|give\s+me|tell\s+me)\s+(?:all\s+)?the\s+authors?\b|^\W*(?:and\s+)?(?:the\s+)?authors?\s+(?:of|behind)\b|\b(?:written|authored)\s+by\s+whom\b|\bby\s+whom\b/i;

/** True when the question asks who wrote a paper. */
export function asksForAuthors(question: string): boolean {
  return ASKS_FOR_AUTHORS.test(question);
}

/** At most this many names of a paper are listed. */
const MAX_NAMES = 6;

/**
 * The note on the authors of the cited papers (numbered as cited) for a question asking for them: their
 * names where the corpus has them, or that it lists none.
 */
export function authorsNote(cited: readonly { n: number; paper: Pick<Paper, 'authors'> }[]): string {
  const known = cited.filter((c) => (c.paper.authors?.length ?? 0) > 0);
  if (known.length === 0) {
    return cited.length === 1
      ? 'The corpus does not list the authors of this paper; its abstract does not name them.'
      : 'The corpus does not list the authors of these papers; their abstracts do not name them.';
  }
  const listed = known.map(({ n, paper }) => {
    const names = paper.authors!;
    const shown = names.length > MAX_NAMES ? `${names.slice(0, MAX_NAMES).join(', ')} and ${names.length - MAX_NAMES} more` : names.join(', ');
    return `[${n}] ${shown}`;
  });
  const missing = cited.length - known.length;
  return `Authors: ${listed.join('; ')}.${missing > 0 ? ` The corpus does not list the authors of the other ${missing === 1 ? 'paper' : `${missing} papers`}.` : ''}`;
}
