/**
 * Where scheduled jobs keep the last period they completed. The scheduler reads and writes it only
 * through {@link JobStateStore}; {@link jobStateStore} picks the backing.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Config } from '../config.js';
import { writeJsonAtomic } from '../util/fs.js';

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
}

/** Stored state that cannot be read back (the scheduler treats the job as starting for the first time). */
export class UnreadableStateError extends Error {
  override name = 'UnreadableStateError';
}

const JOB_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** One JSON file per job in a directory (`<job>-state.json`), each written atomically. */
export class JsonFileJobStateStore implements JobStateStore {
  constructor(private readonly dir: string) {}

  fileFor(job: string): string {
    if (!JOB_NAME.test(job)) throw new Error(`invalid job name "${job}"`);
    return path.join(this.dir, `${job}-state.json`);
  }

  async get(job: string): Promise<JobState | undefined> {
    const file = this.fileFor(job);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    const parsed = JobStateSchema.safeParse(value);
    if (!parsed.success) throw new UnreadableStateError(`${file} is unreadable`);
    return parsed.data;
  }

  async set(job: string, state: JobState): Promise<void> {
    await writeJsonAtomic(this.fileFor(job), JobStateSchema.parse(state));
  }
}

/** The store the scheduled jobs use: JSON files in the data directory. */
export function jobStateStore(config: Config): JobStateStore {
  return new JsonFileJobStateStore(config.PAPERBOT_DATA_DIR);
}
