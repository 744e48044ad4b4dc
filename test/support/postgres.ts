import { randomBytes } from 'node:crypto';
import { queryOnce } from '../../src/store/pg-query.js';
import { beforeAll, onTestFinished } from 'vitest';
import { sharedResource } from '../helpers/shared.js';

/**
 * PostgreSQL for the tests: PGlite with pgvector served on 127.0.0.1 (one server for the whole test
 * run, from npm alone, started when a test file first needs it), and the server
 * `PAPERBOT_TEST_DATABASE_URL` names when it is set. Test files share these servers: each test works
 * in a schema of its own (`testSchema`). See test/support/README.md.
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

/** The run's PGlite server (test/support/shared.ts); `stop` leaves it to the run, which stops it after the last file. */
export function pgliteServer(): TestPostgres {
  let url: string | undefined;
  return {
    name: 'PostgreSQL (PGlite)',
    url: () => {
      if (!url) throw new Error('the PGlite server is not started');
      return url;
    },
    sharedSession: true,
    start: async () => {
      url ??= (await sharedResource('postgres')).url;
    },
    stop: async () => {},
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

/**
 * The PostgreSQL servers to run a test file against (`testServers`), started before its first test:
 *   const servers = usePostgres();
 *   it.each(servers)('... on $name', async (server) => { const schema = await testSchema(server); ... });
 */
export function usePostgres(): TestPostgres[] {
  const servers = testServers();
  beforeAll(async () => {
    await Promise.all(servers.map((s) => s.start()));
  });
  return servers;
}

/** A new schema on `server` for the running test (only it uses it), dropped when the test finishes. */
export function testSchema(server: TestPostgres): string {
  const fresh = freshSchema(server.url());
  onTestFinished(() => fresh.drop());
  return fresh.schema;
}

/** A schema name no other test uses; `drop` removes it with everything in it. */
export function freshSchema(url: string): { schema: string; drop: () => Promise<void> } {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  return { schema, drop: () => sql(url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`).then(() => undefined) };
}

/** Runs one statement on a connection of its own. */
export const sql = queryOnce;
