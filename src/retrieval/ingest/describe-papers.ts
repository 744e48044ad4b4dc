import type { Config } from '../../config.js';
import { describePaper } from '../../answer/describe.js';
import { type ChatClient, LlmError } from '../../answer/llm/llm.js';
import type { RawDescription } from '../../corpus/descriptions.js';
import { type Paper, type RawPaper, paperId } from '../../corpus/paper.js';
import type { Store } from '../../store/types.js';
import { type Progress, silent } from '../../util/progress.js';
import { syncIndex } from '../index/index-build.js';
import { withIngestLock } from '../index/index-store.js';
import type { SyncReport } from '../index/index-sync.js';
import { withStore } from './ingest.js';

export interface DescribeOptions {
  config: Config;
  llm: ChatClient;
  /** Describe at most this many papers. */
  limit?: number;
  /** Describe again the papers that already have a description. */
  all?: boolean;
  /** Requests to the LLM at a time. */
  concurrency?: number;
  progress?: Progress;
  store?: Store;
}

export interface DescribeReport {
  described: number;
  /** Papers the LLM could not describe (it failed, or replied without a description). */
  failed: number;
  /** Papers still without a description. */
  remaining: number;
  /** The index after the papers were described; absent when none was. */
  index?: SyncReport;
}

/** Descriptions kept in the store at a time, so that an interrupted run loses at most this many LLM replies. */
const SAVE_EVERY = 10;

/**
 * Asks the LLM for a description of each stored paper that has none (every paper with `all`), keeps
 * them in the store of record as they come, then builds the index again so that search reads them.
 * A paper the LLM fails on is reported and left as it was.
 */
export async function describePapers(options: DescribeOptions): Promise<DescribeReport> {
  const { config, llm } = options;
  const progress = options.progress ?? silent;
  return withStore(options, async (store) => {
    const todo = (await store.papers.all()).filter((p) => options.all || !p.description).slice(0, options.limit ?? Infinity);
    progress(`describing ${todo.length} paper(s) with ${llm.model}`);
    const pending = new Map<string, Paper['description']>();
    const save = async () => {
      if (pending.size === 0) return;
      const batch = new Map(pending);
      pending.clear();
      // Under the ingest lock, on the stored records as they are now: an ingest meanwhile loses nothing.
      await withIngestLock(config.PAPERBOT_DATA_DIR, async () => {
        const current = await store.papers.byIds([...batch.keys()]);
        await store.papers.write(current.map((p) => ({ ...p, description: batch.get(p.id)! })));
      });
    };
    let described = 0;
    let failed = 0;
    let next = 0;
    const worker = async () => {
      while (next < todo.length) {
        const paper = todo[next++]!;
        try {
          pending.set(paper.id, await describePaper(llm, paper));
          described++;
        } catch (err) {
          if (!(err instanceof LlmError)) throw err;
          failed++;
          progress(`could not describe "${paper.title}": ${err.message}`);
        }
        const done = described + failed;
        if (done % SAVE_EVERY === 0 || done === todo.length) {
          progress(`described ${described}/${todo.length}${failed > 0 ? ` (${failed} failed)` : ''}`);
          await save();
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, worker));
    await save();
    const remaining = (await store.papers.all()).filter((p) => !p.description).length;
    if (described === 0) return { described, failed, remaining };
    const index = await withIngestLock(config.PAPERBOT_DATA_DIR, () => syncIndex(store, { config, rebuild: true, progress }), { progress });
    return { described, failed, remaining, ...(index ? { index } : {}) };
  });
}

/** After this many failures in a row, the remaining incoming papers are added without asking the LLM. */
const FAILURES_BEFORE_GIVING_UP = 3;

export interface IncomingOptions {
  config: Config;
  llm: ChatClient;
  /** Papers about to be ingested. */
  papers: readonly Pick<RawPaper, 'title' | 'abstract'>[];
  progress?: Progress;
  signal?: AbortSignal;
  store?: Store;
}

/**
 * Descriptions of the papers about to be ingested that the store does not hold yet, asked of the LLM
 * one at a time: given to the ingest with the papers, they are indexed with them and nothing is
 * rebuilt. A paper the LLM fails on is reported and ingested without one.
 */
export async function describeIncoming(options: IncomingOptions): Promise<{ descriptions: RawDescription[]; failed: number }> {
  const { llm } = options;
  const progress = options.progress ?? silent;
  const stored = new Set((await withStore(options, (store) => store.papers.byIds(options.papers.map((p) => paperId(p.title))))).map((p) => p.id));
  const todo = new Map<string, Pick<RawPaper, 'title' | 'abstract'>>();
  for (const p of options.papers) if (!stored.has(paperId(p.title))) todo.set(paperId(p.title), p);
  if (todo.size === 0) return { descriptions: [], failed: 0 };
  progress(`describing ${todo.size} new paper(s) with ${llm.model}`);
  const descriptions: RawDescription[] = [];
  let failed = 0;
  let failedInARow = 0;
  for (const paper of todo.values()) {
    options.signal?.throwIfAborted();
    if (failedInARow === FAILURES_BEFORE_GIVING_UP) {
      const left = todo.size - descriptions.length - failed;
      progress(`the LLM failed ${failedInARow} times in a row: ${left} more paper(s) are added without a description (\`paperbot describe\` describes them later)`);
      failed += left;
      break;
    }
    try {
      descriptions.push({ title: paper.title, description: await describePaper(llm, paper, options.signal) });
      failedInARow = 0;
    } catch (err) {
      if (!(err instanceof LlmError)) throw err;
      failed++;
      failedInARow++;
      progress(`could not describe "${paper.title}": ${err.message}; it is added without a description`);
    }
  }
  return { descriptions, failed };
}
