import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';
import type { Config } from '../../config.js';
import { type RawDescription, applyDescriptions, isDescriptionsFile, parseDescriptions } from '../../corpus/descriptions.js';
import { listInputFiles, mergePapers, readInputFile, readText } from '../../corpus/load.js';
import { type Paper, PaperSchema, type RawPaper, paperId } from '../../corpus/paper.js';
import { QUOTE_CHARS, UserError } from '../../errors.js';
import { openStore } from '../../store/open.js';
import type { Store } from '../../store/types.js';
import { plural } from '../../util/plural.js';
import { type Progress, silent } from '../../util/progress.js';
import { truncate } from '../../util/truncate.js';
import { syncIndex } from '../index/index-build.js';
import { files, listGenerations, withIngestLock } from '../index/index-store.js';
import type { SyncReport } from '../index/index-sync.js';
import type { EmbeddingsFactory } from '../embedding/open-embeddings.js';

export interface IngestOptions {
  config: Config;
  /** Files or directories to read; defaults to the bundled corpus (none with `papers` or `rebuild`). */
  inputs?: string[];
  /** Already parsed papers to add (from a feed), on top of `inputs`. */
  papers?: RawPaper[];
  /** Descriptions of papers (e.g. written by the LLM for a feed's papers), on top of those `inputs` hold. */
  descriptions?: RawDescription[];
  /** Also read the bundled corpus when the store holds no paper yet (e.g. a first daily fetch). */
  bundledWhenEmpty?: boolean;
  /** Rebuild the index from scratch: refit the embedder and re-embed every paper the store holds. */
  rebuild?: boolean;
  now?: Date;
  progress?: Progress;
  embeddings?: EmbeddingsFactory;
  /** The store of record (default: the one the configuration names, opened and closed here). */
  store?: Store;
}

export interface IngestReport extends SyncReport {
  /** Papers new to the store. */
  added: number;
  /** Papers of the store that gained something (a source, a URL, a date). */
  updated: number;
  ms: number;
}

/**
 * Reads the inputs, adds their papers to the store of record, and brings the index up to date with
 * the store. Inputs are fully parsed before anything is written: a bad file changes nothing. The
 * store is written first, in one transaction, so papers are kept even when building the index fails
 * or is killed; the next ingest or query catches the index up.
 */
export async function ingest(options: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const { config } = options;
  const progress = options.progress ?? silent;
  const now = options.now ?? new Date();
  const inputs = options.inputs ?? (options.papers || options.rebuild ? [] : [config.PAPERBOT_CORPUS_DIR]);
  const read = await readInputs(inputs, now, progress);
  const raw = [...(options.papers ?? []), ...read.papers];
  if (raw.length === 0 && read.descriptions.length === 0 && inputs.length === 0 && !options.papers && !options.rebuild) throw new UserError('no input files');

  return withStore(options, async (store) => {
    const report = await withIngestLock(
      config.PAPERBOT_DATA_DIR,
      async () => {
        let entries: Inputs = { papers: raw, descriptions: [...read.descriptions, ...(options.descriptions ?? [])] };
        if (options.bundledWhenEmpty && (await store.papers.count()) === 0) {
          const bundled = await readInputs([config.PAPERBOT_CORPUS_DIR], now, progress);
          entries = { papers: [...raw, ...bundled.papers], descriptions: [...entries.descriptions, ...bundled.descriptions] };
        }
        const { redescribed, ...written } = await addToStore(store, entries, now, progress);
        // A paper already indexed that gained a description is embedded again, with the rest.
        const synced = await syncIndex(store, { ...options, rebuild: options.rebuild || redescribed > 0, progress, now });
        if (synced.unchanged) progress(`index is up to date (${synced.papers} papers)`);
        return { ...synced, ...written };
      },
      { progress },
    );
    return { ...report!, ms: performance.now() - started };
  });
}

/** What the input files hold: papers, and descriptions of papers (from `.descriptions.jsonl` files). */
export interface Inputs {
  papers: RawPaper[];
  descriptions: RawDescription[];
}

/** Parses every input file (all of them before anything is written). */
export async function readInputs(inputs: readonly string[], now: Date, progress: Progress): Promise<Inputs> {
  if (inputs.length === 0) return { papers: [], descriptions: [] };
  const inputFiles = await listInputFiles([...inputs], (file, why) => progress(`skipped ${file}: ${why}`));
  const papers: RawPaper[] = [];
  const descriptions: RawDescription[] = [];
  for (const file of inputFiles) {
    if (isDescriptionsFile(file)) descriptions.push(...parseDescriptions(await readText(file), file));
    else papers.push(...(await readInputFile(file, now)));
  }
  progress(
    `read ${papers.length} paper entries${descriptions.length > 0 ? ` and ${descriptions.length} descriptions` : ''} from ${inputFiles.length} file(s)`,
  );
  return { papers, descriptions };
}

/** Runs `fn` with the store the options give, or with the configured one opened (and closed) for it. */
export async function withStore<T>(options: { config: Config; store?: Store | undefined }, fn: (store: Store) => Promise<T>): Promise<T> {
  if (options.store) return fn(options.store);
  const store = await openStore(options.config);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/**
 * Merges raw papers into the store, then gives papers (new or already stored) the descriptions read
 * for them, in one transaction; papers already there keep their identity and `addedAt`. `redescribed`
 * counts the papers that were already stored and whose description changed.
 */
export async function addToStore(
  store: Store,
  inputs: Inputs,
  now: Date,
  progress: Progress = silent,
): Promise<{ added: number; updated: number; redescribed: number }> {
  if (inputs.papers.length === 0 && inputs.descriptions.length === 0) return { added: 0, updated: 0, redescribed: 0 };
  // Only the papers the inputs name can change: identity is the normalised title.
  const existing = await store.papers.byIds([...inputs.papers.map((p) => paperId(p.title)), ...inputs.descriptions.map((d) => paperId(d.title))]);
  const before = new Map(existing.map((p) => [p.id, p]));
  const merged = mergePapers(existing, inputs.papers, now);
  const { described, unmatched } = applyDescriptions(merged, inputs.descriptions);
  if (unmatched.length > 0) progress(`skipped ${plural(unmatched.length, 'description')} of no known paper, e.g. "${truncate(unmatched[0]!, QUOTE_CHARS)}"`);
  const byId = new Map(merged.map((p) => [p.id, p]));
  for (const p of described) byId.set(p.id, p);
  const changed = [...byId.values()].filter((p) => JSON.stringify(before.get(p.id)) !== JSON.stringify(p));
  if (changed.length === 0) return { added: 0, updated: 0, redescribed: 0 };
  const redescribed = described.filter((p) => before.has(p.id) && JSON.stringify(before.get(p.id)!.description) !== JSON.stringify(p.description)).length;
  const { added, updated } = await store.papers.write(changed);
  return { added, updated, redescribed };
}

/** Fills an empty store: from the papers an existing index holds, or else from the bundled corpus. */
export async function seedStore(store: Store, config: Config, progress: Progress): Promise<void> {
  const dataDir = config.PAPERBOT_DATA_DIR;
  const restored = await papersInIndex(dataDir);
  if (restored) {
    await store.papers.write(restored.papers);
    progress(`the paper store ${store.location} was empty: restored ${restored.papers.length} papers from the index ${path.basename(restored.gen)}`);
    return;
  }
  progress(`no index in ${dataDir} yet: building it from ${config.PAPERBOT_CORPUS_DIR}`);
  await addToStore(store, await readInputs([config.PAPERBOT_CORPUS_DIR], new Date(), progress), new Date(), progress);
}

/** The papers of the newest generation whose paper records can be read (whatever its manifest version). */
async function papersInIndex(dataDir: string): Promise<{ gen: string; papers: Paper[] } | undefined> {
  for (const gen of await listGenerations(dataDir)) {
    try {
      const parsed = z.array(PaperSchema).safeParse(JSON.parse(await readFile(files.papers(gen), 'utf8')));
      if (parsed.success && parsed.data.length > 0) return { gen, papers: parsed.data };
    } catch {
      continue;
    }
  }
  return undefined;
}
