import { SlashCommandBuilder } from '@discordjs/builders';
import * as z from 'zod';
import { paperRefs } from '../src/corpus/identifiers.js';
import type { Paper } from '../src/corpus/paper.js';
import type { TitleMatch } from '../src/retrieval/titles.js';
import { defineCommand } from '../src/bot/define-command.js';
import { SHOW_RELATED, similarReply } from '../src/bot/views/similar-view.js';
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
    o.setName('title').setDescription('The paper title (typos are fine), or what the paper is about').setRequired(true).setAutocomplete(true).setMaxLength(MAX_TITLE),
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

/** The paper a button's key names (see `relatedKey`): the paper with that id, or the one whose id starts with it. */
async function paperOfKey(key: string, ctx: CommandContext): Promise<Paper | undefined> {
  const exact = await ctx.retriever.paper(key);
  if (exact) return exact;
  const match = (await ctx.retriever.matchTitles(key.replace(/-/g, ' '), 5)).find((m) => m.id.startsWith(key));
  return match ? ctx.retriever.paper(match.id) : undefined;
}

/**
 * Autocomplete: corpus titles matching what the user typed; with nothing typed, the papers published
 * last (added last when none has a date); for an arXiv identifier or link, the paper that has it. The
 * value is the paper id where it fits.
 */
export async function titleChoices(value: string, ctx: CommandContext): Promise<Choice[]> {
  const matches = value.trim() === '' ? await latestPapers(ctx) : paperRefs(value).refs.length > 0 ? await linkedPaper(value, ctx) : await ctx.retriever.matchTitles(value, LIMITS.choices);
  return matches.map((m) => ({ name: stripControl(m.title), value: m.id.length <= LIMITS.choiceValue ? m.id : m.title }));
}

/** The paper an arXiv identifier or link names, if the corpus has it. */
async function linkedPaper(value: string, ctx: CommandContext): Promise<TitleMatch[]> {
  const { resolved } = await ctx.retriever.lookupTitle(value);
  return resolved ? [resolved] : [];
}

async function latestPapers(ctx: CommandContext): Promise<Paper[]> {
  const newest = await ctx.retriever.newestPapers(LIMITS.choices);
  return newest.length > 0 ? newest : ctx.retriever.recentPapers(LIMITS.choices);
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
  async press(action, key, ctx) {
    const paper = action === SHOW_RELATED ? await paperOfKey(key, ctx) : undefined;
    if (!paper) return { ephemeral: true, content: 'That paper is no longer in the corpus. Run /similar again.' };
    const related = await ctx.retriever.similar(paper.id, DEFAULT_K);
    ctx.log.info('similar', { surface: ctx.surface, user: ctx.user.id, resolved: paper.id, results: related.length, pressed: true });
    return similarReply(paper.title, paper, [], related);
  },
});

export default similar;
