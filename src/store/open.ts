import type { Config } from '../config.js';
import { importLegacyState } from './legacy.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export interface OpenStoreOptions {
  /** Told about state files that could only be imported in part, and about lost database connections. */
  warn?: (message: string) => void;
}

/**
 * Opens the store of record the configuration names: PostgreSQL when `PAPERBOT_DATABASE_URL` is set,
 * otherwise the embedded SQLite database in the data directory.
 */
export async function openStore(config: Config, options: OpenStoreOptions = {}): Promise<Store> {
  if (!config.PAPERBOT_DATABASE_URL) return openEmbeddedStore(config, options);
  const { openPostgresStore } = await import('./postgres.js');
  const warn = warnOf(options);
  const store = await openPostgresStore({
    url: config.PAPERBOT_DATABASE_URL,
    schema: config.PAPERBOT_DATABASE_SCHEMA,
    answerCapacity: config.PAPERBOT_ANSWER_MEMORY,
    warn,
  });
  return withLegacyState(store, config, warn);
}

/** Opens the embedded SQLite store of the data directory, whatever else the configuration names. */
export async function openEmbeddedStore(config: Config, options: OpenStoreOptions = {}): Promise<Store> {
  const store = openSqliteStore(config.PAPERBOT_DATA_DIR, { answerCapacity: config.PAPERBOT_ANSWER_MEMORY });
  return withLegacyState(store, config, warnOf(options));
}

const warnOf = (options: OpenStoreOptions) => options.warn ?? ((m: string) => process.stderr.write(`warning: ${m}\n`));

async function withLegacyState<S extends Store>(store: S, config: Config, warn: (message: string) => void): Promise<S> {
  try {
    await importLegacyState(store, config.PAPERBOT_DATA_DIR, warn);
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
