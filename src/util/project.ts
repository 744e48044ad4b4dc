import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The project's root directory (the one holding `package.json`), found from this module's own
 * location, so files read at run time (`prompts/`) are found whether the code runs from `src/` or
 * from its build in `dist/`.
 */
export const PROJECT_ROOT = findRoot(import.meta.dirname);

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json in ${from} or above it`);
  }
}
