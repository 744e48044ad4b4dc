import type { Paper } from '../corpus/paper.js';
import type { ScoredPaper } from '../retrieval/engine.js';
import type { TitleMatch } from '../retrieval/titles.js';
import { COLORS } from './answer-view.js';
import { md, titleLink } from './markdown.js';
import type { Reply } from './types.js';

/** Papers related to a paper as a reply; when no paper matches the query, the papers it may mean instead. */
export function similarReply(query: string, paper: Paper | undefined, candidates: TitleMatch[], related: ScoredPaper[]): Reply {
  const candidateLines = candidates.map((c) => `• ${md(c.title)}`).join('\n');
  if (!paper) {
    return {
      embeds: [
        {
          title: `No paper matches “${md(query)}”`,
          description: candidateLines
            ? `The closest papers in the corpus, by title or by what they are about:\n${candidateLines}\n\nRun /similar again with one of them.`
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
        footer: 'Score: how related the papers are (closeness of their embeddings plus a search with what the paper is about), higher is closer',
        color: COLORS.info,
      },
    ],
  };
}
