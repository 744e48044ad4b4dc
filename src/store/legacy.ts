import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';
import { AnswerRecordSchema, FeedbackSchema, type Store } from './types.js';

/** State files of data directories written before the store existed, and the job each belongs to. */
const JOB_STATE_FILES: Record<string, string> = { 'digest-state.json': 'digest', 'daily-fetch-state.json': 'daily-fetch' };

/**
 * Moves the bot's state out of the files older versions wrote (answers.json, feedback.jsonl, the
 * scheduled jobs' state files) into the store, then renames each file to `<name>.imported`. A file that
 * cannot be read as a whole is imported as far as it can be (a truncated last vote is skipped) or, when
 * nothing of it parses, kept aside as `<name>.corrupt`; never overwritten.
 */
export async function importLegacyState(store: Store, dataDir: string, warn: (message: string) => void): Promise<void> {
  const read = async (name: string): Promise<string | undefined> => {
    try {
      return await readFile(path.join(dataDir, name), 'utf8');
    } catch {
      return undefined;
    }
  };
  const done = (name: string, suffix: 'imported' | 'corrupt') => rename(path.join(dataDir, name), path.join(dataDir, `${name}.${suffix}`));

  const answers = await read('answers.json');
  if (answers !== undefined) {
    const parsed = z.object({ records: z.array(AnswerRecordSchema) }).safeParse(safeJson(answers));
    if (parsed.success) {
      for (const r of parsed.data.records) await store.answers.put(r);
      await done('answers.json', 'imported');
    } else {
      warn(`${path.join(dataDir, 'answers.json')} is damaged; kept aside as answers.json.corrupt`);
      await done('answers.json', 'corrupt');
    }
  }

  const feedback = await read('feedback.jsonl');
  if (feedback !== undefined) {
    let skipped = 0;
    for (const line of feedback.split('\n')) {
      if (line.trim() === '') continue;
      const vote = FeedbackSchema.safeParse(safeJson(line));
      if (vote.success) await store.feedback.record(vote.data);
      else skipped++;
    }
    if (skipped > 0) warn(`${path.join(dataDir, 'feedback.jsonl')}: skipped ${skipped} damaged line(s)`);
    await done('feedback.jsonl', 'imported');
  }

  for (const [name, job] of Object.entries(JOB_STATE_FILES)) {
    const text = await read(name);
    if (text === undefined) continue;
    const state = safeJson(text);
    if (state === undefined) {
      warn(`${path.join(dataDir, name)} is damaged; kept aside as ${name}.corrupt`);
      await done(name, 'corrupt');
      continue;
    }
    if ((await store.jobs.get(job)) === undefined) await store.jobs.set(job, state);
    await done(name, 'imported');
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
