import { SlashCommandBuilder } from '@discordjs/builders';
import * as z from 'zod';
import { type BreakerStatus, failuresInARow } from '../src/answer/llm/circuit-breaker.js';
import { COLORS } from '../src/bot/views/answer-view.js';
import { defineCommand } from '../src/bot/define-command.js';
import { optionsOf, usage } from '../src/bot/options.js';
import type { CommandContext, Reply } from '../src/bot/types.js';

export const data = new SlashCommandBuilder().setName('help').setDescription('What paperbot can do and how to use it');

export function helpReply(ctx: CommandContext): Reply {
  const commands = ctx.commands.map((c) => {
    const json = c.data.toJSON();
    const opts = optionsOf(c.data)
      .map((o) => `  \`${o.name}\`: ${o.description}`)
      .join('\n');
    return `**${usage(c)}**\n${json.description}${opts ? `\n${opts}` : ''}`;
  });
  const followUps =
    ctx.surface === 'discord'
      ? 'Reply to one of my answers (keep the @mention on), or mention me in a thread on an answer, to ask a follow-up.'
      : 'Type a question without a leading / to follow up on the last answer; type !1, !2, … to press the buttons under the last reply; /quit to leave.';
  const answers =
    ctx.mode === 'llm'
      ? `Answers are written by an LLM from the retrieved abstracts; every citation is checked against them.${ctx.llmBreaker ? `\n${llmStatusLine(ctx.llmBreaker.status())}` : ''}`
      : 'No LLM is configured, so answers quote the most relevant sentences from the abstracts.';
  return {
    ephemeral: true,
    embeds: [
      {
        title: 'paperbot',
        description: `Answers questions about ML papers from a corpus of ${ctx.retriever.size} abstracts, citing the papers.\n\n${commands.join('\n\n')}\n\n${followUps}\n${answers}`,
        color: COLORS.info,
      },
    ],
  };
}

/** What /help says about the LLM's health. */
export function llmStatusLine(status: BreakerStatus): string {
  if (status.state === 'closed') return 'LLM status: available.';
  if (status.state === 'half-open') return `LLM status: being tried again after ${failuresInARow(status.failures)}; answers are extractive meanwhile.`;
  const seconds = Math.max(1, Math.ceil((status.retryInMs ?? 0) / 1000));
  return `LLM status: paused after ${failuresInARow(status.failures)}; answers are extractive until it is tried again in ${seconds} s.`;
}

const help = defineCommand({
  data,
  args: z.object({}),
  ephemeral: true,
  run: async (_args, ctx) => helpReply(ctx),
});

export default help;
