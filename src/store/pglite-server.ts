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
export async function startPgliteServer(options: { maxConnections?: number; dataDir?: string; loadDataDir?: Blob } = {}): Promise<PgliteServer> {
  const [{ PGlite }, { vector }, { pg_trgm }, { PGLiteSocketServer }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite-pgvector'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite-socket'),
  ]);
  const db: PGlite = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    // A data directory PGlite dumped (dumpDataDir), loaded instead of initialising a new one.
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { vector, pg_trgm },
  });
  // The socket server refuses connections beyond `maxConnections` (default 1) by writing plain text
  // to the client; pools and several processes need far more.
  const server: PGLiteSocketServer = new PGLiteSocketServer({ db: queryByQuery(db), host: '127.0.0.1', port: 0, maxConnections: options.maxConnections ?? 100 });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

/** Extended-query messages before the Sync that ends the query: Parse, Bind, Describe, Execute, Close, Flush. */
const EXTENDED_QUERY = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

/**
 * The session as the socket server sees it. The server runs the connections' messages one at a
 * time, in turn, and keeps to one connection only while the session is in a transaction. An
 * extended-protocol query (Parse, Bind, Execute ... Sync: every query with parameters) keeps its
 * statement and portal in the session until its Sync, so another connection's query in between
 * would replace them ("bind message supplies 3 parameters, but prepared statement "" requires 4"):
 * here a query in progress counts as a transaction, and its connection keeps the session until Sync.
 */
function queryByQuery(db: PGlite): PGlite {
  let midQuery = false;
  return new Proxy(db, {
    get(target, key) {
      if (key === 'isInTransaction') return () => midQuery || target.isInTransaction();
      if (key === 'execProtocolRawStream') {
        return (message: Uint8Array, options: Parameters<PGlite['execProtocolRawStream']>[1]) => {
          midQuery = EXTENDED_QUERY.has(message[0]!);
          return target.execProtocolRawStream(message, options);
        };
      }
      if (key === 'exec') {
        // The server's rollback for a connection that left: its query in progress is ended first.
        return async (...args: Parameters<PGlite['exec']>) => {
          if (midQuery) await target.execProtocolRaw(SYNC);
          midQuery = false;
          return target.exec(...args);
        };
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
