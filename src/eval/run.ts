import { normalizeTitle } from '../corpus/paper.js';
import type { Retriever } from '../retrieval/engine.js';
import { type Confidence, CONFIDENCE_LEVELS } from '../retrieval/confidence/confidence.js';
import { Answerer } from '../answer/answerer.js';
import type { EvalItem, Style } from './dataset.js';
import { mean, ndcgAt, recallAt, rocAuc } from './metrics.js';
import { type ComposedReport, evaluateComposed, formatComposed } from './composed.js';

/** Share of questions at each confidence level. */
export type LevelShares = Record<Confidence, number>;

export interface StyleReport {
  /** Questions of this style, by kind. */
  counts: Record<'paper' | 'topic' | 'unanswerable', number>;
  paperR5: number;
  topicNdcg10: number;
  answerable: LevelShares;
  unanswerable: LevelShares;
}

export interface CurvePoint {
  /** Refuse (`none`) below this confidence probability. */
  threshold: number;
  answerableRefused: number;
  unanswerableRefused: number;
}

export interface EvalReport extends ComposedReport {
  counts: Record<EvalItem['kind'], number>;
  paper: { r5: number; r10: number };
  topic: { r10: number; ndcg10: number };
  similar: { ndcg10: number; r10: number };
  title: { accuracy: number };
  /** Share of answerable (one-paper and topic) and unanswerable questions at each confidence level. */
  confidence: { answerable: LevelShares; unanswerable: LevelShares };
  /** How well the confidence probability ranks answerable questions above unanswerable ones (ROC AUC). */
  separation: number;
  /** Share refused (`none`), as before: answerable and unanswerable questions. */
  abstention: { unanswerable: number; answerable: number };
  /** The index's thresholds on the confidence probability. */
  thresholds?: { low: number; high: number };
  /** What refusing below each threshold would do: the calibrated `none` threshold is one of the points. */
  curve: CurvePoint[];
  /** The same metrics per question style, for items that carry one. */
  styles: Partial<Record<Style, StyleReport>>;
  /** Extractive `ask`: the relevant paper cited (one-paper questions), "not in the corpus" (unanswerable ones). */
  extractiveAsk: { cited: number; notInCorpus: number };
  failures: string[];
}

const CURVE = [0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

interface Judged {
  style: Style | undefined;
  answerable: boolean;
  confidence: Confidence;
  probability: number;
}

/** Runs the retrieval engine over an eval set and computes the metrics. */
export async function evaluate(r: Retriever, items: readonly EvalItem[]): Promise<EvalReport> {
  const norm = (t: string) => normalizeTitle(t);
  const counts = { paper: 0, topic: 0, unanswerable: 0, title: 0, similar: 0 };
  const paperR5: number[] = [];
  const paperR10: number[] = [];
  const topicR10: number[] = [];
  const topicNdcg: number[] = [];
  const simNdcg: number[] = [];
  const simR10: number[] = [];
  const titleOk: number[] = [];
  const judged: Judged[] = [];
  const byStyle = new Map<Style, { paperR5: number[]; topicNdcg: number[] }>();
  const failures: string[] = [];
  const answerer = new Answerer(r, { contextTokens: 3000 });
  const askCited: number[] = [];
  const askNotIn: number[] = [];
  for (const item of items) {
    counts[item.kind]++;
    if (item.kind === 'paper' || item.kind === 'topic' || item.kind === 'unanswerable') {
      const res = await r.search(item.question, 10);
      const ranked = res.results.map((s) => norm(s.paper.title));
      const answerable = item.kind !== 'unanswerable';
      judged.push({ style: item.style, answerable, confidence: res.confidence, probability: res.confidenceScore });
      if (item.kind === 'paper' || item.kind === 'unanswerable') {
        const a = await answerer.ask(item.question, { extractive: true });
        if (item.kind === 'paper') askCited.push(a.citations.some((c) => norm(c.title) === norm(item.relevant[0]!)) ? 1 : 0);
        else askNotIn.push(a.abstained ? 1 : 0);
      }
      const tag = `[${res.confidence}${item.style ? `, ${item.style}` : ''}]`;
      if (!answerable) {
        if (res.confidence !== 'none') failures.push(`unanswerable ${tag}: ${item.question} -> ${res.results[0]?.paper.title}`);
        continue;
      }
      if (res.confidence !== 'high') failures.push(`${item.kind} ${tag}: ${item.question}`);
      const relevant = item.relevant.map(norm);
      const style = item.style ? (byStyle.get(item.style) ?? { paperR5: [], topicNdcg: [] }) : undefined;
      if (item.style && style) byStyle.set(item.style, style);
      if (item.kind === 'paper') {
        const r5 = recallAt(ranked, relevant, 5);
        paperR5.push(r5);
        style?.paperR5.push(r5);
        paperR10.push(recallAt(ranked, relevant, 10));
        if (r5 < 1) failures.push(`paper miss: ${item.question} -> want ${item.relevant[0]}, got ${res.results[0]?.paper.title}`);
      } else {
        const ndcg = ndcgAt(ranked, relevant, 10);
        topicR10.push(recallAt(ranked, relevant, 10));
        topicNdcg.push(ndcg);
        style?.topicNdcg.push(ndcg);
      }
    } else if (item.kind === 'title') {
      const got = (await r.lookupTitle(item.query)).resolved?.title;
      const ok = got !== undefined && norm(got) === norm(item.title);
      titleOk.push(ok ? 1 : 0);
      if (!ok) failures.push(`title: "${item.query}" -> ${got ?? 'none'} (want ${item.title})`);
    } else {
      const paper = (await r.lookupTitle(item.title)).resolved;
      if (!paper) {
        simNdcg.push(0);
        simR10.push(0);
        failures.push(`similar: title not found: ${item.title}`);
        continue;
      }
      const ranked = (await r.similar(paper.id, 10)).map((s) => norm(s.paper.title));
      const relevant = item.relevant.map(norm);
      simNdcg.push(ndcgAt(ranked, relevant, 10));
      simR10.push(recallAt(ranked, relevant, 10));
    }
  }
  const answerable = judged.filter((j) => j.answerable);
  const unanswerable = judged.filter((j) => !j.answerable);
  const styles: Partial<Record<Style, StyleReport>> = {};
  const styleNames = new Set(judged.flatMap((j) => (j.style ? [j.style] : [])));
  for (const style of styleNames) {
    const mine = judged.filter((j) => j.style === style);
    const ranks = byStyle.get(style) ?? { paperR5: [], topicNdcg: [] };
    styles[style] = {
      counts: {
        paper: ranks.paperR5.length,
        topic: ranks.topicNdcg.length,
        unanswerable: mine.filter((j) => !j.answerable).length,
      },
      paperR5: mean(ranks.paperR5),
      topicNdcg10: mean(ranks.topicNdcg),
      answerable: shares(mine.filter((j) => j.answerable)),
      unanswerable: shares(mine.filter((j) => !j.answerable)),
    };
  }
  const model = r.confidenceModel;
  const points = [...new Set([...CURVE, ...(model ? [model.thresholds.low] : [])])].sort((a, b) => a - b);
  const refused = (js: Judged[], t: number) => mean(js.map((j) => (j.probability < t ? 1 : 0)));
  return {
    counts,
    paper: { r5: mean(paperR5), r10: mean(paperR10) },
    topic: { r10: mean(topicR10), ndcg10: mean(topicNdcg) },
    similar: { ndcg10: mean(simNdcg), r10: mean(simR10) },
    title: { accuracy: mean(titleOk) },
    confidence: { answerable: shares(answerable), unanswerable: shares(unanswerable) },
    separation: rocAuc(
      answerable.map((j) => j.probability),
      unanswerable.map((j) => j.probability),
    ),
    abstention: { unanswerable: shares(unanswerable).none, answerable: shares(answerable).none },
    ...(model ? { thresholds: model.thresholds } : {}),
    curve: points.map((threshold) => ({ threshold, answerableRefused: refused(answerable, threshold), unanswerableRefused: refused(unanswerable, threshold) })),
    styles,
    extractiveAsk: { cited: mean(askCited), notInCorpus: mean(askNotIn) },
    ...(await evaluateComposed(r, answerer, items)),
    failures,
  };
}

function shares(js: readonly Judged[]): LevelShares {
  const out = { high: 0, low: 0, none: 0 };
  for (const level of CONFIDENCE_LEVELS) out[level] = mean(js.map((j) => (j.confidence === level ? 1 : 0)));
  return out;
}

export function formatEvalReport(e: EvalReport): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const f = (x: number) => x.toFixed(3);
  const levels = (s: LevelShares, order: readonly Confidence[]) => order.map((l) => `${l} ${pct(s[l])}`).join(', ');
  const lines = [
    `questions: ${Object.entries(e.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    // A metric is shown only for a set that has items of its kind: a share of none is no result.
    ...(e.counts.paper > 0 ? [`one-paper questions:   R@5 ${pct(e.paper.r5)}  R@10 ${pct(e.paper.r10)}`] : []),
    ...(e.counts.topic > 0 ? [`several-paper topics:  nDCG@10 ${f(e.topic.ndcg10)}  R@10 ${f(e.topic.r10)}`] : []),
    ...(e.counts.similar > 0 ? [`similar papers:        nDCG@10 ${f(e.similar.ndcg10)}  R@10 ${f(e.similar.r10)}`] : []),
    ...(e.counts.title > 0 ? [`loosely typed titles:  ${pct(e.title.accuracy)} resolved to the right paper`] : []),
    ...(e.counts.paper + e.counts.topic > 0 ? [`confidence, answerable (one-paper and topic):  ${levels(e.confidence.answerable, ['high', 'low', 'none'])}`] : []),
    ...(e.counts.unanswerable > 0 ? [`confidence, unanswerable:                      ${levels(e.confidence.unanswerable, ['none', 'low', 'high'])}`] : []),
    ...(e.counts.unanswerable > 0 && e.counts.paper + e.counts.topic > 0
      ? [`confidence separation: an answerable question scores above an unanswerable one ${pct(e.separation)} of the time (ROC AUC ${f(e.separation)})`]
      : []),
    ...(e.counts.paper + e.counts.unanswerable > 0
      ? [
          `extractive ask:        ${[
            ...(e.counts.paper > 0 ? [`relevant paper cited for ${pct(e.extractiveAsk.cited)} of one-paper questions`] : []),
            ...(e.counts.unanswerable > 0 ? [`"not in the corpus" for ${pct(e.extractiveAsk.notInCorpus)} of unanswerable`] : []),
          ].join(', ')}`,
        ]
      : []),
    ...formatComposed(e),
  ];
  const styles = Object.entries(e.styles);
  if (styles.length > 0) {
    lines.push('by style (one-paper/topic/unanswerable questions):');
    for (const [style, s] of styles) {
      const parts = [
        ...(s.counts.paper > 0 ? [`R@5 ${pct(s.paperR5)}`] : []),
        ...(s.counts.topic > 0 ? [`topic nDCG@10 ${f(s.topicNdcg10)}`] : []),
        ...(s.counts.paper + s.counts.topic > 0 ? [`answerable ${levels(s.answerable, ['high', 'low', 'none'])}`] : []),
        ...(s.counts.unanswerable > 0 ? [`unanswerable ${levels(s.unanswerable, ['none', 'low', 'high'])}`] : []),
      ];
      lines.push(`  ${style.padEnd(11)}(${s.counts.paper}/${s.counts.topic}/${s.counts.unanswerable}) ${parts.join('; ')}`);
    }
  }
  if (e.curve.length > 0) {
    const at = e.thresholds ? ` (calibrated: none below ${f(e.thresholds.low)}, high from ${f(e.thresholds.high)})` : '';
    lines.push(`abstention trade-off: refuse below threshold${at}`, '  threshold  answerable refused  unanswerable refused');
    for (const p of e.curve) {
      const mark = e.thresholds && p.threshold === e.thresholds.low ? '  <- calibrated' : '';
      lines.push(`  ${f(p.threshold).padStart(9)}  ${pct(p.answerableRefused).padStart(18)}  ${pct(p.unanswerableRefused).padStart(20)}${mark}`);
    }
  }
  return lines.join('\n');
}
