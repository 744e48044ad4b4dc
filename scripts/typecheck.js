#!/usr/bin/env node
// Type-checks the project (`tsc --noEmit`, incremental), unless the same files passed before: the
// digest of every file tsc reads from the project (tsconfig.json's `include`, tsconfig.json itself),
// of the installed packages (package-lock.json, node_modules/.package-lock.json) and of TypeScript's
// version is kept in node_modules/.cache/paperbot when a check passes, and a check of the files that
// digest describes ends at once. Building tsc's program alone takes seconds, even when its
// incremental state says nothing changed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const cacheDir = path.join(root, 'node_modules/.cache/paperbot');
const passed = path.join(cacheDir, 'typecheck.passed');
const tsc = path.join(path.dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

function walk(p) {
  if (!existsSync(p)) return [];
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p)
    .sort()
    .flatMap((name) => walk(path.join(p, name)));
}

function digest() {
  const { include } = JSON.parse(readFileSync(path.join(root, 'tsconfig.json'), 'utf8'));
  const typescript = JSON.parse(readFileSync(path.join(path.dirname(tsc), '..', 'package.json'), 'utf8')).version;
  const hash = createHash('sha256').update(`typescript ${typescript}\n`);
  const inputs = [...include.flatMap((p) => walk(path.join(root, p))), ...['tsconfig.json', 'package-lock.json', 'node_modules/.package-lock.json'].map((f) => path.join(root, f))];
  for (const file of inputs.filter((f) => existsSync(f))) {
    hash.update(`${path.relative(root, file)}\n`).update(readFileSync(file)).update('\n');
  }
  return hash.digest('hex');
}

const before = digest();
if (existsSync(passed) && readFileSync(passed, 'utf8') === before) {
  process.stdout.write('typecheck: the same files passed before\n');
  process.exit(0);
}
const result = spawnSync(
  process.execPath,
  [tsc, '--noEmit', '-p', root, '--incremental', '--tsBuildInfoFile', path.join(cacheDir, 'typecheck.tsbuildinfo')],
  { stdio: 'inherit' },
);
if (result.status !== 0) process.exit(result.status ?? 1);
// Kept only when no file changed while tsc ran, so that the digest describes the files it checked.
if (digest() === before) {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(passed, before);
}
