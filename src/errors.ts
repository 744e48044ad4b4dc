import { cleanLines } from './util/sanitize.js';

/**
 * An error the user caused (bad input, unknown title, malformed file). Its message is one line,
 * safe to show as is; the CLI exits with code 2 on it.
 */
export class UserError extends Error {
  override name = 'UserError';
  readonly exitCode = 2;
}

/** A malformed input file: names the file and, where known, the line. */
export class InputFileError extends UserError {
  override name = 'InputFileError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly reason: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
  }
}

export const MAX_QUERY_LENGTH = 2000;

/** Characters of a value an error message quotes. */
export const QUOTE_CHARS = 60;

/**
 * Validates a free-text query: not empty, not longer than {@link MAX_QUERY_LENGTH}. Returns it
 * cleaned: control and invisible characters removed, whitespace collapsed (a bulleted list's items
 * numbered, see {@link cleanLines}), trimmed.
 */
export function validateQuery(raw: string, what = 'query'): string {
  const q = cleanLines(raw);
  if (q === '') throw new UserError(`${what} is empty`);
  if (q.length > MAX_QUERY_LENGTH) {
    throw new UserError(`${what} is too long (${q.length} characters, at most ${MAX_QUERY_LENGTH})`);
  }
  return q;
}
