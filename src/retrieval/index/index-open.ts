import type { Config } from '../../config.js';
import { type Progress, silent } from '../../util/progress.js';
import { EmbeddedIndex } from './embedded-index.js';
import { checkEmbedder, embedderSpec } from '../embedding/embedders.js';
import { refreshedIndex } from './index-refresh.js';
import { type LiveIndex, openLiveIndex } from './index-store.js';
import type { IndexInfo, IndexOpenOptions, SearchIndex } from './search-index.js';

/**
 * The search index the configuration names, up to date with the store of record (see
 * {@link openIndex}): in PostgreSQL when `PAPERBOT_DATABASE_URL` is set, else the embedded one in
 * the data directory. It must have been built with the configured embedder.
 */
export async function openSearchIndex(options: IndexOpenOptions): Promise<SearchIndex> {
  const { config } = options;
  if (config.PAPERBOT_DATABASE_URL) {
    const { openPostgresIndex } = await import('./pg-index-open.js');
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
  const dataDir = options.config.PAPERBOT_DATA_DIR;
  const index = await refreshedIndex(
    options,
    () => openLiveIndex(dataDir, options.progress ?? silent),
    (live) => live.manifest,
  );
  if (!index) throw new Error(`building the index in ${dataDir} finished without an index`);
  return index;
}
