import { DiscordAPIError, REST, Routes } from 'discord.js';
import * as z from 'zod';
import type { Config } from '../../config.js';
import { UserError } from '../../errors.js';
import type { SlashCommand } from '../types.js';

export interface DeployResult {
  scope: 'guild' | 'global';
  guildId?: string;
  applicationId: string;
  commands: string[];
}

const Registered = z.array(z.object({ id: z.string(), name: z.string() }));
const Application = z.object({ id: z.string() });

/**
 * Registers the commands through Discord's REST API: in one guild (instant, for development) or
 * globally. Replaces whatever was registered before in that scope.
 */
export async function deployCommands(options: { config: Config; commands: readonly SlashCommand[]; guildId?: string | undefined }): Promise<DeployResult> {
  const { config, commands, guildId } = options;
  if (!config.DISCORD_TOKEN) throw new UserError('DISCORD_TOKEN is not set; deploy-commands needs the bot token');
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
  try {
    const applicationId = config.DISCORD_APPLICATION_ID ?? Application.parse(await rest.get(Routes.currentApplication())).id;
    const body = commands.map((c) => c.data.toJSON());
    const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
    const registered = Registered.parse(await rest.put(route, { body }));
    return {
      scope: guildId ? 'guild' : 'global',
      ...(guildId ? { guildId } : {}),
      applicationId,
      commands: registered.map((c) => c.name),
    };
  } catch (err) {
    if (err instanceof DiscordAPIError) {
      const hint = err.status === 401 ? ': check DISCORD_TOKEN' : err.status === 403 || err.status === 404 ? ': check the application and guild ids' : '';
      throw new UserError(`Discord refused to register the commands (HTTP ${err.status}, code ${err.code})${hint}`);
    }
    throw err;
  }
}
