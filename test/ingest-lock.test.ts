import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withIngestLock } from '../src/retrieval/index/index-store.js';

let dir: string;
let lock: string;
const children: ChildProcess[] = [];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'paperbot-lock-'));
  lock = path.join(dir, 'ingest.lock');
});
afterEach(async () => {
  for (const c of children.splice(0)) c.kill();
  await rm(dir, { recursive: true, force: true });
});

/** Another process, running until killed. */
async function otherProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  await new Promise((resolve) => child.once('spawn', resolve));
  return child;
}

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

const exists = (file: string) => stat(file).then(
  () => true,
  () => false,
);

describe('the ingest lock', () => {
  it('holds <dataDir>/ingest.lock with its pid while the work runs, and removes it after', async () => {
    let during = '';
    const result = await withIngestLock(dir, async () => {
      during = await readFile(lock, 'utf8');
      return 42;
    });
    expect(result).toBe(42);
    expect(during).toBe(String(process.pid));
    expect(await exists(lock)).toBe(false);
  });

  it('waits for another running process to finish, saying so once, then takes the lock', async () => {
    const other = await otherProcess();
    await writeFile(lock, String(other.pid));
    const messages: string[] = [];
    let ran = false;
    const done = withIngestLock(dir, async () => (ran = true), { pollMs: 20, progress: (m) => messages.push(m) });
    await new Promise((r) => setTimeout(r, 300));
    expect(ran).toBe(false);
    expect(await readFile(lock, 'utf8')).toBe(String(other.pid));
    other.kill();
    await done;
    expect(ran).toBe(true);
    expect(messages).toEqual([`waiting for another ingest (pid ${other.pid}) to finish updating ${dir}`]);
    expect(await exists(lock)).toBe(false);
  });

  it('with wait: false, leaves a running process its lock and does not run the work', async () => {
    const other = await otherProcess();
    await writeFile(lock, String(other.pid));
    let ran = false;
    expect(await withIngestLock(dir, async () => (ran = true), { wait: false })).toBeUndefined();
    expect(ran).toBe(false);
    expect(await readFile(lock, 'utf8')).toBe(String(other.pid));
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    await writeFile(lock, String(await deadPid()));
    let holder = '';
    await withIngestLock(dir, async () => (holder = await readFile(lock, 'utf8')), { wait: false });
    expect(holder).toBe(String(process.pid));
  });

  it('takes over an empty lock file only once it is too old to be still being written', async () => {
    await writeFile(lock, '');
    let ran = false;
    const done = withIngestLock(dir, async () => (ran = true));
    await new Promise((r) => setTimeout(r, 300));
    expect(ran).toBe(false);
    await done;
    expect(ran).toBe(true);

    await writeFile(lock, '');
    const old = new Date(Date.now() - 60_000);
    await utimes(lock, old, old);
    const started = Date.now();
    await withIngestLock(dir, async () => undefined);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('runs the work of one process one at a time, in the order asked, even when one fails', async () => {
    const events: string[] = [];
    const work = (name: string, fail = false) =>
      withIngestLock(dir, async () => {
        events.push(`start ${name}`);
        await new Promise((r) => setTimeout(r, 30));
        events.push(`end ${name}`);
        if (fail) throw new Error(`${name} failed`);
        return name;
      });
    const results = await Promise.allSettled([work('a'), work('b', true), work('c')]);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(['a', 'b failed', 'c']);
    expect(await exists(lock)).toBe(false);
  });

  it('with wait: false, does not queue behind work of the same process on the same data directory', async () => {
    let release!: () => void;
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    const first = withIngestLock(dir, () => {
      started();
      return new Promise<string>((r) => (release = () => r('first')));
    });
    await running;
    let ran = false;
    expect(await withIngestLock(dir, async () => (ran = true), { wait: false })).toBeUndefined();
    expect(ran).toBe(false);
    release();
    expect(await first).toBe('first');
  });
});
