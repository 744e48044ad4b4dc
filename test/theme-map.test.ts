import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest, type Digest } from '../src/answer/digest.js';
import { THEME_COLORS } from '../src/render/theme-colors.js';
import { THEME_MAP_HEIGHT, THEME_MAP_WIDTH, themeMapPng } from '../src/render/theme-map.js';
import { Retriever } from '../src/retrieval/engine.js';
import { FIXTURES, tempConfig } from './helpers/index.js';

const cleanups: (() => Promise<void>)[] = [];
const digests: Record<string, Digest> = {};

beforeAll(async () => {
  for (const name of ['themes.jsonl', 'themes-llm.jsonl']) {
    const t = await tempConfig({ PAPERBOT_CORPUS_DIR: path.join(FIXTURES, name) });
    cleanups.push(t.cleanup);
    digests[name] = await buildDigest(await Retriever.open({ config: t.config }), { since: '2026-03-01', until: '2026-04-30' });
  }
});
afterAll(async () => {
  for (const c of cleanups) await c();
});

/** Width and height from the IHDR chunk, read by hand. */
function header(png: Uint8Array): { signature: string; chunk: string; width: number; height: number } {
  const b = Buffer.from(png);
  return { signature: b.subarray(0, 8).toString('hex'), chunk: b.subarray(12, 16).toString('latin1'), width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Pixels of each exact colour. */
function colourCounts(png: Uint8Array): Map<string, number> {
  const { data, width, height } = PNG.sync.read(Buffer.from(png));
  const counts = new Map<string, number>();
  for (let i = 0; i < width * height * 4; i += 4) {
    const hex = `#${[data[i]!, data[i + 1]!, data[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    counts.set(hex, (counts.get(hex) ?? 0) + 1);
  }
  return counts;
}

describe('the theme map', () => {
  it('is a PNG of 800 x 500 with one colour per theme', async () => {
    for (const [name, themes] of [['themes.jsonl', 3], ['themes-llm.jsonl', 4]] as const) {
      const digest = digests[name]!;
      expect(digest.themes).toHaveLength(themes);
      const png = (await themeMapPng(digest))!;
      expect(header(png)).toEqual({ signature: '89504e470d0a1a0a', chunk: 'IHDR', width: THEME_MAP_WIDTH, height: THEME_MAP_HEIGHT });
      expect([THEME_MAP_WIDTH, THEME_MAP_HEIGHT]).toEqual([800, 500]);
      const counts = colourCounts(png);
      digest.themes.forEach((theme, i) => {
        // The theme's points, its number on the map and in the legend: several discs of its colour.
        expect(counts.get(THEME_COLORS[i]!) ?? 0, `${name} theme ${i + 1} of ${theme.papers.length} papers`).toBeGreaterThan(500);
      });
      for (const unused of THEME_COLORS.slice(themes)) expect(counts.get(unused) ?? 0).toBe(0);
    }
  });

  it('is not drawn for an empty window', async () => {
    expect(await themeMapPng({ ...digests['themes.jsonl']!, themes: [], totalPapers: 0 })).toBeUndefined();
  });
});
