/**
 * The words the papers use for what a query says in everyday English: "a chatbot" is a large language
 * model, "clips" are videos, "squeezing the weights into fewer bits" is quantization, "pupils" are
 * students. The abstracts use the terms, so a query that avoids them would share no word with the
 * paper that answers it. The lexicon (field-terms-lexicon.ts) maps phrasings to terms; search adds the
 * terms of the phrasings a query holds (see query-scorer.ts for when and how much).
 */
import { FIELD_TERMS_LEXICON } from './field-terms-lexicon.js';
import { languagePlaces } from '../requirements/places.js';
import { isStopword, tokenize } from '../text.js';
import { isEnglishWord } from './english.js';

interface Phrasing {
  /** The phrasing's tokens (see {@link tokenize}), matched in a row. */
  tokens: string[];
  /** The terms it stands for, as text. */
  terms: string[];
  /** Of them, the field's terms (the lexicon's first part), not ordinary words of the abstracts. */
  fieldTerms: string[];
}

/** Where the lexicon's second part, the ordinary words of the abstracts, starts. */
const ORDINARY_PART = '# ---- ordinary words of the abstracts ----';

/** How many letters of a token a query searches the lexicon for: a word and its stem share them. */
const PREFIX_LETTERS = 3;

/** After searching for this many different prefixes, the lexicon is read whole. */
const SEARCHES_BEFORE_READING_ALL = 48;

/**
 * What to search the lexicon for to find the phrasings a token starts: its first letters, which its
 * word shares with it, but for a short stem whose last letter stemming changed ("key" -> "kei"): the
 * stem and the word it may come from.
 */
function prefixesOf(token: string): string[] {
  if (token.length > PREFIX_LETTERS) return [token.slice(0, PREFIX_LETTERS)];
  return token.endsWith('i') ? [token, `${token.slice(0, -1)}y`] : [token];
}

/**
 * The lexicon (lines `term: phrasing | phrasing`, lower case; `#` starts a comment), read as it is
 * needed: a query's token finds the phrasings that start with its first letters by searching the text,
 * and only their lines are tokenized (stemmed), each once. Nothing is read up front, so a process pays
 * for the few lines its queries need, not for thousands of phrasings.
 */
export class FieldLexicon {
  /** The first letters already searched for. */
  private readonly searched = new Set<string>();
  private readAll = false;
  /** Where each line read starts. */
  private readonly read = new Set<number>();
  /** The phrasings read, by their tokens. */
  private readonly phrasings = new Map<string, Phrasing>();
  /** The phrasings read, by their first token, longest first. */
  private readonly byFirstToken = new Map<string, Phrasing[]>();

  /** Where the ordinary words of the abstracts start in the text (its end when it has none). */
  private readonly ordinaryFrom: number;

  /** The field's terms of one token ("merging"), read when first asked for. */
  private oneTokenTerms: Set<string> | undefined;
  /** The field's terms of several tokens ("object detection"), by their first token, read when first asked for. */
  private longerTerms: Map<string, string[][]> | undefined;

  constructor(private readonly text: string) {
    const at = text.indexOf(ORDINARY_PART);
    this.ordinaryFrom = at < 0 ? text.length : at;
  }

  /** The phrasings whose first token is this one, longest first. */
  startingWith(token: string): Phrasing[] {
    if (!this.readAll) {
      const touched = new Set<Phrasing[]>();
      for (const prefix of prefixesOf(token)) {
        if (this.searched.has(prefix)) continue;
        this.searched.add(prefix);
        if (this.searched.size > SEARCHES_BEFORE_READING_ALL) {
          this.readEverything(touched);
          break;
        }
        for (let at = this.text.indexOf(prefix); at >= 0; at = this.text.indexOf(prefix, at + 1)) {
          if (this.startsPhrasing(at)) this.readLine(this.text.lastIndexOf('\n', at) + 1, touched);
        }
      }
      // Longest first: "spoken audio" is matched before "audio".
      for (const list of touched) list.sort((a, b) => b.tokens.length - a.tokens.length);
    }
    return this.byFirstToken.get(token) ?? [];
  }

  /** Whether a token is the whole of one of the field's terms (the first part of a line of the lexicon's first part). */
  isTerm(token: string): boolean {
    this.readTerms();
    return this.oneTokenTerms!.has(token);
  }

  /** The field's terms of several tokens that start with this one, longest first. */
  longerTermsStartingWith(token: string): readonly string[][] {
    this.readTerms();
    return this.longerTerms!.get(token) ?? [];
  }

  private readTerms(): void {
    if (this.oneTokenTerms && this.longerTerms) return;
    this.oneTokenTerms = new Set();
    this.longerTerms = new Map();
    for (const line of this.text.slice(0, this.ordinaryFrom).split('\n')) {
      const colon = line.indexOf(':');
      if (colon < 0 || line.trimStart().startsWith('#')) continue;
      const tokens = tokenize(line.slice(0, colon));
      if (tokens.length === 1) this.oneTokenTerms.add(tokens[0]!);
      else if (tokens.length > 1) {
        const list = this.longerTerms.get(tokens[0]!) ?? [];
        if (!list.some((t) => t.join(' ') === tokens.join(' '))) list.push(tokens);
        this.longerTerms.set(tokens[0]!, list.sort((a, b) => b.length - a.length));
      }
    }
  }

  /** Reads every line: cheaper than searching, once a process has asked for many different words. */
  private readEverything(touched: Set<Phrasing[]>): void {
    this.readAll = true;
    for (let start = 0; start < this.text.length; ) {
      this.readLine(start, touched);
      const end = this.text.indexOf('\n', start);
      if (end < 0) break;
      start = end + 1;
    }
  }

  /** Whether the text at `at` starts the first word tokenizing keeps of a phrasing (after the colon or a bar). */
  private startsPhrasing(at: number): boolean {
    const text = this.text;
    if (at > 0 && isWordChar(text.charCodeAt(at - 1))) return false;
    let i = at - 1;
    while (i >= 0) {
      const ch = text[i]!;
      // A colon inside a phrasing, taken for the line's, only makes the line read.
      if (ch === '|' || ch === ':') return true;
      if (ch === '\n') return false;
      if (!isWordChar(text.charCodeAt(i))) {
        i--;
        continue;
      }
      // A word before it must be one tokenizing leaves out ("the gist").
      let j = i;
      while (j >= 0 && isWordChar(text.charCodeAt(j))) j--;
      const word = text.slice(j + 1, i + 1);
      if ((word.length >= 2 || /\d/.test(word)) && !isStopword(word)) return false;
      i = j;
    }
    return false;
  }

  private readLine(start: number, touched: Set<Phrasing[]>): void {
    if (this.read.has(start)) return;
    this.read.add(start);
    const end = this.text.indexOf('\n', start);
    const line = this.text.slice(start, end < 0 ? undefined : end);
    const colon = line.indexOf(':');
    if (colon < 0 || line.trimStart().startsWith('#')) return;
    const term = line.slice(0, colon).trim();
    for (const phrasing of line.slice(colon + 1).split('|')) {
      const tokens = tokenize(phrasing);
      // "what it was trained on" is left with "train" alone, which does not carry what it says.
      if (tokens.length === 0 || (tokens.length === 1 && phrasing.trim().split(/\s+/).length > 1)) continue;
      const key = tokens.join(' ');
      let entry = this.phrasings.get(key);
      if (!entry) {
        entry = { tokens, terms: [], fieldTerms: [] };
        this.phrasings.set(key, entry);
        let list = this.byFirstToken.get(tokens[0]!);
        if (!list) this.byFirstToken.set(tokens[0]!, (list = []));
        list.push(entry);
        touched.add(list);
      }
      if (!entry.terms.includes(term)) entry.terms.push(term);
      if (start < this.ordinaryFrom && !entry.fieldTerms.includes(term)) entry.fieldTerms.push(term);
    }
  }
}

/** a-z or 0-9. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

let lexicon: FieldLexicon | undefined;

/** An everyday phrasing found in a query, and the papers' words it stands for. */
export interface FoundPhrasing {
  /** The query's tokens (see {@link tokenize}) it matched. */
  tokens: string[];
  /** The terms it stands for that the query does not already hold. */
  terms: string[];
  /** Of them, the field's terms ("chatbot": large language models), not ordinary words of the abstracts ("episodes": experiences). */
  fieldTerms: string[];
  /** A place or a people that names its languages ("warsaw": polish), which the query asks about as if typed. */
  place?: boolean;
}

/** The languages the places and peoples among a query's phrasings name (see {@link findPhrasings}). */
export function namedLanguages(found: readonly FoundPhrasing[]): string[] {
  return [...new Set(found.filter((f) => f.place).flatMap((f) => f.terms))];
}

/** The everyday phrasings a query holds, longest first where they overlap, with their terms. */
export function findPhrasings(query: string, from: FieldLexicon = (lexicon ??= new FieldLexicon(FIELD_TERMS_LEXICON))): FoundPhrasing[] {
  const tokens = tokenize(query);
  const held = new Set(tokens);
  // Read only when a phrasing of one word is found.
  let names: ReadonlySet<string> | undefined;
  const isName = (token: string) => (names ??= namesInCapitals(query)).has(token);
  const out: FoundPhrasing[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = from
      .startingWith(tokens[i]!)
      .find((p) => p.tokens.every((t, j) => tokens[i + j] === t) && !(p.tokens.length === 1 && isName(p.tokens[0]!)));
    if (!match) {
      // A place or a people names its language where the query speaks of one: "the main language spoken in Warsaw" is
      // Polish, "indian legal cases" are not Hindi.
      // The words that speak of it are of the phrasing too: a paper on Polish holds "spoken" in "spoken in Warsaw".
      const speaking = tokens.slice(Math.max(0, i - LANGUAGE_BEFORE), i).filter((t) => LANGUAGE_WORDS.has(t));
      const languages = speaking.length > 0 ? (placeLanguages().get(tokens[i]!) ?? []).filter((l) => !held.has(tokenize(l)[0]!)) : [];
      if (languages.length > 0) out.push({ tokens: [...new Set([...speaking, tokens[i]!])], terms: languages, fieldTerms: languages, place: true });
      i++;
      continue;
    }
    const terms = match.terms.filter((term) => !tokenize(term).every((t) => held.has(t)));
    out.push({ tokens: match.tokens, terms, fieldTerms: terms.filter((term) => match.fieldTerms.includes(term)) });
    i += match.tokens.length;
  }
  return out;
}

/**
 * The tokens of the words of English a query types in capitals among words in lower case ("how was
 * CLIP trained"): names, not the everyday words they spell ("clip" for video). An acronym ("LM") is
 * no word of English.
 */
function namesInCapitals(query: string): ReadonlySet<string> {
  const words = /[a-z]{2}/.test(query) ? (query.match(/\b[A-Z]{3,}\b/g) ?? []) : [];
  if (words.length === 0) return NO_NAMES;
  return new Set(words.map((w) => w.toLowerCase()).filter((w) => isEnglishWord(w)).flatMap((w) => tokenize(w)));
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** Words that speak of a language, a few words before a place that names one: "the language spoken in Warsaw". */
const LANGUAGE_WORDS = new Set(tokenize('language languages spoken speak speaks speaking speakers tongue dialect dialects'));
const LANGUAGE_BEFORE = 5;

let byPlace: Map<string, string[]> | undefined;

/** The languages each place or people names (see places.ts), by its token: "warsaw": polish. */
function placeLanguages(): Map<string, string[]> {
  if (byPlace) return byPlace;
  byPlace = new Map();
  for (const [language, places] of languagePlaces()) {
    for (const place of places) {
      const tokens = tokenize(place);
      if (tokens.length !== 1) continue;
      byPlace.set(tokens[0]!, [...(byPlace.get(tokens[0]!) ?? []), language]);
    }
  }
  return byPlace;
}

/** Whether a (lower-case) word is an everyday phrasing of its own ("hparams", "intro"): a word, not a slip of a corpus word. */
export function isPhrasingWord(word: string, from: FieldLexicon = (lexicon ??= new FieldLexicon(FIELD_TERMS_LEXICON))): boolean {
  const [token, ...more] = tokenize(word);
  return token !== undefined && more.length === 0 && from.startingWith(token).some((p) => p.tokens.length === 1);
}

/** Whether a token (see {@link tokenize}) is a term of the field on its own ("merging"), whatever else it may be an everyday phrasing of ("mixing"). */
export function isFieldTerm(token: string, from: FieldLexicon = (lexicon ??= new FieldLexicon(FIELD_TERMS_LEXICON))): boolean {
  return from.isTerm(token);
}

/** The field's terms of several words a query types ("class-incremental object detection": object detection), as tokens, longest first where they overlap. */
export function typedFieldTerms(query: string, from: FieldLexicon = (lexicon ??= new FieldLexicon(FIELD_TERMS_LEXICON))): string[][] {
  const tokens = tokenize(query);
  const out: string[][] = [];
  for (let i = 0; i < tokens.length; ) {
    const term = from.longerTermsStartingWith(tokens[i]!).find((t) => t.every((tok, j) => tokens[i + j] === tok));
    if (!term) {
      i++;
      continue;
    }
    out.push(term);
    i += term.length;
  }
  return out;
}

/** The terms of found phrasings as one text, each once. */
export function termsText(found: readonly FoundPhrasing[]): string {
  return [...new Set(found.flatMap((f) => f.terms))].join(' ');
}
