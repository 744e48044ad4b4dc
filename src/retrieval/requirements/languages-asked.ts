/**
 * Languages a question asks its paper to work on (other than English) that the paper names in none of
 * their words: "is there a wizard-of-oz style task dialog dataset in japanese?", answered from an
 * English dialog dataset found first (papers on Japanese found after it), is the dataset, not the
 * dataset in Japanese. A paper names a language by its name, or by a place or people of it ("Japan"
 * for Japanese, see places.ts). Asked, like a field, in the sentence that asks; of languages listed,
 * any one, English too; not one the question sets aside ("like taskmaster but not english"). Pure.
 */
import type { Paper } from '../../corpus/paper.js';
import { type Kind, unwrittenKinds } from './modalities.js';
import { LANGUAGES, placeWords } from './places.js';
import { askingSentences, foldedWords } from '../text.js';
import { escapeRegExp } from '../../util/regexp.js';

/** The languages other than English the question types in its asking sentences that the paper names in none of their words. */
export function unmentionedLanguages(question: string, paper: Pick<Paper, 'title' | 'abstract'>): string[] {
  const asking = askingSentences(question);
  const typed = [...new Set(foldedWords(asking).filter((w) => LANGUAGES.has(w)))];
  if (typed.every((w) => w === 'english')) return [];
  const kinds: Kind[] = typed.map((language) => ({
    asked: new RegExp(`\\b${escapeRegExp(language)}\\b`, 'giu'),
    written: new RegExp(`\\b(?:${[language, ...placeWords(language)].map(escapeRegExp).join('|')})\\b`, 'iu'),
  }));
  // English is one of languages listed ("in japanese, korean or english"), never one a paper must name.
  return unwrittenKinds(asking, foldedWords(`${paper.title}\n${paper.abstract}`).join(' '), kinds).filter((w) => w !== 'english');
}
