import { isDeepStrictEqual } from 'node:util';
import { mergePapers } from '../corpus/load.js';
import type { Paper, RawPaper } from '../corpus/paper.js';
import { UserError } from '../errors.js';
import type { PostgresStore } from './postgres.js';
import type { AnswerRecord, Feedback, RevisedPaper, Store } from './types.js';

export interface CopyReport {
  /** Papers the target gained or that changed in it. */
  papers: number;
  answers: number;
  votes: number;
  jobs: number;
  /** Papers kept at the revisions the source gave them, so a search index built from the source stays valid. */
  revisionsKept: boolean;
  /** The target already held everything the source holds. */
  unchanged: boolean;
}

interface Snapshot {
  papers: RevisedPaper[];
  revision: number;
  answers: AnswerRecord[];
  feedback: Feedback[];
  jobs: { job: string; state: unknown }[];
}

async function snapshot(store: Store): Promise<Snapshot> {
  const [papers, revision, answers, feedback, jobs] = await Promise.all([
    store.papers.allWithRevisions(),
    store.papers.revision(),
    store.answers.count().then((n) => store.answers.recent(n)),
    store.feedback.all(),
    store.jobs.all(),
  ]);
  return { papers, revision, answers, feedback, jobs };
}

/** Items of the source the target lacks, those both hold in different versions, and how many the target has that the source lacks. */
interface Comparison<T> {
  missing: T[];
  differing: { source: T; target: T }[];
  extra: number;
}

function compare<T>(source: readonly T[], target: readonly T[], key: (item: T) => string): Comparison<T> {
  const inTarget = new Map(target.map((t) => [key(t), t]));
  const inSource = new Set(source.map(key));
  const missing: T[] = [];
  const differing: { source: T; target: T }[] = [];
  for (const s of source) {
    const t = inTarget.get(key(s));
    if (t === undefined) missing.push(s);
    else if (!isDeepStrictEqual(s, t)) differing.push({ source: s, target: t });
  }
  return { missing, differing, extra: target.filter((t) => !inSource.has(key(t))).length };
}

/** Votes have no identity: equal votes are counted, and the source's beyond the target's count are missing. */
function compareVotes(source: readonly Feedback[], target: readonly Feedback[]): { missing: Feedback[]; extra: number } {
  const id = (v: Feedback) => JSON.stringify(v, Object.keys(v).sort());
  const left = new Map<string, number>();
  for (const v of target) left.set(id(v), (left.get(id(v)) ?? 0) + 1);
  const missing: Feedback[] = [];
  for (const v of source) {
    const n = left.get(id(v)) ?? 0;
    if (n > 0) left.set(id(v), n - 1);
    else missing.push(v);
  }
  return { missing, extra: [...left.values()].reduce((a, b) => a + b, 0) };
}

/** A paper both stores hold, combined as an ingest would combine it: the target's identity, every source, missing fields (a description too) filled. */
function combine(target: Paper, source: Paper, now: Date): Paper {
  const raws: RawPaper[] = source.sources.map((s) => ({
    title: source.title,
    abstract: source.abstract,
    source: s,
    ...(source.url ? { url: source.url } : {}),
    ...(source.published ? { published: source.published } : {}),
    ...(source.upvotes !== undefined ? { upvotes: source.upvotes } : {}),
    ...(source.authors ? { authors: source.authors } : {}),
  }));
  const merged = mergePapers([target], raws, now).find((p) => p.id === target.id) ?? target;
  return !merged.description && source.description ? { ...merged, description: source.description } : merged;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Copies every paper and the bot's state from `source` into the PostgreSQL store `target`, in one
 * transaction. Into an empty target the copy is exact, paper revisions included. What the target
 * already holds is not copied again, so running it twice changes nothing. A target holding other
 * data (papers, answers, votes or job states the source lacks, or holds otherwise) is refused
 * unless `merge`: then papers held by both are combined, and the target keeps its own answers and
 * job states where both have one.
 */
export async function copyStore(source: Store, target: PostgresStore, options: { merge?: boolean; now?: Date } = {}): Promise<CopyReport> {
  const [src, tgt] = await Promise.all([snapshot(source), snapshot(target)]);
  const papers = compare(
    src.papers.map((r) => r.paper),
    tgt.papers.map((r) => r.paper),
    (p) => p.id,
  );
  const answers = compare(src.answers, tgt.answers, (a) => a.key);
  const jobs = compare(src.jobs, tgt.jobs, (j) => j.job);
  const votes = compareVotes(src.feedback, tgt.feedback);

  const missing = papers.missing.length + answers.missing.length + jobs.missing.length + votes.missing.length;
  const differing = papers.differing.length + answers.differing.length + jobs.differing.length;
  if (missing + differing === 0) return { papers: 0, answers: 0, votes: 0, jobs: 0, revisionsKept: false, unchanged: true };

  const empty = tgt.papers.length + tgt.answers.length + tgt.feedback.length + tgt.jobs.length === 0;
  const extra = papers.extra + answers.extra + jobs.extra + votes.extra;
  if ((extra > 0 || differing > 0) && !options.merge) {
    const parts = [
      extra > 0
        ? `${[plural(papers.extra, 'paper'), plural(answers.extra, 'answer'), plural(votes.extra, 'vote'), plural(jobs.extra, 'job state')].filter((s) => !s.startsWith('0 ')).join(', ')} that ${source.location} does not hold`
        : '',
      differing > 0
        ? `${[plural(papers.differing.length, 'paper'), plural(answers.differing.length, 'answer'), plural(jobs.differing.length, 'job state')].filter((s) => !s.startsWith('0 ')).join(', ')} held differently`
        : '',
    ].filter(Boolean);
    throw new UserError(
      `${target.location} already holds other data (${parts.join('; ')}); nothing was copied: add --merge to copy into it anyway (papers held by both are combined, its own answers and job states are kept)`,
    );
  }

  const now = options.now ?? new Date();
  const combined = papers.differing.map((d) => combine(d.target, d.source, now)).filter((p, i) => !isDeepStrictEqual(p, papers.differing[i]!.target));
  if (empty) {
    await target.copyIn({
      expectRevision: tgt.revision,
      papers: src.papers.map((r) => r.paper),
      revisions: { papers: src.papers.map((r) => r.revision), store: src.revision },
      answers: src.answers,
      feedback: src.feedback,
      jobs: src.jobs,
    });
    return { papers: src.papers.length, answers: src.answers.length, votes: src.feedback.length, jobs: src.jobs.length, revisionsKept: true, unchanged: false };
  }
  const written = [...papers.missing, ...combined];
  await target.copyIn({ expectRevision: tgt.revision, papers: written, answers: answers.missing, feedback: votes.missing, jobs: jobs.missing });
  return {
    papers: written.length,
    answers: answers.missing.length,
    votes: votes.missing.length,
    jobs: jobs.missing.length,
    revisionsKept: false,
    unchanged: written.length + answers.missing.length + votes.missing.length + jobs.missing.length === 0,
  };
}
