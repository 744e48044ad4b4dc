/**
 * A follow-up that only thanks or acknowledges an answer ("thanks!", "ok cool", "perfect, ty"): it
 * asks nothing, so it gets a short reply instead of the answer again. Pure.
 */
import type { Reply } from './types.js';

const WORDS = new Set(
  (
    'thanks thank thx thnx ty tysm tyvm thankyou you u so much lot a many very really ok okay k kk cool great nice awesome perfect ' +
    'got it that thats this is was works worked good bot lol haha wow amazing helpful useful appreciate appreciated cheers ' +
    'exactly makes sense brilliant excellent sweet neat'
  ).split(' '),
);

/** Words of that list that say nothing on their own ("is it", "that"). */
const FILLER = new Set(['you', 'u', 'a', 'it', 'that', 'this', 'is', 'was', 'so', 'very', 'really']);

/** Most words an acknowledgement has. */
const MAX_WORDS = 8;

/** Whether a follow-up only thanks or acknowledges (no question mark, every word one of thanks or assent). */
export function isThanks(text: string): boolean {
  if (text.includes('?')) return false;
  const words = text.toLowerCase().replace(/[’']/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0 && words.length <= MAX_WORDS && words.every((w) => WORDS.has(w)) && words.some((w) => !FILLER.has(w));
}

export const THANKS_REPLY: Reply = {
  content: 'Glad it helped. Press 👍 under the answer to say so, or reply with another question to follow up.',
};
