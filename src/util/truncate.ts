/**
 * Cutting text to a number of characters (UTF-16 code units), with an ellipsis where it was cut.
 * `truncate` cuts anywhere; `shorten` cuts at a word boundary. Cutting to a number of tokens is the
 * prompt's job (src/answer/prompt.ts), to a width in pixels the theme map's (src/render/theme-map.ts).
 */

export const ELLIPSIS = '…';

/** Cuts `text` to at most `max` characters, ending with an ellipsis when it was cut; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, max);
  let cut = max - ELLIPSIS.length;
  if (isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
  return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}

/**
 * Cuts text at a word boundary so that it fits `max` characters, with an ellipsis when cut (and no
 * dangling punctuation before it). Runs of whitespace become one space.
 */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = space > max * 0.5 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.(–—-]+$/u, '')}${ELLIPSIS}`;
}

/** Whether a UTF-16 code unit is the first half of a surrogate pair (a cut right after it splits a character). */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
