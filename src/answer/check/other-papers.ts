import { type SourceIndex, type SourceText, comparedWords, dropSentences } from './titles.js';

/** A title (or its part after a colon or question mark) of at least this many words is looked for... */
const MIN_WORDS = 4;
/**
 * ...whole when it is shorter than this ("A Survey on Mixture of Experts": its words are everyday in
 * the field); a longer one by this share of its words, in its order, one slip allowed.
 */
const LONG_TITLE = 8;
const MIN_SHARE = 0.75;

interface TitlePart {
  /** The whole title's words run together, to tell a source's title. */
  key: string;
  words: string[];
}

/**
 * Removes the sentences that name a paper of the corpus the answer was not given: most of its title,
 * in order, in any case ("- Pre-train a generative retrieval model for knowledge-intensive language
 * tasks [3]"). The model cannot vouch for a paper it did not read, and a citation beside the name points
 * at a source that is another paper. Words the sources themselves use in that order stay, and so do the
 * sources' own titles and words the `question` asks in ("are there papers on scaling laws for neural
 * language models?" may be answered in those words). `corpusTitles` are the titles to look for (see
 * `Retriever.titlesNear`).
 */
export function checkOtherPapers(
  text: string,
  corpusTitles: readonly string[],
  sources: readonly SourceText[],
  index: SourceIndex<SourceText>,
  question = '',
): { text: string; dropped: number } {
  if (corpusTitles.length === 0) return { text, dropped: 0 };
  const own = new Set(sources.map((s) => comparedWords(s.title).join('')));
  const titles = titleParts(corpusTitles);
  const asked = ` ${comparedWords(question).join(' ')} `;
  const grounded = (words: readonly string[]) => asked.includes(` ${words.join(' ')} `) || index.grounded(words.join(' '));
  return dropSentences(text, (sentence) => namesOne(comparedWords(sentence), titles, own, grounded));
}

/** The titles to look for, and where each pair of consecutive words occurs in them. */
interface Titles {
  parts: TitlePart[];
  /** A match has two consecutive words of its title consecutive in the sentence too, one slip allowed. */
  byPair: Map<string, number[]>;
}

/** Prepared titles, per list of titles (an index hands out the same list while it holds the same papers). */
const prepared = new WeakMap<readonly string[], Titles>();

/** The titles to look for, whole and after a colon or question mark, that are long enough to name a paper. */
function titleParts(corpusTitles: readonly string[]): Titles {
  let titles = prepared.get(corpusTitles);
  if (!titles) {
    titles = { parts: [], byPair: new Map() };
    for (const title of new Set(corpusTitles)) {
      const key = comparedWords(title).join('');
      // A title's parts after a colon or question mark are named on their own too (a sentence ends at "?").
      for (const part of [title, ...title.split(/[:?!](?=\s)/).slice(1)]) {
        const words = comparedWords(part);
        if (words.length < MIN_WORDS) continue;
        const at = titles.parts.push({ key, words }) - 1;
        for (const pair of new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`))) {
          const list = titles.byPair.get(pair);
          if (list) list.push(at);
          else titles.byPair.set(pair, [at]);
        }
      }
    }
    prepared.set(corpusTitles, titles);
  }
  return titles;
}

function namesOne(sentence: readonly string[], titles: Titles, own: ReadonlySet<string>, grounded: (words: readonly string[]) => boolean): boolean {
  if (sentence.length < MIN_WORDS) return false;
  const candidates = new Set(sentence.slice(1).flatMap((w, i) => titles.byPair.get(`${sentence[i]} ${w}`) ?? []));
  if (candidates.size === 0) return false;
  const at = new Map<string, number[]>();
  sentence.forEach((w, i) => at.set(w, [...(at.get(w) ?? []), i]));
  return [...candidates].some((c) => {
    const part = titles.parts[c]!;
    if (own.has(part.key)) return false;
    const long = part.words.length >= LONG_TITLE;
    const need = long ? Math.ceil(MIN_SHARE * part.words.length) : part.words.length;
    const span = bestMatch(part.words, sentence, at, long);
    return span.matched >= need && !grounded(sentence.slice(span.start, span.end));
  });
}

/**
 * The sentence's longest stretch that follows the title's words in order, one slip allowed when `slip`
 * (a word left out, added or changed): how many title words it matches, and where it is in the sentence.
 */
function bestMatch(
  title: readonly string[],
  sentence: readonly string[],
  at: ReadonlyMap<string, number[]>,
  slip: boolean,
): { matched: number; start: number; end: number } {
  let best = { matched: 0, start: 0, end: 0 };
  for (let i = 0; i + best.matched < title.length; i++) {
    for (const j of at.get(title[i]!) ?? []) {
      let [ti, sj, matched, slipped] = [i + 1, j + 1, 1, !slip];
      while (ti < title.length && sj < sentence.length) {
        if (title[ti] === sentence[sj]) {
          [ti, sj, matched] = [ti + 1, sj + 1, matched + 1];
          continue;
        }
        if (slipped) break;
        slipped = true;
        // The next title word one further on in the title (left out), in the sentence (added), or both (changed).
        if (title[ti + 1] === sentence[sj]) ti += 1;
        else if (title[ti] === sentence[sj + 1]) sj += 1;
        else if (title[ti + 1] === sentence[sj + 1]) [ti, sj] = [ti + 1, sj + 1];
        else break;
      }
      if (matched > best.matched) best = { matched, start: j, end: sj };
    }
  }
  return best;
}
