import { RequestDeadlineExceeded, timeLeft } from './deadline.js';
import { type ChatClient, LlmError } from './llm.js';

/**
 * closed: calls go through. open: calls fail at once (after too many failures in a row), until the
 * cool-down is over. half-open: the cool-down is over and one call (the probe) tries the LLM again;
 * the others still fail at once until it succeeds (closed) or fails (open again).
 */
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface BreakerStatus {
  state: BreakerState;
  /** Failed calls in a row (closed), or the run of failures that opened the breaker. */
  failures: number;
  /** While open: how long until the next call may try the LLM again, in milliseconds. */
  retryInMs?: number;
  /** The message of the last failure, until a call succeeds. */
  lastError?: string;
}

export interface BreakerChange {
  from: BreakerState;
  to: BreakerState;
  status: BreakerStatus;
}

export interface BreakerOptions {
  /** Failed calls in a row that open the breaker. */
  failureThreshold: number;
  /** How long the breaker stays open before a probe is let through. */
  cooldownMs: number;
  /** Milliseconds since the epoch (default `Date.now`). */
  now?: () => number;
  /** Told of every change of state (for the log). */
  onChange?: (change: BreakerChange) => void;
}

/** A call refused at once because the breaker is open (or a probe is already trying the LLM). */
export class CircuitOpenError extends LlmError {
  constructor(message: string) {
    super('circuit_open', message, 0);
    this.name = 'CircuitOpenError';
  }
}

/** One admitted call; settle it exactly once with its outcome. */
export interface BreakerTicket {
  readonly probe: boolean;
}

/** Counts failures of the calls it admits and stops admitting calls while the LLM is failing. */
export class CircuitBreaker {
  private state: BreakerState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private probing = false;
  private lastError: string | undefined;
  private tripped = new AbortController();
  private readonly now: () => number;

  constructor(private readonly options: BreakerOptions) {
    if (!Number.isInteger(options.failureThreshold) || options.failureThreshold < 1) throw new RangeError('failureThreshold must be a positive whole number');
    if (!(options.cooldownMs >= 0)) throw new RangeError('cooldownMs must not be negative');
    this.now = options.now ?? Date.now;
  }

  status(): BreakerStatus {
    const now = this.now();
    const state = this.state === 'open' && now >= this.retryAt() ? 'half-open' : this.state;
    return {
      state,
      failures: this.failures,
      ...(state === 'open' ? { retryInMs: this.retryAt() - now } : {}),
      ...(this.lastError !== undefined ? { lastError: this.lastError } : {}),
    };
  }

  /** Aborts (with a {@link CircuitOpenError}) when the breaker next opens: calls still waiting for a slot give up then. */
  get opened(): AbortSignal {
    return this.tripped.signal;
  }

  /** Admits a call, or throws a {@link CircuitOpenError} at once. */
  admit(): BreakerTicket {
    if (this.state === 'open') {
      if (this.now() < this.retryAt()) throw new CircuitOpenError(this.openMessage());
      this.moveTo('half-open');
    }
    if (this.state === 'half-open') {
      if (this.probing) throw new CircuitOpenError(`being tried again after ${failuresInARow(this.failures)}`);
      this.probing = true;
      return { probe: true };
    }
    return { probe: false };
  }

  /** The LLM answered. */
  succeeded(ticket: BreakerTicket): void {
    if (ticket.probe) this.probing = false;
    this.failures = 0;
    this.lastError = undefined;
    if (this.state !== 'closed') this.moveTo('closed');
  }

  /** The LLM failed or did not answer in time. */
  failed(ticket: BreakerTicket, error: Error): void {
    if (ticket.probe) this.probing = false;
    this.lastError = error.message;
    if (this.state === 'open') return;
    if (this.state === 'closed') this.failures += 1;
    if (this.state === 'half-open' || this.failures >= this.options.failureThreshold) {
      this.openedAt = this.now();
      this.moveTo('open');
      const tripped = this.tripped;
      this.tripped = new AbortController();
      tripped.abort(new CircuitOpenError(this.openMessage()));
    }
  }

  /** The call ended without telling anything about the LLM (the caller gave up, or it never started). */
  cancelled(ticket: BreakerTicket): void {
    if (ticket.probe) this.probing = false;
  }

  private retryAt(): number {
    return this.openedAt + this.options.cooldownMs;
  }

  private openMessage(): string {
    const seconds = Math.max(1, Math.ceil((this.retryAt() - this.now()) / 1000));
    return `paused after ${failuresInARow(this.failures)}; tried again in ${seconds} s`;
  }

  private moveTo(to: BreakerState): void {
    const from = this.state;
    this.state = to;
    this.options.onChange?.({ from, to, status: this.status() });
  }
}

/** "3 failures in a row" */
export function failuresInARow(n: number): string {
  return `${n} ${n === 1 ? 'failure' : 'failures'} in a row`;
}

/** Runs a task when a slot is free (e.g. a concurrency limiter); rejects with the signal's reason if it aborts first. */
export type CallQueue = <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;

const runNow: CallQueue = (task, signal) => {
  signal?.throwIfAborted();
  return task();
};

/**
 * A chat client behind a circuit breaker and, optionally, a queue. While the breaker is open a call
 * fails at once with a {@link CircuitOpenError}, without waiting in the queue; a call waiting in the
 * queue gives up when the breaker opens. A caller's {@link RequestDeadlineExceeded} abort becomes an
 * `LlmError` of kind `timeout`, and a call is not started when its request's deadline is about to
 * pass. Only calls that reached the LLM count for the breaker: the time a call waited for a slot is
 * not the LLM's fault, and an `empty` reply is still a reply.
 */
export function guardChat(llm: ChatClient, options: { breaker: CircuitBreaker; queue?: CallQueue }): ChatClient {
  const { breaker } = options;
  const queue = options.queue ?? runNow;
  return {
    model: llm.model,
    async complete(messages, opts) {
      const signal = opts?.signal;
      const ticket = breaker.admit();
      const deadlineOf = () => (signal?.aborted && signal.reason instanceof RequestDeadlineExceeded ? signal.reason : undefined);
      const wait = signal ? AbortSignal.any([signal, breaker.opened]) : breaker.opened;
      let started = false;
      try {
        return await queue(async () => {
          wait.throwIfAborted();
          const left = timeLeft(signal);
          if (left && left.remainingMs < MIN_CALL_MS) throw queuedTooLong(left.deadlineMs);
          started = true;
          // The outcome is recorded before the slot passes on, so that an opening breaker stops the next call.
          try {
            const reply = await llm.complete(messages, opts);
            breaker.succeeded(ticket);
            return reply;
          } catch (err) {
            const deadline = deadlineOf();
            const error = deadline ? new LlmError('timeout', `no reply within the ${formatSeconds(deadline.ms)} deadline`, 1) : err;
            if (error instanceof LlmError && error.kind !== 'empty') breaker.failed(ticket, error);
            else if (error instanceof LlmError) breaker.succeeded(ticket);
            else breaker.cancelled(ticket);
            throw error;
          }
        }, wait);
      } catch (err) {
        if (started) throw err;
        breaker.cancelled(ticket);
        const deadline = deadlineOf();
        throw deadline ? queuedTooLong(deadline.ms) : err;
      }
    },
  };
}

/** A call with less time than this left before its request's deadline is not started: no LLM replies that fast. */
const MIN_CALL_MS = 250;

function queuedTooLong(deadlineMs: number): LlmError {
  return new LlmError('timeout', `still waiting for a free LLM slot at the ${formatSeconds(deadlineMs)} deadline`, 0);
}

function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
