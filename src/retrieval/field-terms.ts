/**
 * The words the papers use for what a query says in everyday English: "a chatbot" is a large language
 * model, "clips" are videos, "squeezing the weights into fewer bits" is quantization, "pupils" are
 * students. The abstracts use the terms, so a query that avoids them would share no word with the
 * paper that answers it. The lexicon (field-terms-lexicon.ts) maps phrasings to terms; search adds the
 * terms of the phrasings a query holds (see query-scorer.ts for when and how much).
 */
import { FIELD_TERMS_LEXICON } from './field-terms-lexicon.js';
import { isStopword, tokenize, words } from './text.js';

interface Phrasing {
  /** The phrasing's tokens (see {@link tokenize}), matched in a row. */
  tokens: string[];
  /** The terms it stands for, as text. */
  terms: string[];
}

/** How many letters of a phrasing's first word file it: a word and its stem share them. */
const BUCKET_LETTERS = 3;

/**
 * The lexicon (lines `term: phrasing | phrasing`; `#` starts a comment), read as it is needed: its
 * phrasings are filed by the first letters of their first word, and a file is tokenized (stemmed) the
 * first time a query's token opens it, so a process tokenizes the few files its queries open, not the
 * thousands of phrasings.
 */
export class FieldLexicon {
  /** The phrasings not tokenized yet, by the first letters of their first word. */
  private readonly unread = new Map<string, { term: string; phrasing: string }[]>();
  /** The phrasings tokenized, by their first token, longest first. */
  private readonly byFirstToken = new Map<string, Phrasing[]>();

  constructor(text: string) {
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const term = line.slice(0, colon).trim();
      for (const phrasing of line.slice(colon + 1).split('|')) {
        const first = firstWord(phrasing);
        if (first === undefined) continue;
        const key = first.slice(0, BUCKET_LETTERS);
        const list = this.unread.get(key) ?? [];
        list.push({ term, phrasing });
        this.unread.set(key, list);
      }
    }
  }

  /** The phrasings whose first token is this one, longest first. */
  startingWith(token: string): Phrasing[] {
    // A stem keeps its word's letters but the last few, which it may change ("key" -> "kei", "use" ->
    // "us"): a short stem opens every file its letters but the last start.
    const keys =
      token.length > BUCKET_LETTERS ? [token.slice(0, BUCKET_LETTERS)] : [...this.unread.keys()].filter((k) => k.startsWith(token.slice(0, Math.max(1, token.length - 1))));
    for (const key of keys) {
      const unread = this.unread.get(key);
      if (!unread) continue;
      this.unread.delete(key);
      this.read(unread);
    }
    return this.byFirstToken.get(token) ?? [];
  }

  private read(entries: readonly { term: string; phrasing: string }[]): void {
    const merged = new Map<string, Phrasing>();
    for (const { term, phrasing } of entries) {
      const tokens = tokenize(phrasing);
      // "what it was trained on" is left with "train" alone, which does not carry what it says.
      if (tokens.length === 0 || (tokens.length === 1 && phrasing.trim().split(/\s+/).length > 1)) continue;
      const key = tokens.join(' ');
      const entry = merged.get(key) ?? { tokens, terms: [] };
      if (!entry.terms.includes(term)) entry.terms.push(term);
      merged.set(key, entry);
    }
    const touched = new Set<Phrasing[]>();
    for (const p of merged.values()) {
      let list = this.byFirstToken.get(p.tokens[0]!);
      if (!list) this.byFirstToken.set(p.tokens[0]!, (list = []));
      list.push(p);
      touched.add(list);
    }
    // Longest first: "spoken audio" is matched before "audio".
    for (const list of touched) list.sort((a, b) => b.tokens.length - a.tokens.length);
  }
}

let lexicon: FieldLexicon | undefined;

/** The first word {@link tokenize} keeps of a phrasing (as {@link words} finds it, faster for plain ASCII). */
function firstWord(phrasing: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(phrasing)) return words(phrasing)[0];
  for (const [w] of phrasing.toLowerCase().matchAll(/[a-z0-9]+/g)) {
    if ((w.length >= 2 || /\d/.test(w)) && !isStopword(w)) return w;
  }
  return undefined;
}

/** A plain phrasing found in a query, and the field's terms it stands for. */
export interface FoundPhrasing {
  /** The query's tokens (see {@link tokenize}) it matched. */
  tokens: string[];
  /** The terms it stands for that the query does not already hold. */
  terms: string[];
}

/** The plain phrasings a query holds, longest first where they overlap, with their terms. */
export function findPhrasings(query: string, from: FieldLexicon = (lexicon ??= new FieldLexicon(FIELD_TERMS_LEXICON))): FoundPhrasing[] {
  const tokens = tokenize(query);
  const held = new Set(tokens);
  const out: FoundPhrasing[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = from.startingWith(tokens[i]!).find((p) => p.tokens.every((t, j) => tokens[i + j] === t));
    if (!match) {
      i++;
      continue;
    }
    out.push({ tokens: match.tokens, terms: match.terms.filter((term) => !tokenize(term).every((t) => held.has(t))) });
    i += match.tokens.length;
  }
  return out;
}

/** The terms of found phrasings as one text, each once. */
export function termsText(found: readonly FoundPhrasing[]): string {
  return [...new Set(found.flatMap((f) => f.terms))].join(' ');
}
