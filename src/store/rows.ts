import { type Paper, PaperSchema } from '../corpus/paper.js';

/** A paper as both stores keep it: one column per field, lists as JSON text. */
export interface PaperRow {
  id: string;
  title: string;
  abstract: string;
  url: string | null;
  published: string | null;
  added_at: string;
  sources: string;
  upvotes: number | null;
  authors: string | null;
  /** The paper's description as JSON text. */
  description: string | null;
}

export function toRow(p: Paper, revision: number): PaperRow & { revision: number } {
  return {
    id: p.id,
    title: p.title,
    abstract: p.abstract,
    url: p.url ?? null,
    published: p.published ?? null,
    added_at: p.addedAt,
    sources: JSON.stringify(p.sources),
    upvotes: p.upvotes ?? null,
    authors: p.authors ? JSON.stringify(p.authors) : null,
    description: p.description ? JSON.stringify(p.description) : null,
    revision,
  };
}

export function fromRow(r: PaperRow): Paper {
  return PaperSchema.parse({
    id: r.id,
    title: r.title,
    abstract: r.abstract,
    addedAt: r.added_at,
    sources: JSON.parse(r.sources) as unknown,
    ...(r.url !== null ? { url: r.url } : {}),
    ...(r.published !== null ? { published: r.published } : {}),
    ...(r.upvotes !== null ? { upvotes: r.upvotes } : {}),
    ...(r.authors !== null ? { authors: JSON.parse(r.authors) as unknown } : {}),
    ...(r.description !== null ? { description: JSON.parse(r.description) as unknown } : {}),
  });
}

export const PAPER_COLUMNS = 'id, title, abstract, url, published, added_at, sources, upvotes, authors, description';
