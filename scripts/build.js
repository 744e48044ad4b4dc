#!/usr/bin/env node
// Bundles src/ and commands/ into dist/ with esbuild (what bin/paperbot.js runs), unless dist/ is
// already built from the sources as they are. `npm ci` runs it (prepare), and so do `npm start`,
// `npm run bench` and the test suite. Type checking is `npm run typecheck`'s job, not this one's.
//
// One file per entry point, at the path of its source (dist/src/main.js, dist/commands/ask.js, ...),
// and the code they share in dist/chunks/. A module loaded only through `import()` stays in a chunk of
// its own, so each command still loads only what it needs. Packages stay in node_modules, except
// zod, whose package is about a hundred modules (every locale of its messages among them): bundled,
// a process loads the part it uses as one file.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const stamp = path.join(dist, '.build-stamp');
const SOURCE_DIRS = ['src', 'commands'];
/** Files that change the build besides the sources. */
const BUILD_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.js'];
/** Modules that programs other than the CLI load from dist/ by path (test/support, scripts/, the bench). */
const LOADED_BY_PATH = ['src/store/pglite-process.ts', 'src/store/pglite-server.ts', 'src/store/open.ts', 'src/config.ts'];
/** Packages bundled into dist/ instead of loaded from node_modules. */
const BUNDLED_PACKAGES = new Set(['zod']);

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

const isSource = (f) => f.endsWith('.ts') && !f.endsWith('.d.ts');
const sources = SOURCE_DIRS.flatMap((d) => walk(path.join(root, d))).filter(isSource);
const commands = sources.filter((f) => path.dirname(f) === path.join(root, 'commands'));
const entryPoints = [path.join(root, 'src/main.ts'), ...commands, ...LOADED_BY_PATH.map((f) => path.join(root, f))];

// A source added or deleted changes the list, which the stamp records; a source edited is newer than it.
const listed = sources.map((f) => path.relative(root, f)).sort().join('\n');
const built = existsSync(stamp) ? statSync(stamp).mtimeMs : -Infinity;
const newest = Math.max(...[...sources, ...BUILD_FILES.map((f) => path.join(root, f)).filter(existsSync)].map((f) => statSync(f).mtimeMs));
if (newest <= built && readFileSync(stamp, 'utf8') === listed && entryPoints.every((e) => existsSync(outputOf(e)))) process.exit(0);

function outputOf(entry) {
  return path.join(dist, path.relative(root, entry)).replace(/\.ts$/, '.js');
}

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('error: building paperbot needs esbuild: run `npm ci` (it installs the development dependencies)\n');
  process.exit(1);
}

/** Leaves every package but {@link BUNDLED_PACKAGES} to be loaded from node_modules at run time. */
const packagesStayInstalled = {
  name: 'packages-stay-installed',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      return BUNDLED_PACKAGES.has(name) ? undefined : { path: args.path, external: true };
    });
  },
};

// Built next to dist/ and swapped in whole, so dist/ never holds half of two builds.
const started = new Date();
const next = `${dist}.next-${process.pid}`;
try {
  await esbuild.build({
    entryPoints,
    outbase: root,
    outdir: next,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    sourcemap: 'linked',
    plugins: [packagesStayInstalled],
    logLevel: 'warning',
  });
} catch {
  // esbuild has printed the errors.
  rmSync(next, { recursive: true, force: true });
  process.exit(1);
}
writeFileSync(path.join(next, '.build-stamp'), listed);
const old = `${dist}.old-${process.pid}`;
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
// Stamped with the start time, so a source saved during the build is built next time.
utimesSync(stamp, started, started);
