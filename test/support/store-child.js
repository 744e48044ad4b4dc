/**
 * A second process using the store of record, for the store tests: opens the store the environment
 * names and does one thing, printing one JSON line. Plain JavaScript over the compiled code (dist/,
 * built before the tests run), so that it starts as fast as the CLI does.
 *   open                          open (migrating when needed) and close
 *   write <prefix> <writes> <n>   <writes> writes of <n> new papers each
 *   job <job> <period> <ms>       run the job's period once across processes (taking <ms>)
 *   hold <job>                    hold the job's lock until killed (prints {"locked":true})
 */
import { setInterval } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '../../dist/src/config.js';
import { openStore } from '../../dist/src/store/open.js';

const [action, ...args] = process.argv.slice(2);
const store = await openStore(loadConfig(process.env));
const print = (value) => process.stdout.write(`${JSON.stringify(value)}\n`);

try {
  if (action === 'open') {
    print({ opened: true });
  } else if (action === 'write') {
    const [prefix, writes, n] = [args[0], Number(args[1]), Number(args[2])];
    const revisions = [];
    for (let w = 0; w < writes; w++) {
      const papers = Array.from({ length: n }, (_, i) => ({
        id: `${prefix}-${w}-${i}`,
        title: `${prefix} ${w} ${i}`,
        abstract: `Written by ${prefix}.`,
        addedAt: new Date(0).toISOString(),
        sources: [`${prefix}.jsonl`],
      }));
      revisions.push((await store.papers.write(papers)).revision);
    }
    print({ revisions });
  } else if (action === 'job') {
    const [job, period, ms] = [args[0], args[1], Number(args[2])];
    const outcome = await store.jobs.runExclusive(job, async () => {
      const state = await store.jobs.get(job);
      if (state?.period === period) return false;
      await sleep(ms);
      await store.feedback.record({
        at: new Date().toISOString(),
        vote: 'up',
        answerKey: `${job} ${period}`,
        userId: String(process.pid),
        surface: 'terminal',
        question: 'run',
        answer: 'run',
        mode: 'extractive',
        citations: [],
      });
      await store.jobs.set(job, { period });
      return true;
    });
    print(outcome);
  } else if (action === 'hold') {
    await store.jobs.runExclusive(args[0], async () => {
      print({ locked: true });
      setInterval(() => {}, 1000);
      await new Promise(() => {});
    });
  } else {
    throw new Error(`unknown action ${action}`);
  }
} finally {
  await store.close();
}
