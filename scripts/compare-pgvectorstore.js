/**
 * Compares LangChain's PGVectorStore (@langchain/community) with the plain `vector(d)` table that
 * src/retrieval/index/pg-vector-store.ts uses, on the same synthetic unit vectors in PGlite with pgvector:
 * insert time, HNSW build time (m 16, ef_construction 64), the 100 nearest vectors (p50 of 40 queries)
 * and table size.
 *
 *   npm install --no-save --legacy-peer-deps @langchain/community@1.1.29
 *   npm run build && node scripts/compare-pgvectorstore.js [papers=10000]
 *
 * @langchain/community is not a dependency of paperbot (see README, "The search index in PostgreSQL").
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

const { PGVectorStore } = await import('@langchain/community/vectorstores/pgvector');
const N = Number(process.argv[2] ?? 10000);
const D = 160;
const Q = 40;
let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const unit = (v) => {
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
};
const centres = Array.from({ length: 50 }, () => Array.from({ length: D }, () => rnd() - 0.5));
const vectors = Array.from({ length: N }, (_, i) => unit(centres[i % 50].map((c) => c + (rnd() - 0.5) * 0.6)));
const queries = Array.from({ length: Q }, (_, i) => unit(centres[(i * 7) % 50].map((c) => c + (rnd() - 0.5) * 0.8)));
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const seconds = (ms) => Math.round(ms / 100) / 10;
const literal = (v) => `[${v.map((x) => x.toPrecision(9)).join(',')}]`;

// PGlite in a process of its own (dist/src/store/pglite-process.js prints its URL), as the benchmark runs it.
const server = spawn(process.execPath, [new URL('../dist/src/store/pglite-process.js', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'] });
const [line] = await once(server.stdout, 'data');
const pool = new pg.Pool({ connectionString: String(line).trim(), max: 4 });
await pool.query('CREATE EXTENSION IF NOT EXISTS vector');
const tableMB = async (t) => Math.round((await pool.query(`SELECT pg_total_relation_size('${t}') AS b`)).rows[0].b / 2 ** 20 * 10) / 10;

async function timeQueries(run) {
  const ms = [];
  for (const q of queries) {
    const t = performance.now();
    await run(q);
    ms.push(performance.now() - t);
  }
  return Math.round(median(ms) * 100) / 100;
}

// LangChain's PGVectorStore: uuid ids, content and jsonb metadata beside each vector.
const embeddings = { embedDocuments: async (texts) => texts.map(() => queries[0]), embedQuery: async () => queries[0] };
let t = performance.now();
const store = await PGVectorStore.initialize(embeddings, { pool, tableName: 'langchain_vectors', distanceStrategy: 'cosine' });
const docs = vectors.map((_, i) => ({ pageContent: '', metadata: { doc: i } }));
for (let i = 0; i < N; i += 1000) await store.addVectors(vectors.slice(i, i + 1000), docs.slice(i, i + 1000));
const lcInsert = performance.now() - t;
t = performance.now();
await store.createHnswIndex({ dimensions: D, distanceFunction: 'vector_cosine_ops', m: 16, efConstruction: 64 });
const lcHnsw = performance.now() - t;
const langchain = {
  insertSeconds: seconds(lcInsert),
  hnswSeconds: seconds(lcHnsw),
  nearest100P50Ms: await timeQueries((q) => store.similaritySearchVectorWithScore(q, 100)),
  tableMB: await tableMB('langchain_vectors'),
};

// The plain table: the paper's number as the key, the vector, nothing else.
t = performance.now();
await pool.query(`CREATE TABLE plain_vectors (doc int PRIMARY KEY, embedding vector(${D}) NOT NULL)`);
for (let i = 0; i < N; i += 1000) {
  const params = [];
  const values = vectors.slice(i, i + 1000).map((v, j) => {
    params.push(i + j, literal(v));
    return `($${2 * j + 1}, $${2 * j + 2})`;
  });
  await pool.query(`INSERT INTO plain_vectors (doc, embedding) VALUES ${values.join(',')}`, params);
}
const plainInsert = performance.now() - t;
t = performance.now();
await pool.query('CREATE INDEX ON plain_vectors USING hnsw (embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64)');
const plainHnsw = performance.now() - t;
const plain = {
  insertSeconds: seconds(plainInsert),
  hnswSeconds: seconds(plainHnsw),
  nearest100P50Ms: await timeQueries((q) => pool.query('SELECT doc, embedding <=> $1 AS distance FROM plain_vectors ORDER BY embedding <=> $1 LIMIT 100', [literal(q)])),
  tableMB: await tableMB('plain_vectors'),
};

process.stdout.write(`${JSON.stringify({ papers: N, dimensions: D, langchainPGVectorStore: langchain, plainVectorTable: plain })}\n`);
await store.end();
server.kill('SIGTERM');
