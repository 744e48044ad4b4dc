/** The result of asking a {@link Cooldown} whether a user may go ahead. */
export type CooldownResult = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * Per-user cooldown: after a user's accepted request, their next one is refused until `seconds`
 * have passed. Memory stays bounded: expired entries are pruned as new ones arrive.
 */
export class Cooldown {
  private readonly until = new Map<string, number>();
  private readonly ms: number;

  constructor(
    seconds: number,
    private readonly now: () => number = Date.now,
  ) {
    this.ms = Math.max(0, seconds * 1000);
  }

  /** Takes the user's turn when it is free; otherwise says how long to wait. */
  take(userId: string): CooldownResult {
    if (this.ms === 0) return { ok: true };
    const now = this.now();
    const until = this.until.get(userId);
    if (until !== undefined && until > now) return { ok: false, retryAfterMs: until - now };
    this.until.set(userId, now + this.ms);
    if (this.until.size > 1000) this.prune(now);
    return { ok: true };
  }

  /** Gives a turn back (e.g. when the request failed before doing any work). */
  release(userId: string): void {
    this.until.delete(userId);
  }

  get size(): number {
    return this.until.size;
  }

  private prune(now: number): void {
    for (const [id, until] of this.until) if (until <= now) this.until.delete(id);
  }
}

/** A friendly message for a refused request. */
export function cooldownMessage(retryAfterMs: number): string {
  const s = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You're asking faster than I can keep up. Please try again in ${s} second${s === 1 ? '' : 's'}.`;
}

/** What a user is told when every LLM slot is busy and their request waits behind `ahead` others. */
export function queuedMessage(ahead: number): string {
  const n = Math.max(1, ahead);
  return `Busy right now: your request is queued behind ${n} other request${n === 1 ? '' : 's'} and the answer will appear here when it is ready.`;
}
