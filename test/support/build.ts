import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Builds the CLI (dist/) from the sources as they are before any test runs, so tests that start
 * `bin/paperbot.js` never run a stale build. Nothing is compiled when dist/ is up to date.
 */
export default function buildCli(): void {
  execFileSync(process.execPath, [path.resolve(import.meta.dirname, '../../scripts/build.js')], { stdio: 'inherit' });
}
