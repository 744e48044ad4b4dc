/**
 * Interactions this process has received and not yet acknowledged. Work that follows an
 * acknowledgement first waits until no other one is pending (for at most a bound): under a burst of
 * questions the CPU goes to answering Discord within its 3 seconds, then to the answers.
 */
export class PendingAcknowledgements {
  private pending = 0;
  private readonly waiters = new Set<() => void>();

  /** Counts one interaction until the returned function is called (calling it again does nothing). */
  begin(): () => void {
    this.pending++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.pending--;
      if (this.pending === 0) for (const wake of [...this.waiters]) wake();
    };
  }

  get count(): number {
    return this.pending;
  }

  /** Resolves when no acknowledgement is pending, or after `maxWaitMs`. */
  settled(maxWaitMs: number): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, maxWaitMs);
      this.waiters.add(wake);
    });
  }
}

/** The process's pending acknowledgements (one CPU budget for every client in it). */
export const pendingAcknowledgements = new PendingAcknowledgements();
