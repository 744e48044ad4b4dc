import type { Command } from 'commander';
import type { CliContext } from './context.js';

export function registerInviteCommand(program: Command, ctx: CliContext): void {
  program
    .command('invite-url')
    .description('print the URL that adds the bot to a Discord server, with its slash commands and the permissions it uses (needs DISCORD_APPLICATION_ID)')
    .action(async () => {
      const [config, { inviteUrl }] = await Promise.all([ctx.config(), import('../bot/discord/invite.js')]);
      process.stdout.write(`${inviteUrl(config.DISCORD_APPLICATION_ID)}\n`);
    });
}
