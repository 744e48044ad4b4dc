import type { Embeddings } from '@langchain/core/embeddings';
import type pg from 'pg';
import type { Config } from '../config.js';
import { type Paper, normalizeTitle } from '../corpus/paper.js';
import { PAPER_COLUMNS, type PaperRow, fromRow } from '../store/rows.js';
import { silent } from '../util/progress.js';
import { embedderSpec } from './embedders.js';
import { checkEmbedder } from './index-build.js';
import type { IndexOpenOptions } from './index-open.js';
import { withIngestLock } from './index-store.js';
import { withStore } from './ingest.js';
import { bm25Idf, bm25Tf } from './lexical.js';
import { LsaEmbeddings, LsaMetaSchema, LsaModel } from './lsa.js';
import { type EmbeddingsFactory, defaultEmbeddingsFactory } from './open-embeddings.js';
import { type PgIndexInfo, type PgTables, applySettings, currentVersion, extensionSchemas, indexLocation, indexPool, parseInfo, pgTables } from './pg-index-schema.js';
import { PgVectorStore, vectorLiteral } from './pg-vector-store.js';
import { correctText, edits, isCorrectable, wordsToCheck } from './query.js';
import type { IndexInfo, ScoreRequest, ScoredPapers, SearchIndex, TermStats } from './search-index.js';
import { TitleIndex } from './titles.js';

/** How a query's candidates are found: the best postings of each term, and the nearest chunks. */
export const PG_CANDIDATES = {
  /** Papers taken from the lexical side (ranked by their summed capped postings). */
  lexical: 100,
  /** Postings read per query term, highest weight first. */
  perTerm: 500,
  /** Chunks taken from the chunk HNSW index (their papers become candidates, their chunks scored exactly). */
  chunks: 100,
  /** Title candidates found by trigram similarity, then scored as every title is. */
  titles: 50,
};

/** Entries each of the index's lookup caches holds before it starts afresh. */
const CACHE_ENTRIES = 200_000;

/** The fixed random sample of papers whose scores estimate the corpus's score statistics, held in memory. */
interface Sample {
  docs: Int32Array;
  /** docs x dimensions, unit rows (zero rows for papers without a vector). */
  centroids: Float32Array;
  /** Each sampled paper's BM25 document. */
  terms: Map<string, number>[];
  len: Float64Array;
}

/**
 * The search index in PostgreSQL (see pg-index-schema.ts for its tables): a query's candidates are
 * the papers nearest by centroid and by chunk (HNSW) and the best of the lexical postings; every
 * candidate is then scored exactly (centroid and best-chunk cosines, BM25), and the corpus's score
 * statistics come from a fixed random sample of papers held in memory. Paper records are read from
 * the store of record as results need them.
 */
export class PostgresIndex implements SearchIndex {
  private readonly centroidStore: PgVectorStore;
  private readonly chunkStore: PgVectorStore;
  /** Document frequency of the terms seen so far. */
  private readonly dfCache = new Map<string, number>();
  /** How often a paper holds a term (0: not at all), by `doc\0term`, for the pairs looked up so far; and each such paper's length. */
  private readonly tfCache = new Map<string, number>();
  private readonly lenCache = new Map<number, number>();
  /** Texts with their typos fixed, as looked up so far. */
  private readonly spellCache = new Map<string, string>();

  private constructor(
    private readonly pool: pg.Pool,
    private readonly t: PgTables,
    private readonly ext: { vector: string; trgm: string },
    readonly version: number,
    private readonly meta: PgIndexInfo,
    readonly embeddings: Embeddings,
    private readonly sample: Sample,
    private readonly ownsPool: boolean,
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
    const embeddings = await openPgEmbeddings(pool, t, version, meta, options);
    const sample = await readSample(pool, t, meta);
    return new PostgresIndex(pool, t, { vector: ext.vector, trgm: ext.trgm }, version, meta, embeddings, sample, options.ownsPool ?? false);
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
      if (this.spellCache.size >= CACHE_ENTRIES / 100) this.spellCache.clear();
      this.spellCache.set(text, out);
    }
    return out;
  }

  private async lookUpSpelling(text: string): Promise<string> {
    const words = wordsToCheck(text);
    if (words.length === 0) return text;
    const counts = await this.wordCounts(words);
    const unknown = words.filter((w) => !counts.has(w));
    if (unknown.length === 0) return text;
    const candidates = [...new Set(unknown.flatMap((w) => [...edits(w)].filter(isCorrectable)))];
    for (const [w, n] of await this.wordCounts(candidates)) counts.set(w, n);
    return correctText(text, counts);
  }

  private async wordCounts(words: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.pool.query<{ word: string; n: number }>(`SELECT word, n FROM ${this.t.words} WHERE word = ANY($1::text[])`, [words]);
    return new Map(rows.rows.map((r) => [r.word, r.n]));
  }

  async termStats(terms: readonly string[]): Promise<TermStats[]> {
    const missing = [...new Set(terms.filter((t) => !this.dfCache.has(t)))];
    if (missing.length > 0) {
      const rows = await this.pool.query<{ term: string; df: number }>(`SELECT term, df FROM ${this.t.terms} WHERE term = ANY($1::text[])`, [missing]);
      if (this.dfCache.size > CACHE_ENTRIES) this.dfCache.clear();
      for (const t of missing) this.dfCache.set(t, 0);
      for (const r of rows.rows) this.dfCache.set(r.term, r.df);
    }
    return terms.map((term) => {
      const df = this.dfCache.get(term) ?? 0;
      return { term, df, idf: bm25Idf(this.meta.papers, df) };
    });
  }

  async score(request: ScoreRequest): Promise<ScoredPapers> {
    const { previous, vector } = request;
    const stats = await this.termStats([...request.weights.keys()]);
    /** Each known query term with its weight in the score: query count x idf. */
    const query = stats.filter((s) => s.df > 0).map((s) => ({ term: s.term, w: request.weights.get(s.term)! * s.idf }));
    const found = await this.candidates(query, vector, request.chunkPapers, previous?.docs ?? []);
    const docs = [...(previous?.docs ?? []), ...[...found.keys()].filter((d) => !previous?.docs?.includes(d))];
    const n = docs.length;
    const out: ScoredPapers = { docs: Int32Array.from(docs), lexical: new Float64Array(n), centroid: new Float64Array(n), chunk: new Float64Array(n) };
    docs.forEach((doc, i) => {
      const c = found.get(doc);
      out.lexical[i] = previous && i < previous.docs!.length ? previous.lexical[i]! : (c?.lexical ?? 0);
      out.centroid[i] = c?.centroid ?? 0;
      out.chunk[i] = c?.chunk ?? c?.centroid ?? 0;
    });
    out.sample = this.sampleScores(query, vector, found, previous?.sample?.lexical);
    return out;
  }

  /**
   * One round of a query in one statement: its candidates (the best summed capped postings of its
   * terms, unless `include` already holds them; the nearest centroids and chunks through HNSW; and
   * `include`), each scored exactly: centroid cosine, best-chunk cosine for those found near (the
   * others count their centroid's), BM25.
   */
  private async candidates(
    query: readonly { term: string; w: number }[],
    vector: Float64Array | undefined,
    chunkPapers: number,
    include: ArrayLike<number>,
  ): Promise<Map<number, { lexical: number; centroid?: number; chunk?: number }>> {
    const params: unknown[] = [];
    const p = (value: unknown) => `$${params.push(value)}`;
    const terms = p(query.map((q) => q.term));
    const ctes: string[] = [];
    const sources = [`SELECT unnest(${p(Array.from(include))}::int[]) AS doc, true AS known`];
    if (query.length > 0 && include.length === 0) {
      ctes.push(`lex AS (SELECT p.doc FROM unnest(${terms}::text[], ${p(query.map((q) => q.w))}::float8[]) AS q(term, w)
        CROSS JOIN LATERAL (SELECT doc, weight FROM ${this.t.postings} WHERE term = q.term ORDER BY weight DESC LIMIT ${p(PG_CANDIDATES.perTerm)}) AS p
        GROUP BY p.doc ORDER BY sum(p.weight * q.w) DESC, p.doc LIMIT ${p(PG_CANDIDATES.lexical)})`);
      sources.push('SELECT doc, false FROM lex');
    }
    const v = this.ext.vector;
    // Each candidate's own rows are looked up by key (scalar subqueries), never joined by a scan.
    let dense = 'NULL::float8 AS centroid, NULL::float8 AS chunk';
    if (vector) {
      const q = `${p(vectorLiteral(vector))}::${v}.vector`;
      ctes.push(`near AS MATERIALIZED (
        (SELECT doc FROM ${this.t.centroids} ORDER BY embedding OPERATOR(${v}.<=>) ${q} LIMIT ${p(chunkPapers)})
        UNION (SELECT doc FROM ${this.t.chunks} ORDER BY embedding OPERATOR(${v}.<=>) ${q} LIMIT ${p(PG_CANDIDATES.chunks)}))`);
      sources.push('SELECT doc, false FROM near');
      dense = `(SELECT 1 - (c.embedding OPERATOR(${v}.<=>) ${q}) FROM ${this.t.centroids} c WHERE c.doc = cand.doc) AS centroid,
        CASE WHEN cand.doc IN (SELECT doc FROM near) THEN
          (SELECT max(1 - (k.embedding OPERATOR(${v}.<=>) ${q})) FROM ${this.t.chunks} k WHERE k.doc = cand.doc) END AS chunk`;
    }
    ctes.push(`cand AS (SELECT doc, bool_or(known) AS known FROM (${sources.join(' UNION ALL ')}) AS s(doc, known) GROUP BY doc)`);
    // `counts`: the paper's BM25 length, then how often it holds each query term (null: not at all);
    // not looked up again for the papers of `include`, whose lexical scores are known.
    const rows = await this.pool.query<{ doc: number; centroid: number | null; chunk: number | null; counts: (number | null)[] | null }>(
      `WITH ${ctes.join(',\n')}
       SELECT cand.doc, ${dense},
         CASE WHEN NOT cand.known THEN (SELECT array_prepend(d.len, ARRAY(SELECT d.tfs[array_position(d.terms, u.term)] FROM unnest(${terms}::text[]) WITH ORDINALITY AS u(term, i) ORDER BY u.i))
          FROM ${this.t.docs} d WHERE d.doc = cand.doc) END AS counts
       FROM cand`,
      params,
    );
    const out = new Map<number, { lexical: number; centroid?: number; chunk?: number }>();
    for (const r of rows.rows) {
      let lexical = 0;
      const len = r.counts?.[0] ?? null;
      if (r.counts) query.forEach((q, j) => {
        const tf = r.counts?.[j + 1] ?? 0;
        this.remember(r.doc, q.term, tf, len);
        if (tf > 0) lexical += q.w * bm25Tf(tf, len!, this.meta.avgdl);
      });
      out.set(r.doc, { lexical, ...(r.centroid !== null ? { centroid: r.centroid } : {}), ...(r.chunk !== null ? { chunk: r.chunk } : {}) });
    }
    return out;
  }

  /** Records how often a paper holds a term, for {@link holds}. */
  private remember(doc: number, term: string, tf: number, len: number | null): void {
    if (this.tfCache.size > CACHE_ENTRIES) {
      this.tfCache.clear();
      this.lenCache.clear();
    }
    this.tfCache.set(`${doc}\u0000${term}`, tf);
    if (len !== null) this.lenCache.set(doc, len);
  }

  /** How often each paper holds each of the terms (pairs that do not occur left out). */
  private async termCounts(docs: readonly number[], terms: readonly string[]): Promise<{ doc: number; term: string; tf: number; len: number }[]> {
    const key = (doc: number, term: string) => `${doc}\u0000${term}`;
    const unknown = docs.filter((doc) => terms.some((t) => !this.tfCache.has(key(doc, t))));
    if (unknown.length > 0) {
      const rows = await this.pool.query<{ doc: number; term: string; tf: number; len: number }>(
        `SELECT d.doc, q.term, d.tfs[a.at] AS tf, d.len FROM ${this.t.docs} d CROSS JOIN unnest($2::text[]) AS q(term)
         CROSS JOIN LATERAL (SELECT array_position(d.terms, q.term) AS at) AS a WHERE d.doc = ANY($1::int[]) AND a.at IS NOT NULL`,
        [unknown, terms],
      );
      if (this.tfCache.size > CACHE_ENTRIES) {
        this.tfCache.clear();
        this.lenCache.clear();
      }
      for (const doc of unknown) for (const t of terms) this.tfCache.set(key(doc, t), 0);
      for (const r of rows.rows) {
        this.tfCache.set(key(r.doc, r.term), r.tf);
        this.lenCache.set(r.doc, r.len);
      }
    }
    const out: { doc: number; term: string; tf: number; len: number }[] = [];
    for (const doc of docs) {
      for (const term of terms) {
        const tf = this.tfCache.get(key(doc, term)) ?? 0;
        if (tf > 0) out.push({ doc, term, tf, len: this.lenCache.get(doc)! });
      }
    }
    return out;
  }

  /** The query's scores over the sample: centroid cosines, best chunks where they were scored, BM25. */
  private sampleScores(
    query: readonly { term: string; w: number }[],
    vector: Float64Array | undefined,
    found: ReadonlyMap<number, { chunk?: number }>,
    lexicalKnown: Float64Array | undefined,
  ): NonNullable<ScoredPapers['sample']> {
    const { docs, centroids, terms, len } = this.sample;
    const n = docs.length;
    const d = this.meta.dimensions;
    const centroid = new Float64Array(n);
    const chunk = new Float64Array(n);
    const lexical = lexicalKnown ?? new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (vector) {
        let s = 0;
        for (let j = 0; j < d; j++) s += centroids[i * d + j]! * vector[j]!;
        centroid[i] = s;
        chunk[i] = found.get(docs[i]!)?.chunk ?? s;
      }
      if (!lexicalKnown) {
        let s = 0;
        for (const q of query) {
          const f = terms[i]!.get(q.term);
          if (f !== undefined) s += q.w * bm25Tf(f, len[i]!, this.meta.avgdl);
        }
        lexical[i] = s;
      }
    }
    return { docs, lexical, centroid, chunk };
  }

  async holds(docs: readonly number[], terms: readonly string[]): Promise<boolean[][]> {
    if (docs.length === 0 || terms.length === 0) return docs.map(() => terms.map(() => false));
    const found = new Set((await this.termCounts(docs, terms)).map((r) => `${r.doc}\u0000${r.term}`));
    return docs.map((doc) => terms.map((t) => found.has(`${doc}\u0000${t}`)));
  }

  async centroids(docs: readonly number[]): Promise<Float32Array[]> {
    const rows = await this.pool.query<{ doc: number; embedding: string }>(`SELECT doc, embedding::text AS embedding FROM ${this.t.centroids} WHERE doc = ANY($1::int[])`, [docs]);
    const byDoc = new Map(rows.rows.map((r) => [r.doc, parseVector(r.embedding)]));
    return docs.map((doc) => byDoc.get(doc) ?? new Float32Array(this.meta.dimensions));
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

  async docOf(paperId: string): Promise<number | undefined> {
    const rows = await this.pool.query<{ doc: number }>(`SELECT doc FROM ${this.t.docs} WHERE paper_id = $1`, [paperId]);
    return rows.rows[0]?.doc;
  }

  async titlesFor(query: string): Promise<TitleIndex> {
    const q = normalizeTitle(query);
    if (q === '') return new TitleIndex([]);
    const tr = this.ext.trgm;
    const rows = await this.pool.query<{ id: string; title: string }>(
      `SELECT p.id, p.title FROM ${this.t.docs} d JOIN ${this.t.papers} p ON p.id = d.paper_id
       WHERE $1 OPERATOR(${tr}.<%) d.paper_id ORDER BY ${tr}.word_similarity($1, d.paper_id) DESC, d.doc LIMIT $2`,
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
    pool.query<{ doc: number; len: number; terms: string[]; tfs: number[] }>(`SELECT doc, len, terms, tfs FROM ${t.docs} WHERE doc = ANY($1::int[])`, [meta.sample]),
  ]);
  const at = new Map(meta.sample.map((doc, i) => [doc, i]));
  const centroids = new Float32Array(docs.length * d);
  for (const r of vectors.rows) centroids.set(parseVector(r.embedding), at.get(r.doc)! * d);
  const terms = Array.from(docs, () => new Map<string, number>());
  const len = new Float64Array(docs.length);
  for (const r of lexical.rows) {
    const i = at.get(r.doc)!;
    len[i] = r.len;
    r.terms.forEach((term, j) => terms[i]!.set(term, r.tfs[j]!));
  }
  return { docs, centroids, terms, len };
}

/**
 * The search index in PostgreSQL, up to date with the store of record: papers the store gained are
 * indexed first (the index is built from the bundled corpus when the store holds none). While
 * another process updates it, the version in use is served as it is; with none, the update is
 * waited for.
 */
export async function openPostgresIndex(options: IndexOpenOptions): Promise<SearchIndex> {
  const { config } = options;
  const progress = options.progress ?? silent;
  const [{ syncIndex }, { seedStore }] = await Promise.all([import('./index-build.js'), import('./index-open.js')]);
  const t = pgTables(config.PAPERBOT_DATABASE_SCHEMA);
  const pool = indexPool(config);
  try {
    await withStore(options, async (store) => {
      const current = await currentVersion(pool, t);
      if (current && current.info.storeRevision === (await store.papers.revision())) return;
      await withIngestLock(
        config.PAPERBOT_DATA_DIR,
        async () => {
          if ((await store.papers.count()) === 0) await seedStore(store, config, progress);
          await syncIndex(store, { config, progress, ...(options.embeddings ? { embeddings: options.embeddings } : {}) });
        },
        { wait: current === undefined, progress },
      );
    });
    const current = await currentVersion(pool, t);
    if (!current) throw new Error(`building the search index in ${indexLocation(config)} finished without an index`);
    checkEmbedder(current.info, embedderSpec(config), indexLocation(config));
    return await PostgresIndex.open(pool, config.PAPERBOT_DATABASE_SCHEMA, current.version, { config, embeddings: options.embeddings, ownsPool: true });
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
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
