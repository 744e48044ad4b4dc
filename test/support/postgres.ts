import { randomBytes } from 'node:crypto';
import pg from 'pg';
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

/**
 * Makes schema `to` a copy of schema `from`: every table with its columns, defaults, constraints,
 * indexes, foreign keys, rows and identity counters, so that a store and search index built once can
 * start several tests, each changing its own copy as it likes.
 */
export async function copySchema(url: string, from: string, to: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = async <R extends pg.QueryResultRow>(text: string, params: unknown[] = []) => (await client.query<R>(text, params)).rows;
  const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
  try {
    await q(`CREATE SCHEMA ${ident(to)}`);
    const tables = await q<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') ORDER BY c.oid`,
      [from],
    );
    for (const { name } of tables) {
      await q(`CREATE TABLE ${ident(to)}.${ident(name)} (LIKE ${ident(from)}.${ident(name)} INCLUDING ALL)`);
      await q(`INSERT INTO ${ident(to)}.${ident(name)} OVERRIDING SYSTEM VALUE SELECT * FROM ${ident(from)}.${ident(name)}`);
    }
    const identities = await q<{ table: string; column: string }>(
      `SELECT c.relname AS table, a.attname AS column FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND a.attidentity <> '' AND NOT a.attisdropped`,
      [from],
    );
    for (const { table, column } of identities) {
      const [source] = await q<{ name: string }>('SELECT pg_get_serial_sequence($1, $2) AS name', [`${ident(from)}.${ident(table)}`, column]);
      const [counter] = await q<{ last_value: string; is_called: boolean }>(`SELECT last_value, is_called FROM ${source!.name}`);
      await q('SELECT setval(pg_get_serial_sequence($1, $2), $3, $4)', [`${ident(to)}.${ident(table)}`, column, counter!.last_value, counter!.is_called]);
    }
    const foreignKeys = await q<{ table: string; name: string; definition: string }>(
      `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_namespace n ON n.oid = k.connamespace WHERE n.nspname = $1 AND k.contype = 'f' ORDER BY k.oid`,
      [from],
    );
    for (const fk of foreignKeys) {
      const definition = fk.definition.split(`${from}.`).join(`${ident(to)}.`).split(`${ident(from)}.`).join(`${ident(to)}.`);
      await q(`ALTER TABLE ${ident(to)}.${ident(fk.table)} ADD CONSTRAINT ${ident(fk.name)} ${definition}`);
    }
  } finally {
    await client.end();
  }
}
