#!/usr/bin/env node
// Runs `npm run lint` and `npm run typecheck` at the same time (each keeps a core busy) and fails when
// either fails; `npm test` runs it before the test suite. Each one's output is printed once it is
// done, whole, so the two never interleave.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(script) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('error', (err) => resolve({ script, code: 1, output: `${err.message}\n` }));
    child.on('close', (code, signal) => resolve({ script, code: code ?? 1, signal, output: Buffer.concat(out).toString() }));
  });
}

const results = await Promise.all(['lint', 'typecheck'].map(run));
let failed = false;
for (const r of results) {
  process.stdout.write(`> npm run ${r.script}\n${r.output}`);
  if (r.code !== 0) {
    failed = true;
    process.stderr.write(`npm run ${r.script} failed (${r.signal ?? `exit code ${r.code}`})\n`);
  }
}
process.exit(failed ? 1 : 0);
