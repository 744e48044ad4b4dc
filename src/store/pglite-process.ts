/**
 * Runs a PGlite server (see pglite-server.ts) as a process of its own, so that whoever measures
 * against it does not share a thread with it: `node pglite-process.js [dataDir]` prints the server's
 * URL as one line on stdout and serves until SIGTERM or SIGINT, or until its stdin closes (the process
 * that started it is gone). Needs the development dependencies.
 */
import { startPgliteServer } from './pglite-server.js';

const dataDir = process.argv[2];
const server = await startPgliteServer(dataDir ? { dataDir } : {});
process.stdout.write(`${server.url}\n`);
const stop = () => {
  void server.stop().finally(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
process.stdin.once('end', stop);
process.stdin.resume();
