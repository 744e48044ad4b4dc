import type { Message } from 'discord.js';
import { UserError } from '../../errors.js';
import type { AnswerRecord } from '../../store/types.js';
import { cooldownMessage } from '../throttle/cooldown.js';
import { NO_MENTIONS, toPayloads } from './discord-reply.js';
import { userMessage } from './interactions.js';
import { newErrorId } from '../log.js';
import type { BotServices } from '../types.js';

/** The question in a message addressed to the bot: its text without the bot's mentions. */
export function questionText(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The earlier answer a message follows up on: the answer it replies to, or, when it mentions the
 * bot inside a thread, the latest answer in that thread or the answer the thread was started on
 * (a thread started on a message has that message's id).
 */
export async function previousAnswer(
  message: Pick<Message, 'reference' | 'channelId'> & { inThread: boolean; mentionsBot: boolean },
  services: Pick<BotServices, 'answers'>,
): Promise<AnswerRecord | undefined> {
  const ref = message.reference?.messageId;
  if (ref) {
    const replied = await services.answers.forMessage(ref);
    if (replied) return replied;
  }
  if (message.inThread && message.mentionsBot) {
    return (await services.answers.latestIn(message.channelId)) ?? (await services.answers.forMessage(message.channelId));
  }
  return undefined;
}

const UNREADABLE =
  'I could not read your message. Keep the @mention on when you reply to my answer (or mention me in the thread), and put your question in it.';

/**
 * Handles a guild message: a reply to one of the bot's answers, or a mention of the bot in a thread
 * on one, gets an answer that takes the earlier question and answer into account. Everything else
 * is ignored. Never throws.
 */
export async function handleMessage(message: Message, services: BotServices, botId: string): Promise<void> {
  if (message.author.bot || message.webhookId || !message.inGuild()) return;
  const mentionsBot = message.mentions.users.has(botId);
  const previous = await previousAnswer({ reference: message.reference, channelId: message.channelId, inThread: message.channel.isThread(), mentionsBot }, services);
  if (!previous) return;
  const log = services.log.child({ message: message.id, user: message.author.id, followUpOf: previous.key });
  const followUp = services.commands.find((c) => c.followUp);
  if (!followUp?.followUp) return;
  const send = async (content: string) => {
    await message.reply({ content, allowedMentions: NO_MENTIONS });
  };
  try {
    const question = questionText(message.content, botId);
    if (question === '') {
      await send(UNREADABLE);
      return;
    }
    const turn = services.cooldown.take(message.author.id);
    if (!turn.ok) {
      await send(cooldownMessage(turn.retryAfterMs));
      return;
    }
    await message.channel.sendTyping().catch(() => undefined);
    const reply = await followUp.followUp(question, previous, {
      ...services,
      user: { id: message.author.id, name: message.author.username },
      surface: 'discord',
    });
    const [first, ...rest] = toPayloads(reply);
    if (!first) return;
    const ids = [(await message.reply(first)).id];
    for (const p of rest) ids.push((await message.channel.send(p)).id);
    if (reply.answerKey) await services.answers.attach(reply.answerKey, ids, message.channelId);
  } catch (err) {
    const errorId = newErrorId();
    if (err instanceof UserError) log.info('user error', { errorId, message: err.message });
    else log.error('follow-up failed', { errorId, err });
    await send(userMessage(err, errorId)).catch((e: unknown) => log.warn('could not tell the user about an error', { errorId, err: e }));
  }
}
