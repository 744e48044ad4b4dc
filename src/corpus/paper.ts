import * as z from 'zod';
import { httpUrl, stripInvisible } from '../util/sanitize.js';

export const PaperSchema = z.object({
  /** Identity: the normalised title (see {@link normalizeTitle}). */
  id: z.string().min(1),
  title: z.string().min(1),
  abstract: z.string().min(1),
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

/** The text a whole paper is embedded (or the latent semantic model fitted) from: the title counts twice. */
export function paperText(p: Pick<Paper, 'title' | 'abstract'>): string {
  return `${p.title}. ${p.title}. ${p.abstract}`;
}

export function paperId(title: string): string {
  return normalizeTitle(title).replace(/ /g, '-');
}
