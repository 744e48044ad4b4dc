import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import type { CliContext } from './context.js';

export function registerStoreCommands(program: Command, ctx: CliContext): void {
  program
    .command('migrate-store')
    .description("copy the papers and the bot's state (answers, votes, job states) of the embedded store (paperbot.db in the data directory) into PostgreSQL")
    .option('--to <url>', 'the PostgreSQL database, postgres://... (default: PAPERBOT_DATABASE_URL)')
    .option('--merge', 'copy into a database that already holds other papers or state: papers held by both are combined, its own answers and job states are kept')
    .option('--json', 'print JSON')
    .action(async (opts: { to?: string; merge?: boolean; json?: boolean }) => {
      const [{ ConfigSchema }, { copyStore }, { openEmbeddedStore }, { STORE_FILE }, config] = await Promise.all([
        import('../config.js'),
        import('../store/migrate.js'),
        import('../store/open.js'),
        import('../store/sqlite.js'),
        ctx.config(),
      ]);
      const url = opts.to === undefined ? config.PAPERBOT_DATABASE_URL : ConfigSchema.shape.PAPERBOT_DATABASE_URL.safeParse(opts.to).data;
      if (opts.to !== undefined && !url) throw new UserError('--to must be a postgres:// or postgresql:// URL');
      if (!url) throw new UserError('migrate-store needs a PostgreSQL database: --to postgres://... or PAPERBOT_DATABASE_URL');
      const file = path.join(config.PAPERBOT_DATA_DIR, STORE_FILE);
      if (!existsSync(file)) throw new UserError(`no embedded store at ${file}: nothing to copy`);

      const { openPostgresStore } = await import('../store/postgres.js');
      const source = await openEmbeddedStore(config);
      try {
        const target = await openPostgresStore({ url, schema: config.PAPERBOT_DATABASE_SCHEMA, answerCapacity: config.PAPERBOT_ANSWER_MEMORY });
        try {
          const report = await copyStore(source, target, { merge: opts.merge === true });
          if (opts.json) {
            process.stdout.write(`${JSON.stringify({ from: source.location, to: target.location, ...report })}\n`);
            return;
          }
          if (report.unchanged) {
            process.stdout.write(`nothing to copy: ${target.location} already holds everything ${source.location} holds\n`);
            return;
          }
          const what = `${report.papers} papers, ${report.answers} answers, ${report.votes} votes and ${report.jobs} job states`;
          const index = report.revisionsKept
            ? 'paper revisions kept; the search index in PostgreSQL is built from them on the next query or ingest'
            : 'the search index adds the new papers on the next query or ingest';
          process.stdout.write(`copied ${what} from ${source.location} to ${target.location} (${index})\n`);
          if (config.PAPERBOT_DATABASE_URL !== url) process.stdout.write('set PAPERBOT_DATABASE_URL to this database for paperbot to use it\n');
        } finally {
          await target.close();
        }
      } finally {
        await source.close();
      }
    });
}
