import { describe, expect, it } from 'vitest';
import { notDatedNote } from '../src/answer/unmentioned-note.js';
import { askedYears, datedIn } from '../src/retrieval/requirements/years.js';

describe('years asked for', () => {
  it('reads a year after a word of time or beside a word for papers, and leaves the rest of the query', () => {
    expect(askedYears('papers from 2023 on rlhf')).toEqual({ years: [2023], rest: 'papers on rlhf' });
    expect(askedYears('any 2024 papers on vlms?')).toEqual({ years: [2024], rest: 'any papers on vlms?' });
    expect(askedYears('rlhf papers 2024')).toEqual({ years: [2024], rest: 'rlhf papers' });
    expect(askedYears('what happened in early 2024 with dpo')).toEqual({ years: [2024], rest: 'what happened with dpo' });
    expect(askedYears('research from mid-2023 on dpo')).toEqual({ years: [2023], rest: 'research on dpo' });
    expect(askedYears('since 2020, what changed in mt?')).toEqual({ years: [2020], rest: 'what changed in mt?' });
  });

  it('reads a span of years as each of them', () => {
    expect(askedYears('papers 2019–2021 on bert').years).toEqual([2019, 2020, 2021]);
    expect(askedYears('published between 2022 and 2023, any work on merging?')).toEqual({ years: [2022, 2023], rest: 'published, any work on merging?' });
  });

  it('leaves a year that is part of a name, and a number that counts something', () => {
    for (const q of ['SemEval-2023 task 8', 'WMT 2023 results', 'the 2023-style prompts', 'a context window of 2048 tokens', 'in 2000 steps the loss', 'after 2024 tokens']) {
      expect(askedYears(q)).toEqual({ years: [], rest: q });
    }
  });

  it('tells whether a date falls in one of the years', () => {
    expect(datedIn('2026-03-14', [2025, 2026])).toBe(true);
    expect(datedIn('2026-03-14', [2023])).toBe(false);
    expect(datedIn(undefined, [2026])).toBe(false);
  });

  it('says which years asked for none of the papers is dated in', () => {
    expect(notDatedNote([2023], 'cited papers')).toBe('None of the cited papers is dated 2023 in the corpus.');
    expect(notDatedNote([2022, 2023, 2024])).toBe('None of the closest papers is dated 2022, 2023 or 2024 in the corpus.');
    expect(notDatedNote([])).toBe('');
  });
});
