/** The daily-papers pipeline: fetch the lists of some days, describe the new papers, then add them to the index. */
import type { ChatClient } from '../../answer/llm/llm.js';
import type { Config } from '../../config.js';
import { type DailyFetchResult, type DailyPapersOptions, dailyPapersOptions, fetchDailyPapers } from '../../corpus/daily-papers.js';
import type { Day } from '../../corpus/dates.js';
import type { RawDescription } from '../../corpus/descriptions.js';
import { UserError } from '../../errors.js';
import { type Progress, silent } from '../../util/progress.js';
import { type IngestReport, ingest } from './ingest.js';

export interface DailyFetchRunOptions {
  /** Days to fetch. */
  dates: readonly Day[];
  /** Files or directories to ingest as well. Default: nothing, or the bundled corpus when the store holds no paper yet. */
  inputs?: string[];
  rebuild?: boolean;
  progress?: Progress;
  /** Receives each warning (skipped entries, failed days) before anything is ingested. */
  warn?: (message: string) => void;
  /** Overrides of the request settings (fetch, clock, sleep) for tests. */
  request?: Partial<DailyPapersOptions>;
  /** Stops the run before anything is ingested. */
  signal?: AbortSignal;
  /** When the papers are added (default: now); also the day that date lines without a year are read against. */
  now?: Date;
  /** Asked for the description of each new paper before it is indexed (see describe-papers.ts); none: no description. */
  llm?: ChatClient;
}

export interface DailyFetchRun {
  fetched: DailyFetchResult;
  /** Undefined when there was nothing to ingest. */
  report?: IngestReport;
  /** New papers the LLM described, and those it could not (only with an LLM). */
  described?: { papers: number; failed: number };
}

/**
 * Fetches the daily-papers lists of `dates` and adds the papers to the index (papers already there
 * are skipped by the ingest); with an LLM, the new ones are described first, so that they are indexed
 * with their descriptions. When every day fails it throws a {@link UserError} before touching the
 * index.
 */
export async function runDailyFetch(config: Config, options: DailyFetchRunOptions): Promise<DailyFetchRun> {
  const progress = options.progress ?? silent;
  const fetched = await fetchDailyPapers(options.dates, {
    ...dailyPapersOptions(config),
    progress,
    ...options.request,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  options.signal?.throwIfAborted();
  for (const w of fetched.warnings) options.warn?.(w);
  if (fetched.allFailed) {
    const n = fetched.days.length;
    throw new UserError(`daily papers: ${n === 1 ? 'the request' : `all ${n} requests`} failed; the corpus is unchanged`);
  }
  if (fetched.papers.length === 0 && (options.inputs ?? []).length === 0 && !options.rebuild) return { fetched };
  let described: { descriptions: RawDescription[]; failed: number } | undefined;
  if (options.llm && fetched.papers.length > 0) {
    const { describeIncoming } = await import('./describe-papers.js');
    described = await describeIncoming({ config, llm: options.llm, papers: fetched.papers, progress, ...(options.signal ? { signal: options.signal } : {}) });
  }
  options.signal?.throwIfAborted();
  const report = await ingest({
    config,
    papers: fetched.papers,
    ...(described ? { descriptions: described.descriptions } : {}),
    inputs: options.inputs ?? [],
    bundledWhenEmpty: options.inputs === undefined,
    rebuild: options.rebuild ?? false,
    progress,
    ...(options.now ? { now: options.now } : {}),
  });
  return { fetched, report, ...(described ? { described: { papers: described.descriptions.length, failed: described.failed } } : {}) };
}
