import {
  ActionRowBuilder,
  AttachmentBuilder,
  type BaseMessageOptions,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  type MessageMentionOptions,
} from 'discord.js';
import type { Reply, ReplyButton } from '../types.js';
import { fitMessages } from './fit-messages.js';
import { LIMITS, buttonLabel, checkCustomId, type EmbedData } from '../limits.js';
import { safeUrl } from '../markdown.js';

/** Mentions are never parsed from what the bot posts, and replies do not ping their author. */
export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

export interface DiscordPayload extends BaseMessageOptions {
  allowedMentions: MessageMentionOptions;
}

/**
 * Turns a reply into Discord messages that respect every limit (see limits.ts): the first goes out
 * as the reply, with the reply's files (a file over Discord's size limit is left out, and so is an
 * embed image showing it), the rest as follow-ups. Buttons go under the last message.
 */
export function toPayloads(reply: Reply): DiscordPayload[] {
  const files = (reply.files ?? []).filter((f) => f.data.byteLength <= LIMITS.attachmentBytes);
  const attached = new Set(files.map((f) => `attachment://${f.name}`));
  const embeds = (reply.embeds ?? []).map((e) => {
    if (!e.image?.startsWith('attachment://') || attached.has(e.image)) return e;
    const { image: _missing, ...rest } = e;
    return rest;
  });
  const parts = fitMessages(reply.content, embeds);
  const rows = buttonRows(reply.buttons ?? []);
  return parts.map((part, i) => {
    const payload: DiscordPayload = {
      allowedMentions: NO_MENTIONS,
      embeds: part.embeds.map(toEmbed),
    };
    if (i === 0 && files.length > 0) {
      payload.files = files.map((f) => new AttachmentBuilder(Buffer.from(f.data), { name: f.name, ...(f.description ? { description: f.description } : {}) }));
    }
    if (part.content !== undefined) payload.content = part.content;
    if (i === parts.length - 1 && rows.length > 0) payload.components = rows;
    return payload;
  });
}

/** An embed for discord.js; a link Discord would refuse (not http or https) is left out. */
export function toEmbed(e: EmbedData): EmbedBuilder {
  const b = new EmbedBuilder();
  const url = safeUrl(e.url);
  if (e.title) b.setTitle(e.title);
  if (url) b.setURL(url);
  if (e.description) b.setDescription(e.description);
  if (e.fields && e.fields.length > 0) b.addFields(e.fields.map((f) => ({ name: f.name, value: f.value, inline: f.inline ?? false })));
  if (e.footer) b.setFooter({ text: e.footer });
  if (e.color !== undefined) b.setColor(e.color);
  if (e.image) b.setImage(e.image);
  return b;
}

const STYLES = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  success: ButtonStyle.Success,
  danger: ButtonStyle.Danger,
} as const;

function buttonRows(buttons: readonly ReplyButton[]): ActionRowBuilder<ButtonBuilder>[] {
  const rows: ActionRowBuilder<ButtonBuilder>[] = [];
  const usable = buttons.slice(0, LIMITS.buttonsPerRow * LIMITS.actionRows);
  for (let i = 0; i < usable.length; i += LIMITS.buttonsPerRow) {
    rows.push(
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        usable.slice(i, i + LIMITS.buttonsPerRow).map((b) => {
          const btn = new ButtonBuilder().setCustomId(checkCustomId(b.id)).setLabel(buttonLabel(b.label)).setStyle(STYLES[b.style ?? 'secondary']);
          if (b.emoji) btn.setEmoji(b.emoji);
          return btn;
        }),
      ),
    );
  }
  return rows;
}
