import { paperRefs, unknownRefsText } from '../../corpus/identifiers.js';
import type { Paper } from '../../corpus/paper.js';
import type { ScoredPaper } from '../../retrieval/engine.js';
import type { TitleMatch } from '../../retrieval/titles.js';
import { COLORS } from './answer-view.js';
import { buttonId } from '../button-ids.js';
import { LIMITS } from '../limits.js';
import { md, titleLink } from '../markdown.js';
import type { Reply, ReplyButton } from '../types.js';
import { truncate } from '../../util/truncate.js';

/** The action of a button that lists the papers related to the paper its key names. */
export const SHOW_RELATED = 'related';

/** How many of the papers a title may mean get a button that shows the papers related to it. */
const CANDIDATE_BUTTONS = 3;

/** What is said when nothing matches: that no paper has the identifier typed, or looks like the title. */
function nothingLike(query: string): string {
  const { refs } = paperRefs(query);
  return refs.length > 0 ? unknownRefsText(refs) : 'Nothing in the corpus looks like that title. Try /ask with a question instead.';
}

/** Papers related to a paper as a reply; when no paper matches the query, the papers it may mean instead. */
export function similarReply(query: string, paper: Paper | undefined, candidates: TitleMatch[], related: ScoredPaper[]): Reply {
  const candidateLines = candidates.map((c) => `• ${md(c.title)}`).join('\n');
  const buttons = candidateButtons(candidates);
  if (!paper) {
    return {
      ...(buttons.length > 0 ? { buttons } : {}),
      embeds: [
        {
          title: `No paper matches “${md(query)}”`,
          description: candidateLines
            ? `The closest papers in the corpus, by title or by what they are about:\n${candidateLines}\n\n${buttons.length > 0 ? 'Press a button, or run' : 'Run'} /similar again with one of them.`
            : nothingLike(query),
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
        footer: 'Score: how related the papers are (closeness of their embeddings plus a search with what the paper is about), higher is closer',
        color: COLORS.info,
      },
    ],
    ...(buttons.length > 0 ? { buttons } : {}),
  };
}

/** A button per paper the typed title may mean (the first few), which lists the papers related to it. */
function candidateButtons(candidates: readonly TitleMatch[]): ReplyButton[] {
  return candidates.slice(0, CANDIDATE_BUTTONS).map((c) => ({
    id: buttonId('similar', SHOW_RELATED, relatedKey(c.id)),
    label: truncate(`Related to ${c.title}`, LIMITS.buttonLabel),
    emoji: '🔎',
    style: 'secondary',
  }));
}

/**
 * The key of a paper in a button's id: its id, or as much of it as fits (a long title's id is cut; the
 * paper whose id starts with the key is the one meant, see `commands/similar.ts`).
 */
export function relatedKey(paperId: string): string {
  return paperId.slice(0, LIMITS.customId - `similar:${SHOW_RELATED}:`.length);
}

