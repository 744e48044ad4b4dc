import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type JobState, type JobStateStore, jobStateIn } from '../src/schedule/job-state.js';
import { loadConfig } from '../src/config.js';
import { chatClientFromConfig } from '../src/answer/llm/llm.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/types.js';
import { createDailyFetchJob, createDigestJob } from '../src/schedule/jobs.js';
import { createSchedule, type Schedule, type ScheduleOptions, type SchedulerClock } from '../src/schedule/scheduler.js';
import { UserError } from '../src/errors.js';
import { runCli } from './helpers/cli.js';
import { CORPUS, FIXTURES, indexedConfig, storedPapers, tempConfig } from './helpers/index.js';
import { describedTitle, startOpenAiStub } from './support/openai-server.js';


/** A clock whose time only moves when the test says so; timers fire in order as it passes them. */
class FakeClock implements SchedulerClock {
  private timers: { id: number; at: number; fn: () => void }[] = [];
  private nextId = 1;
  constructor(public t: number) {}
  now(): number {
    return this.t;
  }
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ id, at: this.t + ms, fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }
  get pending(): number {
    return this.timers.length;
  }
  /** Moves to `time`, firing each due timer and letting the schedule finish what it started. */
  async advanceTo(time: number, schedules: Schedule[]): Promise<void> {
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > time) break;
      this.timers.shift();
      this.t = Math.max(this.t, next.at);
      next.fn();
      for (const s of schedules) await s.idle();
    }
    this.t = time;
  }
}

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'paperbot-schedule-'));
  store = await openStore(loadConfig({ PAPERBOT_DATA_DIR: dir }));
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** Daily at 09:00 in Berlin: 08:00 UTC in March. */
const CRON = '0 9 * * *';
const TZ = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);

function harness(clock: FakeClock, extra: Partial<ScheduleOptions> = {}) {
  const posted: string[] = [];
  /** The previous period each post was given. */
  const previous: (string | undefined)[] = [];
  const errors: string[] = [];
  const logs: string[] = [];
  const schedule = createSchedule({
    name: 'digest',
    cron: CRON,
    timezone: TZ,
    job: 'digest',
    state: jobStateIn(store.jobs),
    clock,
    post: async (period, prev) => {
      posted.push(period.toISOString());
      previous.push(prev?.toISOString());
    },
    onError: (err) => errors.push(err instanceof Error ? err.message : String(err)),
    log: (m) => logs.push(m),
    ...extra,
  });
  return { schedule, posted, previous, errors, logs };
}

async function state(): Promise<{ period: string; baseline?: boolean }> {
  return (await store.jobs.get('digest')) as { period: string; baseline?: boolean };
}

describe('digest schedule', () => {
  it('posts once per period, at the scheduled time in its time zone', async () => {
    const clock = new FakeClock(at('2026-03-02T12:00:00Z'));
    const h = harness(clock);
    await h.schedule.start();
    // A first start records the current period without posting.
    expect(h.posted).toEqual([]);
    expect(await state()).toMatchObject({ period: '2026-03-02T08:00:00.000Z', baseline: true });
    expect(h.schedule.nextRun()?.toISOString()).toBe('2026-03-03T08:00:00.000Z');

    await clock.advanceTo(at('2026-03-03T07:59:59Z'), [h.schedule]);
    expect(h.posted).toEqual([]);
    await clock.advanceTo(at('2026-03-03T13:00:00Z'), [h.schedule]);
    expect(h.posted).toEqual(['2026-03-03T08:00:00.000Z']);
    await clock.advanceTo(at('2026-03-05T09:00:00Z'), [h.schedule]);
    expect(h.posted).toEqual(['2026-03-03T08:00:00.000Z', '2026-03-04T08:00:00.000Z', '2026-03-05T08:00:00.000Z']);
    expect(await h.schedule.runDue()).toBe(false);
    expect(h.posted).toHaveLength(3);
    expect(await state()).toMatchObject({ period: '2026-03-05T08:00:00.000Z' });
    expect((await state()).baseline).toBeUndefined();
    await h.schedule.stop();
    expect(clock.pending).toBe(0);
    expect(h.errors).toEqual([]);
  });

  it('catches up once on start after a period was missed while down', async () => {
    const clock = new FakeClock(at('2026-03-02T12:00:00Z'));
    const first = harness(clock);
    await first.schedule.start();
    await clock.advanceTo(at('2026-03-03T09:00:00Z'), [first.schedule]);
    expect(first.posted).toEqual(['2026-03-03T08:00:00.000Z']);
    await first.schedule.stop();

    // Down for three days and a bit.
    clock.t = at('2026-03-06T15:00:00Z');
    const second = harness(clock);
    await second.schedule.start();
    expect(second.posted).toEqual(['2026-03-06T08:00:00.000Z']);
    await clock.advanceTo(at('2026-03-06T23:00:00Z'), [second.schedule]);
    expect(second.posted).toHaveLength(1);
    await clock.advanceTo(at('2026-03-07T08:00:00Z'), [second.schedule]);
    expect(second.posted).toEqual(['2026-03-06T08:00:00.000Z', '2026-03-07T08:00:00.000Z']);
    await second.schedule.stop();
  });

  it('never posts twice for a period across restarts', async () => {
    const clock = new FakeClock(at('2026-03-02T12:00:00Z'));
    const first = harness(clock);
    await first.schedule.start();
    await clock.advanceTo(at('2026-03-03T08:00:00Z'), [first.schedule]);
    expect(first.posted).toEqual(['2026-03-03T08:00:00.000Z']);
    await first.schedule.stop();

    for (const later of [at('2026-03-03T08:00:01Z'), at('2026-03-03T20:00:00Z'), at('2026-03-04T07:59:59Z')]) {
      clock.t = later;
      const again = harness(clock);
      await again.schedule.start();
      expect(again.posted).toEqual([]);
      await again.schedule.stop();
    }
    expect(await state()).toMatchObject({ period: '2026-03-03T08:00:00.000Z' });
  });

  it('does not record a failed post: it is retried, and on the next start', async () => {
    const clock = new FakeClock(at('2026-03-02T12:00:00Z'));
    let failures = 1;
    const h = harness(clock, {
      retryDelayMs: 10 * 60_000,
      post: async () => {
        if (failures-- > 0) throw new Error('Discord is down');
        h.posted.push(new Date(clock.now()).toISOString());
      },
    });
    await h.schedule.start();
    await clock.advanceTo(at('2026-03-03T08:05:00Z'), [h.schedule]);
    expect(h.errors).toEqual(['Discord is down']);
    expect(h.posted).toEqual([]);
    expect(await state()).toMatchObject({ period: '2026-03-02T08:00:00.000Z', baseline: true });
    await clock.advanceTo(at('2026-03-03T08:10:00Z'), [h.schedule]);
    expect(h.posted).toEqual(['2026-03-03T08:10:00.000Z']);
    expect(await state()).toMatchObject({ period: '2026-03-03T08:00:00.000Z' });
    await clock.advanceTo(at('2026-03-03T12:00:00Z'), [h.schedule]);
    expect(h.posted).toHaveLength(1);
    await h.schedule.stop();

    // A failure followed by a restart: the restart posts the period.
    failures = 1;
    clock.t = at('2026-03-04T08:00:00Z');
    const down = harness(clock, {
      post: async () => {
        if (failures-- > 0) throw new Error('still down');
      },
    });
    await down.schedule.start();
    expect(down.errors).toEqual(['still down']);
    await down.schedule.stop();
    clock.t = at('2026-03-04T08:30:00Z');
    const up = harness(clock);
    await up.schedule.start();
    expect(up.posted).toEqual(['2026-03-04T08:00:00.000Z']);
    await up.schedule.stop();
  });

  it('runs the current period on a first start when asked to, and survives an unreadable stored state', async () => {
    const clock = new FakeClock(at('2026-03-02T12:00:00Z'));
    const eager = harness(clock, { catchUpOnFirstStart: true });
    await eager.schedule.start();
    expect(eager.posted).toEqual(['2026-03-02T08:00:00.000Z']);
    await eager.schedule.stop();

    await store.jobs.set('digest', { version: 1, per: 'iod' });
    const h = harness(clock);
    await h.schedule.start();
    expect(h.posted).toEqual([]);
    expect(h.logs.some((l) => l.includes('unreadable'))).toBe(true);
    expect(await state()).toMatchObject({ period: '2026-03-02T08:00:00.000Z', baseline: true });
    await h.schedule.stop();
  });

  it('tells each run the period recorded before it, across a restart and a missed period', async () => {
    const clock = new FakeClock(at('2026-03-02T12:00:00Z'));
    const first = harness(clock);
    await first.schedule.start();
    await clock.advanceTo(at('2026-03-04T09:00:00Z'), [first.schedule]);
    expect(first.posted).toEqual(['2026-03-03T08:00:00.000Z', '2026-03-04T08:00:00.000Z']);
    expect(first.previous).toEqual(['2026-03-02T08:00:00.000Z', '2026-03-03T08:00:00.000Z']);
    await first.schedule.stop();

    clock.t = at('2026-03-07T10:00:00Z');
    const second = harness(clock);
    await second.schedule.start();
    expect(second.posted).toEqual(['2026-03-07T08:00:00.000Z']);
    expect(second.previous).toEqual(['2026-03-04T08:00:00.000Z']);
    await second.schedule.stop();
  });

  it('keeps its state in whatever JobStateStore it is given', async () => {
    const saved = new Map<string, JobState>();
    const memory: JobStateStore = {
      get: async (job) => saved.get(job),
      set: async (job, state) => void saved.set(job, state),
    };
    const clock = new FakeClock(at('2026-03-02T12:00:00Z'));
    const h = harness(clock, { state: memory });
    await h.schedule.start();
    expect(saved.get('digest')).toMatchObject({ period: '2026-03-02T08:00:00.000Z', baseline: true });
    await clock.advanceTo(at('2026-03-03T09:00:00Z'), [h.schedule]);
    expect(h.posted).toEqual(['2026-03-03T08:00:00.000Z']);
    expect(saved.get('digest')).toMatchObject({ period: '2026-03-03T08:00:00.000Z' });
    await h.schedule.stop();
    expect(await store.jobs.get('digest')).toBeUndefined();

    const restarted = harness(clock, { state: memory });
    await restarted.schedule.start();
    expect(restarted.posted).toEqual([]);
    await restarted.schedule.stop();
  });

  it('runs each period once across processes sharing the store: a run elsewhere is left to it, and found done afterwards', async () => {
    const elsewhere = await openStore(loadConfig({ PAPERBOT_DATA_DIR: dir }));
    try {
      const clock = new FakeClock(at('2026-03-02T12:00:00Z'));
      const posted: string[] = [];
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const a = harness(clock, {
        post: async (period) => {
          posted.push(`a ${period.toISOString()}`);
          await held;
        },
      });
      const b = harness(clock, { state: jobStateIn(elsewhere.jobs), post: async (period) => void posted.push(`b ${period.toISOString()}`) });
      await Promise.all([a.schedule.start(), b.schedule.start()]);
      expect(posted).toEqual([]);
      expect(await state()).toMatchObject({ period: '2026-03-02T08:00:00.000Z', baseline: true });

      // Both reach the next period while A is posting it: B leaves it to A.
      clock.t = at('2026-03-03T08:00:00Z');
      const first = a.schedule.runDue();
      await vi.waitFor(() => expect(posted).toHaveLength(1));
      expect(await b.schedule.runDue()).toBe(false);
      expect(b.logs).toContain('digest: running elsewhere for 2026-03-03T08:00:00.000Z (another process holds its lock); checking again later');
      release();
      expect(await first).toBe(true);
      // B, looking again, reads A's record under the lock and does not post the period a second time.
      expect(await b.schedule.runDue()).toBe(false);
      expect(b.schedule.lastPeriod()?.toISOString()).toBe('2026-03-03T08:00:00.000Z');

      // The next period: whichever gets there first posts it; the other finds it done.
      await clock.advanceTo(at('2026-03-04T09:00:00Z'), [a.schedule, b.schedule]);
      expect(posted).toHaveLength(2);
      expect(posted.map((p) => p.slice(2))).toEqual(['2026-03-03T08:00:00.000Z', '2026-03-04T08:00:00.000Z']);
      expect(await state()).toMatchObject({ period: '2026-03-04T08:00:00.000Z' });
      await Promise.all([a.schedule.stop(), b.schedule.stop()]);
      expect([...a.errors, ...b.errors]).toEqual([]);
    } finally {
      await elsewhere.close();
    }
  });

  it('rejects a bad cron expression or time zone', () => {
    const clock = new FakeClock(at('2026-03-02T12:00:00Z'));
    expect(() => harness(clock, { cron: 'every monday' })).toThrow(UserError);
    expect(() => harness(clock, { timezone: 'Mars/Olympus_Mons' })).toThrow(/invalid time zone "Mars\/Olympus_Mons"/);
  });
});

describe('scheduled jobs from the configuration', () => {
  let server: Server;
  let baseUrl: string;
  const asked: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      const date = new URL(req.url ?? '/', 'http://x').searchParams.get('date') ?? '';
      asked.push(date);
      if (date === '2026-03-10') {
        void readFile(path.join(FIXTURES, 'daily-papers/2026-03-10.json')).then((body) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
      } else {
        res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  /** A daily fetch at 06:00 from the recorded day, over the themes fixture. */
  const scheduledFetch = (extra: Record<string, string> = {}) => ({
    PAPERBOT_CORPUS_DIR: path.join(FIXTURES, 'themes.jsonl'),
    PAPERBOT_DAILY_FETCH: 'true',
    PAPERBOT_DAILY_FETCH_CRON: '0 6 * * *',
    DAILY_PAPERS_URL: baseUrl,
    PAPERBOT_DAILY_FETCH_INTERVAL_MS: '0',
    ...extra,
  });

  it('are off unless configured', async () => {
    const t = await tempConfig();
    try {
      const state = jobStateIn(store.jobs);
      expect(createDailyFetchJob(t.config, { state })).toBeUndefined();
      expect(createDigestJob(t.config, async () => {}, { state })).toBeUndefined();
    } finally {
      await t.cleanup();
    }
  });

  it('fetches and ingests the daily papers on schedule', async () => {
    const t = await tempConfig(scheduledFetch());
    try {
      const clock = new FakeClock(at('2026-03-11T07:00:00Z'));
      const ingested: number[] = [];
      const errors: unknown[] = [];
      const jobs = await openStore(t.config);
      const job = createDailyFetchJob(t.config, {
        state: jobStateIn(jobs.jobs),
        clock,
        onIngested: (run) => {
          ingested.push(run.report!.added);
        },
        onError: (err) => errors.push(err),
      })!;
      await job.start();
      expect(errors).toEqual([]);
      expect(asked).toEqual(['2026-03-10', '2026-03-11']);
      // No index yet: the bundled corpus (here the fixture) is read too.
      expect(ingested).toEqual([15]);
      const papers = await storedPapers(t.config.PAPERBOT_DATA_DIR);
      expect(papers.filter((p) => p.sources.includes('daily-papers:2026-03-10'))).toHaveLength(4);

      await clock.advanceTo(at('2026-03-12T06:00:00Z'), [job]);
      expect(asked).toEqual(['2026-03-10', '2026-03-11', '2026-03-11', '2026-03-12']);
      expect(ingested).toEqual([15]);
      expect(await jobs.jobs.get('daily-fetch')).toMatchObject({ period: '2026-03-12T06:00:00.000Z' });
      await job.stop();
      await jobs.close();
    } finally {
      await t.cleanup();
    }
  });

  it('has the LLM describe the new papers before they are indexed, when one is given', async () => {
    const stub = await startOpenAiStub();
    const t = await tempConfig(scheduledFetch({ OPENAI_BASE_URL: stub.baseURL, PAPERBOT_LLM_MAX_RETRIES: '0' }));
    try {
      stub.onChat((body) => JSON.stringify({ summary: `In plain words: ${describedTitle(body)}.`, questions: ['keywords'] }));
      const jobs = await openStore(t.config);
      const errors: unknown[] = [];
      const job = createDailyFetchJob(t.config, { state: jobStateIn(jobs.jobs), clock: new FakeClock(at('2026-03-11T07:00:00Z')), llm: chatClientFromConfig(t.config)!, onError: (err) => errors.push(err) })!;
      await job.start();
      expect(errors).toEqual([]);
      const papers = await storedPapers(t.config.PAPERBOT_DATA_DIR);
      const fetched = papers.filter((p) => p.sources.some((s) => s.startsWith('daily-papers:')));
      expect(fetched).toHaveLength(4);
      for (const p of fetched) expect(p.description?.summary).toBe(`In plain words: ${p.title}.`);
      // Only the fetched papers were asked about, each once, not the bundled corpus read with them.
      expect(stub.requests.filter((q) => q.path.endsWith('/chat/completions'))).toHaveLength(4);
      expect(papers.filter((p) => p.description)).toHaveLength(4);
      await job.stop();
      await jobs.close();
    } finally {
      await stub.close();
      await t.cleanup();
    }
  });
});

describe('the bot with a digest schedule', () => {
  it('refuses to start with half a schedule or a bad cron, before connecting, saying which setting to fix', async () => {
    const t = await indexedConfig();
    try {
      const base = { PAPERBOT_DATA_DIR: t.config.PAPERBOT_DATA_DIR, PAPERBOT_CORPUS_DIR: CORPUS, DISCORD_TOKEN: 'not-a-real-token', DISCORD_API_URL: 'http://127.0.0.1:9/api' };
      const noChannel = await runCli(['start'], { ...base, PAPERBOT_DIGEST_CRON: '0 9 * * 1' });
      expect(noChannel.code).toBe(2);
      expect(noChannel.stderr).toContain('PAPERBOT_DIGEST_CRON is set but PAPERBOT_DIGEST_CHANNEL_ID is not');
      const noCron = await runCli(['start'], { ...base, PAPERBOT_DIGEST_CHANNEL_ID: '123456789012345678' });
      expect(noCron.code).toBe(2);
      expect(noCron.stderr).toContain('PAPERBOT_DIGEST_CHANNEL_ID is set but PAPERBOT_DIGEST_CRON is not');
      const badCron = await runCli(['start'], { ...base, PAPERBOT_DIGEST_CHANNEL_ID: '123456789012345678', PAPERBOT_DIGEST_CRON: 'every monday' });
      expect(badCron.code).toBe(2);
      expect(badCron.stderr).toContain('invalid PAPERBOT_DIGEST_CRON "every monday"');
    } finally {
      await t.cleanup();
    }
  });
});
