import { describe, expect, it } from 'vitest';
import { Cooldown, cooldownMessage } from '../src/bot/throttle/cooldown.js';
import { ConcurrencyLimiter } from '../src/bot/throttle/limiter.js';

describe('Cooldown', () => {
  it('refuses a second request within the window and allows it after', () => {
    let now = 1_000;
    const c = new Cooldown(10, () => now);
    expect(c.take('u1')).toEqual({ ok: true });
    expect(c.take('u2')).toEqual({ ok: true });
    now += 4_000;
    expect(c.take('u1')).toEqual({ ok: false, retryAfterMs: 6_000 });
    now += 6_000;
    expect(c.take('u1')).toEqual({ ok: true });
  });

  it('gives a turn back on release, and zero seconds means no cooldown', () => {
    const c = new Cooldown(10, () => 0);
    c.take('u');
    c.release('u');
    expect(c.take('u').ok).toBe(true);
    const off = new Cooldown(0);
    expect(off.take('u').ok && off.take('u').ok).toBe(true);
  });

  it('stays bounded and says how long to wait', () => {
    let now = 0;
    const c = new Cooldown(1, () => now);
    for (let i = 0; i < 1500; i++) {
      now += 10;
      c.take(`u${i}`);
    }
    expect(c.size).toBeLessThan(1100);
    expect(cooldownMessage(2_100)).toContain('3 seconds');
    expect(cooldownMessage(10)).toContain('1 second.');
  });
});

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('ConcurrencyLimiter', () => {
  it('runs at most max tasks at once and queues the rest in order, dropping none', async () => {
    const limiter = new ConcurrencyLimiter(2);
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    const gates: (() => void)[] = [];
    const tasks = Array.from({ length: 6 }, (_, i) =>
      limiter.run(async () => {
        active++;
        peak = Math.max(peak, active);
        order.push(i);
        await new Promise<void>((r) => gates.push(r));
        active--;
        return i;
      }),
    );
    await tick();
    expect(limiter.running).toBe(2);
    expect(limiter.queued).toBe(4);
    while (order.length < 6 || gates.length > 0) {
      gates.shift()?.();
      await tick();
    }
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
    expect(limiter.running).toBe(0);
  });

  it('frees the slot when a task fails, and an aborted waiter leaves the queue', async () => {
    const limiter = new ConcurrencyLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    let release!: () => void;
    const first = limiter.run(() => new Promise<void>((r) => (release = r)));
    const ac = new AbortController();
    const waiting = limiter.run(async () => 'never', ac.signal);
    await tick();
    expect(limiter.queued).toBe(1);
    ac.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
    expect(limiter.queued).toBe(0);
    release();
    await first;
    expect(await limiter.run(async () => 'ok')).toBe('ok');
  });

  it('starts waiting foreground tasks before waiting background ones, each in order', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const started: string[] = [];
    const ahead = new Map<string, number>();
    const gates: (() => void)[] = [];
    const task = (name: string, priority: 'foreground' | 'background') =>
      limiter.run(
        () => new Promise<void>((r) => gates.push(r)),
        undefined,
        { queued: (n) => ahead.set(name, n), started: () => started.push(name) },
        priority,
      );
    const tasks = [task('b1', 'background'), task('b2', 'background'), task('b3', 'background'), task('f1', 'foreground'), task('f2', 'foreground')];
    await tick();
    // f1 waits behind the running task only, f2 behind it and f1; the background tasks behind them.
    expect(Object.fromEntries(ahead)).toEqual({ b2: 1, b3: 2, f1: 1, f2: 2 });
    while (gates.length > 0) {
      gates.shift()?.();
      await tick();
    }
    await Promise.all(tasks);
    expect(started).toEqual(['b1', 'f1', 'f2', 'b2', 'b3']);
  });

  it('tells each waiting task how many tasks run or wait before it, and when it starts', async () => {
    const limiter = new ConcurrencyLimiter(2);
    const events: string[] = [];
    const gates: (() => void)[] = [];
    const tasks = Array.from({ length: 5 }, (_, i) =>
      limiter.run(() => new Promise<void>((r) => gates.push(r)), undefined, {
        queued: (ahead) => events.push(`${i} behind ${ahead}`),
        started: () => events.push(`${i} started`),
      }),
    );
    await tick();
    expect([...events].sort()).toEqual(['0 started', '1 started', '2 behind 2', '3 behind 3', '4 behind 4']);
    while (gates.length > 0) {
      gates.shift()?.();
      await tick();
    }
    await Promise.all(tasks);
    expect(events.slice(5)).toEqual(['2 started', '3 started', '4 started']);
  });
});
