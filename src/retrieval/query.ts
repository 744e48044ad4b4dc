/** What a typed query becomes before it is scored: typos fixed, question and chat words left out of the lexical query. Pure. */
import { countTerms } from './lexical.js';
import { tokenize } from './text.js';

/** Words that say a query is a question, a request for papers or chat, not what it is about: left out of the lexical query. */
const QUESTION_WORDS = new Set(
  tokenize(
    'which what method methods approach approaches technique techniques work works research study studies way ways exist exists existing ' +
      'is there are there any anyone someone know recommend need want looking published ' +
      'dont doesnt isnt arent cant wont whats theres im ive youre ppl smth sth lol pls plz thx thanks hey hi btw idk tbh imo stuff thing things like really actually kinda sorta gonna wanna got seen saw everyone everybody folks guys hello',
  ),
);

/** The weighted BM25 query for a query text: its terms without question words (all of them if that leaves none). */
export function lexicalQuery(query: string): Map<string, number> {
  const terms = tokenize(query);
  const kept = terms.filter((t) => !QUESTION_WORDS.has(t));
  return countTerms(kept.length > 0 ? kept : terms);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Fixes typing slips against the corpus's own words: a word the corpus never uses that is one edit
 * (a letter dropped, added, changed, or two swapped) away from a word it uses at least twice becomes
 * that word (the most frequent when several are).
 */
export class SpellingCorrector {
  private readonly counts = new Map<string, number>();

  constructor(texts: Iterable<string>) {
    for (const text of texts) for (const w of text.toLowerCase().match(WORD) ?? []) this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
  }

  /** The text with each correctable word replaced. */
  correct(text: string): string {
    return text.replace(WORD, (w) => this.word(w));
  }

  private word(w: string): string {
    const lower = w.toLowerCase();
    if (lower.length < 5 || !/^[a-z]+$/.test(lower) || this.counts.has(lower)) return w;
    let best = w;
    let bestCount = 1;
    for (const candidate of edits(lower)) {
      const c = this.counts.get(candidate) ?? 0;
      if (c > bestCount) {
        best = candidate;
        bestCount = c;
      }
    }
    return best;
  }
}

function edits(w: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= w.length; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if (b.length > 0) out.add(a + b.slice(1));
    if (b.length > 1) out.add(a + b[1] + b[0] + b.slice(2));
    for (const c of LETTERS) {
      if (b.length > 0) out.add(a + c + b.slice(1));
      out.add(a + c + b);
    }
  }
  out.delete(w);
  return out;
}
