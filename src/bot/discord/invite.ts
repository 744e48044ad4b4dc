import { OAuth2Scopes, PermissionFlagsBits } from 'discord-api-types/v10';
import * as z from 'zod';
import { UserError } from '../../errors.js';

/** Discord's page where a server manager adds an application to a server. */
const AUTHORIZE_URL = 'https://discord.com/oauth2/authorize';

/**
 * The permissions the bot asks for when it is added to a server, each for what the bot does with it.
 * Slash commands, autocomplete and buttons need none: the bot answers them through the interaction.
 */
export const BOT_PERMISSIONS = {
  /** See the digest channel, and the messages that reply to an answer or mention the bot in a thread. */
  ViewChannel: PermissionFlagsBits.ViewChannel,
  /** Post the scheduled digest, answer follow-ups. */
  SendMessages: PermissionFlagsBits.SendMessages,
  /** Answer follow-ups asked in a thread. */
  SendMessagesInThreads: PermissionFlagsBits.SendMessagesInThreads,
  /** Answers and the digest are embeds. */
  EmbedLinks: PermissionFlagsBits.EmbedLinks,
  /** The digest's theme map (a PNG). */
  AttachFiles: PermissionFlagsBits.AttachFiles,
  /** Answer a follow-up as a reply to its message. */
  ReadMessageHistory: PermissionFlagsBits.ReadMessageHistory,
} as const;

/** `bot` adds the bot user to the server, `applications.commands` lets the server use its slash commands. */
export const INVITE_SCOPES = [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands] as const;

const ApplicationId = z.string().regex(/^\d{17,20}$/);

/** The URL that adds the bot to a server with {@link INVITE_SCOPES} and {@link BOT_PERMISSIONS}. */
export function inviteUrl(applicationId: string | undefined): string {
  if (applicationId === undefined) {
    throw new UserError('DISCORD_APPLICATION_ID is not set: copy the Application ID from the Developer Portal (General Information)');
  }
  if (!ApplicationId.safeParse(applicationId).success) {
    throw new UserError('DISCORD_APPLICATION_ID is not an application id (17 to 20 digits, from the Developer Portal, General Information)');
  }
  const url = new URL(AUTHORIZE_URL);
  url.searchParams.set('client_id', applicationId);
  url.searchParams.set('scope', INVITE_SCOPES.join(' '));
  url.searchParams.set('permissions', Object.values(BOT_PERMISSIONS).reduce((all, flag) => all | flag, 0n).toString());
  return url.href;
}
