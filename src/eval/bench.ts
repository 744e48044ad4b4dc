import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { LocalDocumentIndex } from 'vectra';
import { type Config, loadConfig } from '../config.js';
import { buildDigest } from '../answer/digest.js';
import type { Paper } from '../corpus/paper.js';
import { Retriever } from '../retrieval/engine.js';
import { calibrate } from '../retrieval/confidence/calibrate.js';
import { ingest } from '../retrieval/ingest/ingest.js';
import { splitSentences } from '../retrieval/text.js';
import { seededRandom } from '../util/random.js';
import type { Progress } from '../util/progress.js';
import { PROJECT_ROOT } from '../util/project.js';
import { round } from '../util/round.js';
import { percentile } from './metrics.js';

export interface LatencyStats {
  p50: number;
  p95: number;
  n: number;
}

export interface ScaleResult {
  papers: number;
  ok: boolean;
  ingestSeconds?: number;
  search?: LatencyStats;
  diskMB?: number;
  error?: string;
}

/** Whole CLI processes, from spawn to exit, each measured `runs` times: medians. */
export interface ProcessStats {
  wallMs: number;
  /** CPU time of the process (user and system). */
  cpuMs: number;
  peakRssMB: number;
  runs: number;
}

export interface CliBench {
  /** The CLI entry timed. */
  bin: string;
  help: ProcessStats;
  /** `search <query>` on the bundled corpus, its index built. */
  search: ProcessStats;
}

export interface BenchReport {
  /** `paperbot --help` and `paperbot search` as whole processes. */
  cli: CliBench;
  /** vectra's hybrid query is timed on ten queries (see benchVectraHybrid). */
  coldIngestSeconds: number;
  /** Fitting the search confidence model on the bundled corpus (part of the cold ingest). */
  calibrationSeconds: number;
  unchangedReingestSeconds: number;
  search: LatencyStats;
  similar: LatencyStats;
  extra: Record<string, LatencyStats>;
  /** Building the default digest (the 7 days ending at the newest publication date, extractive summaries) on the bundled corpus. */
  digest: LatencyStats & { papers: number; themes: number };
  /** Building the digest of the 366 days ending at the newest publication date (every dated paper of the bundled corpus). */
  digestYear: LatencyStats & { papers: number; themes: number };
  /** Drawing the default digest's theme map (PNG). */
  themeMap: LatencyStats & { bytes: number };
  vectraHybrid: { search: LatencyStats; ratio: number };
  peakRssMB: number;
  scale: ScaleResult[];
}

export interface BenchOptions {
  corpusDir: string;
  queries: string[];
  titles: string[];
  sizes: number[];
  progress: Progress;
  /** Extra per-query timings measured on the warm engine (e.g. answering). */
  extra?: Record<string, (r: Retriever, query: string) => Promise<unknown>>;
  /** Times each CLI command runs (default 10). */
  cliRuns?: number;
  /** The CLI entry to time (default: this checkout's `bin/paperbot.js`), e.g. another build's to compare. */
  cliBin?: string;
}

export async function timeEach(items: readonly string[], fn: (q: string) => Promise<unknown>, warmup = 5): Promise<LatencyStats> {
  for (const q of items.slice(0, warmup)) await fn(q);
  const ms: number[] = [];
  for (const q of items) {
    const t = performance.now();
    await fn(q);
    ms.push(performance.now() - t);
  }
  return { p50: round(percentile(ms, 50), 2), p95: round(percentile(ms, 95), 2), n: ms.length };
}


export function benchConfig(dataDir: string, corpusDir: string): Config {
  return loadConfig({ PAPERBOT_DATA_DIR: dataDir, PAPERBOT_CORPUS_DIR: corpusDir });
}

export async function diskSize(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? await diskSize(p) : (await stat(p)).size;
  }
  return total;
}

/** Synthetic papers made of sentences recombined from the corpus, so term statistics stay realistic. */
export function syntheticPapers(base: readonly Paper[], n: number, seed = 11): { title: string; abstract: string }[] {
  const rand = seededRandom(seed);
  const sentences = base.flatMap((p) => splitSentences(p.abstract));
  const titleWords = base.flatMap((p) => p.title.split(/\s+/));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const words = Array.from({ length: 5 + Math.floor(rand() * 6) }, () => pick(titleWords));
    const abstract = Array.from({ length: 5 + Math.floor(rand() * 5) }, () => pick(sentences)).join(' ');
    return { title: `${words.join(' ')} ${i}`, abstract };
  });
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const { progress } = options;
  const root = await mkdtemp(path.join(tmpdir(), 'paperbot-bench-'));
  try {
    const config = benchConfig(path.join(root, 'data'), options.corpusDir);
    progress('cold ingest of the bundled corpus');
    let t = performance.now();
    await ingest({ config });
    const coldIngestSeconds = round((performance.now() - t) / 1000, 3);
    t = performance.now();
    const again = await ingest({ config });
    const unchangedReingestSeconds = round((performance.now() - t) / 1000, 3);
    if (!again.unchanged) throw new Error('re-ingest of an unchanged corpus was not a no-op');
    const cli = await benchCli(config, options);

    const r = await Retriever.open({ config });
    progress('timing the confidence calibration');
    t = performance.now();
    await calibrate(r);
    const calibrationSeconds = round((performance.now() - t) / 1000, 3);
    progress(`timing ${options.queries.length} searches and ${options.titles.length} similar lookups`);
    const search = await timeEach(options.queries, (q) => r.search(q, 10));
    const similar = await timeEach(options.titles, async (q) => {
      const l = await r.lookupTitle(q);
      if (l.resolved) await r.similar(l.resolved.id, 10);
    });
    const extra: Record<string, LatencyStats> = {};
    for (const [name, fn] of Object.entries(options.extra ?? {})) {
      progress(`timing ${name}`);
      extra[name] = await timeEach(options.queries, (q) => fn(r, q));
    }

    progress('timing the default digest');
    const built = await buildDigest(r);
    const digestRuns = Array.from({ length: 10 }, () => '');
    const digest = { ...(await timeEach(digestRuns, () => buildDigest(r), 2)), papers: built.totalPapers, themes: built.themes.length };
    const year = await buildDigest(r, { days: 366 });
    const digestYear = { ...(await timeEach(digestRuns, () => buildDigest(r, { days: 366 }), 2)), papers: year.totalPapers, themes: year.themes.length };
    progress('timing the theme map');
    const { themeMapPng } = await import('../render/theme-map.js');
    const png = await themeMapPng(built);
    const themeMap = { ...(await timeEach(digestRuns, () => themeMapPng(built), 2)), bytes: png?.byteLength ?? 0 };

    progress("building vectra's LocalDocumentIndex (BM25 hybrid) on the same corpus");
    const vectraHybrid = await benchVectraHybrid(root, r, options.queries);
    const ratio = round(vectraHybrid.p50 / Math.max(search.p50, 1e-6), 1);

    const scale: ScaleResult[] = [];
    for (const n of options.sizes) {
      progress(`scale: ${n} synthetic papers`);
      scale.push(await benchScale(root, await r.allPapers(), n, options.queries.slice(0, 40), options.corpusDir, progress));
    }
    const peakRssMB = round(process.resourceUsage().maxRSS / 1024, 0);
    return { cli, coldIngestSeconds, calibrationSeconds, unchangedReingestSeconds, search, similar, extra, digest, digestYear, themeMap, vectraHybrid: { search: vectraHybrid, ratio }, peakRssMB, scale };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * Reports the CPU time and peak RSS of the process it is loaded into, on exit, as JSON on file
 * descriptor 3 (`--import`ed into each timed CLI process; the CLI itself is unchanged).
 */
const USAGE_REPORTER = `data:text/javascript,${encodeURIComponent(
  "import{writeSync}from'node:fs';process.on('exit',()=>{try{const u=process.resourceUsage();writeSync(3,JSON.stringify({cpu:(u.userCPUTime+u.systemCPUTime)/1000,rss:u.maxRSS}))}catch{}})",
)}`;

interface ProcessRun {
  wallMs: number;
  cpuMs: number;
  peakRssMB: number;
}

/** Runs the CLI once with `args` and measures it; fails on a non-zero exit. */
function runCliProcess(bin: string, args: string[], config: Config): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [`--import=${USAGE_REPORTER}`, bin, ...args], {
      env: { PAPERBOT_DATA_DIR: config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: config.PAPERBOT_CORPUS_DIR, PAPERBOT_ENV_FILE: '' },
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let usage = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    (child.stdio[3] as Readable).on('data', (d: Buffer) => (usage += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`${path.basename(bin)} ${args.join(' ')} exited with ${code}: ${stderr.trim().split('\n').at(-1) ?? ''}`));
      try {
        const u = JSON.parse(usage) as { cpu: number; rss: number };
        resolve({ wallMs, cpuMs: u.cpu, peakRssMB: u.rss / 1024 });
      } catch {
        reject(new Error(`${path.basename(bin)} ${args.join(' ')} reported no resource usage`));
      }
    });
  });
}

async function timeProcess(bin: string, args: (i: number) => string[], config: Config, runs: number): Promise<ProcessStats> {
  const all: ProcessRun[] = [];
  for (let i = 0; i < runs; i++) all.push(await runCliProcess(bin, args(i), config));
  const median = (pick: (r: ProcessRun) => number) => round(percentile(all.map(pick), 50), 1);
  return { wallMs: median((r) => r.wallMs), cpuMs: median((r) => r.cpuMs), peakRssMB: median((r) => r.peakRssMB), runs };
}

/** `paperbot --help` and `paperbot search` as a user runs them, on the index just built. */
export async function benchCli(config: Config, options: Pick<BenchOptions, 'queries' | 'cliRuns' | 'cliBin' | 'progress'>): Promise<CliBench> {
  const bin = options.cliBin ?? path.join(PROJECT_ROOT, 'bin/paperbot.js');
  const runs = options.cliRuns ?? 10;
  const queries = options.queries.length > 0 ? options.queries : ['beam search alternatives'];
  options.progress(`timing ${runs} runs each of ${bin} --help and search`);
  await runCliProcess(bin, ['search', queries[0]!], config);
  const help = await timeProcess(bin, () => ['--help'], config, runs);
  const search = await timeProcess(bin, (i) => ['search', queries[i % queries.length]!], config, runs);
  return { bin, help, search };
}

/** Only the CLI processes: builds the index of the bundled corpus in a temporary directory and times them. */
export async function runCliBench(options: Pick<BenchOptions, 'corpusDir' | 'queries' | 'cliRuns' | 'cliBin' | 'progress'>): Promise<CliBench> {
  const root = await mkdtemp(path.join(tmpdir(), 'paperbot-bench-'));
  try {
    const config = benchConfig(path.join(root, 'data'), options.corpusDir);
    options.progress('ingesting the bundled corpus');
    await ingest({ config });
    return await benchCli(config, options);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function benchVectraHybrid(root: string, r: Retriever, queries: string[]): Promise<LatencyStats> {
  const embeddings = {
    maxTokens: 8000,
    createEmbeddings: async (inputs: string | string[]) => {
      const list = Array.isArray(inputs) ? inputs : [inputs];
      return { status: 'success' as const, output: await r.embedder.embedDocuments(list) };
    },
  };
  const index = new LocalDocumentIndex({ folderPath: path.join(root, 'vectra-docs'), embeddings, chunkingConfig: { chunkSize: 180, chunkOverlap: 30 } });
  await index.createIndex({ version: 1 });
  for (const p of await r.allPapers()) await index.upsertDocument(p.id, `${p.title}\n${p.abstract}`);
  // vectra rebuilds its BM25 engine (and reloads its NLP model) on every query; memory grows until a
  // RangeError after about twenty queries in one process, so it is timed on the first ten.
  let failure: unknown;
  const onRejection = (err: unknown) => (failure = err);
  process.on('unhandledRejection', onRejection);
  let stats: LatencyStats;
  try {
    stats = await timeEach(VECTRA_QUERIES(queries), (q) => index.queryDocuments(q, { maxDocuments: 10, maxChunks: 50, isBm25: true }), 2);
  } finally {
    process.off('unhandledRejection', onRejection);
  }
  if (failure) throw failure;
  return stats;
}

const VECTRA_QUERIES = (queries: string[]) => queries.filter((_, i) => i % Math.max(1, Math.floor(queries.length / 10)) === 0).slice(0, 10);

async function benchScale(root: string, base: readonly Paper[], n: number, queries: string[], corpusDir: string, progress: Progress): Promise<ScaleResult> {
  const dir = path.join(root, `scale-${n}`);
  const file = path.join(root, `synthetic-${n}.jsonl`);
  await writeFile(file, syntheticPapers(base, n).map((p) => JSON.stringify(p)).join('\n'));
  const config = benchConfig(path.join(dir, 'data'), corpusDir);
  try {
    const t = performance.now();
    await ingest({ config, inputs: [file], progress: (m) => progress(`  ${m}`) });
    const ingestSeconds = round((performance.now() - t) / 1000, 1);
    const r = await Retriever.open({ config });
    const search = await timeEach(queries, (q) => r.search(q, 10), 3);
    const diskMB = round((await diskSize(path.join(dir, 'data'))) / 2 ** 20, 1);
    return { papers: n, ok: true, ingestSeconds, search, diskMB };
  } catch (err) {
    return { papers: n, ok: false, error: (err as Error).message.split('\n')[0]! };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(file, { force: true });
  }
}

export function formatBench(b: BenchReport): string {
  const lat = (s: LatencyStats) => `p50 ${s.p50} ms, p95 ${s.p95} ms (n=${s.n})`;
  const lines = [
    ...formatCliBench(b.cli),
    `cold ingest (bundled corpus):     ${b.coldIngestSeconds} s`,
    `confidence calibration:           ${b.calibrationSeconds} s (included in the cold ingest)`,
    `unchanged re-ingest:              ${b.unchangedReingestSeconds} s`,
    `search latency:                   ${lat(b.search)}`,
    `similar latency:                  ${lat(b.similar)}`,
    ...Object.entries(b.extra).map(([k, v]) => `${`${k} latency:`.padEnd(34)}${lat(v)}`),
    `digest (default 7 days):          ${lat(b.digest)}, ${b.digest.papers} papers in ${b.digest.themes} themes`,
    `digest (366 days):                ${lat(b.digestYear)}, ${b.digestYear.papers} papers in ${b.digestYear.themes} themes`,
    `theme map (default digest, PNG):  ${lat(b.themeMap)}, ${Math.round(b.themeMap.bytes / 1024)} KiB`,
    `vectra LocalDocumentIndex + BM25: ${lat(b.vectraHybrid.search)} (${b.vectraHybrid.ratio}x paperbot's search p50)`,
    `peak RSS:                         ${b.peakRssMB} MB`,
  ];
  for (const s of b.scale) {
    lines.push(
      s.ok
        ? `scale ${s.papers} papers:  ingest ${s.ingestSeconds} s, search ${lat(s.search!)}, on disk ${s.diskMB} MB`
        : `scale ${s.papers} papers:  failed: ${s.error}`,
    );
  }
  return lines.join('\n');
}

export function formatCliBench(c: CliBench): string[] {
  const proc = (p: ProcessStats) => `${p.wallMs} ms wall, ${p.cpuMs} ms CPU, ${p.peakRssMB} MB peak RSS (medians of ${p.runs})`;
  return [`paperbot --help (process):        ${proc(c.help)}`, `paperbot search (process):        ${proc(c.search)}`];
}
