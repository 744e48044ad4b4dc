import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import type { CliContext } from './context.js';

export const DEV_SET = 'eval/dev.jsonl';

export function registerEvaluationCommands(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description('measure retrieval on a question set (R@5, R@10, nDCG@10, abstention, title accuracy)')
    .argument('[file]', 'eval set (JSON Lines)', DEV_SET)
    .option('--json', 'print JSON')
    .option('--failures', 'list the questions that missed')
    .action(async (file: string, opts: { json?: boolean; failures?: boolean }) => {
      const [{ readEvalSet }, { evaluate, formatEvalReport }] = await Promise.all([import('../eval/dataset.js'), import('../eval/run.js')]);
      const items = await readEvalSet(file);
      const report = await evaluate(await ctx.retriever(), items);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(report)}\n`);
        return;
      }
      process.stdout.write(`${formatEvalReport(report)}\n`);
      if (opts.failures) process.stdout.write(`\n${report.failures.join('\n')}\n`);
    });

  program
    .command('bench')
    .description("time ingest, search and similar; compare with vectra's own hybrid query; measure 10k and 100k papers")
    .option('--sizes <list>', 'synthetic corpus sizes, comma separated', '10000,100000')
    .option('--questions <file>', 'question set whose questions and titles are timed', DEV_SET)
    .option('--cli-runs <n>', 'times each whole CLI process (--help, search) is run', '10')
    .option('--cli-bin <path>', "the CLI entry to time (default: this checkout's bin/paperbot.js), e.g. another build's to compare")
    .option('--cli-only', 'time only the whole CLI processes')
    .option('--json', 'print JSON')
    .action(async (opts: { sizes: string; questions: string; cliRuns: string; cliBin?: string; cliOnly?: boolean; json?: boolean }) => {
      const [{ Answerer }, { formatBench, formatCliBench, runBench, runCliBench }, { toStderr }, c] = await Promise.all([
        import('../answer/answerer.js'),
        import('../eval/bench.js'),
        import('../util/progress.js'),
        ctx.config(),
      ]);
      const { queries, titles } = await benchQueries(opts.questions);
      const cli = { cliRuns: positiveSize(opts.cliRuns, '--cli-runs'), ...(opts.cliBin !== undefined ? { cliBin: path.resolve(opts.cliBin) } : {}) };
      if (opts.cliOnly) {
        const report = await runCliBench({ corpusDir: c.PAPERBOT_CORPUS_DIR, queries, progress: toStderr, ...cli });
        process.stdout.write(opts.json ? `${JSON.stringify({ cli: report })}\n` : `${formatCliBench(report).join('\n')}\n`);
        return;
      }
      const sizes = opts.sizes.split(',').filter(Boolean).map((s) => positiveSize(s, '--sizes'));
      const report = await runBench({
        corpusDir: c.PAPERBOT_CORPUS_DIR,
        queries,
        titles,
        sizes,
        progress: toStderr,
        extra: { 'extractive ask': (r, q) => new Answerer(r, { contextTokens: c.PAPERBOT_CONTEXT_TOKENS }).ask(q, { extractive: true }) },
        ...cli,
      });
      process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : `${formatBench(report)}\n`);
    });
}

function positiveSize(s: string, option: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`${option}: ${s} is not a whole number`);
  return n;
}

async function benchQueries(file: string): Promise<{ queries: string[]; titles: string[] }> {
  const { readEvalSet } = await import('../eval/dataset.js');
  const items = await readEvalSet(file);
  const queries = items.flatMap((i) => (i.kind === 'paper' || i.kind === 'topic' || i.kind === 'unanswerable' ? [i.question] : []));
  const titles = items.flatMap((i) => (i.kind === 'title' ? [i.query] : i.kind === 'similar' ? [i.title] : []));
  return { queries, titles };
}
