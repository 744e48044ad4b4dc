import { type Command, InvalidArgumentError } from 'commander';
import { buildDigest, formatDigestText, MAX_DIGEST_DAYS } from '../answer/digest.js';
import { chatClientFromConfig } from '../answer/llm.js';
import { isDay } from '../corpus/dates.js';
import type { CliContext } from './context.js';

/** Parses `--days`: a whole number from 1 to {@link MAX_DIGEST_DAYS}. */
export function parseDays(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < 1 || n > MAX_DIGEST_DAYS) {
    throw new InvalidArgumentError(`must be a whole number from 1 to ${MAX_DIGEST_DAYS}`);
  }
  return n;
}

/** Parses a `YYYY-MM-DD` option value. */
export function parseDayOption(value: string): string {
  const v = value.trim();
  if (!isDay(v)) throw new InvalidArgumentError('must be a date written YYYY-MM-DD');
  return v;
}

export function registerDigestCommands(program: Command, ctx: CliContext): void {
  program
    .command('digest')
    .description("group a window's papers into themes and summarise each (default: the 7 days ending at the newest paper)")
    .option('--days <n>', 'days the window covers (default 7)', parseDays)
    .option('--since <date>', 'first day of the window (YYYY-MM-DD)', parseDayOption)
    .option('--until <date>', 'last day of the window (YYYY-MM-DD)', parseDayOption)
    .option('--extractive', 'quote the abstracts even when an LLM is configured')
    .option('--json', 'print JSON')
    .action(async (opts: { days?: number; since?: string; until?: string; extractive?: boolean; json?: boolean }) => {
      const config = ctx.config();
      const llm = opts.extractive ? undefined : chatClientFromConfig(config);
      const digest = await buildDigest(
        await ctx.retriever(),
        {
          ...(opts.days !== undefined ? { days: opts.days } : {}),
          ...(opts.since !== undefined ? { since: opts.since } : {}),
          ...(opts.until !== undefined ? { until: opts.until } : {}),
          contextTokens: config.PAPERBOT_CONTEXT_TOKENS,
        },
        llm,
      );
      process.stdout.write(opts.json ? `${JSON.stringify(digest)}\n` : `${formatDigestText(digest)}\n`);
    });
}
