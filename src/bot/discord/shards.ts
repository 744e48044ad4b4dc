import type { ChildProcess } from 'node:child_process';
import type { Worker } from 'node:worker_threads';
import { type Shard, ShardingManager } from 'discord.js';
import type { Config } from '../../config.js';
import { LIMITS } from '../limits.js';
import type { Logger } from '../log.js';
import { fetchGatewayInfo } from './login.js';

/** `--shards`: as many as Discord recommends, or a number. */
export type ShardCount = number | 'auto';

export interface ShardsOptions {
  config: Config;
  count: ShardCount;
  log: Logger;
  /** The script each shard runs (this CLI) and its arguments (`start`), with the node flags of this process. */
  script: string;
  args: string[];
  execArgv: string[];
}

/** How long a shard has to stop after SIGTERM before it is killed (it forces its own exit after 10 s). */
const STOP_GRACE_MS = 15_000;

/** A shard that exited before it was ready, e.g. on a setting it refused: the manager stops with its exit code. */
class ShardFailed extends Error {
  constructor(
    readonly shard: number,
    readonly code: number,
  ) {
    super(`shard ${shard} exited with code ${code} before it was ready`);
  }
}

/**
 * Runs the bot as shards with discord.js's `ShardingManager`: one process per shard, each the bot
 * with its own client (Discord sends it the events of its guilds) and the shared store of record.
 * The token is checked first (a rejected one throws the one-line error at once). Shards start in
 * groups of the gateway's `max_concurrency`, a group every identify interval; one that exits later
 * is started again. SIGINT or SIGTERM stops every shard. Resolves with the exit code: 0 when every
 * shard stopped cleanly, else the code of the shard that failed (or 1).
 */
export async function runShards(options: ShardsOptions): Promise<number> {
  const { config, log } = options;
  const gateway = await fetchGatewayInfo(config);
  const count = options.count === 'auto' ? gateway.shards : options.count;
  const manager = new ShardingManager(options.script, {
    totalShards: count,
    mode: 'process',
    respawn: false,
    shardArgs: options.args,
    execArgv: options.execArgv,
    ...(config.DISCORD_TOKEN ? { token: config.DISCORD_TOKEN } : {}),
  });
  log.info('starting shards', { shards: count, recommended: gateway.shards, ...(options.count === 'auto' ? { auto: true } : {}) });

  let stopping: Promise<number> | undefined;
  const stop = (): Promise<number> => (stopping ??= stopShards(manager, log));
  let onSignal: (signal: NodeJS.Signals) => void = () => undefined;
  const signalled = new Promise<void>((resolve) => {
    onSignal = (signal) => {
      log.info('received signal', { signal });
      resolve();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
  void signalled.then(stop);
  try {
    await spawnShards(manager, count, gateway.maxConcurrency, log, () => stopping !== undefined);
    if (!stopping) {
      // From now on a shard that exits is started again.
      manager.respawn = true;
      log.info('all shards are ready', { shards: count });
    }
    await signalled;
    return await stop();
  } catch (err) {
    if (stopping) return await stopping;
    await stop();
    if (!(err instanceof ShardFailed)) throw err;
    log.error('a shard failed to start; all shards stopped', { shard: err.shard, code: err.code });
    return err.code === 0 ? 1 : err.code;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Spawns the shards, `concurrency` at a time, each group once the previous one is ready and an identify interval has passed. */
async function spawnShards(manager: ShardingManager, count: number, concurrency: number, log: Logger, stopped: () => boolean): Promise<void> {
  for (let first = 0; first < count && !stopped(); first += concurrency) {
    const began = Date.now();
    const group: Promise<void>[] = [];
    for (let id = first; id < Math.min(count, first + concurrency); id++) group.push(startShard(manager.createShard(id), manager, log));
    await Promise.all(group);
    const wait = LIMITS.identifyIntervalMs - (Date.now() - began);
    if (first + concurrency < count && wait > 0 && !stopped()) await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** Starts one shard's process; resolves when its client is ready, rejects with {@link ShardFailed} when it exits first. */
function startShard(shard: Shard, manager: ShardingManager, log: Logger): Promise<void> {
  return new Promise((resolve, reject) => {
    let ready = false;
    shard.once('ready', () => {
      ready = true;
      log.info('shard ready', { shard: shard.id });
      resolve();
    });
    shard.on('death', (child) => {
      const { code, signal } = exitOf(child);
      if (!ready) reject(new ShardFailed(shard.id, code ?? 1));
      else if (manager.respawn) log.warn('shard exited; starting it again', { shard: shard.id, code, signal });
    });
    shard.on('error', (err) => log.error('shard error', { shard: shard.id, err }));
    void shard.spawn(-1).catch(reject);
  });
}

/** Stops every shard (SIGTERM, then SIGKILL after {@link STOP_GRACE_MS}); resolves 0 when all exited cleanly. */
async function stopShards(manager: ShardingManager, log: Logger): Promise<number> {
  manager.respawn = false;
  log.info('stopping shards', { shards: manager.shards.size });
  const exits = [...manager.shards.values()].map((shard) => {
    const child = shard.process;
    if (!child) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const force = setTimeout(() => {
        log.warn('shard did not stop; killing it', { shard: shard.id });
        child.kill('SIGKILL');
      }, STOP_GRACE_MS);
      shard.once('death', (c) => {
        clearTimeout(force);
        resolve(exitOf(c).code === 0);
      });
      child.kill('SIGTERM');
    });
  });
  const clean = (await Promise.all(exits)).every(Boolean);
  log.info('all shards stopped', { clean });
  return clean ? 0 : 1;
}

/** How a shard's process ended (shards run as processes: a worker has no exit code here). */
function exitOf(child: ChildProcess | Worker): { code: number | null; signal: NodeJS.Signals | null } {
  return 'exitCode' in child ? { code: child.exitCode, signal: child.signalCode } : { code: null, signal: null };
}
