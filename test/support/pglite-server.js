// The PGlite server of a test run (started by test/support/shared.ts): PostgreSQL with pgvector on
// 127.0.0.1, in a process of its own so that its queries never hold up the test runner. Prints
// {"url": ...} once it listens; stops on SIGTERM, or when the runner that started it is gone (its
// stdin closes). Plain JavaScript over the compiled store code (dist/), which the run builds first.
import { startPgliteServer } from '../../dist/src/store/pglite-server.js';

const server = await startPgliteServer();
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
