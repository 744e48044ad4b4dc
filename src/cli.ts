import { Command, InvalidArgumentError } from 'commander';
import { type Config, ConfigError, loadConfig } from './config.js';
import { UserError } from './errors.js';
import { Retriever } from './retrieval/engine.js';
import { ingest } from './retrieval/ingest.js';
import { currentGeneration, readManifest } from './retrieval/index-store.js';
import { readEvalSet } from './eval/dataset.js';
import { evaluate, formatEvalReport } from './eval/run.js';
import { toStderr } from './util/progress.js';
import { runQueries } from './cli/queries.js';
import { searchJson, searchText, similarJson, similarText } from './cli/format.js';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new InvalidArgumentError('must be a whole number from 1 to 100');
  return n;
}

let cached: Promise<Retriever> | undefined;
function retriever(config: Config): Promise<Retriever> {
  cached ??= Retriever.open({ config, progress: toStderr });
  return cached;
}

export function buildProgram(config: () => Config): Command {
  const program = new Command('paperbot')
    .description('Question answering over a corpus of ML paper abstracts')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('ingest')
    .description('read corpus pages (.txt) or JSON Lines (.jsonl) and update the index (default: the bundled corpus)')
    .argument('[paths...]', 'files or directories to read')
    .option('--rebuild', 'rebuild the index from scratch (refits the embedder)')
    .option('--json', 'print the report as JSON')
    .action(async (paths: string[], opts: { rebuild?: boolean; json?: boolean }) => {
      const report = await ingest({
        config: config(),
        ...(paths.length > 0 ? { inputs: paths } : {}),
        rebuild: opts.rebuild ?? false,
        progress: toStderr,
      });
      if (opts.json) process.stdout.write(`${JSON.stringify(report)}\n`);
      else if (report.unchanged) process.stdout.write(`index up to date: ${report.papers} papers (${Math.round(report.ms)} ms)\n`);
      else
        process.stdout.write(
          `indexed ${report.papers} papers: ${report.added} new, ${report.updated} updated, ${report.chunksEmbedded} chunks embedded with ${report.embedder} (${Math.round(report.ms)} ms)\n`,
        );
    });

  program
    .command('search')
    .description('rank the papers relevant to a query (reads one query per line from stdin when none is given)')
    .argument('[query]')
    .option('--k <n>', 'number of results', positiveInt, 10)
    .option('--json', 'print JSON')
    .action(async (query: string | undefined, opts: { k: number; json?: boolean }) => {
      const r = await retriever(config());
      process.exitCode = await runQueries(query, opts.json ?? false, async (q) => {
        const result = await r.search(q, opts.k);
        return { json: searchJson(result), text: searchText(result) };
      });
    });

  program
    .command('similar')
    .description('papers related to a paper, given its title typed loosely (stdin: one title per line)')
    .argument('[title]')
    .option('--k <n>', 'number of results', positiveInt, 10)
    .option('--json', 'print JSON')
    .action(async (title: string | undefined, opts: { k: number; json?: boolean }) => {
      const r = await retriever(config());
      process.exitCode = await runQueries(title, opts.json ?? false, async (q) => {
        const lookup = r.lookupTitle(q);
        const results = lookup.resolved ? await r.similar(lookup.resolved.id, opts.k) : [];
        return { json: similarJson(q.trim(), lookup, results), text: similarText(q.trim(), lookup, results) };
      });
    });

  program
    .command('stats')
    .description('what the index holds')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const c = config();
      const gen = await currentGeneration(c.PAPERBOT_DATA_DIR);
      if (!gen) throw new UserError(`no index in ${c.PAPERBOT_DATA_DIR}; run \`paperbot ingest\``);
      const m = await readManifest(gen);
      const stats = { dataDir: c.PAPERBOT_DATA_DIR, ...m };
      if (opts.json) process.stdout.write(`${JSON.stringify(stats)}\n`);
      else
        process.stdout.write(
          [
            `papers:     ${m.papers}`,
            `chunks:     ${m.chunks} (${m.chunkSize} characters, ${m.chunkOverlap} overlap)`,
            `embedder:   ${m.embedder.kind} ${m.embedder.model} (${m.dimensions} dimensions)`,
            `updated:    ${m.updatedAt}`,
            `data dir:   ${c.PAPERBOT_DATA_DIR}`,
          ].join('\n') + '\n',
        );
    });

  program
    .command('eval')
    .description('measure retrieval on a question set (R@5, R@10, nDCG@10, abstention, title accuracy)')
    .argument('[file]', 'eval set (JSON Lines)', 'eval/dev.jsonl')
    .option('--json', 'print JSON')
    .option('--failures', 'list the questions that missed')
    .action(async (file: string, opts: { json?: boolean; failures?: boolean }) => {
      const items = await readEvalSet(file);
      const r = await retriever(config());
      const report = await evaluate(r, items);
      if (opts.json) process.stdout.write(`${JSON.stringify(report)}\n`);
      else {
        process.stdout.write(`${formatEvalReport(report)}\n`);
        if (opts.failures) process.stdout.write(`\n${report.failures.join('\n')}\n`);
      }
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  let config: Config | undefined;
  const getConfig = () => (config ??= loadConfig());
  const program = buildProgram(getConfig);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    const e = err as { code?: string; exitCode?: number; message?: string };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
    if (e.code?.startsWith('commander.')) return 2;
    if (err instanceof UserError || err instanceof ConfigError) {
      process.stderr.write(`error: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`error: ${e.message ?? String(err)}\n`);
    return 1;
  }
}
