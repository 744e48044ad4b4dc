import { normalizeTitle } from '../corpus/paper.js';
import type { Retriever } from '../retrieval/engine.js';
import { Answerer } from '../answer/answerer.js';
import type { EvalItem } from './dataset.js';
import { mean, ndcgAt, recallAt } from './metrics.js';

export interface EvalReport {
  counts: Record<EvalItem['kind'], number>;
  paper: { r5: number; r10: number };
  topic: { r10: number; ndcg10: number };
  similar: { ndcg10: number; r10: number };
  title: { accuracy: number };
  abstention: { unanswerable: number; answerable: number };
  /** Extractive `ask`: the relevant paper cited (one-paper questions), "not in the corpus" (unanswerable ones). */
  extractiveAsk: { cited: number; notInCorpus: number };
  failures: string[];
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
  const abstainUnans: number[] = [];
  const abstainAns: number[] = [];
  const failures: string[] = [];
  const answerer = new Answerer(r, { contextTokens: 3000 });
  const askCited: number[] = [];
  const askNotIn: number[] = [];
  for (const item of items) {
    counts[item.kind]++;
    if (item.kind === 'paper' || item.kind === 'topic' || item.kind === 'unanswerable') {
      const res = await r.search(item.question, 10);
      const ranked = res.results.map((s) => norm(s.paper.title));
      if (item.kind === 'paper' || item.kind === 'unanswerable') {
        const a = await answerer.ask(item.question, { extractive: true });
        if (item.kind === 'paper') askCited.push(a.citations.some((c) => norm(c.title) === norm(item.relevant[0]!)) ? 1 : 0);
        else askNotIn.push(a.abstained ? 1 : 0);
      }
      if (item.kind === 'unanswerable') {
        abstainUnans.push(res.abstained ? 1 : 0);
        if (!res.abstained) failures.push(`unanswerable answered: ${item.question} -> ${res.results[0]?.paper.title}`);
        continue;
      }
      abstainAns.push(res.abstained ? 1 : 0);
      if (res.abstained) failures.push(`${item.kind} abstained: ${item.question}`);
      const relevant = item.relevant.map(norm);
      if (item.kind === 'paper') {
        paperR5.push(recallAt(ranked, relevant, 5));
        paperR10.push(recallAt(ranked, relevant, 10));
        if (recallAt(ranked, relevant, 5) < 1) failures.push(`paper miss: ${item.question} -> want ${item.relevant[0]}, got ${res.results[0]?.paper.title}`);
      } else {
        topicR10.push(recallAt(ranked, relevant, 10));
        topicNdcg.push(ndcgAt(ranked, relevant, 10));
      }
    } else if (item.kind === 'title') {
      const got = r.lookupTitle(item.query).resolved?.title;
      const ok = got !== undefined && norm(got) === norm(item.title);
      titleOk.push(ok ? 1 : 0);
      if (!ok) failures.push(`title: "${item.query}" -> ${got ?? 'none'} (want ${item.title})`);
    } else {
      const paper = r.titles.lookup(item.title).resolved;
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
  return {
    counts,
    paper: { r5: mean(paperR5), r10: mean(paperR10) },
    topic: { r10: mean(topicR10), ndcg10: mean(topicNdcg) },
    similar: { ndcg10: mean(simNdcg), r10: mean(simR10) },
    title: { accuracy: mean(titleOk) },
    abstention: { unanswerable: mean(abstainUnans), answerable: mean(abstainAns) },
    extractiveAsk: { cited: mean(askCited), notInCorpus: mean(askNotIn) },
    failures,
  };
}

export function formatEvalReport(e: EvalReport): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const f = (x: number) => x.toFixed(3);
  return [
    `questions: ${Object.entries(e.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `one-paper questions:   R@5 ${pct(e.paper.r5)}  R@10 ${pct(e.paper.r10)}`,
    `several-paper topics:  nDCG@10 ${f(e.topic.ndcg10)}  R@10 ${f(e.topic.r10)}`,
    `similar papers:        nDCG@10 ${f(e.similar.ndcg10)}  R@10 ${f(e.similar.r10)}`,
    `loosely typed titles:  ${pct(e.title.accuracy)} resolved to the right paper`,
    `abstention:            ${pct(e.abstention.unanswerable)} of unanswerable, ${pct(e.abstention.answerable)} of answerable`,
    `extractive ask:        relevant paper cited for ${pct(e.extractiveAsk.cited)} of one-paper questions, "not in the corpus" for ${pct(e.extractiveAsk.notInCorpus)} of unanswerable`,
  ].join('\n');
}
