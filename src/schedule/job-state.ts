/**
 * Where scheduled jobs keep the last period they completed. The scheduler reads and writes it only
 * through {@link JobStateStore}; the bot keeps it in the store of record ({@link jobStateIn}).
 */
import * as z from 'zod';
import type { ExclusiveRun, Store } from '../store/types.js';

export const JobStateSchema = z.object({
  version: z.literal(1),
  /** The scheduled time of the last period done (ISO). */
  period: z.iso.datetime(),
  /** When it was done (ISO). */
  at: z.iso.datetime(),
  /** True when the period was only recorded on a first start, not run. */
  baseline: z.boolean().optional(),
});

export type JobState = z.infer<typeof JobStateSchema>;

/** The state of each job by name ("digest", "daily-fetch"). */
export interface JobStateStore {
  /** The job's state; undefined when it has none yet. Throws {@link UnreadableStateError} when the stored state is damaged. */
  get(job: string): Promise<JobState | undefined>;
  set(job: string, state: JobState): Promise<void>;
  /**
   * Runs `fn` holding the job's lock, shared by every process using the same state (see
   * `Store.jobs.runExclusive`); `{ ran: false }` at once when another run holds it. Without it, the
   * scheduler assumes it is the only process running the job.
   */
  runExclusive?<T>(job: string, fn: () => Promise<T>): Promise<ExclusiveRun<T>>;
}

/** Stored state that cannot be read back (the scheduler treats the job as starting for the first time). */
export class UnreadableStateError extends Error {
  override name = 'UnreadableStateError';
}

/** Job state kept in the store of record (`Store.jobs`), checked on the way in and out. */
export function jobStateIn(jobs: Store['jobs']): JobStateStore {
  return {
    async get(job) {
      const value = await jobs.get(job);
      if (value === undefined) return undefined;
      const parsed = JobStateSchema.safeParse(value);
      if (!parsed.success) throw new UnreadableStateError(`the stored state of ${job} is unreadable`);
      return parsed.data;
    },
    set: (job, state) => jobs.set(job, JobStateSchema.parse(state)),
    runExclusive: (job, fn) => jobs.runExclusive(job, fn),
  };
}
