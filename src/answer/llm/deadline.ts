import type { AskOptions, AskResult, AskService } from '../types.js';

/** The abort reason of a request that ran out of time: the answer is shown without waiting any longer for the LLM. */
export class RequestDeadlineExceeded extends Error {
  constructor(readonly ms: number) {
    super(`the request took longer than ${ms} ms`);
    this.name = 'RequestDeadlineExceeded';
  }
}

/** The deadline of each signal {@link withDeadline} hands on: when it passes (ms since the epoch) and its length. */
const deadlines = new WeakMap<AbortSignal, { at: number; ms: number }>();

/** How long `signal` has before its request deadline, if it carries one. */
export function timeLeft(signal: AbortSignal | undefined): { remainingMs: number; deadlineMs: number } | undefined {
  const d = signal ? deadlines.get(signal) : undefined;
  return d ? { remainingMs: d.at - Date.now(), deadlineMs: d.ms } : undefined;
}

/**
 * Gives every question one deadline, waiting for an LLM slot included: when it passes, the signal
 * the asker hands on aborts with {@link RequestDeadlineExceeded}, so that an LLM call still waiting
 * or running ends (see `guardChat`) and the extractive answer is shown. A call that starts late
 * gets only the time left.
 */
export function withDeadline(inner: AskService, ms: number): AskService {
  return {
    async ask(question: string, options: AskOptions = {}): Promise<AskResult> {
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(new RequestDeadlineExceeded(ms)), ms);
      const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
      deadlines.set(signal, { at: Date.now() + ms, ms });
      try {
        return await inner.ask(question, { ...options, signal });
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
