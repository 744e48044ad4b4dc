import { SlashCommandBuilder } from '@discordjs/builders';
import * as z from 'zod';
import { DEFAULT_DIGEST_DAYS, MAX_DIGEST_DAYS } from '../src/answer/digest/window.js';
import { defineCommand } from '../src/bot/define-command.js';
import { digestMap, digestReply } from '../src/bot/views/digest-view.js';

export const data = new SlashCommandBuilder()
  .setName('digest')
  .setDescription("The latest papers grouped by theme, each theme summarised")
  .addIntegerOption((o) =>
    o
      .setName('days')
      .setDescription(`Days the digest covers, ending at the newest publication date (default ${DEFAULT_DIGEST_DAYS})`)
      .setMinValue(1)
      .setMaxValue(MAX_DIGEST_DAYS),
  );

const Args = z.object({ days: z.number().int().min(1).max(MAX_DIGEST_DAYS).optional() });

const digest = defineCommand({
  data,
  args: Args,
  defer: true,
  cooldown: true,
  usesLlm: true,
  async run(a, ctx) {
    const started = performance.now();
    const result = await ctx.digest({ ...(a.days !== undefined ? { days: a.days } : {}), ...(ctx.signal ? { signal: ctx.signal } : {}) });
    ctx.log.info('digest', {
      surface: ctx.surface,
      user: ctx.user.id,
      since: result.window.since,
      until: result.window.until,
      papers: result.totalPapers,
      themes: result.themes.length,
      mode: result.summaryMode,
      ms: Math.round(performance.now() - started),
    });
    // The terminal shows no pictures.
    const map = ctx.surface === 'discord' ? await digestMap(result, ctx.log) : undefined;
    return digestReply(result, map ? { map } : {});
  },
});

export default digest;
