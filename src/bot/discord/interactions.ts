import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  type Interaction,
  MessageFlags,
  RESTJSONErrorCodes,
  type User,
} from 'discord.js';
import { UserError } from '../../errors.js';
import { truncate } from '../../util/truncate.js';
import { pendingAcknowledgements } from './acknowledgements.js';
import { parseButtonId } from '../button-ids.js';
import type { BotServices, CommandContext, RawOptions, Reply, SlashCommand } from '../types.js';
import { cooldownMessage, queuedMessage } from '../throttle/cooldown.js';
import { NO_MENTIONS, toPayloads } from './discord-reply.js';
import { LIMITS, fitChoices } from '../limits.js';
import { type Logger, newErrorId } from '../log.js';
import { queueNoticesFor } from '../throttle/queue-notice.js';

/**
 * Discord errors meaning the interaction can no longer be answered: not acknowledged within 3 s
 * (unknown interaction), already acknowledged, or the 15-minute token expired or the message is
 * gone (unknown webhook or message, invalid webhook token).
 */
const GONE_CODES = new Set<number>([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
  RESTJSONErrorCodes.UnknownWebhook,
  RESTJSONErrorCodes.UnknownMessage,
  RESTJSONErrorCodes.InvalidWebhookToken,
]);

export function isInteractionGone(err: unknown): boolean {
  return err instanceof DiscordAPIError && GONE_CODES.has(Number(err.code));
}

function contextFor(services: BotServices, user: User, signal?: AbortSignal): CommandContext {
  return { ...services, user: { id: user.id, name: user.username }, surface: 'discord', ...(signal ? { signal } : {}) };
}

/** Routes any interaction to its command; never throws. */
export async function routeInteraction(i: Interaction, services: BotServices): Promise<void> {
  try {
    if (i.isChatInputCommand()) {
      const command = services.commands.find((c) => c.name === i.commandName);
      if (command) await executeCommand(command, i, services);
      else await i.reply({ content: 'I do not know that command any more.', flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    } else if (i.isAutocomplete()) {
      const command = services.commands.find((c) => c.name === i.commandName);
      await autocompleteCommand(command, i, services);
    } else if (i.isButton()) {
      await pressButton(i, services);
    }
  } catch (err) {
    if (isInteractionGone(err)) services.log.warn('interaction expired', { interaction: i.id, code: (err as DiscordAPIError).code });
    else services.log.error('interaction handler failed', { interaction: i.id, err });
  }
}

/** The option values of a slash command interaction, by name. */
export function optionsFrom(i: ChatInputCommandInteraction): RawOptions {
  const raw: RawOptions = {};
  for (const o of i.options.data) {
    if (typeof o.value === 'string' || typeof o.value === 'number' || typeof o.value === 'boolean') raw[o.name] = o.value;
  }
  return raw;
}

/**
 * Runs a slash command: cooldown check (a friendly ephemeral refusal), acknowledgement at once for
 * commands that defer, the command's `run`, then the reply fitted to Discord's limits. Errors become
 * a short ephemeral message with an error id; the details are logged with that id.
 */
export async function executeCommand(command: SlashCommand, i: ChatInputCommandInteraction, services: BotServices): Promise<void> {
  const log = services.log.child({ interaction: i.id, command: command.name, user: i.user.id });
  const raw = optionsFrom(i);
  const ephemeral = command.isEphemeral(raw);
  const acknowledged = pendingAcknowledgements.begin();
  let tookTurn = false;
  try {
    if (command.cooldown) {
      const turn = services.cooldown.take(i.user.id);
      if (!turn.ok) {
        log.info('cooldown', { retryAfterMs: turn.retryAfterMs });
        await i.reply({ content: cooldownMessage(turn.retryAfterMs), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
        return;
      }
      tookTurn = true;
    }
    const remaining = LIMITS.interactionTokenMs - (Date.now() - i.createdTimestamp) - 10_000;
    const unanswerable = new AbortController();
    const ctx = contextFor(services, i.user, AbortSignal.any([AbortSignal.timeout(Math.max(1000, remaining)), unanswerable.signal]));
    const acknowledge = async (ahead: number | undefined) => {
      try {
        if (ahead !== undefined) {
          // The acknowledgement is the notice (only the user sees it); the answer follows as a new message.
          log.info('queued for the LLM', { ahead });
          await i.reply({ content: queuedMessage(ahead), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
        } else if (command.defer) {
          await i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
          log.debug('deferred', { sinceCreatedMs: Date.now() - i.createdTimestamp });
        }
      } finally {
        if (command.defer || ahead !== undefined) acknowledged();
      }
    };
    // Once this interaction is acknowledged, the others are before its work takes the CPU.
    const othersFirst = () => (command.defer ? pendingAcknowledgements.settled(ACKNOWLEDGE_FIRST_MS) : Promise.resolve());
    let reply: Reply;
    if (command.usesLlm && services.mode === 'llm') {
      // A question that may well wait for the LLM runs first and is acknowledged once its place is
      // known: queued (told where, privately) or not (deferred). Others are deferred at once.
      const notices = queueNoticesFor(services.llmLimiter, services.llmBreaker);
      const watch = notices.shouldWatch();
      const approach = notices.approach();
      if (!watch) {
        try {
          await acknowledge(undefined);
          await othersFirst();
        } catch (err) {
          approach.cancel();
          throw err;
        }
      }
      const running = approach.run(() => command.run(raw, ctx), watch);
      if (watch) {
        running.reply.catch(() => undefined);
        try {
          await acknowledge(await running.ahead);
        } catch (err) {
          unanswerable.abort(err);
          throw err;
        }
      }
      reply = await running.reply;
    } else {
      await acknowledge(undefined);
      await othersFirst();
      reply = await command.run(raw, ctx);
    }
    await sendReply(i, reply, services);
    log.info('command answered', { ms: Date.now() - i.createdTimestamp });
  } catch (err) {
    if (tookTurn && (err instanceof UserError || isInteractionGone(err))) services.cooldown.release(i.user.id);
    await failInteraction(i, err, log, ephemeral);
  } finally {
    acknowledged();
  }
}

/** How long a deferred command's work waits for other interactions to be acknowledged first. */
const ACKNOWLEDGE_FIRST_MS = LIMITS.acknowledgeMs / 3;

/** Answers autocomplete within Discord's 3 seconds (no deferring is possible): at most 25 choices. */
export async function autocompleteCommand(command: SlashCommand | undefined, i: AutocompleteInteraction, services: BotServices): Promise<void> {
  const log = services.log.child({ interaction: i.id, command: i.commandName, user: i.user.id });
  try {
    const focused = i.options.getFocused(true);
    const complete = command?.complete;
    const choices = complete
      ? await orAfter(complete(focused.name, String(focused.value), contextFor(services, i.user)), LIMITS.acknowledgeMs - 800, [])
      : [];
    await i.respond(fitChoices(choices));
  } catch (err) {
    if (isInteractionGone(err)) {
      log.warn('autocomplete expired', { code: (err as DiscordAPIError).code });
      return;
    }
    log.error('autocomplete failed', { errorId: newErrorId(), err });
    if (!i.responded) await i.respond([]).catch(() => undefined);
  }
}

/** Routes a button press (`<command>:<action>:<key>`) to its command. */
export async function pressButton(i: ButtonInteraction, services: BotServices): Promise<void> {
  const log = services.log.child({ interaction: i.id, button: i.customId, user: i.user.id });
  try {
    const id = parseButtonId(i.customId);
    const command = id ? services.commands.find((c) => c.name === id.command) : undefined;
    if (!id || !command?.press) {
      await i.reply({ content: 'That button no longer does anything.', flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      return;
    }
    const reply = await command.press(id.action, id.key, contextFor(services, i.user));
    await sendReply(i, reply, services);
  } catch (err) {
    await failInteraction(i, err, log, true);
  }
}

type Repliable = ChatInputCommandInteraction | ButtonInteraction;

/** Sends a reply: edits the deferred reply or replies, then follow-ups for any further pages; links answer messages. */
export async function sendReply(i: Repliable, reply: Reply, services: BotServices): Promise<void> {
  const [first, ...rest] = toPayloads(reply);
  if (!first) return;
  const flags = reply.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
  const ids: string[] = [];
  if (i.deferred && !i.replied) {
    ids.push((await i.editReply(first)).id);
  } else if (i.replied) {
    ids.push((await i.followUp({ ...first, ...flags })).id);
  } else if (reply.answerKey) {
    const res = await i.reply({ ...first, ...flags, withResponse: true });
    if (res.resource?.message) ids.push(res.resource.message.id);
  } else {
    await i.reply({ ...first, ...flags });
  }
  for (const p of rest) ids.push((await i.followUp({ ...p, ...flags })).id);
  if (reply.answerKey && ids.length > 0) await services.answers.attach(reply.answerKey, ids, i.channelId ?? undefined);
}

/** Tells the user about an error (ephemeral, with an error id) and logs it; never throws. */
export async function failInteraction(i: Repliable, err: unknown, log: Logger, ephemeralDefer: boolean): Promise<void> {
  if (isInteractionGone(err)) {
    log.warn('interaction expired before it could be answered', { code: (err as DiscordAPIError).code, ageMs: Date.now() - i.createdTimestamp });
    return;
  }
  const errorId = newErrorId();
  const content = userMessage(err, errorId);
  if (err instanceof UserError) log.info('user error', { errorId, message: err.message });
  else log.error('command failed', { errorId, err });
  try {
    if (i.deferred && !i.replied) {
      if (ephemeralDefer) {
        await i.editReply({ content, embeds: [], components: [], allowedMentions: NO_MENTIONS });
      } else {
        await i.deleteReply().catch(() => undefined);
        await i.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      }
    } else if (i.replied) {
      await i.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    } else {
      await i.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    }
  } catch (e) {
    log.warn('could not tell the user about an error', { errorId, err: e });
  }
}

/** The one-line message a user sees for an error: the reason when they caused it, never internals. */
export function userMessage(err: unknown, errorId: string): string {
  const text =
    err instanceof UserError
      ? `${err.message.charAt(0).toUpperCase()}${err.message.slice(1)} (error id ${errorId})`
      : `Sorry, something went wrong (error id ${errorId}). It has been logged; please try again later.`;
  return truncate(text, LIMITS.content);
}

/** What `p` settles to, or `fallback` when it has not settled within `ms`. */
function orAfter<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => resolve(fallback), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
