import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runCli } from '../helpers/cli.js';
import { CORPUS, REPO } from '../helpers/paths.js';

/**
 * What the test files of one run share, each made once, when a test file first asks for it (a run
 * of test files that need neither pays for neither):
 *   corpus-index  a data directory holding the bundled corpus indexed by `paperbot ingest` with the
 *                 default settings; tests never use it in place, they copy it (test/helpers/index.ts)
 *   postgres      a PGlite server (PostgreSQL with pgvector) on 127.0.0.1, in a process of its own
 * They are served to the test workers over HTTP on 127.0.0.1 (test/helpers/shared.ts asks) and
 * stopped and removed after the last test file. See test/support/README.md.
 */
export interface SharedResources {
  'corpus-index': { dataDir: string };
  postgres: { url: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The base URL the run's shared resources are asked for at. */
    sharedResources: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(tmpdir(), 'paperbot-test-run-'));
  let postgres: ChildProcess | undefined;
  const makers: { [K in keyof SharedResources]: () => Promise<SharedResources[K]> } = {
    'corpus-index': () => buildCorpusIndex(path.join(root, 'corpus-index')),
    postgres: async () => {
      const started = await startPostgres();
      postgres = started.child;
      return { url: started.url };
    },
  };
  const made = new Map<string, Promise<unknown>>();

  const server = createServer((req, res) => {
    const name = (req.url ?? '/').slice(1);
    if (!Object.hasOwn(makers, name)) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `no shared resource named "${name}"` }));
      return;
    }
    const key = name as keyof SharedResources;
    if (!made.has(key)) made.set(key, makers[key]());
    made.get(key)!.then(
      (value) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value)),
      (err: unknown) => res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `${name}: ${err instanceof Error ? err.message : String(err)}` })),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  project.provide('sharedResources', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);

  return async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await Promise.allSettled(made.values());
    if (postgres && postgres.exitCode === null && postgres.signalCode === null) {
      const exited = new Promise((resolve) => postgres!.once('close', resolve));
      postgres.kill('SIGTERM');
      await exited;
    }
    await rm(root, { recursive: true, force: true });
  };
}

/** Indexes the bundled corpus into `dataDir` as a person would: `paperbot ingest`, default settings. */
async function buildCorpusIndex(dataDir: string): Promise<SharedResources['corpus-index']> {
  const r = await runCli(['ingest'], { PAPERBOT_DATA_DIR: dataDir, PAPERBOT_CORPUS_DIR: CORPUS });
  if (r.code !== 0) throw new Error(`paperbot ingest exited with ${r.code}: ${r.stderr.trim()}`);
  return { dataDir };
}

/** Starts test/support/pglite-server.js and resolves once it listens. */
function startPostgres(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO, 'test/support/pglite-server.js')], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const line = stdout.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, url: (JSON.parse(line) as { url: string }).url });
    });
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => reject(new Error(`the PGlite server exited with ${code} before listening: ${stderr.trim()}`)));
  });
}
