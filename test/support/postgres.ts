import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type PgliteServer, startPgliteServer } from '../../src/store/pglite-server.js';

/**
 * PostgreSQL for the tests: PGlite with pgvector served on 127.0.0.1 (started and stopped by the
 * tests, from npm alone), and the server `PAPERBOT_TEST_DATABASE_URL` names when it is set.
 */
export interface TestPostgres {
  name: string;
  /** The server's URL (PGlite's is known once `start` resolved). */
  url(): string;
  /** PGlite runs one session for every connection, so session locks are shared and outlive a client's death there. */
  sharedSession: boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function pgliteServer(): TestPostgres {
  let server: PgliteServer | undefined;
  return {
    name: 'PostgreSQL (PGlite)',
    url: () => {
      if (!server) throw new Error('the PGlite server is not started');
      return server.url;
    },
    sharedSession: true,
    start: async () => {
      server ??= await startPgliteServer();
    },
    stop: async () => {
      await server?.stop();
      server = undefined;
    },
  };
}

/** The server of PAPERBOT_TEST_DATABASE_URL, if set (each test works in a schema of its own, dropped afterwards). */
export function externalServer(): TestPostgres | undefined {
  const url = process.env.PAPERBOT_TEST_DATABASE_URL;
  if (!url) return undefined;
  return { name: 'PostgreSQL (PAPERBOT_TEST_DATABASE_URL)', url: () => url, sharedSession: false, start: async () => {}, stop: async () => {} };
}

export function testServers(): TestPostgres[] {
  const external = externalServer();
  return [pgliteServer(), ...(external ? [external] : [])];
}

/** A schema name no other test uses; `drop` removes it with everything in it. */
export function freshSchema(url: string): { schema: string; drop: () => Promise<void> } {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  return { schema, drop: () => sql(url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`).then(() => undefined) };
}

/** Runs one statement on a connection of its own. */
export async function sql<R extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, params)).rows;
  } finally {
    await client.end();
  }
}
