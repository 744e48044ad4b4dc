// The PGlite server of a test run (started by test/support/shared.ts): PostgreSQL with pgvector on
// 127.0.0.1, in a process of its own so that its queries never hold up the test runner. Prints
// {"url": ...} once it listens; stops on SIGTERM, or when the runner that started it is gone (its
// stdin closes). Plain JavaScript over the compiled store code (dist/), which the run builds first.
//
// Initialising a new PostgreSQL data directory takes seconds of WebAssembly: the one the first run
// makes is kept, dumped, in node_modules/.cache/paperbot (one per PGlite version), and later runs
// start from a copy of it in memory instead, as empty as a new one.
import { Blob, Buffer } from 'node:buffer';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startPgliteServer } from '../../dist/src/store/pglite-server.js';

const root = path.resolve(import.meta.dirname, '../..');
const cacheDir = path.join(root, 'node_modules/.cache/paperbot');
const pgliteVersion = JSON.parse(await readFile(path.join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version;
const template = path.join(cacheDir, `pglite-${pgliteVersion}-datadir.tar.gz`);

/** The kept data directory, made (and kept) first when there is none. */
async function initialDataDir() {
  try {
    return new Blob([await readFile(template)]);
  } catch {
    // None kept yet.
  }
  const [{ PGlite }, { vector }, { pg_trgm }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite-pgvector'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
  ]);
  const db = await PGlite.create({ extensions: { vector, pg_trgm } });
  const dump = await db.dumpDataDir('gzip');
  await db.close();
  await mkdir(cacheDir, { recursive: true });
  const partial = `${template}.${process.pid}.tmp`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, template);
  return dump;
}

let server;
try {
  server = await startPgliteServer({ loadDataDir: await initialDataDir() });
} catch (err) {
  // A kept data directory PGlite cannot load: forget it, and start from a new one.
  process.stderr.write(`warning: ${template}: ${err instanceof Error ? err.message : String(err)}; initialising a new data directory\n`);
  await rm(template, { force: true });
  server = await startPgliteServer();
}
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
}
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
