/**
 * The search index's tables in PostgreSQL, in the store's schema. `search_index` has one row per
 * index version (its state, what it records about itself, the embedder's fitted model);
 * `search_index_current` names the version in use. Each version has its own tables:
 *
 * | table | rows |
 * | --- | --- |
 * | `chunks_v<n>` | one unit vector per chunk (`doc`, `chunk`, `embedding vector(d)`), read by paper |
 * | `centroids_v<n>` | one unit vector per paper: the normalised mean of its chunks, HNSW index (cosine) |
 * | `lexical_docs_v<n>` | one row per paper: its number `doc`, `paper_id` (the normalised title; GiST trigram index for title lookup), BM25 length, its terms' counts ({@link encodeCounts}) |
 * | `lexical_terms_v<n>` | each term's number `id` and document frequency |
 * | `lexical_postings_v<n>` | (term id, doc, weight): the BM25 term-frequency part of each term in each paper, btree on (term, weight DESC) INCLUDE (doc) |
 * | `lexical_words_v<n>` | each word's count, for fixing typos in queries |
 * | `author_words_v<n>` | (word, doc): each word of a paper's authors' names, accents folded, btree on word |
 *
 * Papers are numbered 0 .. n - 1 within a version (`doc`); their records are read from `papers`.
 * Search never asks for the chunks nearest a vector across the corpus (only the chunks of the
 * papers nearest by centroid are scored), so the chunks have no HNSW index.
 */
import pg from 'pg';
import * as z from 'zod';
import type { Config } from '../../config.js';
import { redactDatabaseUrl } from '../../store/database-url.js';
import { ConfidenceModelSchema } from '../confidence/confidence.js';
import { EmbedderSpecSchema } from '../embedding/embedders.js';

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * A paper's term counts as bytes: pairs of (term id minus the previous one, count) as unsigned
 * LEB128 varints, term ids ascending; about 2.5 bytes a term.
 */
export function encodeCounts(counts: ReadonlyMap<number, number>): Buffer {
  const ids = [...counts.keys()].sort((a, b) => a - b);
  const out: number[] = [];
  const put = (x: number) => {
    while (x >= 0x80) {
      out.push((x & 0x7f) | 0x80);
      x >>>= 7;
    }
    out.push(x);
  };
  let prev = 0;
  for (const id of ids) {
    put(id - prev);
    put(counts.get(id)!);
    prev = id;
  }
  return Buffer.from(out);
}

/** The term counts {@link encodeCounts} wrote. */
export function decodeCounts(buf: Uint8Array): Map<number, number> {
  const out = new Map<number, number>();
  let i = 0;
  const get = () => {
    let x = 0;
    let shift = 0;
    for (;;) {
      const b = buf[i++]!;
      x += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return x;
      shift += 7;
    }
  };
  let id = 0;
  while (i < buf.length) {
    id += get();
    out.set(id, get());
  }
  return out;
}

/** What a version records about itself (the `info` column, JSON). */
export const PgIndexInfoSchema = z.object({
  embedder: EmbedderSpecSchema,
  dimensions: z.number().int().positive(),
  papers: z.number().int().nonnegative(),
  chunks: z.number().int().nonnegative(),
  chunkSize: z.number().int().positive(),
  chunkOverlap: z.number().int().nonnegative(),
  storeRevision: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
  confidence: ConfidenceModelSchema.optional(),
  /** The average BM25 document length the postings' weights were computed with (kept as papers are added). */
  avgdl: z.number().positive(),
  /** The fixed random sample of papers whose scores estimate the corpus's score statistics. */
  sample: z.array(z.number().int().nonnegative()),
});
export type PgIndexInfo = z.infer<typeof PgIndexInfoSchema>;

/** The quoted, schema-qualified tables of the index and of one version. */
export function pgTables(schema: string, version = 0) {
  const s = quoteIdent(schema);
  return {
    schema: s,
    papers: `${s}.papers`,
    meta: `${s}.store_meta`,
    versions: `${s}.search_index`,
    current: `${s}.search_index_current`,
    chunks: `${s}."chunks_v${version}"`,
    centroids: `${s}."centroids_v${version}"`,
    docs: `${s}."lexical_docs_v${version}"`,
    postings: `${s}."lexical_postings_v${version}"`,
    terms: `${s}."lexical_terms_v${version}"`,
    words: `${s}."lexical_words_v${version}"`,
    authors: `${s}."author_words_v${version}"`,
    /** The name of the index on `authors`' words (in the schema of its table). */
    authorsIndex: quoteIdent(`author_words_v${version}_word`),
  };
}
export type PgTables = ReturnType<typeof pgTables>;

/** The tables of a version, as names to drop. */
export function versionTables(t: PgTables): string[] {
  return [t.chunks, t.centroids, t.docs, t.postings, t.terms, t.words, t.authors];
}

/** HNSW search breadth: candidates kept while walking the graph (pgvector's default is 40). */
export const HNSW_EF_SEARCH = 100;


const SETTINGS: Record<string, string> = { 'hnsw.ef_search': String(HNSW_EF_SEARCH) };

/**
 * A connection pool for the index. Each connection asks for the index's search settings when it
 * starts (placeholders until the extensions load, which take them then).
 */
export function indexPool(config: Config, options: { max?: number; warn?: (m: string) => void } = {}): pg.Pool {
  const url = config.PAPERBOT_DATABASE_URL!;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 4,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    allowExitOnIdle: true,
    application_name: 'paperbot-index',
    options: Object.entries(SETTINGS)
      .map(([k, v]) => `-c ${k}=${v}`)
      .join(' '),
  });
  pool.on('error', (err) => options.warn?.(`PostgreSQL connection to ${redactDatabaseUrl(url)} lost (${err.message}); the next query reconnects`));
  return pool;
}

/**
 * Makes sure the search settings hold. A server that ignores the settings a connection starts with
 * (PGlite, which serves every connection from one session) gets them set once for that session.
 */
export async function applySettings(pool: pg.Pool): Promise<void> {
  const keys = Object.keys(SETTINGS);
  const rows = await pool.query<{ name: string; value: string | null }>('SELECT name, current_setting(name, true) AS value FROM unnest($1::text[]) AS name', [keys]);
  if (rows.rows.every((r) => r.value === SETTINGS[r.name])) return;
  await pool.query(keys.map((k) => `SET ${k} = ${SETTINGS[k]}`).join('; '));
}

/** The schemas the pgvector and pg_trgm extensions live in, quoted; undefined for one not installed. */
export async function extensionSchemas(c: pg.Pool | pg.PoolClient): Promise<{ vector?: string; trgm?: string }> {
  const rows = await c.query<{ extname: string; schema: string }>(
    "SELECT e.extname, n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname IN ('vector', 'pg_trgm')",
  );
  const of = (name: string) => rows.rows.find((r) => r.extname === name)?.schema;
  const vector = of('vector');
  const trgm = of('pg_trgm');
  return { ...(vector ? { vector: quoteIdent(vector) } : {}), ...(trgm ? { trgm: quoteIdent(trgm) } : {}) };
}

/** The version in use, if any. */
export async function currentVersion(c: pg.Pool | pg.PoolClient, t: PgTables): Promise<{ version: number; info: PgIndexInfo } | undefined> {
  const rows = await c.query<{ version: number; info: string }>(
    `SELECT v.version, v.info FROM ${t.current} c JOIN ${t.versions} v ON v.version = c.version WHERE v.state = 'ready'`,
  );
  const row = rows.rows[0];
  return row ? { version: row.version, info: parseInfo(row.info) } : undefined;
}

export function parseInfo(text: string): PgIndexInfo {
  return PgIndexInfoSchema.parse(JSON.parse(text));
}

/** Where the index lives, for messages. */
export function indexLocation(config: Config): string {
  return `${redactDatabaseUrl(config.PAPERBOT_DATABASE_URL ?? '')} (schema ${config.PAPERBOT_DATABASE_SCHEMA})`;
}
