/**
 * Metrics over questions made from an eval set's questions: two one-paper questions joined into one
 * question of two requests, each typed into `/similar` as a description, each asked as a follow-up,
 * and short ones typed with chat around them, asked for as a kind of reading, with a space left out,
 * typing slips or acronyms (see two-requests.ts, follow-ups.ts, retyped.ts).
 */
import { normalizeTitle } from '../corpus/paper.js';
import type { Answerer } from '../answer/answerer.js';
import type { Retriever } from '../retrieval/engine.js';
import { aboutTheAskerQuestions, acronymQuestions, chatAroundQuestions, readingQuestions, spaceLeftOutQuestions, typingSlipQuestions } from './retyped.js';
import type { EvalItem } from './dataset.js';
import { followUpQuestions } from './follow-ups.js';
import { mean } from './metrics.js';
import { shortPaperQuestions } from './pairs.js';
import { twoRequestQuestions } from './two-requests.js';

export interface ComposedReport {
  /** Pairs of one-paper questions joined into one question of two requests: both papers in the top 5, and refused. */
  twoRequests: { count: number; bothR5: number; none: number };
  /** One-paper questions (long ones left out) typed into `/similar` that name no title: their paper offered among the candidates, and first. */
  described: { count: number; offered: number; first: number };
  /** Follow-ups, asked of extractive `ask`: the paper in the top 5 sources, for a new topic and for one pointing back. */
  followUps: { newTopic: { count: number; found: number }; sameTopic: { count: number; kept: number } };
  /** Short questions search is sure of, typed with chat around them: still `high`, and refused. */
  chatAround: { count: number; high: number; none: number };
  /** The same asked for as a kind of reading on them ("... for dummies", "pros and cons of ..."). */
  readings: { count: number; high: number; none: number };
  /** The same with the space between two words left out. */
  spaceLeftOut: { count: number; high: number; none: number };
  /** The same asked after a sentence about the asker. */
  aboutTheAsker: { count: number; high: number; none: number };
  /** The same with typing slips in a word. */
  typingSlips: { count: number; high: number; none: number };
  /** One-paper and topic questions search is sure of, with a term typed as its acronym. */
  acronyms: { count: number; high: number; none: number };
}

export async function evaluateComposed(r: Retriever, answerer: Answerer, items: readonly EvalItem[]): Promise<ComposedReport> {
  const norm = (t: string) => normalizeTitle(t);
  const bothR5: number[] = [];
  const twoNone: number[] = [];
  for (const two of twoRequestQuestions(items)) {
    const res = await r.search(two.question, 10);
    const top5 = res.results.slice(0, 5).map((s) => norm(s.paper.title));
    bothR5.push(two.relevant.every((t) => top5.includes(norm(t))) ? 1 : 0);
    twoNone.push(res.confidence === 'none' ? 1 : 0);
  }
  const offered: number[] = [];
  const offeredFirst: number[] = [];
  for (const a of shortPaperQuestions(items)) {
    const found = await r.findPaper(a.question);
    if (found.resolved) continue;
    offered.push(found.candidates.some((c) => norm(c.title) === norm(a.relevant[0]!)) ? 1 : 0);
    offeredFirst.push(found.candidates[0] && norm(found.candidates[0].title) === norm(a.relevant[0]!) ? 1 : 0);
  }
  const newTopic: number[] = [];
  const sameTopic: number[] = [];
  for (const f of followUpQuestions(items)) {
    const a = await answerer.ask(f.question, { extractive: true, history: [{ question: f.earlier, answer: '' }] });
    (f.kind === 'new topic' ? newTopic : sameTopic).push(a.sources.slice(0, 5).some((s) => norm(s.title) === norm(f.relevant)) ? 1 : 0);
  }
  const bare = new Map<string, Promise<boolean>>();
  const sure = (q: string) => {
    if (!bare.has(q)) bare.set(q, r.search(q, 3).then((res) => res.confidence === 'high'));
    return bare.get(q)!;
  };
  const typedSo = async (variants: readonly { question: string; retyped: string }[]) => {
    const high: number[] = [];
    const none: number[] = [];
    for (const c of variants) {
      if (!(await sure(c.question))) continue;
      const res = await r.search(c.retyped, 3);
      high.push(res.confidence === 'high' ? 1 : 0);
      none.push(res.confidence === 'none' ? 1 : 0);
    }
    return { count: high.length, high: mean(high), none: mean(none) };
  };
  return {
    chatAround: await typedSo(chatAroundQuestions(items)),
    readings: await typedSo(readingQuestions(items)),
    spaceLeftOut: await typedSo(spaceLeftOutQuestions(items)),
    aboutTheAsker: await typedSo(aboutTheAskerQuestions(items)),
    typingSlips: await typedSo(typingSlipQuestions(items)),
    acronyms: await typedSo(acronymQuestions(items)),
    twoRequests: { count: bothR5.length, bothR5: mean(bothR5), none: mean(twoNone) },
    described: { count: offered.length, offered: mean(offered), first: mean(offeredFirst) },
    followUps: { newTopic: { count: newTopic.length, found: mean(newTopic) }, sameTopic: { count: sameTopic.length, kept: mean(sameTopic) } },
  };
}

/** The report's lines for these metrics (none for a set without enough one-paper questions). */
export function formatComposed(e: ComposedReport): string[] {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  return [
    ...(e.twoRequests.count > 0
      ? [`two requests in one:  both papers in the top 5 for ${pct(e.twoRequests.bothR5)} of ${e.twoRequests.count} joined one-paper questions, refused ${pct(e.twoRequests.none)}`]
      : []),
    ...(e.described.count > 0
      ? [`described papers:     a one-paper question typed into /similar offers its paper for ${pct(e.described.offered)} of ${e.described.count} that name no title (first: ${pct(e.described.first)})`]
      : []),
    ...(e.followUps.newTopic.count + e.followUps.sameTopic.count > 0
      ? [
          `follow-ups:           on a new topic, its paper in the top 5 for ${pct(e.followUps.newTopic.found)} of ${e.followUps.newTopic.count}; pointing back, the earlier paper kept for ${pct(e.followUps.sameTopic.kept)} of ${e.followUps.sameTopic.count}`,
        ]
      : []),
    ...(e.chatAround.count > 0
      ? [`chat around:          a short question search is sure of, typed with chat around it, still sure for ${pct(e.chatAround.high)} of ${e.chatAround.count}, refused ${pct(e.chatAround.none)}`]
      : []),
    ...(e.readings.count > 0
      ? [`kind of reading:      a short question search is sure of, asked for as a primer, pros and cons, a pdf..., still sure for ${pct(e.readings.high)} of ${e.readings.count}, refused ${pct(e.readings.none)}`]
      : []),
    ...(e.spaceLeftOut.count > 0
      ? [`space left out:       a short question search is sure of, two of its words typed as one, still sure for ${pct(e.spaceLeftOut.high)} of ${e.spaceLeftOut.count}, refused ${pct(e.spaceLeftOut.none)}`]
      : []),
    ...(e.aboutTheAsker.count > 0
      ? [`about the asker:      a short question search is sure of, asked after a sentence about the asker, still sure for ${pct(e.aboutTheAsker.high)} of ${e.aboutTheAsker.count}, refused ${pct(e.aboutTheAsker.none)}`]
      : []),
    ...(e.typingSlips.count > 0
      ? [`typing slips:         a short question search is sure of, a word typed with a slip or two, still sure for ${pct(e.typingSlips.high)} of ${e.typingSlips.count}, refused ${pct(e.typingSlips.none)}`]
      : []),
    ...(e.acronyms.count > 0
      ? [`acronyms:             a question search is sure of, a term typed as its acronym ("vlm"), still sure for ${pct(e.acronyms.high)} of ${e.acronyms.count}, refused ${pct(e.acronyms.none)}`]
      : []),
  ];
}
