import { describe, expect, it } from 'vitest';
import { runAskLoad } from './support/ask-load.js';

/** Each question's deadline in this test (the default is 30 s). */
const DEADLINE_MS = 3000;
/** Time allowed past the deadline to put the answer together and send it. */
const MARGIN_MS = 5000;

describe('50 users asking at once while the LLM hangs', () => {
  it('answers every user within the deadline plus a few seconds, and tells those who wait their place', async () => {
    const result = await runAskLoad({ users: 50, deadlineMs: DEADLINE_MS });
    expect(result.answerMs.filter((ms) => ms === undefined)).toHaveLength(0);
    for (const ms of result.answerMs) expect(ms).toBeLessThan(DEADLINE_MS + MARGIN_MS);
    // Every place in the queue is told to one user at most.
    expect(new Set(result.queued).size).toBe(result.queued.length);
    // The LLM was called for the questions it could answer only, two at a time.
    expect(result.llmCalls).toBeLessThanOrEqual(50 - result.notCovered);
  });
});
