import type { Command } from 'commander';
import type { CliContext } from './context.js';

/** A whole-number option value as a number (NaN otherwise, which the digest's window check refuses). */
function wholeNumber(value: string): number {
  return /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
}

export function registerDigestCommands(program: Command, ctx: CliContext): void {
  program
    .command('digest')
    .description("group a window's papers into themes and summarise each (default: the 7 days ending at the newest paper)")
    .option('--days <n>', 'days the window covers (default 7)', wholeNumber)
    .option('--since <date>', 'first day of the window (YYYY-MM-DD)')
    .option('--until <date>', 'last day of the window (YYYY-MM-DD)')
    .option('--extractive', 'quote the abstracts even when an LLM is configured')
    .option('--json', 'print JSON')
    .action(async (opts: { days?: number; since?: string; until?: string; extractive?: boolean; json?: boolean }) => {
      const [{ buildDigest, digestWindow, formatDigestText }, { chatClientFromConfig }, { stripControl }, config] = await Promise.all([
        import('../answer/digest.js'),
        import('../answer/llm.js'),
        import('../util/sanitize.js'),
        ctx.config(),
      ]);
      const window = {
        ...(opts.days !== undefined ? { days: opts.days } : {}),
        ...(opts.since !== undefined ? { since: opts.since } : {}),
        ...(opts.until !== undefined ? { until: opts.until } : {}),
      };
      // Checks the options (a bad day or count is a one-line error) before the index is opened.
      digestWindow([], window);
      const llm = opts.extractive ? undefined : chatClientFromConfig(config);
      const digest = await buildDigest(await ctx.retriever(), { ...window, contextTokens: config.PAPERBOT_CONTEXT_TOKENS }, llm);
      process.stdout.write(opts.json ? `${JSON.stringify(digest)}\n` : `${stripControl(formatDigestText(digest))}\n`);
    });
}
