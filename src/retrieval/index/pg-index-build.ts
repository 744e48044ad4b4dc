/**
 * Builds and updates the search index in PostgreSQL from the store of record. A full build writes a
 * new version in tables of its own (the version in use keeps serving meanwhile), calibrates it, and
 * then switches `search_index_current` to it in one transaction: a build killed on the way leaves
 * the previous version in use, whole. Papers added later go into the version in use, all in one
 * transaction.
 */
import { Document } from '@langchain/core/documents';
import type { Embeddings } from '@langchain/core/embeddings';
import type pg from 'pg';
import { type Paper, authorWords, paperText, searchBody } from '../../corpus/paper.js';
import { UserError } from '../../errors.js';
import { transaction } from '../../store/postgres.js';
import type { Store } from '../../store/types.js';
import { type Progress, silent } from '../../util/progress.js';
import { seededRandom } from '../../util/random.js';
import { calibrate } from '../confidence/calibrate.js';
import { type ConfidenceModel, isCalibrated, isCurrentModel } from '../confidence/confidence.js';
import { type EmbedderSpec, checkEmbedder, describeSpec, embedderSpec } from '../embedding/embedders.js';
import { type IndexTimings, RECALIBRATE_CHANGE, type SyncOptions, type SyncReport } from './index-sync.js';
import { bm25Document, bm25Tf } from '../ranking/lexical.js';
import { LsaEmbeddings, LsaModel } from '../embedding/lsa.js';
import { defaultEmbeddingsFactory } from '../embedding/open-embeddings.js';
import { PostgresIndex } from './pg-index.js';
import {
  type PgIndexInfo,
  type PgTables,
  currentVersion,
  decodeCounts,
  encodeCounts,
  extensionSchemas,
  indexLocation,
  indexPool,
  parseInfo,
  pgTables,
  versionTables,
} from './pg-index-schema.js';
import { PgVectorStore } from './pg-vector-store.js';
import { QueryScorer } from '../ranking/query-scorer.js';
import { isSpellingWord, paperWords, wordCounts } from '../query/spelling.js';

/** Papers embedded and written per step of a build. */
const BUILD_BATCH = 500;
/** Papers in the sample that estimates the corpus's score statistics. */
export const SAMPLE_PAPERS = 2000;
/** HNSW graph parameters (pgvector's defaults). */
export const HNSW = { m: 16, efConstruction: 64 };
/** Memory for building the indexes (HNSW builds much faster when its graph fits). */
const BUILD_MEMORY = '512MB';
/** A version being built whose builder has not been heard from for this long was abandoned. */
const ABANDONED_AFTER = '1 hour';

/** One paper's vectors, ready to be written: its chunks' unit vectors and its centroid. */
interface Vectors {
  paper: Paper;
  chunks: Float32Array[];
  centroid: Float32Array | undefined;
}

/** Papers' BM25 documents as written: lengths and term counts by term id ({@link encodeCounts}). */
interface LexicalRows {
  len: number[];
  counts: Buffer[];
}

/**
 * Brings the search index in PostgreSQL up to date with the store of record: papers the store gained
 * are added to the version in use; a full build (with `rebuild`, when there is none, when it was
 * built by another embedder only with `rebuild`, or when the new papers outnumber the indexed ones)
 * writes a new version and switches to it.
 */
export async function syncPostgresIndex(store: Store, options: SyncOptions): Promise<SyncReport> {
  const { config } = options;
  const progress = options.progress ?? silent;
  const spec = embedderSpec(config);
  const location = indexLocation(config);
  const pool = indexPool(config);
  try {
    const t = pgTables(config.PAPERBOT_DATABASE_SCHEMA);
    const current = await currentVersion(pool, t);
    const revision = await store.papers.revision();
    if (current && !options.rebuild) {
      checkEmbedder(current.info, spec, location);
      if (current.info.storeRevision === revision) {
        if (isCalibrated(current.info)) {
          return { papers: current.info.papers, chunksEmbedded: 0, unchanged: true, rebuilt: false, embedder: describeSpec(spec), version: current.version };
        }
        // A calibration missing or fitted on other features is fitted again (no paper is added).
        return await addPapers(pool, store, current.version, [], revision, options, progress);
      }
    }
    if (current && !options.rebuild && current.info.storeRevision < revision) {
      const changed = await store.papers.changedSince(current.info.storeRevision);
      const known = await knownIds(pool, pgTables(config.PAPERBOT_DATABASE_SCHEMA, current.version), changed.map((p) => p.id));
      const added = changed.filter((p) => !known.has(p.id));
      // Inserting more papers than the index holds costs more than building it again, and the
      // embedder's model, fitted on the papers of the last build, would no longer fit the corpus.
      if (added.length <= current.info.papers) {
        return await addPapers(pool, store, current.version, added, revision, options, progress, changed.filter((p) => known.has(p.id)));
      }
      progress(`${added.length} new papers outnumber the ${current.info.papers} indexed: building the search index afresh`);
    }
    const all = await store.papers.all();
    if (all.length === 0) throw new UserError('no papers to index');
    return await buildVersion(pool, all, revision, spec, options, progress, current?.version);
  } finally {
    await pool.end().catch(() => undefined);
  }
}

async function knownIds(c: pg.Pool | pg.PoolClient, t: PgTables, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await c.query<{ paper_id: string }>(`SELECT paper_id FROM ${t.docs} WHERE paper_id = ANY($1::text[])`, [ids]);
  return new Set(rows.rows.map((r) => r.paper_id));
}

/** The pgvector and pg_trgm extensions' schemas, created when missing (which needs the right to). */
async function ensureExtensions(pool: pg.Pool, location: string): Promise<{ vector: string; trgm: string }> {
  let ext = await extensionSchemas(pool);
  for (const [name, have] of [
    ['vector', ext.vector],
    ['pg_trgm', ext.trgm],
  ] as const) {
    if (have) continue;
    try {
      await pool.query(`CREATE EXTENSION IF NOT EXISTS ${name}`);
    } catch (err) {
      throw new UserError(
        `the search index in ${location} needs the ${name} extension, which could not be created (${(err as Error).message}); install it on the server or have its owner run CREATE EXTENSION ${name}`,
      );
    }
  }
  ext = await extensionSchemas(pool);
  return { vector: ext.vector!, trgm: ext.trgm! };
}

/** Creates the tables of a version (their secondary indexes come after the bulk load). */
async function createTables(pool: pg.Pool, t: PgTables, vector: string, dimensions: number): Promise<void> {
  await pool.query(`
    CREATE TABLE ${t.chunks} (doc integer NOT NULL, chunk integer NOT NULL, embedding ${vector}.vector(${dimensions}) NOT NULL, PRIMARY KEY (doc, chunk));
    CREATE TABLE ${t.centroids} (doc integer PRIMARY KEY, embedding ${vector}.vector(${dimensions}) NOT NULL);
    CREATE TABLE ${t.docs} (doc integer PRIMARY KEY, paper_id text NOT NULL UNIQUE, len integer NOT NULL, counts bytea NOT NULL);
    CREATE TABLE ${t.terms} (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, term text NOT NULL UNIQUE, df integer NOT NULL);
    CREATE TABLE ${t.postings} (term integer NOT NULL, doc integer NOT NULL, weight real NOT NULL);
    CREATE TABLE ${t.words} (word text PRIMARY KEY, n integer NOT NULL);
    ${AUTHORS_TABLE(t)};`);
}

/** Builds the secondary indexes of a version: HNSW (cosine) on the centroids, the postings' btree, trigrams on the titles, the authors' words. */
async function createIndexes(pool: pg.Pool, t: PgTables, ext: { vector: string; trgm: string }, progress: Progress): Promise<{ hnsw: number; index: number }> {
  const c = await pool.connect();
  try {
    await c.query(`SET maintenance_work_mem = '${BUILD_MEMORY}'`);
    const took = { hnsw: 0, index: 0 };
    const steps: [string, string][] = [
      ['paper centroids (HNSW)', `CREATE INDEX ON ${t.centroids} USING hnsw (embedding ${ext.vector}.vector_cosine_ops) WITH (m = ${HNSW.m}, ef_construction = ${HNSW.efConstruction})`],
      ['lexical postings', `CREATE INDEX ON ${t.postings} (term, weight DESC) INCLUDE (doc)`],
      ['titles (trigrams)', `CREATE INDEX ON ${t.docs} USING gist (paper_id ${ext.trgm}.gist_trgm_ops)`],
      ['authors', AUTHORS_INDEX(t)],
    ];
    for (const [what, sql] of steps) {
      const started = performance.now();
      await c.query(sql);
      took[what.includes('HNSW') ? 'hnsw' : 'index'] += performance.now() - started;
      progress(`indexed ${what} (${seconds(started)})`);
    }
    const started = performance.now();
    // Vacuumed, the postings are read by index-only scans (their pages marked all-visible).
    for (const table of versionTables(t)) await c.query(`VACUUM ANALYZE ${table}`);
    took.index += performance.now() - started;
    return took;
  } finally {
    c.release();
  }
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** The embedder for a build: a latent semantic model fitted on the papers (stored with the version), or the configured one. */
async function buildEmbeddings(pool: pg.Pool, t: PgTables, version: number, papers: readonly Paper[], spec: EmbedderSpec, options: SyncOptions, progress: Progress): Promise<Embeddings> {
  if (spec.kind !== 'lsa') return (options.embeddings ?? defaultEmbeddingsFactory)(spec, options.config);
  progress(`fitting the latent semantic model on ${papers.length} papers`);
  const model = LsaModel.fit(
    papers.map((p) => paperText(p)),
    { dimensions: options.config.PAPERBOT_LSA_DIMENSIONS },
  );
  await pool.query(`UPDATE ${t.versions} SET model_meta = $2, model_data = $3 WHERE version = $1`, [
    version,
    JSON.stringify(model.meta),
    Buffer.from(model.projection.buffer, model.projection.byteOffset, model.projection.byteLength),
  ]);
  return new LsaEmbeddings(model);
}

/** Chunks and embeds papers (no database work). */
async function embedPapers(papers: readonly Paper[], embeddings: Embeddings): Promise<Vectors[]> {
  const { chunkPaper } = await import('./chunking.js');
  const chunked = await Promise.all(papers.map((p) => chunkPaper(p)));
  const vectors = await embeddings.embedDocuments(chunked.flat().map((c) => c.text));
  let next = 0;
  return papers.map((paper, i) => {
    const chunks: Float32Array[] = [];
    const sum = new Float64Array(vectors[0]?.length ?? 0);
    for (let c = 0; c < chunked[i]!.length; c++) {
      const v = unit(vectors[next++]!);
      if (!v) continue;
      chunks.push(v);
      for (let j = 0; j < v.length; j++) sum[j]! += v[j]!;
    }
    return { paper, chunks, centroid: chunks.length > 0 ? unit(sum) : undefined };
  });
}

/** Each paper's BM25 document (terms by text) and, over all of them, each term's document frequency. */
function tokenizePapers(papers: readonly Paper[]): { docs: { tf: Map<string, number>; len: number }[]; df: Map<string, number> } {
  const df = new Map<string, number>();
  const docs = papers.map((p) => {
    const doc = bm25Document({ title: p.title, text: searchBody(p) });
    for (const term of doc.tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    return doc;
  });
  return { docs, df };
}

/** BM25 documents with their terms numbered. */
function lexicalRows(docs: readonly { tf: Map<string, number>; len: number }[], ids: ReadonlyMap<string, number>): LexicalRows {
  return {
    len: docs.map((d) => d.len),
    counts: docs.map((d) => encodeCounts(new Map([...d.tf].map(([term, f]) => [ids.get(term)!, f])))),
  };
}

/** The vector scaled to unit length (as float4); undefined for a zero vector, which has no cosine. */
function unit(v: ArrayLike<number>): Float32Array | undefined {
  let s = 0;
  for (let j = 0; j < v.length; j++) s += v[j]! ** 2;
  if (s === 0) return undefined;
  const n = Math.sqrt(s);
  return Float32Array.from({ length: v.length }, (_, j) => v[j]! / n);
}

/** Writes papers' vectors as documents `from`, `from + 1`, ...; returns the chunks written. */
async function writeVectors(c: pg.Pool | pg.PoolClient, t: PgTables, vectorSchema: string, embeddings: Embeddings, papers: readonly Vectors[], from: number): Promise<number> {
  const chunkStore = new PgVectorStore(embeddings, c, { table: t.chunks, vectorSchema, chunks: true });
  const centroidStore = new PgVectorStore(embeddings, c, { table: t.centroids, vectorSchema, chunks: false });
  const chunkDocs: Document[] = [];
  const chunkVectors: number[][] = [];
  const centroidDocs: Document[] = [];
  const centroidVectors: number[][] = [];
  papers.forEach((p, i) => {
    const doc = from + i;
    p.chunks.forEach((v, chunk) => {
      chunkDocs.push(new Document({ pageContent: '', metadata: { doc, chunk, paperId: p.paper.id } }));
      chunkVectors.push(Array.from(v));
    });
    if (p.centroid) {
      centroidDocs.push(new Document({ pageContent: '', metadata: { doc, chunk: 0, paperId: p.paper.id } }));
      centroidVectors.push(Array.from(p.centroid));
    }
  });
  await chunkStore.addVectors(chunkVectors, chunkDocs);
  await centroidStore.addVectors(centroidVectors, centroidDocs);
  return chunkDocs.length;
}

/** Postings rows per statement. */
const POSTINGS_BATCH = 50_000;

/** Writes papers' BM25 documents as documents `from`, `from + 1`, ..., and their postings (BM25's term-frequency part, with the given average length). */
async function writeLexical(c: pg.Pool | pg.PoolClient, t: PgTables, papers: readonly Paper[], rows: LexicalRows, from: number, avgdl: number): Promise<void> {
  await c.query(`INSERT INTO ${t.docs} (doc, paper_id, len, counts) SELECT * FROM unnest($1::int[], $2::text[], $3::int[], $4::bytea[])`, [
    papers.map((_, i) => from + i),
    papers.map((p) => p.id),
    rows.len,
    rows.counts,
  ]);
  let terms: number[] = [];
  let docs: number[] = [];
  let weights: number[] = [];
  const flush = async () => {
    if (terms.length === 0) return;
    await c.query(`INSERT INTO ${t.postings} (term, doc, weight) SELECT * FROM unnest($1::int[], $2::int[], $3::real[])`, [terms, docs, weights]);
    terms = [];
    docs = [];
    weights = [];
  };
  for (let i = 0; i < papers.length; i++) {
    for (const [term, f] of decodeCounts(rows.counts[i]!)) {
      terms.push(term);
      docs.push(from + i);
      weights.push(bm25Tf(f, rows.len[i]!, avgdl));
    }
    if (terms.length >= POSTINGS_BATCH) await flush();
  }
  await flush();
}

/** The table of the authors' words and its index (a version made before there were any gets them when papers are next added). */
const AUTHORS_TABLE = (t: PgTables) => `CREATE TABLE ${t.authors} (word text NOT NULL, doc integer NOT NULL)`;
const AUTHORS_INDEX = (t: PgTables) => `CREATE INDEX IF NOT EXISTS ${t.authorsIndex} ON ${t.authors} (word)`;

/** Writes the words of the papers' authors' names (see `authorWords`) for the documents numbered `docs`. */
async function writeAuthors(c: pg.Pool | pg.PoolClient, t: PgTables, papers: readonly Pick<Paper, 'authors'>[], docs: readonly number[]): Promise<void> {
  const rows = papers.flatMap((p, i) => [...authorWords(p.authors)].map((word) => [word, docs[i]!] as const));
  for (let i = 0; i < rows.length; i += 10_000) {
    const part = rows.slice(i, i + 10_000);
    await c.query(`INSERT INTO ${t.authors} (word, doc) SELECT * FROM unnest($1::text[], $2::int[])`, [part.map(([w]) => w), part.map(([, d]) => d)]);
  }
}

/** Gives a version made before there were authors' words its table of them, from the papers' records. */
async function ensureAuthors(c: pg.PoolClient, t: PgTables): Promise<void> {
  const exists = (await c.query<{ r: string | null }>(`SELECT to_regclass($1) AS r`, [t.authors])).rows[0]?.r;
  if (exists) return;
  await c.query(AUTHORS_TABLE(t));
  const rows = await c.query<{ doc: number; authors: string }>(`SELECT d.doc, p.authors FROM ${t.docs} d JOIN ${t.papers} p ON p.id = d.paper_id WHERE p.authors IS NOT NULL`);
  await writeAuthors(
    c,
    t,
    rows.rows.map((r) => ({ authors: JSON.parse(r.authors) as string[] })),
    rows.rows.map((r) => r.doc),
  );
  await c.query(AUTHORS_INDEX(t));
}

/** Writes the authors' words of papers indexed already again, from their current records. */
async function rewriteAuthors(c: pg.PoolClient, t: PgTables, papers: readonly Paper[]): Promise<void> {
  if (papers.length === 0) return;
  const docs = await c.query<{ doc: number; paper_id: string }>(`SELECT doc, paper_id FROM ${t.docs} WHERE paper_id = ANY($1::text[])`, [papers.map((p) => p.id)]);
  const byId = new Map(papers.map((p) => [p.id, p]));
  await c.query(`DELETE FROM ${t.authors} WHERE doc = ANY($1::int[])`, [docs.rows.map((r) => r.doc)]);
  await writeAuthors(c, t, docs.rows.map((r) => byId.get(r.paper_id)!), docs.rows.map((r) => r.doc));
}

/** Adds word counts to the spelling table. */
async function addWords(c: pg.Pool | pg.PoolClient, t: PgTables, counts: ReadonlyMap<string, number>): Promise<void> {
  const entries = [...counts].filter(([w]) => isSpellingWord(w));
  for (let i = 0; i < entries.length; i += 10_000) {
    const part = entries.slice(i, i + 10_000);
    await c.query(
      `INSERT INTO ${t.words} (word, n) SELECT * FROM unnest($1::text[], $2::int[]) ON CONFLICT (word) DO UPDATE SET n = ${t.words}.n + excluded.n`,
      [part.map(([w]) => w), part.map(([, n]) => n)],
    );
  }
}

/** A seeded random sample of `k` of the papers 0 .. n - 1 (all of them when there are no more), in order. */
export function sampleDocs(n: number, k: number, seed = 23): number[] {
  if (n <= k) return Array.from({ length: n }, (_, i) => i);
  const rand = seededRandom(seed);
  const chosen = new Set<number>();
  while (chosen.size < k) chosen.add(Math.floor(rand() * n));
  return [...chosen].sort((a, b) => a - b);
}

async function buildVersion(
  pool: pg.Pool,
  papers: readonly Paper[],
  revision: number,
  spec: EmbedderSpec,
  options: SyncOptions,
  progress: Progress,
  previous: number | undefined,
): Promise<SyncReport> {
  const schema = options.config.PAPERBOT_DATABASE_SCHEMA;
  const base = pgTables(schema);
  const version = (await pool.query<{ version: number }>(`INSERT INTO ${base.versions} (state, info) VALUES ('building', '{}') RETURNING version`)).rows[0]!.version;
  try {
    return await writeVersion(pool, papers, revision, spec, options, progress, previous, version);
  } catch (err) {
    // A build that failed (rather than being killed) removes what it wrote; the version in use is untouched.
    await dropVersion(pool, schema, version).catch(() => undefined);
    throw err;
  }
}

async function writeVersion(
  pool: pg.Pool,
  papers: readonly Paper[],
  revision: number,
  spec: EmbedderSpec,
  options: SyncOptions,
  progress: Progress,
  previous: number | undefined,
  version: number,
): Promise<SyncReport> {
  const { config } = options;
  const location = indexLocation(config);
  const schema = config.PAPERBOT_DATABASE_SCHEMA;
  const ext = await ensureExtensions(pool, location);
  const started = new Date(options.now ?? new Date()).toISOString();
  const t = pgTables(schema, version);
  const timings: IndexTimings = { embed: 0, write: 0, hnsw: 0, index: 0, calibrate: 0 };
  progress(`${previous === undefined ? 'building' : 'rebuilding'} the search index in ${location} (version ${version}, ${papers.length} papers)`);
  let mark = performance.now();
  const embeddings = await buildEmbeddings(pool, t, version, papers, spec, options, progress);
  const dimensions = (await embeddings.embedQuery(papers[0]!.title)).length;
  timings.embed += performance.now() - mark;
  await createTables(pool, t, ext.vector, dimensions);

  const { CHUNK_OVERLAP, CHUNK_SIZE } = await import('./chunking.js');
  mark = performance.now();
  const { docs: lexicalDocs, df } = tokenizePapers(papers);
  const ids = new Map([...df.keys()].map((term, i) => [term, i + 1]));
  const rows = lexicalRows(lexicalDocs, ids);
  const avgdl = rows.len.reduce((a, b) => a + b, 0) / papers.length || 1;
  const words = wordCounts(papers.map(paperWords));
  timings.write += performance.now() - mark;
  let chunks = 0;
  let lastReport = 0;
  for (let from = 0; from < papers.length; from += BUILD_BATCH) {
    const batch = papers.slice(from, from + BUILD_BATCH);
    mark = performance.now();
    const vectors = await embedPapers(batch, embeddings);
    timings.embed += performance.now() - mark;
    mark = performance.now();
    chunks += await writeVectors(pool, t, ext.vector, embeddings, vectors, from);
    await writeLexical(pool, t, batch, { len: rows.len.slice(from, from + BUILD_BATCH), counts: rows.counts.slice(from, from + BUILD_BATCH) }, from, avgdl);
    await writeAuthors(pool, t, batch, batch.map((_, i) => from + i));
    await pool.query(`UPDATE ${t.versions} SET updated_at = now() WHERE version = $1`, [version]);
    timings.write += performance.now() - mark;
    const done = from + batch.length;
    const pct = Math.floor((100 * done) / papers.length);
    if (pct - lastReport >= 10 || done === papers.length) {
      progress(`embedded and wrote ${done}/${papers.length} papers (${pct}%, ${chunks} chunks)`);
      lastReport = pct;
    }
  }
  mark = performance.now();
  const terms = [...df];
  for (let i = 0; i < terms.length; i += 10_000) {
    const part = terms.slice(i, i + 10_000);
    await pool.query(`INSERT INTO ${t.terms} (id, term, df) SELECT * FROM unnest($1::int[], $2::text[], $3::int[])`, [
      part.map(([term]) => ids.get(term)!),
      part.map(([term]) => term),
      part.map(([, n]) => n),
    ]);
  }
  await pool.query(`SELECT setval(pg_get_serial_sequence('${t.terms}', 'id'), $1)`, [Math.max(1, terms.length)]);
  await addWords(pool, t, words);
  timings.write += performance.now() - mark;
  progress(`wrote the terms and word counts (${seconds(mark)})`);
  Object.assign(timings, await createIndexes(pool, t, ext, progress));

  const info: PgIndexInfo = {
    embedder: spec,
    dimensions,
    papers: papers.length,
    chunks,
    chunkSize: CHUNK_SIZE,
    chunkOverlap: CHUNK_OVERLAP,
    storeRevision: revision,
    createdAt: started,
    updatedAt: started,
    avgdl,
    sample: sampleDocs(papers.length, SAMPLE_PAPERS),
  };
  await pool.query(`UPDATE ${t.versions} SET info = $2, updated_at = now() WHERE version = $1`, [version, JSON.stringify(info)]);
  mark = performance.now();
  info.confidence = await calibrateVersion(pool, version, options, progress);
  timings.calibrate = performance.now() - mark;

  await transaction(pool, async (c) => {
    await c.query(`SELECT version FROM ${t.current} FOR UPDATE`);
    await c.query(`UPDATE ${t.versions} SET state = 'ready', info = $2, updated_at = now() WHERE version = $1`, [version, JSON.stringify(info)]);
    await c.query(`INSERT INTO ${t.current} (one, version) VALUES (true, $1) ON CONFLICT (one) DO UPDATE SET version = excluded.version`, [version]);
  });
  await dropOldVersions(pool, schema, [version, previous]);
  progress(`search index version ${version} in use: ${papers.length} papers, ${chunks} chunks`);
  return { papers: papers.length, chunksEmbedded: chunks, unchanged: false, rebuilt: true, embedder: describeSpec(spec), version, timings };
}

/** Fits the confidence model of a version (in use or not). */
async function calibrateVersion(pool: pg.Pool, version: number, options: SyncOptions, progress: Progress): Promise<ConfidenceModel> {
  const started = performance.now();
  const index = await PostgresIndex.open(pool, options.config.PAPERBOT_DATABASE_SCHEMA, version, { config: options.config, embeddings: options.embeddings });
  const model = await calibrate(new QueryScorer(index));
  progress(`calibrated search confidence on ${model.queries} pseudo-queries (${Math.round(performance.now() - started)} ms)`);
  return model;
}

/** Drops every version but those kept (and those being built by a builder still at work), tables and all. */
async function dropOldVersions(pool: pg.Pool, schema: string, keep: readonly (number | undefined)[]): Promise<void> {
  const base = pgTables(schema);
  const rows = await pool.query<{ version: number }>(
    `SELECT version FROM ${base.versions} WHERE version <> ALL($1::int[]) AND NOT (state = 'building' AND updated_at > now() - interval '${ABANDONED_AFTER}')
       AND version NOT IN (SELECT version FROM ${base.current})`,
    [keep.filter((v): v is number => v !== undefined)],
  );
  for (const { version } of rows.rows) await dropVersion(pool, schema, version);
}

/** Drops a version that is not in use, tables and all. */
async function dropVersion(pool: pg.Pool, schema: string, version: number): Promise<void> {
  const base = pgTables(schema);
  await transaction(pool, async (c) => {
    const inUse = await c.query(`SELECT 1 FROM ${base.current} WHERE version = $1 FOR UPDATE`, [version]);
    if (inUse.rows.length > 0) return;
    for (const table of versionTables(pgTables(schema, version))) await c.query(`DROP TABLE IF EXISTS ${table}`);
    await c.query(`DELETE FROM ${base.versions} WHERE version = $1`, [version]);
  });
}

/**
 * Adds papers to the version in use, in one transaction; recalibrates when the index grew or shrank by
 * more than {@link RECALIBRATE_CHANGE}, or its model was fitted on other features.
 */
async function addPapers(
  pool: pg.Pool,
  store: Store,
  version: number,
  papers: readonly Paper[],
  revision: number,
  options: SyncOptions,
  progress: Progress,
  /** Papers indexed already whose record changed: their authors' words are written again. */
  changed: readonly Paper[] = [],
): Promise<SyncReport> {
  const { config } = options;
  const schema = config.PAPERBOT_DATABASE_SCHEMA;
  const t = pgTables(schema, version);
  const timings: IndexTimings = { embed: 0, write: 0, hnsw: 0, index: 0, calibrate: 0 };
  const ext = await extensionSchemas(pool);
  let mark = performance.now();
  let vectors: Vectors[] = [];
  let embeddings: Embeddings | undefined;
  if (papers.length > 0) {
    progress(`adding ${papers.length} new paper(s) to the search index`);
    const index = await PostgresIndex.open(pool, schema, version, { config, embeddings: options.embeddings });
    embeddings = index.embeddings;
    vectors = await embedPapers(papers, embeddings);
  }
  timings.embed = performance.now() - mark;
  mark = performance.now();
  const written = await transaction(pool, async (c) => {
    const row = (await c.query<{ info: string }>(`SELECT info FROM ${t.versions} WHERE version = $1 FOR UPDATE`, [version])).rows[0];
    const current = await currentVersion(c, t);
    // Another process switched to a new version meanwhile: it holds these papers or will catch up.
    if (!row || current?.version !== version) return undefined;
    const info = parseInfo(row.info);
    await ensureAuthors(c, t);
    await rewriteAuthors(c, t, changed);
    const known = await knownIds(c, t, vectors.map((v) => v.paper.id));
    const fresh = vectors.filter((v) => !known.has(v.paper.id));
    const from = info.papers;
    let chunks = 0;
    if (embeddings && fresh.length > 0) {
      const added = fresh.map((v) => v.paper);
      chunks = await writeVectors(c, t, ext.vector!, embeddings, fresh, from);
      const { docs, df } = tokenizePapers(added);
      const terms = [...df];
      const ids = await c.query<{ id: number; term: string }>(
        `INSERT INTO ${t.terms} (term, df) SELECT * FROM unnest($1::text[], $2::int[]) ON CONFLICT (term) DO UPDATE SET df = ${t.terms}.df + excluded.df RETURNING id, term`,
        [terms.map(([term]) => term), terms.map(([, n]) => n)],
      );
      await writeLexical(c, t, added, lexicalRows(docs, new Map(ids.rows.map((r) => [r.term, r.id]))), from, info.avgdl);
      await addWords(c, t, wordCounts(added.map(paperWords)));
      await writeAuthors(c, t, added, added.map((_, i) => from + i));
    }
    const now = (options.now ?? new Date()).toISOString();
    const updated: PgIndexInfo = { ...info, papers: info.papers + fresh.length, chunks: info.chunks + chunks, storeRevision: Math.max(info.storeRevision, revision), updatedAt: now };
    await c.query(`UPDATE ${t.versions} SET info = $2, updated_at = now() WHERE version = $1`, [version, JSON.stringify(updated)]);
    return { info: updated, chunks };
  });
  timings.write = performance.now() - mark;
  if (!written) return syncPostgresIndex(store, options);
  const kept = written.info.confidence;
  if (!kept || !isCurrentModel(kept) || Math.abs(written.info.papers - kept.papers) > RECALIBRATE_CHANGE * kept.papers) {
    mark = performance.now();
    const model = await calibrateVersion(pool, version, options, progress);
    timings.calibrate = performance.now() - mark;
    await transaction(pool, async (c) => {
      const row = (await c.query<{ info: string }>(`SELECT info FROM ${t.versions} WHERE version = $1 FOR UPDATE`, [version])).rows[0];
      if (row) await c.query(`UPDATE ${t.versions} SET info = $2 WHERE version = $1`, [version, JSON.stringify({ ...parseInfo(row.info), confidence: model })]);
    });
  }
  if (papers.length > 0) progress(`indexed ${written.info.papers} papers (${written.chunks} chunks embedded)`);
  return {
    papers: written.info.papers,
    chunksEmbedded: written.chunks,
    unchanged: false,
    rebuilt: false,
    embedder: describeSpec(embedderSpec(config)),
    version,
    timings,
  };
}
