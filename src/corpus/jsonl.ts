import * as z from 'zod';
import { InputFileError, QUOTE_CHARS } from '../errors.js';
import { cleanLine, httpUrl } from '../util/sanitize.js';
import { truncate } from '../util/truncate.js';
import { assertText } from './pages.js';
import type { RawPaper } from './paper.js';

const JsonlRecord = z.object({
  title: z.string(),
  abstract: z.string(),
  url: z.string().optional(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/)
    .transform((s) => s.slice(0, 10))
    .optional(),
  upvotes: z.number().int().nonnegative().optional(),
  authors: z.array(z.string()).optional(),
});

/**
 * The records of JSON Lines text, each checked against `schema`, with their line numbers; blank
 * lines are skipped. A line that is not JSON, or not a valid `what`, stops with `file:line: reason`.
 */
export function parseJsonLines<T>(content: string, file: string, schema: z.ZodType<T>, what: string): { line: number; record: T }[] {
  const records: { line: number; record: T }[] = [];
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (text === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new InputFileError(file, i + 1, 'malformed JSON');
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputFileError(file, i + 1, `invalid ${what}: ${issue?.path.join('.') || what}: ${issue?.message ?? 'invalid'}`);
    }
    records.push({ line: i + 1, record: parsed.data });
  }
  return records;
}

/**
 * Parses JSON Lines: one `{"title", "abstract", "url"?, "published"?}` object per line. Control and
 * invisible characters are removed from the text. A link must be http(s) (one written without a
 * scheme is taken as https; an empty one as none): any other stops the file at its line, like every
 * other malformed field, so that the user fixes the line instead of losing a link unnoticed.
 */
export function parseJsonl(content: string, file: string): RawPaper[] {
  assertText(content, file);
  const papers: RawPaper[] = [];
  for (const { line, record: r } of parseJsonLines(content, file, JsonlRecord, 'record')) {
    const title = cleanLine(r.title);
    const abstract = cleanLine(r.abstract);
    if (title === '') throw new InputFileError(file, line, 'empty title');
    if (abstract === '') throw new InputFileError(file, line, 'empty abstract');
    const link = r.url === undefined ? '' : cleanLine(r.url);
    const url = link === '' ? undefined : httpUrl(link);
    if (link !== '' && url === undefined) {
      throw new InputFileError(file, line, `url is not an http(s) link: "${truncate(link, QUOTE_CHARS)}"`);
    }
    const authors = r.authors?.map(cleanLine).filter((a) => a !== '');
    papers.push({
      title,
      abstract,
      source: file,
      ...(url ? { url } : {}),
      ...(r.published ? { published: r.published } : {}),
      ...(r.upvotes !== undefined ? { upvotes: r.upvotes } : {}),
      ...(authors && authors.length > 0 ? { authors } : {}),
    });
  }
  if (papers.length === 0) throw new InputFileError(file, undefined, 'no papers found');
  return papers;
}
