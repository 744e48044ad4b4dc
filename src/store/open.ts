import type { Config } from '../config.js';
import { importLegacyState } from './legacy.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export interface OpenStoreOptions {
  /** Told about state files that could only be imported in part. */
  warn?: (message: string) => void;
}

/** Opens the store of record the configuration names: the embedded SQLite database in the data directory. */
export async function openStore(config: Config, options: OpenStoreOptions = {}): Promise<Store> {
  const store = openSqliteStore(config.PAPERBOT_DATA_DIR, { answerCapacity: config.PAPERBOT_ANSWER_MEMORY });
  try {
    await importLegacyState(store, config.PAPERBOT_DATA_DIR, options.warn ?? ((m) => process.stderr.write(`warning: ${m}\n`)));
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
