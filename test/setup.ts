import { afterEach, expect } from 'vitest';
import { refusedConnections } from './support/no-network.js';

// Settings from the shell that runs the tests never reach them: each test passes its own.
for (const key of Object.keys(process.env)) {
  if (/^(PAPERBOT_|OPENAI_|DISCORD_|DAILY_PAPERS_)/.test(key)) delete process.env[key];
}

afterEach(() => {
  const refused = refusedConnections.splice(0);
  expect(refused, 'the test tried to reach a real network address').toEqual([]);
});
