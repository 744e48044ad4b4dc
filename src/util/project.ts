import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The project's root directory (the one holding `package.json`), found from this module's own
 * location, so files read at run time (`prompts/`) are found whether the code runs from `src/` or
 * from its build in `dist/`.
 */
export const PROJECT_ROOT = findRoot(import.meta.dirname);

/** Where the build lives (`npm run build`): dist/src/main.js, dist/commands/, ... */
export const DIST_DIR = path.join(PROJECT_ROOT, 'dist');

/** This code runs from the build in `dist/`, not from the TypeScript sources. */
export const RUNNING_BUILT = !path.relative(DIST_DIR, import.meta.dirname).startsWith('..');

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json in ${from} or above it`);
  }
}
