import { z } from 'zod';
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
 * Parses JSON Lines: one `{"title", "abstract", "url"?, "published"?}` object per line. Control and
 * invisible characters are removed from the text. A link must be http(s) (one written without a
 * scheme is taken as https; an empty one as none): any other stops the file at its line, like every
 * other malformed field, so that the user fixes the line instead of losing a link unnoticed.
 */
export function parseJsonl(content: string, file: string): RawPaper[] {
  assertText(content, file);
  const papers: RawPaper[] = [];
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
    const parsed = JsonlRecord.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputFileError(file, i + 1, `invalid record: ${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`);
    }
    const r = parsed.data;
    const title = cleanLine(r.title);
    const abstract = cleanLine(r.abstract);
    if (title === '') throw new InputFileError(file, i + 1, 'empty title');
    if (abstract === '') throw new InputFileError(file, i + 1, 'empty abstract');
    const link = r.url === undefined ? '' : cleanLine(r.url);
    const url = link === '' ? undefined : httpUrl(link);
    if (link !== '' && url === undefined) {
      throw new InputFileError(file, i + 1, `url is not an http(s) link: "${truncate(link, QUOTE_CHARS)}"`);
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
