/**
 * The field's own terms for what a query says in plain English: "a chatbot" is a large language model,
 * "clips" are videos, "squeezing the weights into fewer bits" is quantization. The abstracts use the
 * terms, so a query that avoids them would share no word with the paper that answers it. The lexicon
 * (field-terms-lexicon.ts) maps plain phrasings to terms; a query gets the terms of the phrasings it
 * holds added to it. Pure.
 */
import { FIELD_TERMS_LEXICON } from './field-terms-lexicon.js';
import { tokenize } from './text.js';

interface Phrasing {
  /** The phrasing's tokens (see {@link tokenize}), matched in a row. */
  tokens: string[];
  /** The terms it stands for, as text. */
  terms: string[];
}

let byFirstToken: Map<string, Phrasing[]> | undefined;

/** The lexicon's phrasings, by their first token. Lines: `term: phrasing | phrasing`; `#` starts a comment. */
export function parseLexicon(text: string): Map<string, Phrasing[]> {
  const merged = new Map<string, Phrasing>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const term = line.slice(0, colon).trim();
    for (const phrasing of line.slice(colon + 1).split('|')) {
      const tokens = tokenize(phrasing);
      // "what it was trained on" is left with "train" alone, which does not carry what it says.
      if (tokens.length === 0 || (tokens.length === 1 && phrasing.trim().split(/\s+/).length > 1)) continue;
      const key = tokens.join(' ');
      const entry = merged.get(key) ?? { tokens, terms: [] };
      if (!entry.terms.includes(term)) entry.terms.push(term);
      merged.set(key, entry);
    }
  }
  const out = new Map<string, Phrasing[]>();
  for (const p of merged.values()) {
    const list = out.get(p.tokens[0]!) ?? [];
    list.push(p);
    out.set(p.tokens[0]!, list);
  }
  // Longest first: "spoken audio" is matched before "audio".
  for (const list of out.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return out;
}

/** A plain phrasing found in a query, and the field's terms it stands for. */
export interface FoundPhrasing {
  /** The query's tokens (see {@link tokenize}) it matched. */
  tokens: string[];
  /** The terms it stands for that the query does not already hold. */
  terms: string[];
}

/** The plain phrasings a query holds, longest first where they overlap, with their terms. */
export function findPhrasings(query: string, lexicon: Map<string, Phrasing[]> = (byFirstToken ??= parseLexicon(FIELD_TERMS_LEXICON))): FoundPhrasing[] {
  const tokens = tokenize(query);
  const held = new Set(tokens);
  const out: FoundPhrasing[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = lexicon.get(tokens[i]!)?.find((p) => p.tokens.every((t, j) => tokens[i + j] === t));
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
