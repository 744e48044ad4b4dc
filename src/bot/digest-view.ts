import type { Digest, DigestTheme } from '../answer/digest.js';
import { COLORS } from './answer-view.js';
import type { Reply } from './command.js';
import { type EmbedData, truncate } from './limits.js';
import { md, titleLink } from './markdown.js';

/** Papers listed under each theme on Discord; the rest are counted. At least the papers a summary may cite. */
export const PAPERS_PER_THEME = 6;
/** Characters of a paper's one-line gist on Discord. */
const GIST_CHARS = 140;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function how(digest: Digest): string {
  if (digest.summaryMode === 'llm') return 'Summaries written by the LLM from the abstracts';
  if (digest.summaryMode === 'mixed') return 'Summaries by the LLM where it answered, otherwise quoted from the abstracts';
  if (digest.themes.some((t) => t.note)) return 'Summaries quoted from the abstracts (the LLM did not answer)';
  return 'Summaries quoted from the abstracts (no LLM)';
}

function themeEmbed(theme: DigestTheme, i: number, color: number): EmbedData {
  const shown = theme.papers.slice(0, PAPERS_PER_THEME);
  const lines = shown.map((p) => {
    const votes = p.upvotes !== undefined ? ` · ${plural(p.upvotes, 'upvote')}` : '';
    return `**[${p.n}]** ${titleLink(p.title, p.url)}${votes}\n${md(truncate(p.gist, GIST_CHARS))}`;
  });
  const more = theme.papers.length - shown.length;
  if (more > 0) lines.push(`…and ${plural(more, 'more paper')} on this theme.`);
  return {
    title: `${i + 1}. ${md(theme.label)} (${plural(theme.papers.length, 'paper')})`,
    description: [md(theme.summary), ...(theme.note ? [`(${md(theme.note)})`] : []), '', ...lines].join('\n'),
    color,
  };
}

/**
 * A digest as a reply: a heading embed with the window and counts, then one embed per theme with its
 * summary and its first papers (title, link, upvotes, gist). The Discord adapter pages it into as
 * many messages as Discord's limits require.
 */
export function digestReply(digest: Digest, heading = 'Paper digest'): Reply {
  if (digest.empty) {
    return { embeds: [{ title: heading, description: md(digest.empty.message), color: COLORS.abstained }] };
  }
  const color = digest.summaryMode === 'extractive' ? COLORS.extractive : COLORS.llm;
  return {
    embeds: [
      {
        title: `${heading}: ${digest.window.since} to ${digest.window.until}`,
        description: `${plural(digest.totalPapers, 'paper')} in ${plural(digest.themes.length, 'theme')}, largest first.`,
        footer: how(digest),
        color,
      },
      ...digest.themes.map((t, i) => themeEmbed(t, i, color)),
    ],
  };
}
