/**
 * Time to the answer for many users asking at once on Discord while the LLM hangs (everything on
 * 127.0.0.1, see test/support/ask-load.ts). Usage: npx tsx scripts/ask-load.ts [users] [deadline ms]
 */
import { percentile } from '../src/eval/metrics.js';
import { runAskLoad } from '../test/support/ask-load.js';

const users = Number(process.argv[2] ?? 50);
const deadlineMs = Number(process.argv[3] ?? 3000);
const result = await runAskLoad({ users, deadlineMs });
const answered = result.answerMs.filter((ms): ms is number => ms !== undefined);
const acknowledged = result.acknowledgeMs.filter((ms): ms is number => ms !== undefined);
const summary = (xs: number[]) => ({ p50: Math.round(percentile(xs, 50)), p95: Math.round(percentile(xs, 95)), max: Math.max(...xs) });
process.stdout.write(
  `${JSON.stringify({
    users,
    deadlineMs,
    answered: answered.length,
    notCovered: result.notCovered,
    toldQueued: result.queued.length,
    llmCalls: result.llmCalls,
    answerMs: summary(answered),
    acknowledgeMs: summary(acknowledged),
  })}\n`,
);
