import { createInterface } from 'node:readline';
import { UserError } from '../errors.js';
import { stripControl } from '../util/sanitize.js';

export interface QueryOutput {
  json: unknown;
  text: string;
}

/**
 * Runs a query command: one query from the argument, or one per stdin line (then one JSON object per
 * output line, with an "error" field on lines that fail; the others are still answered). Text output
 * never carries a control character to the terminal.
 * Returns the exit code.
 */
export async function runQueries(
  arg: string | undefined,
  asJson: boolean,
  handle: (query: string) => Promise<QueryOutput>,
  key = 'query',
): Promise<number> {
  if (arg !== undefined) {
    const out = await handle(arg);
    process.stdout.write(asJson ? `${JSON.stringify(out.json)}\n` : `${stripControl(out.text)}\n`);
    return 0;
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let failures = 0;
  for await (const line of rl) {
    try {
      const out = await handle(line);
      process.stdout.write(`${JSON.stringify(out.json)}\n`);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      failures++;
      process.stdout.write(`${JSON.stringify({ [key]: line, error: err.message })}\n`);
    }
  }
  return failures > 0 ? 2 : 0;
}
