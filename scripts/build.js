#!/usr/bin/env node
// Compiles src/ and commands/ into dist/ with tsc (what bin/paperbot.js runs), unless dist/ is already
// built from the sources as they are; removes compiled files whose source is gone.
// `npm ci` runs it (prepare), and so do `npm start`, `npm run bench` and the test suite.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const stamp = path.join(dist, '.tsbuildinfo');
const SOURCE_DIRS = ['src', 'commands'];
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json'];

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

const isSource = (f) => f.endsWith('.ts') && !f.endsWith('.d.ts');
const outputOf = (source) => path.join(dist, path.relative(root, source)).replace(/\.ts$/, '.js');
const sourceOf = (output) => path.join(root, path.relative(dist, output)).replace(/\.js$/, '.ts');

const sources = SOURCE_DIRS.flatMap((d) => walk(path.join(root, d))).filter(isSource);
const outputs = SOURCE_DIRS.flatMap((d) => walk(path.join(dist, d))).filter((f) => f.endsWith('.js'));

// Compiled files of deleted sources would still be loaded (commands/ is read as a directory).
for (const out of outputs) if (!existsSync(sourceOf(out))) rmSync(out);

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : -Infinity;
const newest = Math.max(...[...sources, ...CONFIG_FILES.map((f) => path.join(root, f))].map((f) => statSync(f).mtimeMs));
const missing = sources.some((s) => !existsSync(outputOf(s)));
if (newest <= built && !missing) process.exit(0);

let tsc;
try {
  tsc = path.join(path.dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
} catch {
  process.stderr.write('error: building paperbot needs TypeScript: run `npm ci` (it installs the development dependencies)\n');
  process.exit(1);
}
// An output deleted by hand is not noticed by an incremental build: start afresh then.
if (missing) rmSync(stamp, { force: true });
const started = new Date();
const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
// Stamped with the start time, so a source saved during the build is built next time.
utimesSync(stamp, started, started);
