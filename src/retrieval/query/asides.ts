/**
 * What a question does not ask for, though it types it: what the asker says of themselves (see
 * first-person.ts), what it sets aside ("other than ImageNet", "we can't use GPT-4"), and examples it
 * leaves open ("like 3gpp specs etc."). Pure.
 */
import { withoutAsker } from './first-person.js';
import { DONE_WITHOUT_WORDS } from '../requirements/unnamed.js';

/** Words that set aside what follows them: "other than ImageNet", "excluding GPT-4", "instead of a questionnaire", "we can't use GPT-4". */
export const OTHER_THAN_WORDS = String.raw`(?:other\s+than|excluding|except(?:\s+for)?|apart\s+from|aside\s+from|${DONE_WITHOUT_WORDS}|(?:can['’]?t|cannot|can\s+not|don['’]?t|do\s+not)\s+(?:use|afford|access|run))`;

/**
 * What a question sets aside, up to the next mark: "— not classic recsys stuff", "(not BERT)", ", no
 * logprobs at all", "other than ImageNet", "excluding GPT-4"; a "not" that opens an aside, not one of a verb ("does it not
 * work on whisper?").
 */
const SET_ASIDE = new RegExp(String.raw`(?:(?:^|[,;:(—–]|\s-)\s*(?:but\s+|and\s+)?(?:not|no(?=\s))|\b${OTHER_THAN_WORDS}\s)[^.,;:!?()—–]*`, 'giu');

/** What ends a list of examples left open: "etc.", "and so on", "and the like". */
export const OPEN_END = String.raw`(?:etc\b\.?|and\s+so\s+on\b|and\s+the\s+like\b|and\s+stuff\b|and\s+such\b|or\s+similar\b)`;

/**
 * Examples a question leaves open with "etc." or the like: "like 3gpp specs etc.", "e.g. rlhf, dpo and
 * so on", "(hypernetwork, diffusion model, VAE and the like)", "related to finnish/estonian etc"; and
 * examples in brackets: "(think the relatives of Finnish and Estonian)", "(e.g. banking)". They
 * illustrate what is asked; the papers that answer need not name them.
 */
const OPEN_EXAMPLES = new RegExp(
  String.raw`\b(?:like|e\.g\.?|eg|such\s+as|for\s+example|for\s+instance)\s[^.?!;()]*?\b${OPEN_END}|\([^()]*?\b${OPEN_END}\s*\)|\(\s*(?:think|e\.g\.?|eg|for\s+example|for\s+instance|such\s+as|say)\b[^()]*\)|(?:[\p{L}\p{N}-]+\s*\/\s*)+[\p{L}\p{N}-]+,?\s+${OPEN_END}`,
  'giu',
);

/**
 * The question without what it does not ask for: what the asker says of themselves (see
 * first-person.ts), what it sets aside, and examples it leaves open.
 */
export function withoutAsides(question: string): string {
  return withoutAsker(question).replace(SET_ASIDE, ' ').replace(OPEN_EXAMPLES, ' ');
}
