/** `x` rounded to `digits` decimals, for scores and timings people read; minus zero becomes zero. */
export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f + 0;
}
