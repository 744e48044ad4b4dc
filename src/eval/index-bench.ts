/**
 * The search index at scale (`bench --store postgres|vectra --sizes ...`): per size, a synthetic
 * corpus is ingested into a new index, then searched. Reported: the ingest rate (with and without
 * embedding), the time of adding 100 papers to it, its size on disk, the HNSW build time, search and
 * similar latencies end to end, and for PostgreSQL how close its candidate-based search comes to
 * the exact in-memory engine over the same papers and model (recall@10 of the HNSW indexes,
 * overlap of the top 10, agreement of the confidence level).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Config, loadConfig } from '../config.js';
import { type Paper, searchBody } from '../corpus/paper.js';
import { DESCRIPTIONS_SUFFIX } from '../corpus/descriptions.js';
import { DenseIndex } from '../retrieval/embedding/dense.js';
import { EmbeddedIndex } from '../retrieval/index/embedded-index.js';
import { Retriever } from '../retrieval/engine.js';
import { topK } from '../retrieval/ranking/fusion.js';
import { ingest } from '../retrieval/ingest/ingest.js';
import { LexicalIndex } from '../retrieval/ranking/lexical.js';
import { normalize } from '../retrieval/embedding/linalg.js';
import { PostgresIndex } from '../retrieval/index/pg-index.js';
import { redactDatabaseUrl } from '../store/database-url.js';
import { queryOnce } from '../store/pg-query.js';
import type { Progress } from '../util/progress.js';
import { DIST_DIR } from '../util/project.js';
import { seededRandom } from '../util/random.js';
import { round } from '../util/round.js';
import { type LatencyStats, benchConfig, diskSize, syntheticPapers, timeEach } from './bench.js';

export type IndexStoreKind = 'postgres' | 'vectra';

export interface IndexBenchOptions {
  corpusDir: string;
  /** The bundled corpus's papers, recombined into the synthetic ones; their descriptions are handed out among them. */
  base: readonly Paper[];
  store: IndexStoreKind;
  sizes: number[];
  queries: string[];
  /** A PostgreSQL server to measure; without one, PGlite is started in a process of its own, its data on disk. */
  databaseUrl?: string;
  progress: Progress;
}

export interface IndexScaleResult {
  papers: number;
  ok: boolean;
  error?: string;
  ingest?: {
    seconds: number;
    papersPerSecond: number;
    /** The same, chunking and embedding left out (PostgreSQL). */
    papersPerSecondWithoutEmbedding?: number;
    embedSeconds?: number;
    writeSeconds?: number;
    hnswSeconds?: number;
    otherIndexSeconds?: number;
    calibrateSeconds?: number;
  };
  /** Ingesting 100 more papers into the index built. */
  addHundredSeconds?: number;
  /** The index on disk (PostgreSQL: its tables with their indexes and TOAST); the paper store apart. */
  indexMB?: number;
  storeMB?: number;
  search?: LatencyStats;
  /** A title typed with a typo looked up, then its similar papers. */
  similar?: LatencyStats;
  /** PostgreSQL against the exact in-memory engine over the same papers, model and calibration. */
  exact?: {
    /** Share of the exact 10 nearest centroids the HNSW index returns. */
    centroidRecall10: number;
    /** Share of the exact 10 nearest chunks the HNSW index returns. */
    chunkRecall10: number;
    /** Share of the exact engine's top 10 papers in the PostgreSQL top 10 (hybrid, after feedback). */
    top10Overlap: number;
    /** Share of queries given the same confidence level. */
    sameConfidence: number;
    /** The exact engine's search latency, for comparison. */
    search: LatencyStats;
  };
}

export interface IndexBenchReport {
  store: string;
  /** Where PostgreSQL ran. */
  server?: string;
  queries: number;
  results: IndexScaleResult[];
}

/** A PGlite server in a child process, its data in `dataDir`. */
async function startPgliteProcess(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  await mkdir(dataDir, { recursive: true });
  // Its stdin is a pipe from this process: when this process dies, however, the pipe closes and the server stops.
  const child: ChildProcess = spawn(process.execPath, [path.join(DIST_DIR, 'src/store/pglite-process.js'), dataDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    child.on('exit', (code) => reject(new Error(`the PGlite server exited with ${code}`)));
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function runIndexBench(options: IndexBenchOptions): Promise<IndexBenchReport> {
  const { progress } = options;
  const root = await mkdtemp(path.join(tmpdir(), 'paperbot-index-bench-'));
  const results: IndexScaleResult[] = [];
  let server: string | undefined;
  try {
    let url = options.databaseUrl;
    let stop = async () => {};
    if (options.store === 'postgres' && !url) {
      progress('starting PGlite in a process of its own, its data on disk');
      const started = await startPgliteProcess(path.join(root, 'pglite'));
      url = started.url;
      stop = started.stop;
      server = 'PGlite (PostgreSQL 18 in WebAssembly, one process, data on disk)';
    } else if (url) {
      server = `PostgreSQL ${redactDatabaseUrl(url)}`;
    }
    try {
      for (const n of options.sizes) {
        progress(`${options.store}: ${n} synthetic papers`);
        const result = url && options.store === 'postgres' ? await benchPostgres(root, url, n, options) : await benchVectra(root, n, options);
        progress(`${options.store}: ${n} papers: ${JSON.stringify(result)}`);
        results.push(result);
      }
    } finally {
      await stop();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return { store: options.store, ...(server ? { server } : {}), queries: options.queries.length, results };
}

/**
 * Writes `n` synthetic papers to `file`, and beside it a descriptions file giving each the description
 * of a bundled paper in turn (when the bundled papers have any), so that search and similar papers
 * work as on a described corpus. Returns the papers and the files to ingest.
 */
async function writeSynthetic(file: string, base: readonly Paper[], n: number, seed?: number): Promise<{ papers: { title: string; abstract: string }[]; inputs: string[] }> {
  const papers = syntheticPapers(base, n, seed);
  await writeFile(file, papers.map((p) => JSON.stringify(p)).join('\n'));
  const described = base.flatMap((p) => (p.description ? [p.description] : []));
  if (described.length === 0) return { papers, inputs: [file] };
  const descriptions = file.replace(/\.jsonl$/, DESCRIPTIONS_SUFFIX);
  await writeFile(descriptions, papers.map((p, i) => JSON.stringify({ title: p.title, ...described[i % described.length]! })).join('\n'));
  return { papers, inputs: [file, descriptions] };
}

/** Titles as a user might type them: lower case, a letter dropped from a longer word. */
function typedTitles(papers: readonly { title: string }[], k: number): string[] {
  const rand = seededRandom(5);
  return Array.from({ length: k }, () => {
    const words = papers[Math.floor(rand() * papers.length)]!.title.toLowerCase().split(' ');
    const i = words.findIndex((w) => w.length > 6);
    if (i >= 0) words[i] = words[i]!.slice(0, 3) + words[i]!.slice(4);
    return words.join(' ');
  });
}

async function similarLatency(r: Retriever, titles: readonly string[]): Promise<LatencyStats> {
  return timeEach(titles, async (q) => {
    const l = await r.lookupTitle(q);
    if (l.resolved) await r.similar(l.resolved.id, 10);
  });
}

async function benchVectra(root: string, n: number, options: IndexBenchOptions): Promise<IndexScaleResult> {
  const dir = path.join(root, `vectra-${n}`);
  const config = benchConfig(path.join(dir, 'data'), options.corpusDir);
  try {
    const file = path.join(root, `synthetic-${n}.jsonl`);
    const { papers, inputs } = await writeSynthetic(file, options.base, n);
    const t = performance.now();
    await ingest({ config, inputs, progress: (m) => options.progress(`  ${m}`) });
    const seconds = (performance.now() - t) / 1000;
    const more = await writeSynthetic(path.join(root, `more-${n}.jsonl`), options.base, 100, 99);
    const t2 = performance.now();
    await ingest({ config, inputs: more.inputs });
    const addHundredSeconds = round((performance.now() - t2) / 1000, 1);
    const r = await Retriever.open({ config });
    const search = await timeEach(options.queries, (q) => r.search(q, 10), 3);
    const similar = await similarLatency(r, typedTitles(papers, 20));
    return {
      papers: n,
      ok: true,
      ingest: { seconds: round(seconds, 1), papersPerSecond: round(n / seconds, 0) },
      addHundredSeconds,
      indexMB: round((await diskSize(path.join(dir, 'data'))) / 2 ** 20, 1),
      search,
      similar,
    };
  } catch (err) {
    return { papers: n, ok: false, error: (err as Error).message.split('\n')[0]! };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function benchPostgres(root: string, url: string, n: number, options: IndexBenchOptions): Promise<IndexScaleResult> {
  const schema = `bench_index_${Date.now().toString(36)}_${n}`;
  const config: Config = loadConfig({
    PAPERBOT_DATA_DIR: path.join(root, `pg-${n}`),
    PAPERBOT_CORPUS_DIR: options.corpusDir,
    PAPERBOT_DATABASE_URL: url,
    PAPERBOT_DATABASE_SCHEMA: schema,
  });
  const progress = (m: string) => options.progress(`  ${m}`);
  try {
    const file = path.join(root, `synthetic-${n}.jsonl`);
    const { papers, inputs } = await writeSynthetic(file, options.base, n);
    const t = performance.now();
    const report = await ingest({ config, inputs, progress });
    const seconds = (performance.now() - t) / 1000;
    const tm = report.timings;
    const more = await writeSynthetic(path.join(root, `more-${n}.jsonl`), options.base, 100, 99);
    const t2 = performance.now();
    await ingest({ config, inputs: more.inputs });
    const addHundredSeconds = round((performance.now() - t2) / 1000, 1);
    const sizes = await tableSizes(url, schema);

    const r = await Retriever.open({ config });
    try {
      progress(`timing ${options.queries.length} searches`);
      const search = await timeEach(options.queries, (q) => r.search(q, 10), 3);
      const similar = await similarLatency(r, typedTitles(papers, 20));
      progress('comparing with the exact in-memory engine over the same papers');
      const exact = await compareWithExact(r, options.queries, progress);
      return {
        papers: n,
        ok: true,
        ingest: {
          seconds: round(seconds, 1),
          papersPerSecond: round(n / seconds, 0),
          ...(tm
            ? {
                papersPerSecondWithoutEmbedding: round(n / (seconds - tm.embed / 1000), 0),
                embedSeconds: round(tm.embed / 1000, 1),
                writeSeconds: round(tm.write / 1000, 1),
                hnswSeconds: round(tm.hnsw / 1000, 1),
                otherIndexSeconds: round(tm.index / 1000, 1),
                calibrateSeconds: round(tm.calibrate / 1000, 1),
              }
            : {}),
        },
        addHundredSeconds,
        indexMB: round(sizes.index / 2 ** 20, 1),
        storeMB: round(sizes.store / 2 ** 20, 1),
        search,
        similar,
        exact,
      };
    } finally {
      await r.close();
    }
  } catch (err) {
    return { papers: n, ok: false, error: (err as Error).message.split('\n')[0]! };
  } finally {
    await queryOnce(url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
  }
}

/** Bytes of the schema's index tables and of its paper store (tables with their indexes and TOAST). */
async function tableSizes(url: string, schema: string): Promise<{ index: number; store: number }> {
  const rows = await queryOnce<{ name: string; bytes: string }>(
    url,
    `SELECT c.relname AS name, pg_total_relation_size(c.oid) AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind = 'r'`,
    [schema],
  );
  const isIndex = (name: string) => /^(chunks|centroids|lexical_\w+)_v\d+$/.test(name) || name.startsWith('search_index');
  const sum = (f: (name: string) => boolean) => rows.filter((r) => f(r.name)).reduce((a, r) => a + Number(r.bytes), 0);
  return { index: sum(isIndex), store: sum((name) => !isIndex(name)) };
}

/**
 * The exact engine over the same index: every paper and chunk vector read into memory, the same
 * embedder and calibration, candidates = all papers. Compares the HNSW indexes with exact nearest
 * neighbours, and the two engines' search results.
 */
export async function compareWithExact(r: Retriever, queries: readonly string[], progress: Progress): Promise<NonNullable<IndexScaleResult['exact']>> {
  const index = r.index;
  if (!(index instanceof PostgresIndex)) throw new Error('the exact comparison needs the PostgreSQL index');
  const papers = await r.allPapers();
  const lexical = LexicalIndex.empty();
  lexical.add(papers.map((p) => ({ id: p.id, title: p.title, text: searchBody(p) })));
  const items: { paper: number; chunk: number; vector: Float32Array }[] = [];
  for await (const batch of index.chunkVectors()) items.push(...batch);
  progress(`read ${items.length} chunk vectors of ${papers.length} papers`);
  const dense = DenseIndex.build(items, papers.length, r.info.dimensions);
  const exact = new Retriever(EmbeddedIndex.fromParts({ info: r.info, papers, lexical, embeddings: r.embedder, dense }), r.fusion);
  const chunkRows = items.map((it) => `${it.paper}#${it.chunk}`);

  let centroidHits = 0;
  let chunkHits = 0;
  let overlap = 0;
  let same = 0;
  for (const q of queries) {
    const v = Float64Array.from(normalize((await r.queryVectors([q]))[0]!.vector));
    const approx = await index.nearestTo(v, 10);
    const { centroid } = dense.scores(v, 0);
    const wantCentroids = new Set(topK(centroid, 10));
    centroidHits += approx.centroids.filter((d) => wantCentroids.has(d)).length;
    const wantChunks = new Set(topK(chunkCosines(items, v), 10).map((i) => chunkRows[i]!));
    chunkHits += approx.chunks.filter((c) => wantChunks.has(`${c.doc}#${c.chunk}`)).length;
    const [a, b] = await Promise.all([r.search(q, 10), exact.search(q, 10)]);
    const want = new Set(b.results.map((x) => x.paper.id));
    overlap += a.results.filter((x) => want.has(x.paper.id)).length / Math.max(1, b.results.length);
    if (a.confidence === b.confidence) same++;
  }
  const search = await timeEach(queries, (q) => exact.search(q, 10), 3);
  const n = queries.length;
  return {
    centroidRecall10: round(centroidHits / (10 * n), 3),
    chunkRecall10: round(chunkHits / (10 * n), 3),
    top10Overlap: round(overlap / n, 3),
    sameConfidence: round(same / n, 3),
    search,
  };
}

function chunkCosines(items: readonly { vector: Float32Array }[], v: Float64Array): Float64Array {
  const out = new Float64Array(items.length);
  items.forEach((it, i) => {
    let s = 0;
    for (let j = 0; j < v.length; j++) s += it.vector[j]! * v[j]!;
    out[i] = s;
  });
  return out;
}

export function formatIndexBench(b: IndexBenchReport): string {
  const lat = (s: LatencyStats) => `p50 ${s.p50} ms, p95 ${s.p95} ms`;
  const lines = [`search index: ${b.store}${b.server ? ` on ${b.server}` : ''}, ${b.queries} queries`];
  for (const s of b.results) {
    if (!s.ok) {
      lines.push(`${s.papers} papers: failed: ${s.error}`);
      continue;
    }
    const i = s.ingest!;
    lines.push(
      `${s.papers} papers:`,
      `  ingest:     ${i.seconds} s (${i.papersPerSecond} papers/s${i.papersPerSecondWithoutEmbedding ? `; ${i.papersPerSecondWithoutEmbedding} papers/s without embedding` : ''})` +
        (i.embedSeconds !== undefined ? `: embedding ${i.embedSeconds} s, writing ${i.writeSeconds} s, HNSW ${i.hnswSeconds} s, other indexes ${i.otherIndexSeconds} s, calibration ${i.calibrateSeconds} s` : ''),
      `  add 100:    ${s.addHundredSeconds} s`,
      `  on disk:    ${s.indexMB} MB index${s.storeMB !== undefined ? `, ${s.storeMB} MB paper store` : ''}`,
      `  search:     ${lat(s.search!)} (hybrid, with confidence)`,
      `  similar:    ${lat(s.similar!)} (title lookup with a typo, then similar papers)`,
    );
    if (s.exact) {
      const e = s.exact;
      lines.push(
        `  vs exact:   HNSW recall@10 ${e.centroidRecall10} (centroids), ${e.chunkRecall10} (chunks); top-10 overlap ${e.top10Overlap}; same confidence ${e.sameConfidence}; exact engine search ${lat(e.search)}`,
      );
    }
  }
  return lines.join('\n');
}
