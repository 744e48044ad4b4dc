import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../src/util/project.js';
import { usePostgres } from './support/postgres.js';

const servers = usePostgres();

describe.each(servers)('the test PostgreSQL server ($name)', (server) => {
  it('answers queries with parameters from several connections at once, each with its own statement and parameters', async () => {
    const clients = await Promise.all(
      [1, 2, 3, 4].map(async () => {
        const client = new pg.Client({ connectionString: server.url() });
        await client.connect();
        return client;
      }),
    );
    try {
      // Connection i sends 10 queries, one after another, of i + 1 parameters each, the first a long
      // text that reaches the server in several reads; pg sends each as Parse, Bind, Execute and Sync.
      const answers = await Promise.all(
        clients.map(async (client, i) => {
          const out: { got: number; want: number }[] = [];
          for (let j = 0; j < 10; j++) {
            const numbers = Array.from({ length: i }, (_, k) => 100 * j + k);
            const text = `SELECT length($1::text)${numbers.map((_, k) => ` + $${k + 2}::int`).join('')} AS sum`;
            const long = 'x'.repeat(300_000 + j);
            const r = await client.query<{ sum: number }>(text, [long, ...numbers]);
            out.push({ got: r.rows[0]!.sum, want: long.length + numbers.reduce((a, b) => a + b, 0) });
          }
          return out;
        }),
      );
      expect(answers.flat().filter((a) => a.got !== a.want)).toEqual([]);
      expect(answers.flat()).toHaveLength(40);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });
});

describe('the PGlite server process the bench starts', () => {
  it('serves until the process that started it is gone (its stdin closes), leaving nothing running', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'paperbot-pglite-process-'));
    const child = spawn(process.execPath, [path.join(DIST_DIR, 'src/store/pglite-process.js'), dir], { stdio: ['pipe', 'pipe', 'inherit'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('\n')) resolve(out.trim());
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      expect((await client.query<{ n: number }>('SELECT 1 + 1 AS n')).rows[0]!.n).toBe(2);
      await client.end();
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      // What a dying parent does to the pipe.
      child.stdin.end();
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
