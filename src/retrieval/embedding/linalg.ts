import { seededRandom } from '../../util/random.js';
/** Small dense and sparse linear algebra for fitting the latent semantic model. Matrices are row-major. */

export interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
}

export function gaussianMatrix(rows: number, cols: number, rand: () => number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < out.length; i += 2) {
    const u = Math.max(rand(), 1e-12);
    const v = rand();
    const r = Math.sqrt(-2 * Math.log(u));
    out[i] = r * Math.cos(2 * Math.PI * v);
    if (i + 1 < out.length) out[i + 1] = r * Math.sin(2 * Math.PI * v);
  }
  return out;
}

/** Y (n x l) = A (n x m, sparse rows) * X (m x l). */
export function sparseTimesDense(rows: readonly SparseRow[], x: Float64Array, l: number): Float64Array {
  const y = new Float64Array(rows.length * l);
  rows.forEach((row, i) => {
    const yo = i * l;
    for (let p = 0; p < row.idx.length; p++) {
      const xo = row.idx[p]! * l;
      const v = row.val[p]!;
      for (let j = 0; j < l; j++) y[yo + j]! += v * x[xo + j]!;
    }
  });
  return y;
}

/** Z (m x l) = A^T (m x n) * Y (n x l). */
export function sparseTransposeTimesDense(rows: readonly SparseRow[], m: number, y: Float64Array, l: number): Float64Array {
  const z = new Float64Array(m * l);
  rows.forEach((row, i) => {
    const yo = i * l;
    for (let p = 0; p < row.idx.length; p++) {
      const zo = row.idx[p]! * l;
      const v = row.val[p]!;
      for (let j = 0; j < l; j++) z[zo + j]! += v * y[yo + j]!;
    }
  });
  return z;
}

/** Orthonormalises the columns of Y (n x l) in place (modified Gram-Schmidt). */
export function orthonormalizeColumns(y: Float64Array, n: number, l: number): void {
  // Worked on a column-major copy, so that each column is contiguous.
  const cols = new Float64Array(n * l);
  for (let i = 0; i < n; i++) for (let j = 0; j < l; j++) cols[j * n + i] = y[i * l + j]!;
  for (let j = 0; j < l; j++) {
    const cj = cols.subarray(j * n, (j + 1) * n);
    for (let k = 0; k < j; k++) {
      const ck = cols.subarray(k * n, (k + 1) * n);
      let dot = 0;
      for (let i = 0; i < n; i++) dot += cj[i]! * ck[i]!;
      for (let i = 0; i < n; i++) cj[i]! -= dot * ck[i]!;
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += cj[i]! ** 2;
    norm = Math.sqrt(norm);
    for (let i = 0; i < n; i++) cj[i] = norm > 1e-12 ? cj[i]! / norm : 0;
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < l; j++) y[i * l + j] = cols[j * n + i]!;
}

/** C (l x l) = W^T W for W (m x l). */
export function gram(w: Float64Array, m: number, l: number): Float64Array {
  const c = new Float64Array(l * l);
  for (let r = 0; r < m; r++) {
    const o = r * l;
    for (let i = 0; i < l; i++) {
      const wi = w[o + i]!;
      if (wi === 0) continue;
      for (let j = i; j < l; j++) c[i * l + j]! += wi * w[o + j]!;
    }
  }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) c[i * l + j] = c[j * l + i]!;
  return c;
}

/** Eigen-decomposition of a symmetric matrix (cyclic Jacobi). Returns eigenvalues descending and eigenvectors as columns. */
export function symmetricEigen(a: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const m = Float64Array.from(a);
  // The eigenvectors as rows while rotating (row p of vt is column p of V), so that a rotation runs along rows.
  const vt = new Float64Array(n * n);
  for (let i = 0; i < n; i++) vt[i * n + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p * n + q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = m[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const app = m[p * n + p]!;
        const aqq = m[q * n + q]!;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k * n + p]!;
          const mkq = m[k * n + q]!;
          m[k * n + p] = c * mkp - s * mkq;
          m[k * n + q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p * n + k]!;
          const mqk = m[q * n + k]!;
          m[p * n + k] = c * mpk - s * mqk;
          m[q * n + k] = s * mpk + c * mqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = vt[p * n + k]!;
          const vkq = vt[q * n + k]!;
          vt[p * n + k] = c * vkp - s * vkq;
          vt[q * n + k] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => m[y * n + y]! - m[x * n + x]!);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((src, dst) => {
    values[dst] = m[src * n + src]!;
    for (let k = 0; k < n; k++) vectors[k * n + dst] = vt[src * n + k]!;
  });
  return { values, vectors };
}

export interface RandomizedSvdOptions {
  /** Seed of the random test matrix. */
  seed: number;
  /** Power iterations, which sharpen the range found when the singular values decay slowly. */
  powerIterations: number;
  /** Columns of the test matrix beyond `k` (default 12). */
  oversample?: number;
}

/**
 * The `k` largest singular values of A (n x m, sparse rows), descending, and the matching right
 * singular vectors (m x k, row-major, single precision): a randomized range finder with power
 * iterations (Halko, Martinsson and Tropp), then the eigen-decomposition of the small l x l problem.
 * Exact when A's rank is at most k plus the oversampling.
 */
export function randomizedSvd(rows: readonly SparseRow[], m: number, k: number, options: RandomizedSvdOptions): { values: number[]; vectors: Float32Array } {
  const n = rows.length;
  if (k > Math.min(n, m)) throw new RangeError(`randomizedSvd: k = ${k} exceeds the matrix's ${n} x ${m}`);
  const l = Math.min(k + (options.oversample ?? 12), n, m);
  const rand = seededRandom(options.seed);
  let y = sparseTimesDense(rows, gaussianMatrix(m, l, rand), l);
  orthonormalizeColumns(y, n, l);
  for (let it = 0; it < options.powerIterations; it++) {
    const z = sparseTransposeTimesDense(rows, m, y, l);
    y = sparseTimesDense(rows, z, l);
    orthonormalizeColumns(y, n, l);
  }
  const w = sparseTransposeTimesDense(rows, m, y, l); // A^T Q  (m x l)
  const { values: eigen, vectors: u } = symmetricEigen(gram(w, m, l), l);
  const values = Array.from({ length: k }, (_, j) => Math.sqrt(Math.max(eigen[j]!, 1e-18)));
  // V = W U / s, row by row: row t of V accumulates W[t][c] * U[c] over c, so that every inner loop runs along a row.
  const vectors = new Float32Array(m * k);
  const acc = new Float64Array(k);
  for (let t = 0; t < m; t++) {
    acc.fill(0);
    for (let c = 0; c < l; c++) {
      const wtc = w[t * l + c]!;
      const uo = c * l;
      for (let j = 0; j < k; j++) acc[j]! += wtc * u[uo + j]!;
    }
    for (let j = 0; j < k; j++) vectors[t * k + j] = acc[j]! / values[j]!;
  }
  return { values, vectors };
}

export function normalize(v: Float32Array | Float64Array | number[]): number[] {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  return Array.from(v, (x) => (norm > 0 ? x / norm : 0));
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
