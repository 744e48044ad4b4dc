/**
 * A picture's worth of a window: each paper's vector projected on the two directions along which
 * the themes differ most (principal component analysis), for the theme map.
 */
import { seededRandom } from '../../util/random.js';
import { round } from '../../util/round.js';
import { dot } from './vectors.js';

export interface MapPoint {
  /** First principal direction, scaled so that the papers span [-1, 1]. */
  x: number;
  /** Second principal direction, scaled the same way. */
  y: number;
}

const ITERATIONS = 200;
const SEED = 7;
/**
 * The axes are fitted on each point pulled this far from its theme's centre towards it, so that
 * they follow the differences between themes (what the map is for) more than those inside one.
 */
const WITHIN_THEME = 0.25;

/**
 * Projects points (one vector each, all of one dimension) on two principal components, found by
 * power iteration (deterministic: a seeded start, and each axis oriented so that the first point
 * with a non-zero coordinate is on its positive side). With `groups` (each point's theme), the axes
 * are fitted on the points pulled towards their theme's centre, so themes stand apart. Each axis is
 * scaled to [-1, 1]; an axis along which the points do not vary is 0.
 */
export function projectToPlane(points: readonly (readonly number[])[], groups?: readonly number[]): MapPoint[] {
  const n = points.length;
  if (n === 0) return [];
  const dim = points[0]!.length;
  const centre = meanOf(points, dim);
  const centred = points.map((p) => centre.map((c, j) => (p[j] ?? 0) - c));
  let fitted = centred;
  if (groups) {
    const centres = new Map<number, number[]>();
    for (const g of new Set(groups)) centres.set(g, meanOf(centred.filter((_, i) => groups[i] === g), dim));
    fitted = centred.map((p, i) => {
      const c = centres.get(groups[i]!)!;
      return p.map((x, j) => c[j]! + WITHIN_THEME * (x - c[j]!));
    });
  }
  const rng = seededRandom(SEED);
  const axes: number[][] = [];
  for (let a = 0; a < 2; a++) axes.push(principalAxis(fitted, axes, rng));
  const coords = axes.map((axis) => orient(scaleToUnit(centred.map((p) => dot(p, axis)))));
  return centred.map((_, i) => ({ x: round(coords[0]![i]!, 3), y: round(coords[1]![i]!, 3) }));
}

/** The direction of largest variance orthogonal to `found`, by power iteration on XᵀX. */
function principalAxis(rows: readonly number[][], found: readonly number[][], rng: () => number): number[] {
  const dim = rows[0]?.length ?? 0;
  let v = Array.from({ length: dim }, () => rng() - 0.5);
  v = orthonormal(v, found);
  for (let it = 0; it < ITERATIONS; it++) {
    const next = new Array<number>(dim).fill(0);
    for (const r of rows) {
      const s = dot(r, v);
      if (s !== 0) for (let j = 0; j < dim; j++) next[j]! += s * r[j]!;
    }
    const w = orthonormal(next, found);
    const change = 1 - Math.abs(dot(w, v));
    v = w;
    if (change < 1e-10) break;
  }
  return v;
}

/** `v` with the components along `basis` removed, scaled to unit length (zeros when nothing is left). */
function orthonormal(v: number[], basis: readonly number[][]): number[] {
  const out = [...v];
  for (const b of basis) {
    const s = dot(out, b);
    for (let j = 0; j < out.length; j++) out[j]! -= s * b[j]!;
  }
  const norm = Math.sqrt(dot(out, out));
  return norm > 1e-12 ? out.map((x) => x / norm) : out.map(() => 0);
}

function meanOf(points: readonly (readonly number[])[], dim: number): number[] {
  const out = new Array<number>(dim).fill(0);
  for (const p of points) for (let j = 0; j < dim; j++) out[j]! += (p[j] ?? 0) / points.length;
  return out;
}

function scaleToUnit(xs: number[]): number[] {
  const max = Math.max(...xs.map(Math.abs));
  return max > 1e-9 ? xs.map((x) => x / max) : xs.map(() => 0);
}

function orient(xs: number[]): number[] {
  const first = xs.find((x) => Math.abs(x) > 1e-6) ?? 0;
  return first < 0 ? xs.map((x) => -x) : xs;
}
