import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from './paths.js';

const NETWORK_GUARD = pathToFileURL(path.join(REPO, 'test/support/no-network.js')).href;
const MODULE_LOG = pathToFileURL(path.join(REPO, 'test/support/module-log.js')).href;

export interface CliOptions {
  /** Working directory (default: the repository, as a developer runs it). */
  cwd?: string;
  /** Read the settings file (`.env` in the working directory) as a person's run does; tests never do by default. */
  envFile?: boolean;
  /** Write the URL of every module the process loads to this file (see test/support/module-log.js). */
  moduleLog?: string;
}

/**
 * The environment of a CLI process a test starts: only what the test passes, no settings file, and the
 * network guard (test/support/no-network.js) loaded first.
 */
function cliEnv(env: Record<string, string>, options: CliOptions): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    NODE_OPTIONS: `--import=${NETWORK_GUARD}${options.moduleLog ? ` --import=${MODULE_LOG}` : ''}`,
    ...(options.moduleLog ? { MODULE_LOG: options.moduleLog } : {}),
    ...(options.envFile ? {} : { PAPERBOT_ENV_FILE: '' }),
    ...env,
  };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the `paperbot` command as a user would, with optional stdin. */
export function runCli(args: string[], env: Record<string, string>, stdin?: string, options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO, 'bin/paperbot.js'), ...args], {
      cwd: options.cwd ?? REPO,
      env: cliEnv(env, options),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

export interface RunningCli {
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Resolves when stderr matches `pattern`. */
  waitForStderr(pattern: RegExp, timeoutMs?: number): Promise<void>;
  signal(sig: NodeJS.Signals): void;
  /** Resolves with the exit code (or the signal that ended the process). */
  exited: Promise<number | NodeJS.Signals | null>;
}

/** Starts the `paperbot` command as a long-running process (e.g. the bot), for a test to drive and stop. */
export function spawnCli(args: string[], env: Record<string, string>, options: CliOptions = {}): RunningCli {
  const child = spawn(process.execPath, [path.join(REPO, 'bin/paperbot.js'), ...args], {
    cwd: options.cwd ?? REPO,
    env: cliEnv(env, options),
  });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    for (const l of [...listeners]) l();
  });
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.on('close', (code, sig) => resolve(code ?? sig)));
  return {
    stdout: () => stdout,
    stderr: () => stderr,
    waitForStderr(pattern, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!pattern.test(stderr)) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out waiting for ${pattern} in stderr:\n${stderr.slice(-2000)}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    signal: (sig) => void child.kill(sig),
    exited,
  };
}
