import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { Answerer } from '../answer/answerer.js';
import { UserError } from '../errors.js';
import { formatBench, runBench } from '../eval/bench.js';
import { formatStoreBench, runStoreBench } from '../eval/store-bench.js';
import { readEvalSet } from '../eval/dataset.js';
import { evaluate, formatEvalReport } from '../eval/run.js';
import { toStderr } from '../util/progress.js';
import type { CliContext } from './context.js';

export const DEV_SET = 'eval/dev.jsonl';

/** The question sets `eval` runs by default, and what each is for. */
export const EVAL_SETS = [
  { file: DEV_SET, label: 'tuning set, phrased like the corpus' },
  { file: 'eval/tune-users.jsonl', label: 'tuning set, phrased as users type' },
  { file: 'eval/holdout-users.jsonl', label: 'held-out set, phrased as users type (never tuned on)' },
] as const;

export function registerEvaluationCommands(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description('measure retrieval and confidence on question sets (default: the tuning and held-out sets in eval/)')
    .argument('[files...]', 'eval sets (JSON Lines)')
    .option('--json', 'print JSON (one object per set and line)')
    .option('--failures', 'list the questions that missed or were not answered with high confidence')
    .action(async (files: string[], opts: { json?: boolean; failures?: boolean }) => {
      const sets = files.length > 0 ? files.map((file) => ({ file, label: labelOf(file) })) : [...EVAL_SETS];
      const r = await ctx.retriever();
      const out: string[] = [];
      for (const { file, label } of sets) {
        if (files.length === 0 && !existsSync(file)) {
          if (!opts.json) out.push(`== ${file} (${label}) ==\nnot found: this set is expected at ${file}`);
          continue;
        }
        const report = await evaluate(r, await readEvalSet(file));
        if (opts.json) {
          out.push(JSON.stringify({ file, label, ...report }));
          continue;
        }
        out.push(`== ${file} (${label}) ==\n${formatEvalReport(report)}${opts.failures ? `\n\n${report.failures.join('\n')}` : ''}`);
      }
      process.stdout.write(`${out.join(opts.json ? '\n' : '\n\n')}\n`);
    });

  program
    .command('bench')
    .description("time ingest, search and similar; compare with vectra's own hybrid query; measure 10k and 100k papers")
    .option('--sizes <list>', 'synthetic corpus sizes, comma separated', '10000,100000')
    .option('--questions <file>', 'question set whose questions and titles are timed', DEV_SET)
    .option('--stores', 'time only the store of record instead: opening it and writing papers, in SQLite and PostgreSQL (PAPERBOT_DATABASE_URL, or PGlite)')
    .option('--papers <n>', 'papers written by --stores', '10000')
    .option('--json', 'print JSON')
    .action(async (opts: { sizes: string; questions: string; stores?: boolean; papers: string; json?: boolean }) => {
      const c = ctx.config();
      if (opts.stores) {
        const papers = Number(opts.papers);
        if (!Number.isInteger(papers) || papers < 1) throw new UserError(`--papers: ${opts.papers} is not a whole number`);
        const report = await runStoreBench({
          corpusDir: c.PAPERBOT_CORPUS_DIR,
          papers,
          runs: 3,
          ...(c.PAPERBOT_DATABASE_URL ? { databaseUrl: c.PAPERBOT_DATABASE_URL } : {}),
          progress: toStderr,
        });
        process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : `${formatStoreBench(report)}\n`);
        return;
      }
      const { queries, titles } = await benchQueries(opts.questions);
      const sizes = opts.sizes.split(',').filter(Boolean).map(positiveSize);
      const report = await runBench({
        corpusDir: c.PAPERBOT_CORPUS_DIR,
        queries,
        titles,
        sizes,
        progress: toStderr,
        extra: { 'extractive ask': (r, q) => new Answerer(r, { contextTokens: c.PAPERBOT_CONTEXT_TOKENS }).ask(q, { extractive: true }) },
      });
      process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : `${formatBench(report)}\n`);
    });
}

function labelOf(file: string): string {
  const known = EVAL_SETS.find((s) => path.resolve(s.file) === path.resolve(file));
  return known?.label ?? 'question set';
}

function positiveSize(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`--sizes: ${s} is not a whole number`);
  return n;
}

async function benchQueries(file: string): Promise<{ queries: string[]; titles: string[] }> {
  const items = await readEvalSet(file);
  const queries = items.flatMap((i) => (i.kind === 'paper' || i.kind === 'topic' || i.kind === 'unanswerable' ? [i.question] : []));
  const titles = items.flatMap((i) => (i.kind === 'title' ? [i.query] : i.kind === 'similar' ? [i.title] : []));
  return { queries, titles };
}
