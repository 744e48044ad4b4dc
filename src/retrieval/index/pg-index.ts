import type { Embeddings } from '@langchain/core/embeddings';
import type pg from 'pg';
import type { Config } from '../../config.js';
import { type Paper, authorWords, normalizeTitle } from '../../corpus/paper.js';
import { refOf } from '../../corpus/identifiers.js';
import { PAPER_COLUMNS, type PaperRow, fromRow } from '../../store/rows.js';
import { bm25Idf, bm25Tf } from '../ranking/lexical.js';
import { LsaEmbeddings, LsaMetaSchema, LsaModel } from '../embedding/lsa.js';
import { type EmbeddingsFactory, defaultEmbeddingsFactory } from '../embedding/open-embeddings.js';
import {
  type PgIndexInfo,
  type PgTables,
  applySettings,
  currentVersion,
  decodeCounts,
  extensionSchemas,
  indexLocation,
  indexPool,
  parseInfo,
  pgTables,
} from './pg-index-schema.js';
import { PgVectorStore, vectorLiteral } from './pg-vector-store.js';
import { TWO_SLIPS_FROM, americanSpelling, correctText, edits, hyphenations, isCorrectable, mayBeTwoSlipsFrom, wordsToCheck } from '../query/spelling.js';
import type { IndexInfo, PublicationSummary, ScoreRequest, ScoredPapers, SearchIndex, TermStats } from './search-index.js';
import { TitleIndex } from '../titles.js';

/** How a query's candidates are found: the papers nearest by centroid, and the best postings of each term. */
export const PG_CANDIDATES = {
  /** Papers taken from the lexical side (ranked by their summed capped postings). */
  lexical: 100,
  /** Postings read per query term, highest weight first. */
  perTerm: 500,
  /** Title candidates found by trigram similarity, then scored as every title is. */
  titles: 50,
};

/** Entries each of the index's lookup caches holds before it starts afresh. */
const CACHE_ENTRIES = 100_000;

/** A paper's BM25 document: its length and how often it holds each term (by term id). */
interface LexicalDoc {
  len: number;
  counts: Map<number, number>;
}

/** The fixed random sample of papers whose scores estimate the corpus's score statistics, held in memory. */
interface Sample {
  docs: Int32Array;
  /** docs x dimensions, unit rows (zero rows for papers without a vector). */
  centroids: Float32Array;
  lexical: LexicalDoc[];
}

/** A known query term: its id and its weight in the score (query count x idf). */
interface QueryTerm {
  id: number;
  w: number;
}

/**
 * The search index in PostgreSQL (see pg-index-schema.ts for its tables): a query's candidates are
 * the papers nearest by centroid (HNSW, through {@link PgVectorStore}) and the best of the lexical
 * postings; every candidate is then scored exactly (centroid cosine, best-chunk cosine of the
 * nearest, BM25), and the corpus's score statistics come from a fixed random sample of papers held
 * in memory. Paper records are read from the store of record as results need them.
 */
export class PostgresIndex implements SearchIndex {
  private readonly centroidStore: PgVectorStore;
  private readonly chunkStore: PgVectorStore;
  /** The id and document frequency of the terms seen so far (id 0: not in the corpus). */
  private readonly termCache = new Map<string, { id: number; df: number }>();
  /** The BM25 documents of the papers looked up so far. */
  private readonly docCache = new Map<number, LexicalDoc>();
  /** Texts with their typos fixed, as looked up so far. */
  private readonly spellCache = new Map<string, string>();
  /** The centroids read so far (pseudo-relevance feedback adds the best papers' centroids to each query). */
  private readonly centroidCache = new Map<number, Float32Array>();

  private constructor(
    private readonly pool: pg.Pool,
    private readonly t: PgTables,
    private readonly ext: { vector: string; trgm: string },
    readonly version: number,
    private readonly meta: PgIndexInfo,
    readonly embeddings: Embeddings,
    private readonly sample: Sample,
    private readonly ownsPool: boolean,
    /** Whether the version has its table of authors' words (one made before there was one may not yet). */
    private readonly authorWordsTable: boolean,
  ) {
    this.centroidStore = new PgVectorStore(embeddings, pool, { table: t.centroids, vectorSchema: ext.vector, chunks: false });
    this.chunkStore = new PgVectorStore(embeddings, pool, { table: t.chunks, vectorSchema: ext.vector, chunks: true });
  }

  /** Opens one version of the index (`ownsPool`: the pool is ended when the index is closed). */
  static async open(
    pool: pg.Pool,
    schema: string,
    version: number,
    options: { config: Config; embeddings?: EmbeddingsFactory | undefined; ownsPool?: boolean },
  ): Promise<PostgresIndex> {
    const t = pgTables(schema, version);
    const [ext] = await Promise.all([extensionSchemas(pool), applySettings(pool)]);
    if (!ext.vector || !ext.trgm) throw new Error(`the search index in ${indexLocation(options.config)} needs the vector and pg_trgm extensions, which are gone`);
    const row = (await pool.query<{ info: string }>(`SELECT info FROM ${t.versions} WHERE version = $1`, [version])).rows[0];
    if (!row) throw new Error(`search index version ${version} is gone from ${indexLocation(options.config)}`);
    const meta = parseInfo(row.info);
    const [embeddings, sample, authors] = await Promise.all([
      openPgEmbeddings(pool, t, version, meta, options),
      readSample(pool, t, meta),
      pool.query<{ r: string | null }>(`SELECT to_regclass($1) AS r`, [t.authors]),
    ]);
    return new PostgresIndex(pool, t, { vector: ext.vector, trgm: ext.trgm }, version, meta, embeddings, sample, options.ownsPool ?? false, authors.rows[0]?.r != null);
  }

  get info(): IndexInfo {
    const { avgdl: _avgdl, sample: _sample, ...info } = this.meta;
    return info;
  }

  get size(): number {
    return this.meta.papers;
  }

  async correctSpelling(text: string): Promise<string> {
    let out = this.spellCache.get(text);
    if (out === undefined) {
      out = await this.lookUpSpelling(text);
      if (this.spellCache.size >= CACHE_ENTRIES / 10) this.spellCache.clear();
      this.spellCache.set(text, out);
    }
    return out;
  }

  private async lookUpSpelling(text: string): Promise<string> {
    const words = wordsToCheck(text);
    if (words.length === 0) return text;
    const counts = await this.wordCounts([...new Set([...words, ...words.map(americanSpelling)])]);
    const unknown = words.filter((w) => !counts.has(w));
    if (unknown.length === 0) return correctText(text, counts, this.size);
    const candidates = [...new Set(unknown.flatMap((w) => [...[...edits(w)].filter(isCorrectable), ...hyphenations(w)]))];
    const found = await Promise.all([this.wordCounts(candidates), ...unknown.filter((w) => w.length >= TWO_SLIPS_FROM).map((w) => this.twoSlipsCandidates(w))]);
    for (const [w, n] of found.flatMap((m) => [...m])) counts.set(w, n);
    return correctText(text, counts, this.size);
  }

  /** The corpus words (used at least twice) a word typed with two slips may have been meant as (see {@link mayBeTwoSlipsFrom}). */
  private async twoSlipsCandidates(typed: string): Promise<Map<string, number>> {
    // The range lets the primary key's index find the words of that first letter (all of them letters, so no later than "mzz...z").
    const rows = await this.pool.query<{ word: string; n: number }>(
      `SELECT word, n FROM ${this.t.words} WHERE word BETWEEN $1 AND $2 AND n >= 2 AND left(word, 1) = $1 AND length(word) BETWEEN $3 AND $4`,
      [typed[0], `${typed[0]}${'z'.repeat(typed.length + 2)}`, typed.length - 2, typed.length + 2],
    );
    return new Map(rows.rows.filter((r) => mayBeTwoSlipsFrom(typed, r.word)).map((r) => [r.word, r.n]));
  }

  async corpusWords(words: readonly string[]): Promise<Set<string>> {
    return new Set((await this.wordCounts(words)).keys());
  }

  private async wordCounts(words: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.pool.query<{ word: string; n: number }>(`SELECT word, n FROM ${this.t.words} WHERE word = ANY($1::text[])`, [words]);
    return new Map(rows.rows.map((r) => [r.word, r.n]));
  }

  /** The id and document frequency of each term (id 0, df 0 for a term the corpus never uses). */
  private async terms(terms: readonly string[]): Promise<{ id: number; df: number }[]> {
    const missing = [...new Set(terms.filter((t) => !this.termCache.has(t)))];
    if (missing.length > 0) {
      const rows = await this.pool.query<{ id: number; term: string; df: number }>(`SELECT id, term, df FROM ${this.t.terms} WHERE term = ANY($1::text[])`, [
        missing,
      ]);
      if (this.termCache.size > CACHE_ENTRIES) this.termCache.clear();
      for (const t of missing) this.termCache.set(t, { id: 0, df: 0 });
      for (const r of rows.rows) this.termCache.set(r.term, { id: r.id, df: r.df });
    }
    return terms.map((t) => this.termCache.get(t) ?? { id: 0, df: 0 });
  }

  async termStats(terms: readonly string[]): Promise<TermStats[]> {
    const known = await this.terms(terms);
    return terms.map((term, i) => ({ term, df: known[i]!.df, idf: bm25Idf(this.meta.papers, known[i]!.df) }));
  }

  async score(request: ScoreRequest): Promise<ScoredPapers> {
    const { previous, vector } = request;
    const words = [...request.weights.keys()];
    const known = await this.terms(words);
    const query: QueryTerm[] = [];
    words.forEach((word, i) => {
      const { id, df } = known[i]!;
      if (df > 0) query.push({ id, w: request.weights.get(word)! * bm25Idf(this.meta.papers, df) });
    });
    const near = vector ? await this.centroidStore.similaritySearchVectorWithScore(Array.from(vector), request.chunkPapers) : [];
    const nearDocs = near.map(([d]) => (d.metadata as { doc: number }).doc);
    const found = await this.candidates(query, vector, nearDocs, previous?.docs ?? new Int32Array(0));
    const before = new Set(previous?.docs ?? []);
    const docs = [...(previous?.docs ?? []), ...[...found.keys()].filter((d) => !before.has(d))];
    const n = docs.length;
    const out: ScoredPapers = { docs: Int32Array.from(docs), lexical: new Float64Array(n), centroid: new Float64Array(n), chunk: new Float64Array(n) };
    docs.forEach((doc, i) => {
      const c = found.get(doc);
      out.lexical[i] = previous && i < previous.docs!.length ? previous.lexical[i]! : c?.lexical ? bm25Of(query, c.lexical, this.meta.avgdl) : 0;
      out.centroid[i] = c?.centroid ?? 0;
      out.chunk[i] = c?.chunk ?? c?.centroid ?? 0;
    });
    out.sample = this.sampleScores(query, vector, found, previous?.sample?.lexical);
    return out;
  }

  /**
   * One round of a query's candidates in one statement: the papers nearest by centroid (`near`,
   * found through HNSW), those whose capped postings of the query's terms sum highest (unless
   * `known` holds the candidates already), and `known`; each with its centroid cosine, the
   * best-chunk cosine of the nearest (the others count their centroid's), and the BM25 documents of
   * those not in `known` (also kept for {@link holds}).
   */
  private async candidates(
    query: readonly QueryTerm[],
    vector: Float64Array | undefined,
    near: readonly number[],
    known: Int32Array,
  ): Promise<Map<number, { centroid?: number; chunk?: number; lexical?: LexicalDoc }>> {
    const params: unknown[] = [];
    const p = (value: unknown) => `$${params.push(value)}`;
    const ctes: string[] = [];
    const knownDocs = p(Array.from(known));
    const sources = [`SELECT unnest(${knownDocs}::int[])`, `SELECT unnest(${p(near)}::int[])`];
    if (query.length > 0 && known.length === 0) {
      ctes.push(`lex AS (SELECT p.doc FROM unnest(${p(query.map((q) => q.id))}::int[], ${p(query.map((q) => q.w))}::float8[]) AS q(term, w)
        CROSS JOIN LATERAL (SELECT doc, weight FROM ${this.t.postings} WHERE term = q.term ORDER BY weight DESC LIMIT ${p(PG_CANDIDATES.perTerm)}) AS p
        GROUP BY p.doc ORDER BY sum(p.weight * q.w) DESC, p.doc LIMIT ${p(PG_CANDIDATES.lexical)})`);
      sources.push('SELECT doc FROM lex');
    }
    ctes.push(`cand (doc) AS (${sources.join(' UNION ')})`);
    // Each candidate's own rows are looked up by key (scalar subqueries), never joined by a scan.
    const v = this.ext.vector;
    let dense = 'NULL::float8 AS centroid, NULL::float8 AS chunk';
    if (vector) {
      const q = `${p(vectorLiteral(vector))}::${v}.vector`;
      dense = `(SELECT 1 - (c.embedding OPERATOR(${v}.<=>) ${q}) FROM ${this.t.centroids} c WHERE c.doc = cand.doc) AS centroid,
        CASE WHEN cand.doc = ANY(${p(near)}::int[]) THEN
          (SELECT max(1 - (k.embedding OPERATOR(${v}.<=>) ${q})) FROM ${this.t.chunks} k WHERE k.doc = cand.doc) END AS chunk`;
    }
    const rows = await this.pool.query<{ doc: number; centroid: number | null; chunk: number | null; len: number | null; counts: Buffer | null }>(
      `WITH ${ctes.join(',\n')}
       SELECT cand.doc, ${dense}, d.len, d.counts
       FROM cand LEFT JOIN LATERAL (SELECT len, counts FROM ${this.t.docs} WHERE doc = cand.doc AND NOT doc = ANY(${knownDocs}::int[]) OFFSET 0) AS d ON true`,
      params,
    );
    const out = new Map<number, { centroid?: number; chunk?: number; lexical?: LexicalDoc }>();
    for (const r of rows.rows) {
      const lexical = r.counts && r.len !== null ? { len: r.len, counts: decodeCounts(r.counts) } : undefined;
      if (lexical) this.rememberDoc(r.doc, lexical);
      out.set(r.doc, { ...(r.centroid !== null ? { centroid: r.centroid } : {}), ...(r.chunk !== null ? { chunk: r.chunk } : {}), ...(lexical ? { lexical } : {}) });
    }
    return out;
  }

  private rememberDoc(doc: number, lexical: LexicalDoc): void {
    if (this.docCache.size >= CACHE_ENTRIES / 10) this.docCache.clear();
    this.docCache.set(doc, lexical);
  }

  /** The BM25 documents of papers, from the cache or the database. */
  private async lexicalDocs(docs: readonly number[]): Promise<Map<number, LexicalDoc>> {
    const missing = docs.filter((d) => !this.docCache.has(d));
    const out = new Map<number, LexicalDoc>();
    if (missing.length > 0) {
      const rows = await this.pool.query<{ doc: number; len: number; counts: Buffer }>(`SELECT doc, len, counts FROM ${this.t.docs} WHERE doc = ANY($1::int[])`, [missing]);
      for (const r of rows.rows) out.set(r.doc, { len: r.len, counts: decodeCounts(r.counts) });
    }
    for (const d of docs) {
      const c = this.docCache.get(d);
      if (c) out.set(d, c);
    }
    for (const [d, c] of out) this.rememberDoc(d, c);
    return out;
  }

  /** The query's scores over the sample: centroid cosines, best chunks where they were scored, BM25. */
  private sampleScores(
    query: readonly QueryTerm[],
    vector: Float64Array | undefined,
    found: ReadonlyMap<number, { chunk?: number }>,
    lexicalKnown: Float64Array | undefined,
  ): NonNullable<ScoredPapers['sample']> {
    const { docs, centroids } = this.sample;
    const n = docs.length;
    const d = this.meta.dimensions;
    const centroid = new Float64Array(n);
    const chunk = new Float64Array(n);
    const lexical = lexicalKnown ?? Float64Array.from(this.sample.lexical, (doc) => bm25Of(query, doc, this.meta.avgdl));
    if (vector) {
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let j = 0; j < d; j++) s += centroids[i * d + j]! * vector[j]!;
        centroid[i] = s;
        chunk[i] = found.get(docs[i]!)?.chunk ?? s;
      }
    }
    return { docs, lexical, centroid, chunk };
  }

  async holds(docs: readonly number[], terms: readonly string[]): Promise<boolean[][]> {
    const [ids, lexical] = await Promise.all([this.terms(terms), this.lexicalDocs(docs)]);
    return docs.map((doc) => ids.map(({ id }) => id > 0 && (lexical.get(doc)?.counts.has(id) ?? false)));
  }

  async centroids(docs: readonly number[]): Promise<Float32Array[]> {
    const found = new Map(docs.flatMap((d) => (this.centroidCache.has(d) ? [[d, this.centroidCache.get(d)!] as const] : [])));
    const missing = docs.filter((d) => !found.has(d));
    if (missing.length > 0) {
      const rows = await this.pool.query<{ doc: number; embedding: string }>(`SELECT doc, embedding::text AS embedding FROM ${this.t.centroids} WHERE doc = ANY($1::int[])`, [missing]);
      if (this.centroidCache.size + rows.rows.length > CACHE_ENTRIES / 10) this.centroidCache.clear();
      for (const r of rows.rows) {
        const c = parseVector(r.embedding);
        found.set(r.doc, c);
        this.centroidCache.set(r.doc, c);
      }
    }
    return docs.map((doc) => found.get(doc) ?? new Float32Array(this.meta.dimensions));
  }

  async nearest(doc: number, k: number): Promise<number[]> {
    const [c] = await this.centroids([doc]);
    const hits = await this.centroidStore.similaritySearchVectorWithScore(Array.from(c!), k + 1);
    return hits.map(([d]) => (d.metadata as { doc: number }).doc).filter((d) => d !== doc).slice(0, k);
  }

  async papers(docs: readonly number[]): Promise<Paper[]> {
    if (docs.length === 0) return [];
    const rows = await this.pool.query<PaperRow & { doc: number }>(
      `SELECT d.doc, ${columns('p')} FROM ${this.t.docs} d JOIN ${this.t.papers} p ON p.id = d.paper_id WHERE d.doc = ANY($1::int[])`,
      [docs],
    );
    const byDoc = new Map(rows.rows.map((r) => [r.doc, fromRow(r)]));
    return docs.map((doc) => {
      const p = byDoc.get(doc);
      if (!p) throw new Error(`paper ${doc} of the search index is missing from the paper store`);
      return p;
    });
  }

  async docsOfRefs(refs: readonly string[]): Promise<Map<string, number>> {
    if (refs.length === 0) return new Map();
    // Links that hold the text of an identifier, then the identifier each one holds.
    const rows = await this.pool.query<{ doc: number; url: string }>(
      `SELECT d.doc, p.url FROM ${this.t.papers} p JOIN ${this.t.docs} d ON d.paper_id = p.id WHERE p.url LIKE ANY($1::text[])`,
      [refs.map((ref) => `%${ref}%`)],
    );
    const out = new Map<string, number>();
    for (const r of rows.rows) {
      const ref = refOf(r.url);
      if (ref && refs.includes(ref) && !out.has(ref)) out.set(ref, r.doc);
    }
    return out;
  }

  async docsOfAuthors(words: readonly string[]): Promise<Map<string, number[]>> {
    const out = new Map<string, number[]>();
    if (words.length === 0) return out;
    const add = (word: string, doc: number) => out.set(word, [...(out.get(word) ?? []), doc]);
    if (this.authorWordsTable) {
      const rows = await this.pool.query<{ word: string; doc: number }>(`SELECT word, doc FROM ${this.t.authors} WHERE word = ANY($1::text[]) ORDER BY doc`, [words]);
      for (const r of rows.rows) add(r.word, r.doc);
      return out;
    }
    // A version made before there was a table of authors' words: papers whose authors' names may hold
    // a word (a letter that may carry an accent matches any letter: "muller" finds "Müller"), then the
    // words each one's names hold, accents folded.
    const rows = await this.pool.query<{ doc: number; authors: string }>(
      `SELECT d.doc, p.authors FROM ${this.t.papers} p JOIN ${this.t.docs} d ON d.paper_id = p.id WHERE p.authors IS NOT NULL AND lower(p.authors) LIKE ANY($1::text[]) ORDER BY d.doc`,
      [words.map((w) => `%${w.replace(/[\\%_]/g, '\\$&').replace(/[aceinorsuyz]/g, '_')}%`)],
    );
    for (const r of rows.rows) {
      const names = authorWords(JSON.parse(r.authors) as string[]);
      for (const w of words) if (names.has(w)) add(w, r.doc);
    }
    return out;
  }

  async docOf(paperId: string): Promise<number | undefined> {
    const rows = await this.pool.query<{ doc: number }>(`SELECT doc FROM ${this.t.docs} WHERE paper_id = $1`, [paperId]);
    return rows.rows[0]?.doc;
  }

  async titlesFor(query: string, options: { abstracts?: boolean } = {}): Promise<TitleIndex> {
    const q = normalizeTitle(query);
    if (q === '') return new TitleIndex([]);
    // Paper ids are normalised titles; their GiST trigram index walks them nearest first by word
    // similarity (the best match of the typed title against some part of each), so a title typed
    // in full, in part or by its short name is among the first, whatever the corpus's size.
    const rows = await this.pool.query<{ id: string; title: string; abstract?: string }>(
      `SELECT p.id, p.title${options.abstracts ? ', p.abstract' : ''} FROM (SELECT doc, paper_id FROM ${this.t.docs} ORDER BY $1 OPERATOR(${this.ext.trgm}.<<->) paper_id LIMIT $2) AS d
       JOIN ${this.t.papers} p ON p.id = d.paper_id`,
      [q, PG_CANDIDATES.titles],
    );
    return new TitleIndex(rows.rows);
  }

  async recentPapers(limit: number): Promise<Paper[]> {
    const rows = await this.pool.query<PaperRow>(
      `SELECT ${columns('p')} FROM ${this.t.docs} d JOIN ${this.t.papers} p ON p.id = d.paper_id ORDER BY p.added_at DESC, p.title LIMIT $1`,
      [limit],
    );
    return rows.rows.map(fromRow);
  }

  async newestPapers(limit: number): Promise<Paper[]> {
    // Through the store's index on the publication date: only `limit` rows are read.
    const rows = await this.pool.query<PaperRow>(
      `SELECT ${columns('p')} FROM ${this.t.papers} p JOIN ${this.t.docs} d ON d.paper_id = p.id
       WHERE p.published IS NOT NULL ORDER BY p.published DESC, p.title COLLATE "C" LIMIT $1`,
      [limit],
    );
    return rows.rows.map(fromRow);
  }

  async papersPublished(since: string, until: string): Promise<Paper[]> {
    // Through the store's index on the publication date: only the window's rows are read.
    const rows = await this.pool.query<PaperRow>(
      `SELECT ${columns('p')} FROM ${this.t.papers} p JOIN ${this.t.docs} d ON d.paper_id = p.id
       WHERE p.published >= $1 AND p.published <= $2 ORDER BY d.doc`,
      [since, until],
    );
    return rows.rows.map(fromRow);
  }

  async publication(): Promise<PublicationSummary> {
    const rows = await this.pool.query<{ papers: string; undated: string; newest: string | null }>(
      `SELECT count(*) AS papers, count(*) FILTER (WHERE p.published IS NULL) AS undated, max(p.published) AS newest
       FROM ${this.t.docs} d JOIN ${this.t.papers} p ON p.id = d.paper_id`,
    );
    const r = rows.rows[0]!;
    return { papers: Number(r.papers), undated: Number(r.undated), ...(r.newest !== null ? { newest: r.newest } : {}) };
  }

  async allPapers(): Promise<Paper[]> {
    const rows = await this.pool.query<PaperRow>(`SELECT ${columns('p')} FROM ${this.t.docs} d JOIN ${this.t.papers} p ON p.id = d.paper_id ORDER BY d.doc`);
    return rows.rows.map(fromRow);
  }

  async paperVectors(ids?: readonly string[]): Promise<Map<string, number[]>> {
    const rows = await this.pool.query<{ id: string; embedding: string }>(
      `SELECT d.paper_id AS id, c.embedding::text AS embedding FROM ${this.t.centroids} c JOIN ${this.t.docs} d ON d.doc = c.doc
       ${ids ? 'WHERE d.paper_id = ANY($1::text[])' : ''} ORDER BY d.doc`,
      ids ? [ids] : [],
    );
    return new Map(rows.rows.map((r) => [r.id, Array.from(parseVector(r.embedding))]));
  }

  /** The nearest centroids and chunks to a unit vector through the HNSW indexes (for measuring their recall). */
  async nearestTo(vector: Float64Array, k: number): Promise<{ centroids: number[]; chunks: { doc: number; chunk: number }[] }> {
    const [centroids, chunks] = await Promise.all([
      this.centroidStore.similaritySearchVectorWithScore(Array.from(vector), k),
      this.chunkStore.similaritySearchVectorWithScore(Array.from(vector), k),
    ]);
    return { centroids: centroids.map(([d]) => (d.metadata as { doc: number }).doc), chunks: chunks.map(([d]) => d.metadata as { doc: number; chunk: number }) };
  }

  /** Every chunk vector, in order of paper and chunk, a page at a time. */
  async *chunkVectors(papersPerPage = 5000): AsyncGenerator<{ paper: number; chunk: number; vector: Float32Array }[]> {
    for (let from = 0; from < this.size; from += papersPerPage) {
      const rows = await this.pool.query<{ doc: number; chunk: number; embedding: string }>(
        `SELECT doc, chunk, embedding::text AS embedding FROM ${this.t.chunks} WHERE doc >= $1 AND doc < $2 ORDER BY doc, chunk`,
        [from, from + papersPerPage],
      );
      yield rows.rows.map((r) => ({ paper: r.doc, chunk: r.chunk, vector: parseVector(r.embedding) }));
    }
  }

  async close(): Promise<void> {
    if (this.ownsPool && !this.pool.ended) await this.pool.end();
  }
}

const columns = (alias: string) =>
  PAPER_COLUMNS.split(', ')
    .map((c) => `${alias}.${c}`)
    .join(', ');

/** A vector in pgvector's text form (`[1,2,3]`). */
export function parseVector(text: string): Float32Array {
  return Float32Array.from(text.slice(1, -1).split(','), Number);
}

/** The embedder of a version: its fitted model stored with it, or the configured pretrained one. */
async function openPgEmbeddings(
  pool: pg.Pool,
  t: PgTables,
  version: number,
  meta: PgIndexInfo,
  options: { config: Config; embeddings?: EmbeddingsFactory | undefined },
): Promise<Embeddings> {
  if (meta.embedder.kind !== 'lsa') return (options.embeddings ?? defaultEmbeddingsFactory)(meta.embedder, options.config);
  const row = (await pool.query<{ model_meta: string | null; model_data: Buffer | null }>(`SELECT model_meta, model_data FROM ${t.versions} WHERE version = $1`, [version]))
    .rows[0];
  if (!row?.model_meta || !row.model_data) throw new Error(`search index version ${version} has no latent semantic model; run \`paperbot ingest --rebuild\``);
  const buf = row.model_data;
  const projection = new Float32Array(buf.byteLength / 4);
  new Uint8Array(projection.buffer).set(buf);
  return new LsaEmbeddings(new LsaModel(LsaMetaSchema.parse(JSON.parse(row.model_meta)), projection));
}

/** The sample's centroids and BM25 documents. */
async function readSample(pool: pg.Pool, t: PgTables, meta: PgIndexInfo): Promise<Sample> {
  const docs = Int32Array.from(meta.sample);
  const d = meta.dimensions;
  const [vectors, lexical] = await Promise.all([
    pool.query<{ doc: number; embedding: string }>(`SELECT doc, embedding::text AS embedding FROM ${t.centroids} WHERE doc = ANY($1::int[])`, [meta.sample]),
    pool.query<{ doc: number; len: number; counts: Buffer }>(`SELECT doc, len, counts FROM ${t.docs} WHERE doc = ANY($1::int[])`, [meta.sample]),
  ]);
  const at = new Map(meta.sample.map((doc, i) => [doc, i]));
  const centroids = new Float32Array(docs.length * d);
  for (const r of vectors.rows) centroids.set(parseVector(r.embedding), at.get(r.doc)! * d);
  const docsLexical: LexicalDoc[] = Array.from(docs, () => ({ len: 0, counts: new Map<number, number>() }));
  for (const r of lexical.rows) docsLexical[at.get(r.doc)!] = { len: r.len, counts: decodeCounts(r.counts) };
  return { docs, centroids, lexical: docsLexical };
}

/** BM25 of a paper for weighted query terms. */
function bm25Of(query: readonly QueryTerm[], doc: LexicalDoc, avgdl: number): number {
  let s = 0;
  for (const q of query) {
    const f = doc.counts.get(q.id);
    if (f !== undefined) s += q.w * bm25Tf(f, doc.len, avgdl);
  }
  return s;
}

/** What the search index in PostgreSQL records about itself (undefined when there is none yet). */
export async function readPostgresIndexInfo(config: Config): Promise<{ info?: IndexInfo; location: string }> {
  const location = indexLocation(config);
  const pool = indexPool(config, { max: 1 });
  try {
    const t = pgTables(config.PAPERBOT_DATABASE_SCHEMA);
    const exists = await pool.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [t.current]);
    if (exists.rows[0]?.t === null) return { location };
    const current = await currentVersion(pool, t);
    if (!current) return { location };
    const { avgdl: _avgdl, sample: _sample, ...info } = current.info;
    return { info, location };
  } finally {
    await pool.end();
  }
}
