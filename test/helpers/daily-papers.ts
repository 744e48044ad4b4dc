import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { addDays, daysBetween } from '../../src/corpus/dates.js';
import { FIXTURES } from './index.js';

/**
 * The daily-papers API on 127.0.0.1: every day holds the same recorded list of four papers,
 * published (as on the recording) one or two days before the day asked for. `requests` lists the
 * URL of every request.
 */
export async function startDailyPapers(): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const date = new URL(req.url ?? '/', 'http://x').searchParams.get('date') ?? '2026-03-10';
    void readFile(path.join(FIXTURES, 'daily-papers/2026-03-10.json'), 'utf8').then((body) => {
      const shift = daysBetween('2026-03-10', date);
      const moved = body.replace(/("publishedAt": ")(\d{4}-\d{2}-\d{2})/g, (_m, key: string, day: string) => `${key}${addDays(day, shift)}`);
      res.writeHead(200, { 'content-type': 'application/json' }).end(moved);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
