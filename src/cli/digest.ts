import path from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import type { Digest } from '../answer/digest.js';
import { MAX_DIGEST_DAYS } from '../answer/digest/window.js';
import { isDay } from '../corpus/dates.js';
import { writeFileAtomic } from '../util/fs.js';
import { plural } from '../util/plural.js';
import { stripControl } from '../util/sanitize.js';
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

/** The digest for a terminal: window, the most upvoted papers, then each theme with its summary and papers. */
export function digestText(digest: Digest): string {
  const lines: string[] = [];
  if (digest.empty) {
    lines.push(digest.empty.message);
    return lines.join('\n');
  }
  lines.push(
    `Digest ${digest.window.since} to ${digest.window.until}: ${plural(digest.totalPapers, 'paper')} in ${plural(digest.themes.length, 'theme')}`,
  );
  if (digest.undated > 0) lines.push(`(${plural(digest.undated, 'paper has', 'papers have')} no publication date and ${digest.undated === 1 ? 'is' : 'are'} in no digest)`);
  if (digest.top.length > 0) {
    lines.push('', 'Most upvoted:');
    for (const p of digest.top) lines.push(`   ${plural(p.upvotes, 'upvote')}: ${p.title} (theme ${p.theme}, [${p.n}])`);
  }
  digest.themes.forEach((theme, i) => {
    lines.push('', `${i + 1}. ${theme.label} (${plural(theme.papers.length, 'paper')})`);
    lines.push(`   ${theme.summary}`);
    if (theme.note) lines.push(`   (${theme.note})`);
    for (const p of theme.papers) {
      const meta = [p.date, ...(p.upvotes !== undefined ? [plural(p.upvotes, 'upvote')] : [])].join(', ');
      lines.push(`   [${p.n}] ${p.title} (${meta})${p.url ? ` <${p.url}>` : ''}`);
      lines.push(`       ${p.gist}`);
    }
  });
  const how =
    digest.summaryMode === 'llm'
      ? 'summaries written by the LLM from the abstracts'
      : digest.summaryMode === 'mixed'
        ? 'summaries written by the LLM where it answered, otherwise quoted from the abstracts'
        : 'summaries quoted from the abstracts (extractive)';
  const names = digest.themes.some((t) => t.labelMode === 'llm') ? 'themes named by the LLM from their titles; ' : '';
  lines.push('', `(${names}${how})`);
  return lines.join('\n');
}

/**
 * Where `--out FILE` writes: a `.png` file gets the theme map only (the digest still goes to
 * stdout); any other file gets the digest, and the theme map goes beside it with a `.png` extension.
 */
export function outputPaths(out: string): { digest?: string; map: string } {
  if (path.extname(out).toLowerCase() === '.png') return { map: out };
  const ext = path.extname(out);
  return { digest: out, map: `${ext ? out.slice(0, -ext.length) : out}.png` };
}

export function registerDigestCommands(program: Command, ctx: CliContext): void {
  program
    .command('digest')
    .description("group a window's papers into themes and summarise each (default: the 7 days ending at the newest publication date)")
    .option('--days <n>', 'days the window covers (default 7)', parseDays)
    .option('--since <date>', 'first day of the window (YYYY-MM-DD)', parseDayOption)
    .option('--until <date>', 'last day of the window (YYYY-MM-DD)', parseDayOption)
    .option('--extractive', 'quote the abstracts even when an LLM is configured')
    .option('--json', 'print JSON')
    .option('--out <file>', 'write the digest to FILE and the theme map beside it (FILE.png: the map only)')
    .action(async (opts: { days?: number; since?: string; until?: string; extractive?: boolean; json?: boolean; out?: string }) => {
      const [{ buildDigest }, { chatClientFromConfig }, config] = await Promise.all([import('../answer/digest.js'), import('../answer/llm/llm.js'), ctx.config()]);
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
      const text = opts.json ? `${JSON.stringify(digest)}\n` : `${stripControl(digestText(digest))}\n`;
      if (opts.out === undefined) {
        process.stdout.write(text);
        return;
      }
      const paths = outputPaths(opts.out);
      if (paths.digest !== undefined) {
        await writeFileAtomic(paths.digest, text);
        process.stderr.write(`wrote the digest to ${paths.digest}\n`);
      } else {
        process.stdout.write(text);
      }
      const { themeMapPng } = await import('../render/theme-map.js');
      const png = await themeMapPng(digest);
      if (png) {
        await writeFileAtomic(paths.map, png);
        process.stderr.write(`wrote the theme map to ${paths.map}\n`);
      } else {
        process.stderr.write('no theme map: the window has no papers\n');
      }
    });
}
