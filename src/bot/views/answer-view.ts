import type { AnswerRecord } from '../../store/types.js';
import { CONFIDENCE_TEXT, confidenceExplanation } from '../../answer/confidence-text.js';
import { buttonId } from '../button-ids.js';
import type { Reply } from '../types.js';
import { md, titleLink } from '../markdown.js';

export const COLORS = { llm: 0x5865f2, extractive: 0x57f287, weak: 0xe67e22, abstained: 0xfee75c, info: 0x4f545c } as const;

/** How many retrieved papers an abstained answer lists. */
const CLOSEST = 5;

export function modeLabel(mode: AnswerRecord['mode']): string {
  return mode === 'llm' ? 'LLM answer' : 'Extractive answer (no LLM)';
}

/** An answer as a reply: the answer, the cited papers, a footer with the mode and time (and "Weak match" when it was), and buttons. */
export function answerReply(r: AnswerRecord, ms: number, note?: string): Reply {
  const fields: NonNullable<NonNullable<Reply['embeds']>[number]['fields']> = [];
  if (r.abstained) {
    const closest = r.sources.slice(0, CLOSEST).map((s) => `• ${titleLink(s.title, s.url)}`);
    if (closest.length > 0) fields.push({ name: 'Closest papers (not an answer)', value: closest.join('\n') });
  } else if (r.citations.length > 0) {
    fields.push({ name: 'Cited papers', value: r.citations.map((c) => `**[${c.n}]** ${titleLink(c.title, c.url)}`).join('\n') });
  }
  const confidence = r.abstained ? 'none' : (r.confidence ?? 'high');
  // An extractive answer on a weak match says so in its text; an LLM answer gets the caveat here.
  if (confidence === 'low' && r.decidedBy === 'llm') {
    fields.unshift({ name: CONFIDENCE_TEXT.low.label, value: md(confidenceExplanation('low', 'llm')) });
  }
  if (note) fields.push({ name: 'Note', value: md(note) });
  // A strong match needs no label, and a refusal says so in its text; a weak match is flagged.
  const footer = [...(confidence === 'low' ? [CONFIDENCE_TEXT.low.label] : []), modeLabel(r.mode), formatMs(ms), ...(r.history.length > 0 ? ['follow-up'] : [])].join(' · ');
  return {
    embeds: [
      {
        title: md(r.question),
        description: md(r.answer),
        fields,
        footer,
        color: r.abstained ? COLORS.abstained : confidence === 'low' ? COLORS.weak : COLORS[r.mode],
      },
    ],
    buttons: [
      ...(r.sources.length > 0 ? [{ id: buttonId('ask', 'sources', r.key), label: `Sources (${r.sources.length})`, emoji: '📚' as const, style: 'secondary' as const }] : []),
      { id: buttonId('ask', 'up', r.key), label: 'Helpful', emoji: '👍', style: 'secondary' },
      { id: buttonId('ask', 'down', r.key), label: 'Not helpful', emoji: '👎', style: 'secondary' },
    ],
    answerKey: r.key,
  };
}

/** Every paper retrieved for an answer, with its score (shown only to the user who asks). */
export function sourcesReply(r: AnswerRecord): Reply {
  const lines = r.sources.map((s, i) => `${i + 1}. ${titleLink(s.title, s.url)} · \`${s.score.toFixed(3)}\``);
  return {
    ephemeral: true,
    embeds: [
      {
        title: `Sources for: ${md(r.question)}`,
        description: lines.length > 0 ? lines.join('\n') : 'No papers were retrieved.',
        footer: 'Retrieval score: hybrid of dense similarity and BM25, higher is closer',
        color: COLORS.info,
      },
    ],
  };
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
