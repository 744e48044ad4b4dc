import { type Command, InvalidArgumentError } from 'commander';
import { UserError } from '../errors.js';
import type { CliContext } from './context.js';

/** Parses `--shards`: `auto` or a whole number from 1. */
export function parseShards(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('must be "auto" or a whole number from 1');
  return n;
}

export function registerBotCommands(program: Command, ctx: CliContext): void {
  program
    .command('start')
    .description('run the bot: on Discord when DISCORD_TOKEN is set, otherwise as an interactive prompt in the terminal (stdin: one command per line)')
    .option('--shards <count>', 'run the Discord bot as shards, one process each, sharing the store: "auto" (as many as Discord recommends) or a number', parseShards)
    .action((opts: { shards?: number | 'auto' }) => start(ctx, opts.shards));

  program
    .command('deploy-commands')
    .description('register the slash commands with Discord: globally, or in one guild with --guild (instant, for development)')
    .option('--guild [id]', 'register in this guild (default: DISCORD_GUILD_ID)')
    .option('--json', 'print JSON')
    .action(async (opts: { guild?: string | true; json?: boolean }) => {
      const config = await ctx.config();
      const guildId = opts.guild === true ? config.DISCORD_GUILD_ID : opts.guild;
      if (opts.guild !== undefined && !guildId) throw new UserError('--guild needs a guild id (or set DISCORD_GUILD_ID)');
      const [{ deployCommands }, { loadCommands }] = await Promise.all([import('../bot/discord/deploy.js'), import('../bot/loader.js')]);
      const result = await deployCommands({ config, commands: await loadCommands(), guildId });
      if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else
        process.stdout.write(
          `registered ${result.commands.length} commands (${result.commands.map((c) => `/${c}`).join(', ')}) ${result.scope === 'guild' ? `in guild ${result.guildId}` : 'globally (may take up to an hour to appear)'}\n`,
        );
    });
}

async function start(ctx: CliContext, shards: number | 'auto' | undefined): Promise<void> {
  const config = await ctx.config();
  const terminal = !config.DISCORD_TOKEN;
  if (shards !== undefined && terminal) throw new UserError('--shards runs the Discord bot in several processes: set DISCORD_TOKEN');
  const { createLogger, secretsOf } = await import('../bot/log.js');
  const log = createLogger({
    level: terminal && config.PAPERBOT_LOG_LEVEL === 'info' ? 'warn' : config.PAPERBOT_LOG_LEVEL,
    secrets: secretsOf(config),
  });
  if (shards !== undefined) {
    // This process only manages the shards; each runs `paperbot start` (this script) as one shard.
    const { runShards } = await import('../bot/discord/shards.js');
    process.exitCode = await runShards({ config, count: shards, log, script: process.argv[1]!, args: ['start'], execArgv: process.execArgv });
    return;
  }
  const [{ loadCommands }, { createServices }] = await Promise.all([import('../bot/loader.js'), import('../bot/services.js')]);
  const [retriever, commands] = await Promise.all([ctx.retriever(), loadCommands()]);
  const services = await createServices({ config, retriever, log, commands });

  if (terminal) {
    const { runTerminal } = await import('../bot/terminal/terminal.js');
    const onTerm = () => void services.close().finally(() => process.exit(143));
    process.once('SIGTERM', onTerm);
    await runTerminal({ services, input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) });
    process.off('SIGTERM', onTerm);
    await services.close();
    return;
  }

  process.on('unhandledRejection', (err) => log.error('unhandled rejection', { err }));
  const { startDiscordBot } = await import('../bot/discord/client.js');
  const bot = await startDiscordBot({ config, services });
  let onDisconnect = () => {};
  await new Promise<void>((resolve) => {
    const shutdown = (signal: NodeJS.Signals | 'disconnect') => {
      // The bot's logger: a shard's lines say which shard.
      if (signal === 'disconnect') services.log.warn('the shard manager is gone; stopping');
      else services.log.info('received signal', { signal });
      setTimeout(() => process.exit(1), 10_000).unref();
      bot.stop().then(resolve, (err: unknown) => {
        services.log.error('shutdown failed', { err });
        resolve();
      });
    };
    onDisconnect = () => shutdown('disconnect');
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
    // A shard started by `--shards` stops with its manager rather than serving on unmanaged.
    if (bot.client.shard) process.once('disconnect', onDisconnect);
  });
  // A shard's channel to its manager would keep the process alive once the bot stopped.
  process.off('disconnect', onDisconnect);
  if (process.connected) process.disconnect();
}
