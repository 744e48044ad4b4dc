import * as z from 'zod';
import { httpUrl, stripInvisible } from '../util/sanitize.js';
import { fromLatex } from './latex.js';

/**
 * How a paper reads in everyday words: a plain summary and requests a reader might type to find it.
 * Written by an LLM from the abstract (`paperbot describe`) or read from a `.descriptions.jsonl` file;
 * search reads it with the abstract, so a question worded unlike the paper still finds it.
 */
export const DescriptionSchema = z.object({
  summary: z.string().min(1).max(2000),
  questions: z.array(z.string().min(1).max(500)).max(8),
});

export type Description = z.infer<typeof DescriptionSchema>;

export const PaperSchema = z.object({
  /** Identity: the normalised title (see {@link normalizeTitle}). */
  id: z.string().min(1),
  title: z.string().min(1),
  /** Read without LaTeX markup (see latex.ts), also where a store or index written before keeps it. */
  abstract: z.string().min(1).transform((a) => fromLatex(a)),
  /** An http(s) link; any other link (stored before links were checked) is dropped when read. */
  url: z
    .string()
    .transform((u) => httpUrl(u))
    .optional(),
  /** Publication date (YYYY-MM-DD) where the source gives one. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** When paperbot first ingested the paper (ISO timestamp). */
  addedAt: z.string(),
  /** The files or feeds the paper was read from. */
  sources: z.array(z.string()).min(1),
  upvotes: z.number().int().nonnegative().optional(),
  authors: z.array(z.string()).optional(),
  description: DescriptionSchema.optional(),
});

export type Paper = z.infer<typeof PaperSchema>;

/** A paper as read from an input, before it has an identity or an ingest time. */
export interface RawPaper {
  title: string;
  abstract: string;
  url?: string;
  published?: string;
  source: string;
  upvotes?: number;
  authors?: string[];
}

/** Lower case, accents folded, invisible characters removed, punctuation removed, whitespace collapsed. */
export function normalizeTitle(title: string): string {
  return stripInvisible(title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What search reads of a paper besides its title: the abstract, then its description when it has one. */
export function searchBody(p: Pick<Paper, 'abstract' | 'description'>): string {
  const d = p.description;
  return d ? `${p.abstract}\n\n${d.summary}\n\n${d.questions.join('\n')}` : p.abstract;
}

/** The text a whole paper is embedded (or the latent semantic model fitted) from: the title counts twice. */
export function paperText(p: Pick<Paper, 'title' | 'abstract' | 'description'>): string {
  return `${p.title}. ${p.title}. ${searchBody(p)}`;
}

/** The words of a paper's authors' names as search matches them (lower case, accents folded): "Ada Zebra" → ada, zebra. */
export function authorWords(authors: readonly string[] | undefined): Set<string> {
  return new Set((authors ?? []).flatMap((a) => normalizeTitle(a).split(' ')).filter((w) => w.length >= 2));
}

export function paperId(title: string): string {
  return normalizeTitle(title).replace(/ /g, '-');
}

/**
 * The papers with the latest publication dates, newest first (ties by title, in code-point order as
 * PostgreSQL's "C" collation sorts them); papers without a date are left out.
 */
export function newestFirst(papers: readonly Paper[], limit: number): Paper[] {
  return papers
    .filter((p) => p.published !== undefined)
    .sort((a, b) => b.published!.localeCompare(a.published!) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0))
    .slice(0, limit);
}
