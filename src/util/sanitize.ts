/**
 * Cleaning for text from outside (paper files, the daily-papers API, questions, LLM replies) before
 * it is stored, compared or shown. Parsers and query validation clean what comes in; the terminal
 * and Discord renderers clean again what goes out, so text from an older index is safe too.
 */

/**
 * ANSI escape sequences: CSI (`ESC [` or 0x9B, parameters, final byte), string sequences (OSC, DCS,
 * PM, APC) up to their terminator or the end of the line, and the other two-part `ESC` sequences.
 */
const ANSI =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b[\]P^_X]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c\n]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -/]*[0-~]?/g;

/** C0 and C1 control characters other than tab and newline, and the bidirectional embedding, override and isolate controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Characters that show as nothing: zero-width space, non-joiner and joiner, word joiner, byte order mark, soft hyphen. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Removes ANSI escape sequences and control characters; keeps tabs and line breaks (a carriage return becomes a line break). */
export function stripControl(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(ANSI, '').replace(CONTROL, '');
}

/** Removes characters that show as nothing, so that two texts that look the same compare the same. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** One line of text from outside: control and invisible characters removed, whitespace collapsed, trimmed. */
export function cleanLine(text: string): string {
  return stripInvisible(stripControl(text)).replace(/\s+/g, ' ').trim();
}

/** A line that opens with a bullet ("- ", "* ", "• ", "+ "). */
const BULLET = /^[ \t]*[-*•+][ \t]+(?=\S)/gm;

/**
 * As {@link cleanLine}, keeping a bulleted list's items apart when its lines are joined: two or more
 * lines that open with a bullet are numbered "1)", "2)", ... ("two things:\n- a\n- b" becomes "two
 * things: 1) a 2) b"), as a list typed on one line would be.
 */
export function cleanLines(text: string): string {
  const clean = stripControl(text);
  if ((clean.match(BULLET) ?? []).length < 2) return cleanLine(clean);
  let n = 0;
  return cleanLine(clean.replace(BULLET, () => `${++n}) `));
}

/** A host name with a dot (or `localhost`), an optional port, then the path: a link written without a scheme, e.g. `arxiv.org/abs/…`. */
const BARE_HOST = /^(?:localhost|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,})(?::\d+)?(?:[/?#]|$)/i;

/**
 * The link as an absolute `http:` or `https:` URL, or undefined when it is something else
 * (`javascript:`, `file:`, `data:`, no host, not a URL). A link written without a scheme
 * (`arxiv.org/abs/2401.00001`, `//arxiv.org/…`) is taken as https.
 */
export function httpUrl(raw: string): string | undefined {
  let text = cleanLine(raw);
  if (text.startsWith('//')) text = `https:${text}`;
  else if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && BARE_HOST.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return undefined;
  return url.href;
}
