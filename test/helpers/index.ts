import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Config, loadConfig } from '../../src/config.js';
import { listInputFiles, readInputFile } from '../../src/corpus/load.js';
import type { Paper } from '../../src/corpus/paper.js';
import { openStore } from '../../src/store/open.js';
import { CORPUS } from './paths.js';
import { sharedResource } from './shared.js';

export { CORPUS, FIXTURES, REPO } from './paths.js';

/** A config over a fresh temporary data directory. */
export async function tempConfig(env: Record<string, string> = {}): Promise<{ config: Config; dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'paperbot-test-'));
  const config = loadConfig({ PAPERBOT_DATA_DIR: path.join(dir, 'data'), PAPERBOT_CORPUS_DIR: CORPUS, PAPERBOT_LOG_LEVEL: 'silent', ...env });
  return { config, dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Settings that change what the index of the bundled corpus holds or where the store of record is. */
const INDEX_SETTINGS = /^PAPERBOT_(CORPUS_DIR|EMBEDDER|LSA_|TRANSFORMERS_|EMBEDDING_|DATABASE_URL)/;

/**
 * Puts the index of the bundled corpus (and its store of record) into `dataDir`, as `paperbot ingest`
 * with the default settings leaves it: a copy of the one built once per test run, which the test
 * may change as it likes. `dataDir` must not exist yet. Outside the test runner (scripts/ask-load.ts)
 * there is no shared index: it is built in `dataDir`.
 */
export async function copyCorpusIndex(dataDir: string): Promise<void> {
  if (!process.env.VITEST) {
    const { ingest } = await import('../../src/retrieval/ingest/ingest.js');
    await ingest({ config: loadConfig({ PAPERBOT_DATA_DIR: dataDir, PAPERBOT_CORPUS_DIR: CORPUS }) });
    return;
  }
  const shared = await sharedResource('corpus-index');
  await cp(shared.dataDir, dataDir, { recursive: true, errorOnExist: true, force: false });
}

/**
 * `tempConfig` whose data directory already holds the bundled corpus, indexed (`copyCorpusIndex`):
 * for tests that need an index but do not test building it. Settings that would make that index the
 * wrong one are refused: build one with `tempConfig` and `ingest` then.
 */
export async function indexedConfig(env: Record<string, string> = {}): Promise<{ config: Config; dir: string; cleanup: () => Promise<void> }> {
  const changed = Object.keys(env).filter((key) => INDEX_SETTINGS.test(key));
  if (changed.length > 0) throw new Error(`indexedConfig: ${changed.join(', ')} would need an index of its own; use tempConfig and ingest`);
  const t = await tempConfig(env);
  await copyCorpusIndex(t.config.PAPERBOT_DATA_DIR);
  return t;
}

/** A JSON Lines corpus of the first `n` papers of a bundled corpus page (with their dates), written in `dir` (`small.jsonl`), for an index built in a blink. */
export async function smallCorpus(dir: string, n: number, page = '000_babba2480a64a1b1.txt'): Promise<string> {
  const [file] = await listInputFiles([path.join(CORPUS, page)]);
  const jsonl = path.join(dir, 'small.jsonl');
  const papers = (await readInputFile(file!)).slice(0, n);
  await writeFile(jsonl, papers.map((p) => JSON.stringify({ title: p.title, abstract: p.abstract, ...(p.published ? { published: p.published } : {}) })).join('\n'));
  return jsonl;
}

/** Every file of a directory with its content hash. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(d: string) {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out[path.relative(dir, p)] = createHash('sha1').update(await readFile(p)).digest('hex');
    }
  }
  await walk(dir);
  return out;
}

/** Every paper the store of record in a data directory holds. */
export async function storedPapers(dataDir: string): Promise<Paper[]> {
  const store = await openStore(loadConfig({ PAPERBOT_DATA_DIR: dataDir }));
  try {
    return await store.papers.all();
  } finally {
    await store.close();
  }
}

/** Resolves once `check()` is true (polled every 10 ms); rejects after `timeoutMs`. */
export async function waitFor(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
