import type { CircuitBreaker } from '../../answer/llm/circuit-breaker.js';
import { type ConcurrencyLimiter, watchQueue } from './limiter.js';
import { LIMITS } from '../limits.js';

/**
 * How long a watched request may run before it is acknowledged without knowing its place (most of
 * Discord's window stays for the acknowledgement itself).
 */
export const QUEUE_DECISION_MS = LIMITS.acknowledgeMs / 3;

/**
 * Requests prepared at once (retrieval, prompt) whose acknowledgement waits for their place in the
 * queue. Their preparation is CPU work that delays every acknowledgement; beyond this many, a
 * request is acknowledged at once and waits without being told its place.
 */
export const MAX_WATCHED = 4;

export interface QueueAwareRun<T> {
  /**
   * Requests before this one when it had to wait for an LLM slot; undefined once it got a slot at
   * once, ended without the LLM, or took too long to tell.
   */
  ahead: Promise<number | undefined>;
  reply: Promise<T>;
}

/**
 * Tells users of a busy bot where their question waits for the LLM. A question that may call the
 * LLM is either acknowledged at once (a slot is likely free for it, the breaker answers without the
 * LLM, or too many questions are being prepared at once) or run first and acknowledged once its
 * place is known (see {@link QueueNotices.approach}). Questions that need no LLM call never wait and are
 * never told they do.
 */
export class QueueNotices {
  /** Questions started and not yet at the LLM queue (or done). */
  private approaching = 0;
  /** Of those, the ones whose acknowledgement waits for their place. */
  private watched = 0;

  constructor(
    private readonly limiter: ConcurrencyLimiter,
    private readonly breaker?: CircuitBreaker,
  ) {}

  /** Whether the next question should wait for its place before it is acknowledged. */
  shouldWatch(): boolean {
    if (this.breaker && this.breaker.status().state !== 'closed') return false;
    return this.limiter.running + this.approaching >= this.limiter.max && this.watched < MAX_WATCHED;
  }

  /**
   * Counts a question as approaching the queue from now until it reaches it or ends, and returns
   * how to run it: with `watch`, `ahead` resolves as soon as its place is known (or after
   * {@link QUEUE_DECISION_MS}); without, the caller has acknowledged it already. `cancel` is for a
   * question that will not run after all.
   */
  approach(): { run<T>(fn: () => Promise<T>, watch: boolean): QueueAwareRun<T>; cancel(): void } {
    this.approaching++;
    let arrived = false;
    const arrive = () => {
      if (arrived) return;
      arrived = true;
      this.approaching--;
    };
    return {
      cancel: arrive,
      run: <T>(fn: () => Promise<T>, watch: boolean): QueueAwareRun<T> => {
        let decide!: (ahead: number | undefined) => void;
        const ahead = new Promise<number | undefined>((resolve) => (decide = resolve));
        if (watch) {
          this.watched++;
          const timer = setTimeout(() => decide(undefined), QUEUE_DECISION_MS);
          void ahead.then(() => {
            clearTimeout(timer);
            this.watched--;
          });
        } else {
          decide(undefined);
        }
        const reached = (n: number | undefined) => {
          arrive();
          decide(n);
        };
        const reply = watchQueue({ queued: (n) => reached(n), started: () => reached(undefined) }, fn);
        const settle = () => reached(undefined);
        reply.then(settle, settle);
        return { ahead, reply };
      },
    };
  }
}

const byLimiter = new WeakMap<ConcurrencyLimiter, QueueNotices>();

/** The notices of the bot whose LLM calls go through `limiter`. */
export function queueNoticesFor(limiter: ConcurrencyLimiter, breaker?: CircuitBreaker): QueueNotices {
  let notices = byLimiter.get(limiter);
  if (!notices) {
    notices = new QueueNotices(limiter, breaker);
    byLimiter.set(limiter, notices);
  }
  return notices;
}
