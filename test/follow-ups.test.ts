import { describe, expect, it } from 'vitest';
import { standsAlone } from '../src/answer/follow-ups.js';

/** Document frequencies out of 100 papers: the words listed are used by few papers, every other by half. */
const frequencies = (rare: string[]) => async (terms: string[]) => terms.map((t) => ({ df: rare.includes(t) ? 3 : 50 }));

describe('whether a follow-up stands alone', () => {
  it('does when it names a topic of its own in words few papers use', async () => {
    expect(await standsAlone('thanks! now, any papers on medical exam benchmarks?', frequencies(['medic', 'exam']), 100)).toBe(true);
  });

  it('does when its "it" stands for nothing said before ("how many a100s did it take ...")', async () => {
    expect(await standsAlone('how many a100s did it take to train opt-iml 175b', frequencies(['a100', 'opt', 'iml', '175b']), 100)).toBe(true);
  });

  it('does when it says "it" or "they" only after naming enough of its own for them to stand for', async () => {
    const rare = frequencies(['sampl', 'llm', 'major', 'vote', 'copi', 'stack', 'layer', 'copi', 'mixtral', '11b', '7b']);
    expect(await standsAlone('is there a paper showing u can just sample an llm a bunch of times and majority vote, and it keeps getting better the more copies u use?', rare, 100)).toBe(true);
    // "they" of the paper asked for: its authors.
    expect(await standsAlone('whats the paper where they build a ~11B model by stacking layers copied from a 7B model, and it beats mixtral', rare, 100)).toBe(true);
  });

  it('does not when it points back at the earlier answer', async () => {
    for (const q of ['does it work on medical exams?', 'is the code for medical exams out?', 'which of these covers medical exams?', 'tell me more about the second one']) {
      expect(await standsAlone(q, frequencies(['medic', 'exam', 'cover', 'second']), 100), q).toBe(false);
    }
  });

  it('does not when its words could be asked of any paper', async () => {
    expect(await standsAlone('and for smaller models?', frequencies([]), 100)).toBe(false);
    expect(await standsAlone('medical models?', frequencies(['medic']), 100)).toBe(false);
  });
});
