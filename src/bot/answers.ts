import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeJsonAtomic } from '../util/fs.js';
import type { Logger } from './log.js';

const TurnSchema = z.object({ question: z.string(), answer: z.string() });

export const AnswerRecordSchema = z.object({
  /** Stable id of the answer, used in button ids. */
  key: z.string().min(1),
  question: z.string(),
  answer: z.string(),
  mode: z.enum(['llm', 'extractive']),
  abstained: z.boolean(),
  /** Retrieval's confidence (absent in answers stored before it was recorded). */
  confidence: z.enum(['high', 'low', 'none']).optional(),
  decidedBy: z.enum(['retrieval', 'llm']).optional(),
  citations: z.array(z.object({ n: z.number(), title: z.string(), url: z.string().optional() })),
  sources: z.array(z.object({ title: z.string(), score: z.number(), url: z.string().optional() })),
  /** Earlier turns this answer followed up on, oldest first. */
  history: z.array(TurnSchema),
  at: z.string(),
  /** Discord messages that show this answer (empty on the terminal). */
  messageIds: z.array(z.string()).default([]),
  channelId: z.string().optional(),
});

export type AnswerRecord = z.infer<typeof AnswerRecordSchema>;

const FileSchema = z.object({ version: z.literal(1), records: z.array(AnswerRecordSchema) });

/** How many earlier turns a follow-up carries. */
export const MAX_HISTORY_TURNS = 3;

/** The conversation so far for a follow-up to `record`: its history plus its own turn, most recent last. */
export function historyFor(record: AnswerRecord): { question: string; answer: string }[] {
  return [...record.history, { question: record.question, answer: record.answer }].slice(-MAX_HISTORY_TURNS);
}

/**
 * A small bounded store of recent answers (oldest evicted first), found by key, by the message that
 * shows them, or by channel (threads). Saved to `answers.json` in the data directory through an atomic
 * write, shortly after each change and on {@link flush}, so a restart keeps recent answers.
 */
export class AnswerStore {
  private readonly records = new Map<string, AnswerRecord>();
  private readonly byMessage = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    readonly file: string | undefined,
    readonly capacity: number,
    private readonly log?: Logger,
    private readonly saveDelayMs = 500,
  ) {}

  static fileIn(dataDir: string): string {
    return path.join(dataDir, 'answers.json');
  }

  /** Opens the store, loading what an earlier run saved; an unreadable file is logged and ignored. */
  static async open(file: string | undefined, capacity: number, log?: Logger): Promise<AnswerStore> {
    const store = new AnswerStore(file, capacity, log);
    if (!file) return store;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') log?.warn('could not read the answer store', { file, err });
      return store;
    }
    try {
      const parsed = FileSchema.parse(JSON.parse(text));
      for (const r of parsed.records.slice(-capacity)) store.insert(r);
    } catch (err) {
      log?.warn('ignoring a malformed answer store', { file, err: err instanceof Error ? err.message : String(err) });
    }
    return store;
  }

  get size(): number {
    return this.records.size;
  }

  get(key: string): AnswerRecord | undefined {
    return this.records.get(key);
  }

  put(record: AnswerRecord): void {
    this.insert(record);
    this.changed();
  }

  /** Records the messages that show an answer (so replies to any of them find it). */
  attach(key: string, messageIds: readonly string[], channelId?: string): void {
    const r = this.records.get(key);
    if (!r) return;
    for (const id of messageIds) {
      if (!r.messageIds.includes(id)) r.messageIds.push(id);
      this.byMessage.set(id, key);
    }
    if (channelId) r.channelId = channelId;
    this.changed();
  }

  /** The answer a Discord message shows. */
  forMessage(messageId: string): AnswerRecord | undefined {
    const key = this.byMessage.get(messageId);
    return key === undefined ? undefined : this.records.get(key);
  }

  /** The most recent answer posted in a channel or thread. */
  latestIn(channelId: string): AnswerRecord | undefined {
    let found: AnswerRecord | undefined;
    for (const r of this.records.values()) if (r.channelId === channelId) found = r;
    return found;
  }

  /** Writes pending changes now. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.dirty) this.save();
    await this.saving;
  }

  private insert(record: AnswerRecord): void {
    this.records.delete(record.key);
    this.records.set(record.key, record);
    for (const id of record.messageIds) this.byMessage.set(id, record.key);
    while (this.records.size > this.capacity) {
      const oldest = this.records.keys().next().value;
      if (oldest === undefined) break;
      const gone = this.records.get(oldest);
      this.records.delete(oldest);
      for (const id of gone?.messageIds ?? []) if (this.byMessage.get(id) === oldest) this.byMessage.delete(id);
    }
  }

  private changed(): void {
    if (!this.file) return;
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.save();
    }, this.saveDelayMs);
    this.timer.unref();
  }

  private save(): void {
    const file = this.file;
    if (!file) return;
    this.dirty = false;
    const snapshot = { version: 1 as const, records: [...this.records.values()] };
    this.saving = this.saving
      .then(() => writeJsonAtomic(file, snapshot))
      .catch((err: unknown) => this.log?.error('could not save the answer store', { file, err }));
  }
}
