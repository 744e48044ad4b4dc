// Appends the URL of every module the process loads through the ES module loader (each package's
// entry point included) to the file MODULE_LOG names, one per line: which modules a command loads.
// Loaded with `--import`; it registers itself (with `?hooks`) as the loader hooks.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';

const file = process.env.MODULE_LOG;

export async function load(url, context, next) {
  if (file) appendFileSync(file, `${url}\n`);
  return next(url, context);
}

if (!import.meta.url.endsWith('?hooks')) register(`${import.meta.url}?hooks`);
