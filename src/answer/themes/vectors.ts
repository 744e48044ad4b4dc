/** Vector helpers for grouping papers by their embeddings (vectors as plain arrays). */

export function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  const len = Math.min(a.length, b.length);
  for (let i = 0; i < len; i++) s += a[i]! * b[i]!;
  return s;
}

export function unit(v: readonly number[]): number[] {
  const norm = Math.sqrt(dot(v, v));
  return norm > 0 ? v.map((x) => x / norm) : [...v];
}

export function mean(vs: readonly (readonly number[])[]): number[] {
  const dim = vs[0]?.length ?? 0;
  const sum = new Array<number>(dim).fill(0);
  for (const v of vs) for (let i = 0; i < dim; i++) sum[i]! += v[i]!;
  return unit(sum);
}
