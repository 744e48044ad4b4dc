import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface PgliteServer {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` (PGlite asks for no password). */
  url: string;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL with pgvector and pg_trgm from npm alone: PGlite (PostgreSQL compiled to
 * WebAssembly, in this process, in memory or in `dataDir`) served over the wire protocol on
 * 127.0.0.1, for the tests and the benchmark. Needs the development dependencies. PGlite runs one
 * session: every connection shares it (queries take turns, a transaction has it to itself), so
 * session state such as advisory locks is shared.
 */
export async function startPgliteServer(options: { maxConnections?: number; dataDir?: string } = {}): Promise<PgliteServer> {
  const [{ PGlite }, { vector }, { pg_trgm }, { PGLiteSocketServer }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite-pgvector'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite-socket'),
  ]);
  const db: PGlite = await PGlite.create({ ...(options.dataDir ? { dataDir: options.dataDir } : {}), extensions: { vector, pg_trgm } });
  // The socket server refuses connections beyond `maxConnections` (default 1) by writing plain text
  // to the client; pools and several processes need far more.
  const server: PGLiteSocketServer = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: options.maxConnections ?? 100 });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
