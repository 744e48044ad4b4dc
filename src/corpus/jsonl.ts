import { z } from 'zod';
import { InputFileError } from '../errors.js';
import { assertText } from './pages.js';
import type { RawPaper } from './paper.js';

const JsonlRecord = z.object({
  title: z.string(),
  abstract: z.string(),
  url: z.string().url().optional(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/)
    .transform((s) => s.slice(0, 10))
    .optional(),
  upvotes: z.number().int().nonnegative().optional(),
  authors: z.array(z.string()).optional(),
});

/** Parses JSON Lines: one `{"title", "abstract", "url"?, "published"?}` object per line. */
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
    if (r.title.trim() === '') throw new InputFileError(file, i + 1, 'empty title');
    if (r.abstract.trim() === '') throw new InputFileError(file, i + 1, 'empty abstract');
    papers.push({
      title: r.title.trim().replace(/\s+/g, ' '),
      abstract: r.abstract.trim().replace(/\s+/g, ' '),
      source: file,
      ...(r.url ? { url: r.url } : {}),
      ...(r.published ? { published: r.published } : {}),
      ...(r.upvotes !== undefined ? { upvotes: r.upvotes } : {}),
      ...(r.authors ? { authors: r.authors } : {}),
    });
  }
  if (papers.length === 0) throw new InputFileError(file, undefined, 'no papers found');
  return papers;
}
