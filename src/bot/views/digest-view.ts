import type { Digest, DigestTheme } from '../../answer/digest.js';
import type { DigestWindow } from '../../answer/digest/window.js';
import { THEME_MAP_FILE, themeColor } from '../../render/theme-colors.js';
import { plural } from '../../util/plural.js';
import { truncate } from '../../util/truncate.js';
import { COLORS } from './answer-view.js';
import type { Reply } from '../types.js';
import type { EmbedData } from '../limits.js';
import type { Logger } from '../log.js';
import { md, titleLink } from '../markdown.js';

/** Papers listed under each theme on Discord; the rest are counted. At least the papers a summary may cite. */
export const PAPERS_PER_THEME = 6;
/** Characters of a paper's one-line gist on Discord. */
const GIST_CHARS = 140;

function how(digest: Digest): string {
  const names = digest.themes.some((t) => t.labelMode === 'llm') ? 'Theme names by the LLM from the titles. ' : '';
  if (digest.summaryMode === 'llm') return `${names}Summaries written by the LLM from the abstracts`;
  if (digest.summaryMode === 'mixed') return `${names}Summaries by the LLM where it answered, otherwise quoted from the abstracts`;
  if (digest.themes.some((t) => t.note)) return `${names}Summaries quoted from the abstracts (the LLM did not answer)`;
  return `${names}Summaries quoted from the abstracts (no LLM)`;
}

/** "2026-03-09 to 2026-03-15", or the day alone for a one-day window. */
export function windowText(window: DigestWindow): string {
  return window.since === window.until ? window.since : `${window.since} to ${window.until}`;
}

function themeEmbed(theme: DigestTheme, i: number): EmbedData {
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
    color: themeColor(i),
  };
}

/** The heading's list of the window's most upvoted papers. */
function topLines(digest: Digest): string[] {
  if (digest.top.length === 0) return [];
  return [
    '',
    '**Most upvoted**',
    ...digest.top.map((p, i) => `${i + 1}. ${titleLink(p.title, p.url)} · ${plural(p.upvotes, 'upvote')} · theme ${p.theme}`),
  ];
}

export interface DigestReplyOptions {
  /** The heading's name (default "Paper digest"). */
  heading?: string;
  /** The theme map (PNG), shown in the heading. */
  map?: Uint8Array;
}

/**
 * A digest as a reply: a heading embed with the window, counts, the most upvoted papers and the
 * theme map, then one embed per theme (in the theme's colour on the map) with its summary and its
 * first papers (title, link, upvotes, gist). The Discord adapter pages it into as many messages as
 * Discord's limits require.
 */
export function digestReply(digest: Digest, options: DigestReplyOptions = {}): Reply {
  const heading = options.heading ?? 'Paper digest';
  if (digest.empty) {
    return { embeds: [{ title: `${heading}: ${windowText(digest.window)}`, description: md(digest.empty.message), color: COLORS.abstained }] };
  }
  const color = digest.summaryMode === 'extractive' ? COLORS.extractive : COLORS.llm;
  const undated = digest.undated > 0 ? [`(${plural(digest.undated, 'paper has', 'papers have')} no publication date and ${digest.undated === 1 ? 'is' : 'are'} in no digest.)`] : [];
  return {
    embeds: [
      {
        title: `${heading}: ${windowText(digest.window)}`,
        description: [`${plural(digest.totalPapers, 'paper')} in ${plural(digest.themes.length, 'theme')}, largest first.`, ...topLines(digest), ...(undated.length > 0 ? ['', ...undated] : [])].join('\n'),
        footer: how(digest),
        color,
        ...(options.map ? { image: `attachment://${THEME_MAP_FILE}` } : {}),
      },
      ...digest.themes.map((t, i) => themeEmbed(t, i)),
    ],
    ...(options.map ? { files: [{ name: THEME_MAP_FILE, data: options.map, description: `Theme map: ${digest.totalPapers} papers in ${digest.themes.length} themes` }] } : {}),
  };
}

/** The digest's theme map, drawn once per digest; undefined (and logged) when it cannot be drawn. */
export async function digestMap(digest: Digest, log: Logger): Promise<Uint8Array | undefined> {
  try {
    const { themeMapFor } = await import('../../render/theme-map.js');
    return await themeMapFor(digest);
  } catch (err) {
    log.warn('the theme map could not be drawn', { err });
    return undefined;
  }
}
