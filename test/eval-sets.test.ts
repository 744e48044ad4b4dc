import { describe, expect, it } from 'vitest';
import { KNOWN_SETS } from '../src/cli/evaluation.js';
import { normalizeTitle } from '../src/corpus/paper.js';
import { readEvalSet } from '../src/eval/dataset.js';
import { readInputs } from '../src/retrieval/ingest/ingest.js';
import { CORPUS } from './helpers/index.js';

describe('the question sets in eval/', () => {
  it('each hold questions of every kind they are measured by, and name only papers of the bundled corpus', async () => {
    const corpus = new Set((await readInputs([CORPUS], new Date(), () => {})).papers.map((p) => normalizeTitle(p.title)));
    expect(corpus.size).toBe(588);
    for (const { file } of KNOWN_SETS) {
      const items = await readEvalSet(file);
      const kinds = new Set(items.map((item) => item.kind));
      for (const kind of ['paper', 'topic', 'unanswerable'] as const) expect(kinds.has(kind), `${file}: ${kind}`).toBe(true);
      const named = items.flatMap((item) => [...('relevant' in item ? item.relevant : []), ...('title' in item ? [item.title] : [])]);
      expect(named.filter((title) => !corpus.has(normalizeTitle(title))), file).toEqual([]);
    }
  });

  it('ask no question twice, within a set or across the tuning and held-out sets', async () => {
    const seen = new Map<string, string>();
    for (const { file } of KNOWN_SETS) {
      for (const item of await readEvalSet(file)) {
        if (!('question' in item)) continue;
        expect(seen.get(item.question), `${file}: a question of ${seen.get(item.question)}`).toBeUndefined();
        seen.set(item.question, file);
      }
    }
    expect(seen.size).toBeGreaterThan(7000);
  });
});
