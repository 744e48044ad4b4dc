import { SlashCommandBuilder } from '@discordjs/builders';
import * as z from 'zod';
import type { Paper } from '../src/corpus/paper.js';
import type { TitleMatch } from '../src/retrieval/titles.js';
import { defineCommand } from '../src/bot/define-command.js';
import { similarReply } from '../src/bot/similar-view.js';
import type { CommandContext } from '../src/bot/types.js';
import { LIMITS, type Choice } from '../src/bot/limits.js';
import { stripControl } from '../src/util/sanitize.js';

export const MAX_K = 20;
export const DEFAULT_K = 8;
const MAX_TITLE = 300;

export const data = new SlashCommandBuilder()
  .setName('similar')
  .setDescription('Papers related to a paper in the corpus')
  .addStringOption((o) =>
    o.setName('title').setDescription('The paper title (typos are fine)').setRequired(true).setAutocomplete(true).setMaxLength(MAX_TITLE),
  )
  .addIntegerOption((o) =>
    o.setName('k').setDescription(`How many related papers (default ${DEFAULT_K})`).setMinValue(1).setMaxValue(MAX_K),
  );

const Args = z.object({ title: z.string(), k: z.number().int().min(1).max(MAX_K).optional() });

/** The paper a title (or an autocomplete value, which is a paper id) names, with other plausible matches. */
async function resolve(title: string, ctx: CommandContext): Promise<{ paper: Paper | undefined; candidates: TitleMatch[] }> {
  const byId = await ctx.retriever.paper(title);
  if (byId) return { paper: byId, candidates: [] };
  const lookup = await ctx.retriever.findPaper(title);
  return { paper: lookup.resolved ? await ctx.retriever.paper(lookup.resolved.id) : undefined, candidates: lookup.candidates };
}

/** Autocomplete: corpus titles matching what the user typed; the value is the paper id where it fits. */
export async function titleChoices(value: string, ctx: CommandContext): Promise<Choice[]> {
  const matches = value.trim() === '' ? await ctx.retriever.recentPapers(LIMITS.choices) : await ctx.retriever.matchTitles(value, LIMITS.choices);
  return matches.map((m) => ({ name: stripControl(m.title), value: m.id.length <= LIMITS.choiceValue ? m.id : m.title }));
}

const similar = defineCommand({
  data,
  args: Args,
  defer: true,
  async run(a, ctx) {
    const { paper, candidates } = await resolve(a.title, ctx);
    const related = paper ? await ctx.retriever.similar(paper.id, a.k ?? DEFAULT_K) : [];
    ctx.log.info('similar', { surface: ctx.surface, user: ctx.user.id, resolved: paper?.id ?? null, results: related.length });
    return similarReply(a.title, paper, candidates, related);
  },
  complete: (option, value, ctx) => (option === 'title' ? titleChoices(value, ctx) : []),
});

export default similar;
