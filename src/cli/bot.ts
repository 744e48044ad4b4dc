import type { Command } from 'commander';
import { UserError } from '../errors.js';
import type { CliContext } from './context.js';

export function registerBotCommands(program: Command, ctx: CliContext): void {
  program
    .command('start')
    .description('run the bot: on Discord when DISCORD_TOKEN is set, otherwise as an interactive prompt in the terminal (stdin: one command per line)')
    .action(() => start(ctx));

  program
    .command('deploy-commands')
    .description('register the slash commands with Discord: globally, or in one guild with --guild (instant, for development)')
    .option('--guild [id]', 'register in this guild (default: DISCORD_GUILD_ID)')
    .option('--json', 'print JSON')
    .action(async (opts: { guild?: string | true; json?: boolean }) => {
      const config = await ctx.config();
      const guildId = opts.guild === true ? config.DISCORD_GUILD_ID : opts.guild;
      if (opts.guild !== undefined && !guildId) throw new UserError('--guild needs a guild id (or set DISCORD_GUILD_ID)');
      const [{ deployCommands }, { loadCommands }] = await Promise.all([import('../bot/deploy.js'), import('../bot/loader.js')]);
      const result = await deployCommands({ config, commands: await loadCommands(), guildId });
      if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else
        process.stdout.write(
          `registered ${result.commands.length} commands (${result.commands.map((c) => `/${c}`).join(', ')}) ${result.scope === 'guild' ? `in guild ${result.guildId}` : 'globally (may take up to an hour to appear)'}\n`,
        );
    });
}

async function start(ctx: CliContext): Promise<void> {
  const config = await ctx.config();
  const terminal = !config.DISCORD_TOKEN;
  const [{ createLogger, secretsOf }, { loadCommands }, { createServices }] = await Promise.all([
    import('../bot/log.js'),
    import('../bot/loader.js'),
    import('../bot/services.js'),
  ]);
  const log = createLogger({
    level: terminal && config.PAPERBOT_LOG_LEVEL === 'info' ? 'warn' : config.PAPERBOT_LOG_LEVEL,
    secrets: secretsOf(config),
  });
  const [retriever, commands] = await Promise.all([ctx.retriever(), loadCommands()]);
  const services = await createServices({ config, retriever, log, commands });

  if (terminal) {
    const { runTerminal } = await import('../bot/terminal.js');
    const onTerm = () => void services.close().finally(() => process.exit(143));
    process.once('SIGTERM', onTerm);
    await runTerminal({ services, input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) });
    process.off('SIGTERM', onTerm);
    await services.close();
    return;
  }

  process.on('unhandledRejection', (err) => log.error('unhandled rejection', { err }));
  const { startDiscordBot } = await import('../bot/client.js');
  const bot = await startDiscordBot({ config, services });
  await new Promise<void>((resolve) => {
    const shutdown = (signal: NodeJS.Signals) => {
      log.info('received signal', { signal });
      setTimeout(() => process.exit(1), 10_000).unref();
      bot.stop().then(resolve, (err: unknown) => {
        log.error('shutdown failed', { err });
        resolve();
      });
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
}
