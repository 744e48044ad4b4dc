import { describe, expect, it } from 'vitest';
import { type SparseRow, randomizedSvd, symmetricEigen } from '../src/retrieval/embedding/linalg.js';
import { LsaModel } from '../src/retrieval/embedding/lsa.js';

/** Column `j` of the orthonormal DCT-II basis of size `n` (a known orthonormal set). */
function dct(n: number, j: number): number[] {
  const scale = j === 0 ? Math.sqrt(1 / n) : Math.sqrt(2 / n);
  return Array.from({ length: n }, (_, i) => scale * Math.cos((Math.PI * (i + 0.5) * j) / n));
}

/** A = sum_j s_j u_j v_j^T, as dense rows (n x m). */
function lowRank(values: number[], us: number[][], vs: number[][]): number[][] {
  const n = us[0]!.length;
  const m = vs[0]!.length;
  return Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, t) => values.reduce((acc, s, j) => acc + s * us[j]![i]! * vs[j]![t]!, 0)));
}

function sparse(dense: number[][]): SparseRow[] {
  return dense.map((row) => {
    const idx = row.flatMap((v, t) => (v !== 0 ? [t] : []));
    return { idx: Int32Array.from(idx), val: Float64Array.from(idx, (t) => row[t]!) };
  });
}

/** Equal up to sign, element by element. */
function expectSameDirection(actual: ArrayLike<number>, expected: ArrayLike<number>, digits: number): void {
  const sign = Math.sign(Array.from(actual).reduce((acc, x, i) => acc + x * expected[i]!, 0));
  expect(sign).not.toBe(0);
  Array.from(actual).forEach((x, i) => expect(sign * x).toBeCloseTo(expected[i]!, digits));
}

describe('symmetric eigen-decomposition', () => {
  it('finds the eigenvalues, descending, and the eigenvectors of a known matrix', () => {
    // [[2,1,0],[1,2,0],[0,0,5]]: eigenvalues 5, 3, 1 with eigenvectors e3, (e1+e2)/sqrt2, (e1-e2)/sqrt2.
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 0, 1, 2, 0, 0, 0, 5]), 3);
    expect(Array.from(values).map((v) => Number(v.toFixed(10)))).toEqual([5, 3, 1]);
    const column = (j: number) => [0, 1, 2].map((k) => vectors[k * 3 + j]!);
    expectSameDirection(column(0), [0, 0, 1], 10);
    expectSameDirection(column(1), [Math.SQRT1_2, Math.SQRT1_2, 0], 10);
    expectSameDirection(column(2), [Math.SQRT1_2, -Math.SQRT1_2, 0], 10);
  });

  it('recovers Q diag(values) Q^T for an orthonormal Q', () => {
    const n = 6;
    const lambda = [9, 4, 2.5, 1, 0.25, -3];
    const q = lambda.map((_, j) => dct(n, j));
    const a = new Float64Array(n * n);
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) a[r * n + c] = lambda.reduce((acc, l, j) => acc + l * q[j]![r]! * q[j]![c]!, 0);
    const { values, vectors } = symmetricEigen(a, n);
    expect(Array.from(values)).toEqual(lambda.map((l) => expect.closeTo(l, 9)));
    for (let j = 0; j < n; j++) {
      expectSameDirection(
        Array.from({ length: n }, (_, k) => vectors[k * n + j]!),
        q[j]!,
        9,
      );
    }
  });
});

describe('randomized SVD', () => {
  // A 40 x 30 matrix of rank 3 with singular values 10, 6 and 3.
  const values = [10, 6, 3];
  const us = [1, 4, 7].map((j) => dct(40, j));
  const vs = [2, 5, 9].map((j) => dct(30, j));
  const rows = sparse(lowRank(values, us, vs));

  it('finds the singular values and right singular vectors of a known low-rank matrix', () => {
    const svd = randomizedSvd(rows, 30, 3, { seed: 7, powerIterations: 3 });
    expect(svd.values).toEqual(values.map((s) => expect.closeTo(s, 9)));
    for (let j = 0; j < 3; j++) {
      expectSameDirection(
        Array.from({ length: 30 }, (_, t) => svd.vectors[t * 3 + j]!),
        vs[j]!,
        6,
      );
    }
  });

  it('finds the leading ones when asked for fewer than the rank, with little oversampling', () => {
    const svd = randomizedSvd(rows, 30, 2, { seed: 3, powerIterations: 2, oversample: 2 });
    expect(svd.values).toEqual([expect.closeTo(10, 9), expect.closeTo(6, 9)]);
    expectSameDirection(
      Array.from({ length: 30 }, (_, t) => svd.vectors[t * 2]!),
      vs[0]!,
      6,
    );
  });

  it('refuses more singular values than the matrix has', () => {
    expect(() => randomizedSvd(rows.slice(0, 2), 30, 3, { seed: 7, powerIterations: 1 })).toThrow(RangeError);
  });
});

describe('latent semantic model', () => {
  it('embeds texts on the same topic close together and texts on other topics far apart', () => {
    const texts = [
      'beam search decoding for neural machine translation',
      'diverse beam search decoding of sequence models',
      'stochastic beam search decoding without replacement',
      'low rank adaptation of large language models',
      'low rank adapters fine tuning language models',
      'quantized low rank adaptation of language models',
      'graph neural networks for molecules',
      'speech recognition with transformers',
    ];
    // Terms in half the texts or more are left out of the vocabulary, hence the two unrelated texts.
    const model = LsaModel.fit(texts, { dimensions: 2 });
    const cos = (a: number[], b: number[]) => a.reduce((acc, x, i) => acc + x * b[i]!, 0);
    const beam = model.embed('beam search decoding');
    const lora = model.embed('low rank adaptation');
    expect(beam).toHaveLength(2);
    expect(cos(beam, model.embed(texts[1]!))).toBeGreaterThan(0.9);
    expect(cos(lora, model.embed(texts[4]!))).toBeGreaterThan(0.9);
    expect(cos(beam, lora)).toBeLessThan(0.2);
    expect(model.embed('nothing the corpus knows')).toEqual([0, 0]);
  });
});
