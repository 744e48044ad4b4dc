import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Logger } from './log.js';

export const FeedbackSchema = z.object({
  at: z.string(),
  vote: z.enum(['up', 'down']),
  /** The answer's key (see AnswerStore). */
  answerKey: z.string(),
  userId: z.string(),
  surface: z.enum(['discord', 'terminal']),
  question: z.string(),
  answer: z.string(),
  mode: z.enum(['llm', 'extractive']),
  citations: z.array(z.string()),
});

export type Feedback = z.infer<typeof FeedbackSchema>;

/**
 * Thumbs up/down on answers, appended to `feedback.jsonl` in the data directory: one JSON object per
 * line, each written by a single append (O_APPEND), one at a time, so lines never interleave or tear.
 * Later votes by the same user on the same answer supersede earlier ones when reviewing.
 */
export class FeedbackStore {
  private chain: Promise<void> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly log?: Logger,
  ) {}

  static fileIn(dataDir: string): string {
    return path.join(dataDir, 'feedback.jsonl');
  }

  /** Appends one vote; resolves when it is on disk (rejects when it could not be written). */
  record(entry: Feedback): Promise<void> {
    const line = `${JSON.stringify(FeedbackSchema.parse(entry))}\n`;
    const write = this.chain.then(async () => {
      await mkdir(path.dirname(this.file), { recursive: true });
      await appendFile(this.file, line, { encoding: 'utf8', flag: 'a' });
    });
    this.chain = write.catch((err: unknown) => this.log?.error('could not record feedback', { file: this.file, err }));
    return write;
  }

  /** Waits for pending writes. */
  flush(): Promise<void> {
    return this.chain;
  }
}
