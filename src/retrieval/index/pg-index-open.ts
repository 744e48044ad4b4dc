import { checkEmbedder, embedderSpec } from '../embedding/embedders.js';
import { refreshedIndex } from './index-refresh.js';
import { PostgresIndex } from './pg-index.js';
import { currentVersion, indexLocation, indexPool, pgTables } from './pg-index-schema.js';
import type { IndexOpenOptions, SearchIndex } from './search-index.js';

/**
 * The search index in PostgreSQL, up to date with the store of record: papers the store gained are
 * indexed first (the index is built from the bundled corpus when the store holds none). While
 * another process updates it, the version in use is served as it is; with none, the update is
 * waited for.
 */
export async function openPostgresIndex(options: IndexOpenOptions): Promise<SearchIndex> {
  const { config } = options;
  const t = pgTables(config.PAPERBOT_DATABASE_SCHEMA);
  const pool = indexPool(config);
  try {
    const current = await refreshedIndex(
      options,
      () => currentVersion(pool, t),
      (v) => v.info,
    );
    if (!current) throw new Error(`building the search index in ${indexLocation(config)} finished without an index`);
    checkEmbedder(current.info, embedderSpec(config), indexLocation(config));
    return await PostgresIndex.open(pool, config.PAPERBOT_DATABASE_SCHEMA, current.version, { config, embeddings: options.embeddings, ownsPool: true });
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
}
