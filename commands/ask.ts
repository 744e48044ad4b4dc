import { randomBytes } from 'node:crypto';
import { SlashCommandBuilder } from '@discordjs/builders';
import * as z from 'zod';
import { MAX_QUERY_LENGTH } from '../src/errors.js';
import type { AskResult } from '../src/answer/types.js';
import { historyFor } from '../src/bot/answers.js';
import type { AnswerRecord } from '../src/store/types.js';
import { answerReply, sourcesReply } from '../src/bot/views/answer-view.js';
import { defineCommand } from '../src/bot/define-command.js';
import { THANKS_REPLY, isThanks } from '../src/bot/thanks.js';
import type { CommandContext, Reply } from '../src/bot/types.js';

/** Most papers a question may retrieve. */
export const MAX_K = 20;
export const DEFAULT_K = 6;

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Answer a question from the ML paper abstracts, citing the papers')
  .addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(MAX_QUERY_LENGTH))
  .addIntegerOption((o) =>
    o.setName('k').setDescription(`How many papers to retrieve (default ${DEFAULT_K})`).setMinValue(1).setMaxValue(MAX_K),
  )
  .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer'));

const Args = z.object({
  question: z.string(),
  k: z.number().int().min(1).max(MAX_K).optional(),
  private: z.boolean().optional(),
});

/** Answers a question (optionally following up on earlier turns), remembers the answer, and renders it. */
export async function answer(question: string, options: { k?: number | undefined; previous?: AnswerRecord }, ctx: CommandContext): Promise<Reply> {
  const started = performance.now();
  const history = options.previous ? historyFor(options.previous) : [];
  const result: AskResult = await ctx.asker.ask(question, {
    k: options.k ?? DEFAULT_K,
    ...(history.length > 0 ? { history } : {}),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
  const record: AnswerRecord = {
    key: randomBytes(6).toString('base64url'),
    question: result.question,
    answer: result.answer,
    mode: result.mode,
    abstained: result.abstained,
    confidence: result.confidence,
    decidedBy: result.decidedBy,
    citations: result.citations,
    sources: result.sources,
    history,
    at: new Date().toISOString(),
    messageIds: [],
  };
  await ctx.answers.put(record);
  ctx.log.info('answered', {
    command: 'ask',
    surface: ctx.surface,
    user: ctx.user.id,
    key: record.key,
    mode: result.mode,
    abstained: result.abstained,
    confidence: result.confidence,
    decidedBy: result.decidedBy,
    citations: result.citations.length,
    followUp: history.length > 0,
    ms: Math.round(performance.now() - started),
  });
  return answerReply(record, performance.now() - started, result.note);
}

const forgotten: Reply = {
  ephemeral: true,
  content: 'I no longer have that answer (only recent answers are kept). Ask again with /ask.',
};

const ask = defineCommand({
  data,
  args: Args,
  defer: true,
  cooldown: true,
  usesLlm: true,
  ephemeral: (a) => a.private ?? false,
  run: (a, ctx) => answer(a.question, { k: a.k }, ctx),
  // Thanks asks nothing: it gets a short reply, not the answer again.
  followUp: async (question, previous, ctx) => (isThanks(question) ? THANKS_REPLY : answer(question, { previous }, ctx)),
  async press(action, key, ctx) {
    const record = await ctx.answers.get(key);
    if (!record) return forgotten;
    if (action === 'sources') return sourcesReply(record);
    if (action === 'up' || action === 'down') {
      await ctx.feedback.record({
        at: new Date().toISOString(),
        vote: action,
        answerKey: key,
        userId: ctx.user.id,
        surface: ctx.surface,
        question: record.question,
        answer: record.answer,
        mode: record.mode,
        citations: record.citations.map((c) => c.title),
      });
      ctx.log.info('feedback', { key, vote: action, user: ctx.user.id });
      return { ephemeral: true, content: `Thanks, your ${action === 'up' ? '👍' : '👎'} is recorded.` };
    }
    return { ephemeral: true, content: 'That button no longer does anything.' };
  },
});

export default ask;
