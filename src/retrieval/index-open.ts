import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Config } from '../config.js';
import { type Paper, PaperSchema } from '../corpus/paper.js';
import type { Store } from '../store/types.js';
import { type Progress, silent } from '../util/progress.js';
import { EmbeddedIndex } from './embedded-index.js';
import { checkEmbedder, embedderSpec } from './embedders.js';
import { syncIndex } from './index-build.js';
import { type LiveIndex, files, listGenerations, openLiveIndex, withIngestLock } from './index-store.js';
import { addToStore, readInputs, withStore } from './ingest.js';
import type { EmbeddingsFactory } from './open-embeddings.js';
import type { IndexInfo, SearchIndex } from './search-index.js';

export interface IndexOpenOptions {
  config: Config;
  progress?: Progress;
  embeddings?: EmbeddingsFactory;
  store?: Store;
}

/**
 * The search index the configuration names, up to date with the store of record (see
 * {@link openIndex}): in PostgreSQL when `PAPERBOT_DATABASE_URL` is set, else the embedded one in
 * the data directory. It must have been built with the configured embedder.
 */
export async function openSearchIndex(options: IndexOpenOptions): Promise<SearchIndex> {
  const { config } = options;
  if (config.PAPERBOT_DATABASE_URL) {
    const { openPostgresIndex } = await import('./pg-index.js');
    return openPostgresIndex(options);
  }
  const index = await openIndex(options);
  checkEmbedder(index.manifest, embedderSpec(config), config.PAPERBOT_DATA_DIR);
  return EmbeddedIndex.open(index, options);
}

/** What the configured search index records about itself (undefined when there is none yet), and where it lives. */
export async function readIndexInfo(config: Config, progress: Progress = silent): Promise<{ info?: IndexInfo; location: string }> {
  if (config.PAPERBOT_DATABASE_URL) {
    const { readPostgresIndexInfo } = await import('./pg-index.js');
    return readPostgresIndexInfo(config);
  }
  const live = await openLiveIndex(config.PAPERBOT_DATA_DIR, progress);
  if (!live) return { location: config.PAPERBOT_DATA_DIR };
  const { files: _files, ...info } = live.manifest;
  return { info, location: config.PAPERBOT_DATA_DIR };
}

/**
 * The live index, up to date with the store of record. When the store gained papers the index does
 * not hold yet (an ingest was killed after writing them), they are indexed first; when there is no
 * intact index, it is rebuilt from the store. Only a store that never held a paper is seeded with the
 * bundled corpus; an empty store beside an index (e.g. its database was moved aside) gets the papers
 * back from that index. While another process updates the index, an existing one is served as it is;
 * with none, the update is waited for.
 */
export async function openIndex(options: IndexOpenOptions): Promise<LiveIndex> {
  const { config } = options;
  const progress = options.progress ?? silent;
  const dataDir = config.PAPERBOT_DATA_DIR;
  return withStore(options, async (store) => {
    const live = await openLiveIndex(dataDir, progress);
    if (live && live.manifest.storeRevision === (await store.papers.revision())) return live;
    const updated = await withIngestLock(
      dataDir,
      async () => {
        if ((await store.papers.count()) === 0) await seedStore(store, config, progress);
        await syncIndex(store, { config, progress, ...(options.embeddings ? { embeddings: options.embeddings } : {}) });
        return openLiveIndex(dataDir, progress);
      },
      { wait: live === undefined, progress },
    );
    const index = updated ?? live;
    if (!index) throw new Error(`building the index in ${dataDir} finished without an index`);
    return index;
  });
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
  await addToStore(store, await readInputs([config.PAPERBOT_CORPUS_DIR], new Date(), progress), new Date());
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
