import type { Command } from 'commander';
import { UserError } from '../errors.js';
import type { IngestReport } from '../retrieval/ingest/ingest.js';
import { plural } from '../util/plural.js';
import { toStderr } from '../util/progress.js';
import { type CliContext, parseCount, parseK } from './context.js';
import { searchJson, searchText, similarJson, similarText } from './format.js';
import { runQueries } from './queries.js';

export function registerRetrievalCommands(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description('read corpus pages and JSON Lines files and update the index (default: the bundled corpus)')
    .argument(
      '[paths...]',
      'files or directories to read. A directory is read with its subdirectories: .txt and .md files as pages, .jsonl files as JSON Lines; other files are listed as skipped, hidden ones ignored. A file named here is read whatever its extension (.jsonl as JSON Lines, anything else as a page)',
    )
    .option('--rebuild', 'rebuild the index from scratch (refits the embedder)')
    .option('--daily-papers', 'fetch the Hugging Face daily papers (DAILY_PAPERS_URL) and add the new ones')
    .option('--date <YYYY-MM-DD>', 'with --daily-papers: the day to fetch (default: today, UTC)')
    .option('--since <YYYY-MM-DD>', 'with --daily-papers: fetch every day from this one to today')
    .option('--no-describe', 'with --daily-papers: do not have the configured LLM describe the new papers')
    .option('--json', 'print the report as JSON')
    .action(async (paths: string[], opts: { rebuild?: boolean; json?: boolean; dailyPapers?: boolean; date?: string; since?: string; describe: boolean }) => {
      const config = await ctx.config();
      if (!opts.dailyPapers) {
        if (opts.date !== undefined || opts.since !== undefined) throw new UserError('--date and --since need --daily-papers');
        if (!opts.describe) throw new UserError('--no-describe needs --daily-papers');
        const { ingest } = await import('../retrieval/ingest/ingest.js');
        const report = await ingest({
          config,
          ...(paths.length > 0 ? { inputs: paths } : {}),
          rebuild: opts.rebuild ?? false,
          progress: toStderr,
        });
        if (opts.json) process.stdout.write(`${JSON.stringify(report)}\n`);
        else process.stdout.write(`${ingestSummary(report)}\n`);
        return;
      }
      const [{ runDailyFetch }, { fetchDays }, { dayIn }, { chatClientFromConfig }] = await Promise.all([
        import('../retrieval/ingest/daily-fetch.js'),
        import('../corpus/daily-papers.js'),
        import('../corpus/dates.js'),
        import('../answer/llm/llm.js'),
      ]);
      const llm = opts.describe ? chatClientFromConfig(config) : undefined;
      const dates = fetchDays(
        { ...(opts.date !== undefined ? { date: opts.date } : {}), ...(opts.since !== undefined ? { since: opts.since } : {}) },
        dayIn('UTC'),
      );
      const run = await runDailyFetch(config, {
        dates,
        ...(paths.length > 0 ? { inputs: paths } : {}),
        rebuild: opts.rebuild ?? false,
        progress: toStderr,
        warn: (w) => process.stderr.write(`warning: ${w}\n`),
        ...(llm ? { llm } : {}),
      });
      const failed = run.fetched.days.filter((d) => !d.ok).map((d) => d.date);
      const fetched = `fetched ${run.fetched.papers.length} papers from ${dates.length} day(s)${failed.length > 0 ? ` (${failed.length} failed: ${failed.join(', ')})` : ''}`;
      const described = run.described ? `; described ${run.described.papers} new${run.described.failed > 0 ? ` (${run.described.failed} failed)` : ''}` : '';
      if (opts.json) {
        process.stdout.write(
          `${JSON.stringify({ dailyPapers: { days: run.fetched.days, fetched: run.fetched.papers.length, warnings: run.fetched.warnings.length, ...(run.described ? { described: run.described } : {}) }, ...(run.report ?? {}) })}\n`,
        );
      } else if (!run.report) {
        process.stdout.write(`${fetched}; nothing to add\n`);
      } else {
        process.stdout.write(`${fetched}${described}; ${ingestSummary(run.report)}\n`);
      }
    });

  program
    .command('describe')
    .description(
      'have the LLM write a plain-language description of each stored paper that has none, so that questions in everyday words find it; then rebuild the index (needs OPENAI_BASE_URL or OPENAI_API_KEY)',
    )
    .option('--limit <n>', 'describe at most this many papers', parseCount)
    .option('--all', 'describe again the papers that already have a description')
    .option('--json', 'print the report as JSON')
    .action(async (opts: { limit?: number; all?: boolean; json?: boolean }) => {
      const config = await ctx.config();
      const [{ chatClientFromConfig }, { describePapers }] = await Promise.all([import('../answer/llm/llm.js'), import('../retrieval/ingest/describe-papers.js')]);
      const llm = chatClientFromConfig(config);
      if (!llm) throw new UserError('describing papers needs an LLM: set OPENAI_BASE_URL (any OpenAI-compatible server) or OPENAI_API_KEY');
      const report = await describePapers({
        config,
        llm,
        ...(opts.limit !== undefined ? { limit: opts.limit } : {}),
        all: opts.all ?? false,
        progress: toStderr,
      });
      if (opts.json) process.stdout.write(`${JSON.stringify(report)}\n`);
      else {
        const failed = report.failed > 0 ? `, ${report.failed} failed` : '';
        const index = report.index ? `; indexed ${report.index.papers} papers` : '';
        process.stdout.write(`described ${report.described} papers${failed}; ${report.remaining} without a description${index}\n`);
      }
      if (report.described === 0 && report.failed > 0) process.exitCode = 1;
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
        const lookup = await r.findPaper(q);
        const results = lookup.resolved ? await r.similar(lookup.resolved.id, opts.k) : [];
        return { json: similarJson(q.trim(), lookup, results), text: similarText(q.trim(), lookup, results) };
      });
    });

  program
    .command('stats')
    .description('what the store and the index hold: papers, dates, answers kept, the embedder')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const [{ withStore }, { readIndexInfo }, { dateCoverage }, { describedElsewhere }, c] = await Promise.all([
        import('../retrieval/ingest/ingest.js'),
        import('../retrieval/index/index-open.js'),
        import('../corpus/dates.js'),
        import('../corpus/descriptions.js'),
        ctx.config(),
      ]);
      const stats = await withStore({ config: c }, async (store) => {
        const papers = await store.papers.all();
        return {
          papers: papers.length,
          revision: await store.papers.revision(),
          answers: await store.answers.count(),
          location: store.location,
          dates: dateCoverage(papers),
          described: papers.filter((p) => p.description).length,
          describedInCorpus: await describedElsewhere(papers, c.PAPERBOT_CORPUS_DIR),
        };
      });
      const { info: m, location } = await readIndexInfo(c, toStderr);
      if (!m && stats.papers === 0) throw new UserError(`no papers in ${stats.location} yet; run \`paperbot ingest\``);
      const behind = m ? stats.revision - m.storeRevision : 0;
      const { dates, ...store } = stats;
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ dataDir: c.PAPERBOT_DATA_DIR, store, dates, index: m ? { ...m, location, upToDate: behind === 0 } : null })}\n`);
        return;
      }
      const range = (r: { first: string; last: string }) => (r.first === r.last ? r.first : `${r.first} to ${r.last}`);
      const lines = [
        `store:      ${store.papers} papers, ${store.answers} answers kept (${store.location})`,
        `dated:      ${dates.dated}${dates.published ? `, published ${range(dates.published)}` : ''}`,
        `undated:    ${dates.undated}${dates.undatedAdded ? `, added ${range(dates.undatedAdded)} (searchable, in no digest)` : ''}`,
        `described:  ${store.described} in everyday words${describedHint(store.papers - store.described, store.describedInCorpus, c.PAPERBOT_CORPUS_DIR)}`,
      ];
      if (m) {
        lines.push(
          `index:      ${m.papers} papers${behind === 0 ? '' : ' (behind the store: the next query or ingest brings it up to date)'}${location === c.PAPERBOT_DATA_DIR ? '' : ` (${location})`}`,
          `chunks:     ${m.chunks} (${m.chunkSize} characters, ${m.chunkOverlap} overlap)`,
          `embedder:   ${m.embedder.kind} ${m.embedder.model} (${m.dimensions} dimensions)`,
          `updated:    ${m.updatedAt}`,
        );
      } else {
        lines.push('index:      none yet (the next query or ingest builds it from the store)');
      }
      lines.push(`data dir:   ${c.PAPERBOT_DATA_DIR}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}

/** What to run for the papers without a description, so that questions in everyday words find them. */
function describedHint(undescribed: number, inCorpus: number, corpusDir: string): string {
  if (undescribed === 0) return '';
  if (inCorpus > 0) return ` (${plural(inCorpus, 'more is', 'more are')} described in ${corpusDir}: \`paperbot ingest\` adds ${inCorpus === 1 ? 'it' : 'them'})`;
  return ` (\`paperbot describe\` has the LLM describe the other ${undescribed})`;
}

function ingestSummary(report: IngestReport): string {
  if (report.unchanged) return `index up to date: ${report.papers} papers (${Math.round(report.ms)} ms)`;
  return `indexed ${report.papers} papers: ${report.added} new, ${report.updated} updated, ${report.chunksEmbedded} chunks embedded with ${report.embedder} (${Math.round(report.ms)} ms)`;
}
