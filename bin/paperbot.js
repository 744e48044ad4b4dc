#!/usr/bin/env node
import { existsSync } from 'node:fs';

// The CLI compiled to dist/ (`npm run build`; `npm ci` builds it).
const entry = new URL('../dist/src/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('error: paperbot is not built yet: run `npm run build` (or `npm ci`) in its directory\n');
  process.exit(1);
}
await import(entry.href);
