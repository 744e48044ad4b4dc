import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import type { CliContext } from './context.js';

export const DEV_SET = 'eval/dev.jsonl';

/** The question sets `eval` runs by default, and what each is for. */
export const EVAL_SETS = [
  { file: DEV_SET, label: 'tuning set, phrased like the corpus' },
  { file: 'eval/tune-users.jsonl', label: 'tuning set, phrased as users type' },
  { file: 'eval/holdout-users.jsonl', label: 'held-out set, phrased as users type (never tuned on)' },
  { file: 'eval/holdout-pool.jsonl', label: 'held-out pool, in the four styles users type (never tuned on)' },
  { file: 'eval/holdout-recent.jsonl', label: 'held-out set written last, in the four styles users type (never read)' },
] as const;

/** Every question set in eval/: the default ones and the tuning pool, which `eval` runs when named (it takes minutes). */
export const KNOWN_SETS = [...EVAL_SETS, { file: 'eval/tune-pool.jsonl', label: 'tuning pool, in the four styles users type' }] as const;

export function registerEvaluationCommands(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description('measure retrieval and confidence on question sets (default: the tuning and held-out sets in eval/)')
    .argument('[files...]', 'eval sets (JSON Lines)')
    .option('--json', 'print JSON (one object per set and line)')
    .option('--failures', 'list the questions that missed or were not answered with high confidence')
    .action(async (files: string[], opts: { json?: boolean; failures?: boolean }) => {
      const [{ readEvalSet }, { evaluate, formatEvalReport }] = await Promise.all([import('../eval/dataset.js'), import('../eval/run.js')]);
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
      if (files.length === 0) {
        // The citation check, on answers made from the index's papers (no question set needed).
        const { evaluateInventedTitles, formatInventedTitles } = await import('../eval/invented-titles.js');
        const titles = evaluateInventedTitles(await r.allPapers());
        out.push(opts.json ? JSON.stringify({ inventedTitles: titles }) : `== invented titles (LLM answers made from the corpus; the forms the check was built for) ==\n${formatInventedTitles(titles)}`);
      }
      process.stdout.write(`${out.join(opts.json ? '\n' : '\n\n')}\n`);
    });

  program
    .command('bench')
    .description("time ingest, search and similar; compare with vectra's own hybrid query; measure 10k synthetic papers (--sizes for more)")
    .option('--sizes <list>', 'synthetic corpus sizes, comma separated (default: 10000; with --store postgres, 10000,100000)')
    .option('--questions <file>', 'question set whose questions and titles are timed', DEV_SET)
    .option('--cli-runs <n>', 'times each whole CLI process (--help, search) is run', '10')
    .option('--cli-bin <path>', "the CLI entry to time (default: this checkout's bin/paperbot.js), e.g. another build's to compare")
    .option('--cli-only', 'time only the whole CLI processes')
    .option('--stores', 'time only the store of record instead: opening it and writing papers, in SQLite and PostgreSQL (PAPERBOT_DATABASE_URL, or PGlite)')
    .option('--papers <n>', 'papers written by --stores', '10000')
    .option('--store <kind>', 'time only the search index at scale, `postgres` (PAPERBOT_DATABASE_URL, or PGlite) or `vectra` (the embedded one), at --sizes')
    .option('--json', 'print JSON')
    .action(
      async (opts: {
        sizes?: string;
        questions: string;
        cliRuns: string;
        cliBin?: string;
        cliOnly?: boolean;
        stores?: boolean;
        papers: string;
        store?: string;
        json?: boolean;
      }) => {
        const [{ toStderr }, c] = await Promise.all([import('../util/progress.js'), ctx.config()]);
        if (opts.store !== undefined) {
          if (opts.store !== 'postgres' && opts.store !== 'vectra') throw new UserError(`--store: ${opts.store} is neither postgres nor vectra`);
          const [{ formatIndexBench, runIndexBench }, { mergePapers }, { readInputs }, { applyDescriptions }] = await Promise.all([
            import('../eval/index-bench.js'),
            import('../corpus/load.js'),
            import('../retrieval/ingest/ingest.js'),
            import('../corpus/descriptions.js'),
          ]);
          const { queries } = await benchQueries(opts.questions);
          const bundled = await readInputs([c.PAPERBOT_CORPUS_DIR], new Date(), () => {});
          const papers = mergePapers([], bundled.papers, new Date());
          const described = new Map(applyDescriptions(papers, bundled.descriptions).described.map((p) => [p.id, p]));
          const report = await runIndexBench({
            corpusDir: c.PAPERBOT_CORPUS_DIR,
            base: papers.map((p) => described.get(p.id) ?? p),
            store: opts.store,
            sizes: sizesOf(opts.sizes ?? (opts.store === 'postgres' ? '10000,100000' : '10000')),
            queries: queries.slice(0, 40),
            ...(c.PAPERBOT_DATABASE_URL ? { databaseUrl: c.PAPERBOT_DATABASE_URL } : {}),
            progress: toStderr,
          });
          process.stdout.write(opts.json ? `${JSON.stringify(report)}
` : `${formatIndexBench(report)}
`);
          return;
        }
        if (opts.stores) {
          const { formatStoreBench, runStoreBench } = await import('../eval/store-bench.js');
          const report = await runStoreBench({
            corpusDir: c.PAPERBOT_CORPUS_DIR,
            papers: positiveSize(opts.papers, '--papers'),
            runs: 3,
            ...(c.PAPERBOT_DATABASE_URL ? { databaseUrl: c.PAPERBOT_DATABASE_URL } : {}),
            progress: toStderr,
          });
          process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : `${formatStoreBench(report)}\n`);
          return;
        }
        const [{ Answerer }, { formatBench, formatCliBench, runBench, runCliBench }] = await Promise.all([import('../answer/answerer.js'), import('../eval/bench.js')]);
        const { queries, titles } = await benchQueries(opts.questions);
        const cli = { cliRuns: positiveSize(opts.cliRuns, '--cli-runs'), ...(opts.cliBin !== undefined ? { cliBin: path.resolve(opts.cliBin) } : {}) };
        if (opts.cliOnly) {
          const report = await runCliBench({ corpusDir: c.PAPERBOT_CORPUS_DIR, queries, progress: toStderr, ...cli });
          process.stdout.write(opts.json ? `${JSON.stringify({ cli: report })}\n` : `${formatCliBench(report).join('\n')}\n`);
          return;
        }
        const sizes = sizesOf(opts.sizes ?? '10000');
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
      },
    );
}

function labelOf(file: string): string {
  const known = KNOWN_SETS.find((s) => path.resolve(s.file) === path.resolve(file));
  return known?.label ?? 'question set';
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

/** The synthetic corpus sizes of `--sizes` ("" for none). */
function sizesOf(list: string): number[] {
  return list
    .split(',')
    .filter(Boolean)
    .map((s) => positiveSize(s, '--sizes'));
}
