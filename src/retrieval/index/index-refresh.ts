import { silent } from '../../util/progress.js';
import { type ConfidenceModel, isCalibrated } from '../confidence/confidence.js';
import { syncIndex } from './index-build.js';
import { withIngestLock } from './index-store.js';
import { seedStore, withStore } from '../ingest/ingest.js';
import type { IndexOpenOptions } from './search-index.js';

/**
 * The search index as it is when it is opened, brought up to date with the store of record first
 * when it lags behind, whichever store holds it (`current` reads it; `infoOf` gives the store
 * revision it was built from and its stored calibration). Papers the store gained are indexed; a
 * calibration missing or fitted on other features is fitted again and stored; only a store that
 * never held a paper is seeded with the bundled corpus. While another process updates the index,
 * the one in use is returned as it is; with none, the update is waited for. Undefined when there is
 * still none.
 */
export async function refreshedIndex<T>(
  options: IndexOpenOptions,
  current: () => Promise<T | undefined>,
  infoOf: (index: T) => { storeRevision: number; confidence?: ConfidenceModel | undefined },
): Promise<T | undefined> {
  const { config } = options;
  const progress = options.progress ?? silent;
  return withStore(options, async (store) => {
    const before = await current();
    if (before && infoOf(before).storeRevision === (await store.papers.revision()) && isCalibrated(infoOf(before))) return before;
    const after = await withIngestLock(
      config.PAPERBOT_DATA_DIR,
      async () => {
        if ((await store.papers.count()) === 0) await seedStore(store, config, progress);
        await syncIndex(store, { config, progress, ...(options.embeddings ? { embeddings: options.embeddings } : {}) });
        return current();
      },
      { wait: before === undefined, progress },
    );
    return after ?? before;
  });
}
