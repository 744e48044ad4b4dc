import { SourceIndex, type SourceText, comparedWords, dropSentences } from './titles.js';

/** A title (or the part after its colon) of at least this many words is looked for... */
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
 * sources' own titles. `corpusTitles` are the titles to look for (see `Retriever.titlesNear`).
 */
export function checkOtherPapers(
  text: string,
  corpusTitles: readonly string[],
  sources: readonly SourceText[],
  index: SourceIndex<SourceText>,
): { text: string; dropped: number } {
  if (corpusTitles.length === 0) return { text, dropped: 0 };
  const own = new Set(sources.map((s) => comparedWords(s.title).join('')));
  const parts = titleParts(corpusTitles).filter((part) => !own.has(part.key));
  if (parts.length === 0) return { text, dropped: 0 };
  return dropSentences(text, (sentence) => namesOne(comparedWords(sentence), parts, index));
}

/** Prepared title parts, per list of titles (an index hands out the same list while it holds the same papers). */
const prepared = new WeakMap<readonly string[], TitlePart[]>();

/** The titles to look for, whole and after their colon, that are long enough to name a paper. */
function titleParts(corpusTitles: readonly string[]): TitlePart[] {
  let parts = prepared.get(corpusTitles);
  if (!parts) {
    parts = [];
    for (const title of new Set(corpusTitles)) {
      const key = comparedWords(title).join('');
      const colon = title.indexOf(':');
      for (const part of colon > 0 ? [title, title.slice(colon + 1)] : [title]) {
        const words = comparedWords(part);
        if (words.length >= MIN_WORDS) parts.push({ key, words });
      }
    }
    prepared.set(corpusTitles, parts);
  }
  return parts;
}

function namesOne(sentence: readonly string[], parts: readonly TitlePart[], index: SourceIndex<SourceText>): boolean {
  if (sentence.length < MIN_WORDS) return false;
  const at = new Map<string, number[]>();
  sentence.forEach((w, i) => at.set(w, [...(at.get(w) ?? []), i]));
  return parts.some((part) => {
    const long = part.words.length >= LONG_TITLE;
    const need = long ? Math.ceil(MIN_SHARE * part.words.length) : part.words.length;
    const span = bestMatch(part.words, sentence, at, long);
    return span.matched >= need && !index.grounded(sentence.slice(span.start, span.end).join(' '));
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
