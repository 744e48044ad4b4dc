import type { Command } from 'commander';
import { UserError } from '../errors.js';
import { ingest } from '../retrieval/ingest.js';
import { currentGeneration, readManifest } from '../retrieval/index-store.js';
import { toStderr } from '../util/progress.js';
import { type CliContext, parseK } from './context.js';
import { searchJson, searchText, similarJson, similarText } from './format.js';
import { runQueries } from './queries.js';

export function registerRetrievalCommands(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description('read corpus pages (.txt) or JSON Lines (.jsonl) and update the index (default: the bundled corpus)')
    .argument('[paths...]', 'files or directories to read')
    .option('--rebuild', 'rebuild the index from scratch (refits the embedder)')
    .option('--json', 'print the report as JSON')
    .action(async (paths: string[], opts: { rebuild?: boolean; json?: boolean }) => {
      const report = await ingest({
        config: ctx.config(),
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
    .option('--k <n>', 'number of results', parseK, 10)
    .option('--json', 'print JSON')
    .action(async (query: string | undefined, opts: { k: number; json?: boolean }) => {
      const r = await ctx.retriever();
      process.exitCode = await runQueries(query, opts.json ?? false, async (q) => {
        const result = await r.search(q, opts.k);
        return { json: searchJson(result), text: searchText(result) };
      });
    });

  program
    .command('similar')
    .description('papers related to a paper, given its title typed loosely (stdin: one title per line)')
    .argument('[title]')
    .option('--k <n>', 'number of results', parseK, 10)
    .option('--json', 'print JSON')
    .action(async (title: string | undefined, opts: { k: number; json?: boolean }) => {
      const r = await ctx.retriever();
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
      const c = ctx.config();
      const gen = await currentGeneration(c.PAPERBOT_DATA_DIR);
      if (!gen) throw new UserError(`no index in ${c.PAPERBOT_DATA_DIR}; run \`paperbot ingest\``);
      const m = await readManifest(gen);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ dataDir: c.PAPERBOT_DATA_DIR, ...m })}\n`);
        return;
      }
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
}
