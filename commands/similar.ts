import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { Paper } from '../src/corpus/paper.js';
import type { ScoredPaper } from '../src/retrieval/engine.js';
import type { TitleMatch } from '../src/retrieval/titles.js';
import { COLORS } from '../src/bot/answer-view.js';
import { type CommandContext, type Reply, defineCommand } from '../src/bot/command.js';
import { LIMITS, type Choice } from '../src/bot/limits.js';
import { md, titleLink } from '../src/bot/markdown.js';
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
  const lookup = await ctx.retriever.lookupTitle(title);
  if (lookup.resolved) return { paper: await ctx.retriever.paper(lookup.resolved.id), candidates: lookup.candidates };
  const candidates = lookup.candidates.length > 0 ? lookup.candidates : await ctx.retriever.matchTitles(title, 5);
  return { paper: undefined, candidates };
}

export function similarReply(query: string, paper: Paper | undefined, candidates: TitleMatch[], related: ScoredPaper[]): Reply {
  const candidateLines = candidates.map((c) => `• ${md(c.title)}`).join('\n');
  if (!paper) {
    return {
      embeds: [
        {
          title: `No paper matches “${md(query)}”`,
          description: candidateLines
            ? `The closest titles in the corpus:\n${candidateLines}\n\nRun /similar again with one of them.`
            : 'Nothing in the corpus looks like that title. Try /ask with a question instead.',
          color: COLORS.abstained,
        },
      ],
    };
  }
  const lines = related.map((s, i) => `${i + 1}. ${titleLink(s.paper.title, s.paper.url)} · \`${s.score.toFixed(3)}\``);
  return {
    embeds: [
      {
        title: `Related to: ${md(paper.title)}`,
        ...(paper.url ? { url: paper.url } : {}),
        description: lines.length > 0 ? lines.join('\n') : 'No related papers found.',
        fields: candidateLines ? [{ name: 'Did you mean another paper?', value: candidateLines }] : [],
        footer: 'Score: hybrid of dense similarity and BM25, higher is closer',
        color: COLORS.info,
      },
    ],
  };
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
export const { run, execute, autocomplete } = similar;
