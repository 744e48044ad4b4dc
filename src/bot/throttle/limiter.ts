import { AsyncLocalStorage } from 'node:async_hooks';

/** Told what happens to a task: it waits behind `ahead` others, or it starts. */
export interface QueueWatcher {
  queued?(ahead: number): void;
  started?(): void;
}

const watchers = new AsyncLocalStorage<QueueWatcher>();

/**
 * Runs `fn` so that tasks it queues, however deep in the calls it makes, tell `watcher` (a surface
 * uses it to tell a user where their request waits).
 */
export function watchQueue<T>(watcher: QueueWatcher, fn: () => T): T {
  return watchers.run(watcher, fn);
}

/** The watcher of the request being served, if any (see {@link watchQueue}). */
export function currentQueueWatcher(): QueueWatcher | undefined {
  return watchers.getStore();
}

/**
 * Whose task it is: a user's request (`foreground`) or work nobody waits on (`background`, such as
 * describing the papers a scheduled fetch found).
 */
export type Priority = 'foreground' | 'background';

/**
 * Caps how many tasks run at once; the rest wait in a first-in, first-out queue (never dropped),
 * background tasks behind every foreground one: a user's request never waits behind background
 * work that has not started. A waiting task whose signal aborts leaves the queue.
 */
export class ConcurrencyLimiter {
  private active = 0;
  private readonly waiting: { start: () => void; priority: Priority }[] = [];

  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError('max must be a positive whole number');
  }

  /** Tasks running now. */
  get running(): number {
    return this.active;
  }

  /** Tasks waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Runs `task` in its turn; `watcher` learns its place in the queue (tasks running or waiting before it) and when it starts. */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal, watcher?: QueueWatcher, priority: Priority = 'foreground'): Promise<T> {
    await this.acquire(signal, watcher, priority);
    try {
      watcher?.started?.();
      return await task();
    } finally {
      this.releaseSlot();
    }
  }

  private acquire(signal: AbortSignal | undefined, watcher: QueueWatcher | undefined, priority: Priority): Promise<void> {
    signal?.throwIfAborted();
    if (this.active < this.max) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const entry = {
        priority,
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        const i = this.waiting.indexOf(entry);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      // A foreground task goes ahead of the background tasks waiting.
      const at = priority === 'foreground' ? this.waiting.findIndex((w) => w.priority === 'background') : -1;
      const place = at === -1 ? this.waiting.length : at;
      this.waiting.splice(place, 0, entry);
      watcher?.queued?.(this.active + place);
    });
  }

  private releaseSlot(): void {
    const next = this.waiting.shift();
    if (next) next.start();
    else this.active--;
  }
}
