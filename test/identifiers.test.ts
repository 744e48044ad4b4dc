import { describe, expect, it } from 'vitest';
import { paperRefs, refOf, unknownRefsText } from '../src/corpus/identifiers.js';

describe('arXiv identifiers in a question', () => {
  it('are read bare, after "arXiv:" and in links, without their version, each once', () => {
    expect(paperRefs('what is 2501.17635 about?')).toEqual({ refs: ['2501.17635'], rest: 'what is about?' });
    expect(paperRefs('see arXiv:2501.17635v2 and https://arxiv.org/pdf/2401.01234v1.pdf, and 2501.17635 again').refs).toEqual(['2501.17635', '2401.01234']);
    expect(paperRefs('<https://huggingface.co/papers/2501.17635> does it use diffusion?')).toEqual({ refs: ['2501.17635'], rest: 'does it use diffusion?' });
  });

  it('are not numbers that only look like one', () => {
    for (const text of ['lr 3.0e-4 for 1234.5678 steps', 'gpt 3.5 and version 2.1', 'the 2024.12345 thing', 'price 12345.6789']) {
      expect(paperRefs(text)).toEqual({ refs: [], rest: text });
    }
  });

  it("are read from a paper's link, and named when no paper has them", () => {
    expect(refOf('https://arxiv.org/abs/2501.17635')).toBe('2501.17635');
    expect(refOf('https://huggingface.co/papers/2501.17635v3')).toBe('2501.17635');
    expect(refOf('https://example.org/paper')).toBeUndefined();
    expect(unknownRefsText(['2501.00001', '2501.00002'])).toBe('No paper in the corpus has the arXiv identifiers 2501.00001 and 2501.00002.');
  });
});
