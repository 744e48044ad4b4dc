import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Config, loadConfig } from '../config.js';
import { mergePapers } from '../corpus/load.js';
import { type Paper, paperId } from '../corpus/paper.js';
import { addToStore, readInputs } from '../retrieval/ingest/ingest.js';
import { redactDatabaseUrl } from '../store/database-url.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import type { Progress } from '../util/progress.js';
import { syntheticPapers } from './bench.js';
import { percentile } from './metrics.js';

export interface StoreBenchOptions {
  corpusDir: string;
  /** Papers written per run. */
  papers: number;
  runs: number;
  /** A PostgreSQL server to measure; without one, PGlite is started (development dependencies). */
  databaseUrl?: string;
  progress: Progress;
}

export interface StoreBenchResult {
  store: string;
  /** Starting the PGlite server (PGlite only). */
  serverStartMs?: number;
  /** Opening a new store: creating its tables (migrations included). */
  openNewMs: number;
  /** Opening a store already at the current schema. */
  openExistingMs: number;
  /** All papers in one write (one transaction). */
  oneWrite: { ms: number; papersPerSecond: number };
  /** The same papers in writes of 100 (as daily fetches add them). */
  writesOf100: { ms: number; papersPerSecond: number };
  /** Reading every paper back. */
  readAllMs: number;
  /** Adding a day's list to the full store: 30 papers, 10 of them already stored (as a daily fetch does). */
  dailyAddMs: number;
}

export interface StoreBenchReport {
  papers: number;
  runs: number;
  results: StoreBenchResult[];
}

const median = (xs: number[]) => Math.round(percentile(xs, 50) * 10) / 10;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await fn();
  return [value, performance.now() - t];
}

/**
 * Times the store of record on each back end: opening it (with its migrations), writing `papers`
 * synthetic papers at once and in writes of 100, and reading them back. Each run uses a new store
 * (a new data directory, or a new PostgreSQL schema); medians over the runs.
 */
export async function runStoreBench(options: StoreBenchOptions): Promise<StoreBenchReport> {
  const { progress } = options;
  const base = mergePapers([], (await readInputs([options.corpusDir], new Date(), () => {})).papers, new Date());
  const now = new Date().toISOString();
  const papers: Paper[] = syntheticPapers(base, options.papers).map((p) => ({
    id: paperId(p.title),
    title: p.title,
    abstract: p.abstract,
    addedAt: now,
    sources: ['synthetic.jsonl'],
  }));
  const root = await mkdtemp(path.join(tmpdir(), 'paperbot-store-bench-'));
  const results: StoreBenchResult[] = [];
  try {
    progress(`SQLite: ${options.runs} runs of ${papers.length} papers`);
    let run = 0;
    results.push(await benchStore('SQLite', options.runs, papers, () => loadConfig({ PAPERBOT_DATA_DIR: path.join(root, `sqlite-${run++}`) })));

    let url = options.databaseUrl;
    let serverStartMs: number | undefined;
    let stop = async () => {};
    if (!url) {
      const { startPgliteServer } = await import('../store/pglite-server.js');
      const [server, ms] = await timed(() => startPgliteServer());
      url = server.url;
      serverStartMs = ms;
      stop = server.stop;
    }
    try {
      const name = options.databaseUrl ? `PostgreSQL ${redactDatabaseUrl(url)}` : 'PostgreSQL (PGlite)';
      progress(`${name}: ${options.runs} runs of ${papers.length} papers`);
      const pgUrl = url;
      const stamp = Date.now().toString(36);
      const schemas: string[] = [];
      const configOf = () => {
        schemas.push(`bench_${stamp}_${schemas.length}`);
        return loadConfig({ PAPERBOT_DATA_DIR: path.join(root, 'pg'), PAPERBOT_DATABASE_URL: pgUrl, PAPERBOT_DATABASE_SCHEMA: schemas.at(-1)! });
      };
      try {
        results.push({ ...(await benchStore(name, options.runs, papers, configOf)), ...(serverStartMs !== undefined ? { serverStartMs: Math.round(serverStartMs) } : {}) });
      } finally {
        await dropSchemas(pgUrl, schemas);
      }
    } finally {
      await stop();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return { papers: papers.length, runs: options.runs, results };
}

async function benchStore(name: string, runs: number, papers: Paper[], newConfig: () => Config): Promise<StoreBenchResult> {
  const openNew: number[] = [];
  const openExisting: number[] = [];
  const one: number[] = [];
  const hundreds: number[] = [];
  const reads: number[] = [];
  const daily: number[] = [];
  const day = [...syntheticPapers(papers, 20, 7), ...papers.slice(0, 10)].map((p) => ({ title: p.title, abstract: p.abstract, source: 'daily.json' }));
  for (let r = 0; r < runs; r++) {
    const config = newConfig();
    const [first, openMs] = await timed(() => openStore(config));
    openNew.push(openMs);
    await first.close();
    const [store, reopenMs] = await timed(() => openStore(config));
    openExisting.push(reopenMs);
    try {
      one.push((await timed(() => store.papers.write(papers)))[1]);
      const [all, readMs] = await timed(() => store.papers.all());
      if (all.length !== papers.length) throw new Error(`${name}: wrote ${papers.length} papers, read ${all.length}`);
      reads.push(readMs);
      const [added, addMs] = await timed(() => addToStore(store, { papers: day, descriptions: [] }, new Date()));
      if (added.added !== 20 || added.updated !== 10) throw new Error(`${name}: a day's 30 papers gave ${added.added} added, ${added.updated} updated`);
      daily.push(addMs);
    } finally {
      await store.close();
    }
    const other = newConfig();
    const fresh = await openStore(other);
    try {
      hundreds.push((await timed(() => writeInHundreds(fresh, papers)))[1]);
    } finally {
      await fresh.close();
    }
  }
  const rate = (ms: number[]) => ({ ms: median(ms), papersPerSecond: Math.round(papers.length / (median(ms) / 1000)) });
  return {
    store: name,
    openNewMs: median(openNew),
    openExistingMs: median(openExisting),
    oneWrite: rate(one),
    writesOf100: rate(hundreds),
    readAllMs: median(reads),
    dailyAddMs: median(daily),
  };
}

async function writeInHundreds(store: Store, papers: readonly Paper[]): Promise<void> {
  for (let i = 0; i < papers.length; i += 100) await store.papers.write(papers.slice(i, i + 100));
}

async function dropSchemas(url: string, schemas: readonly string[]): Promise<void> {
  if (schemas.length === 0) return;
  const { queryOnce } = await import('../store/pg-query.js');
  await queryOnce(url, schemas.map((s) => `DROP SCHEMA IF EXISTS "${s}" CASCADE`).join('; '));
}

export function formatStoreBench(b: StoreBenchReport): string {
  const lines = [`store of record, ${b.papers} synthetic papers, median of ${b.runs} runs:`];
  for (const r of b.results) {
    lines.push(
      `${r.store}:`,
      ...(r.serverStartMs !== undefined ? [`  start the server:         ${r.serverStartMs} ms`] : []),
      `  open a new store:         ${r.openNewMs} ms (tables created, migrations run)`,
      `  open an existing store:   ${r.openExistingMs} ms`,
      `${`  one write of ${b.papers}:`.padEnd(28)}${r.oneWrite.ms} ms (${r.oneWrite.papersPerSecond} papers/s)`,
      `  writes of 100:            ${r.writesOf100.ms} ms (${r.writesOf100.papersPerSecond} papers/s)`,
      `  read every paper:         ${r.readAllMs} ms`,
      `  add a day's 30 papers:    ${r.dailyAddMs} ms (20 new, 10 stored already)`,
    );
  }
  return lines.join('\n');
}
