/** Spherical k-means over unit vectors: the clustering behind the digest's themes. */
import { seededRandom } from '../../util/random.js';
import { dot, mean } from './vectors.js';

export const MAX_THEMES = 8;
const DEFAULT_SEED = 20240611;
const DEFAULT_RESTARTS = 6;
const MAX_ITERATIONS = 50;

export interface ClusterOptions {
  /** Number of clusters before small ones are merged (default: chosen near {@link themeCount}). */
  k?: number;
  /** Seed of the clustering (same seed, same points: same clusters). */
  seed?: number;
  /** k-means runs from different starts; the tightest is kept. */
  restarts?: number;
}

/** Themes for `n` papers: about sqrt(n/2), from 1 to {@link MAX_THEMES}, never more than `n`. */
export function themeCount(n: number): number {
  if (n <= 1) return 1;
  return Math.max(1, Math.min(MAX_THEMES, n, Math.ceil(Math.sqrt(n / 2))));
}

/**
 * Groups unit vectors with spherical k-means (seeded, so the result is deterministic; the number of
 * clusters is the best-separated one near {@link themeCount} unless `options.k` fixes it) and merges
 * clusters too small to be a theme into their nearest neighbour. Returns each cluster's member
 * indices.
 */
export function clusterPoints(points: readonly number[][], options: ClusterOptions = {}): number[][] {
  const n = points.length;
  if (n === 0) return [];
  const rng = seededRandom(options.seed ?? DEFAULT_SEED);
  const restarts = Math.max(1, options.restarts ?? DEFAULT_RESTARTS);
  const cluster = (k: number): Clustering => {
    let best: Clustering | undefined;
    for (let r = 0; r < (k === 1 ? 1 : restarts); r++) {
      const c = kmeans(points, k, rng);
      if (!best || c.fit > best.fit + 1e-9) best = c;
    }
    return best!;
  };
  let best: Clustering;
  let k: number;
  if (options.k !== undefined) {
    k = Math.max(1, Math.min(options.k, n, MAX_THEMES));
    best = cluster(k);
  } else {
    ({ k, clustering: best } = chooseClustering(points, cluster));
  }
  return mergeSmall(points, best, minThemeSize(n, k));
}

/** Clusters smaller than this are merged into their nearest neighbour. */
function minThemeSize(n: number, k: number): number {
  if (n < 6 || k === 1) return 1;
  return Math.max(2, Math.floor(n / (4 * k)));
}

/**
 * Tries the theme counts around {@link themeCount} and keeps the one whose clusters are best
 * separated (mean silhouette); ties go to the count nearer the default.
 */
function chooseClustering(points: readonly number[][], cluster: (k: number) => Clustering): { k: number; clustering: Clustering } {
  const n = points.length;
  const base = themeCount(n);
  const lo = Math.max(2, base - 1);
  const hi = Math.min(MAX_THEMES, base + 2, Math.floor(n / 2));
  if (hi < lo) return { k: base, clustering: cluster(base) };
  let best: { k: number; clustering: Clustering; score: number } | undefined;
  for (let k = lo; k <= hi; k++) {
    const clustering = cluster(k);
    const score = silhouette(points, clustering.assign, k) - 0.01 * Math.abs(k - base);
    if (!best || score > best.score + 1e-9) best = { k, clustering, score };
  }
  return best!;
}

/** Mean silhouette (cosine distance) over at most 400 evenly spaced points. */
export function silhouette(points: readonly number[][], assign: readonly number[], k: number): number {
  const n = points.length;
  const step = Math.max(1, Math.ceil(n / 400));
  let total = 0;
  let count = 0;
  for (let i = 0; i < n; i += step) {
    const sum = new Array<number>(k).fill(0);
    const size = new Array<number>(k).fill(0);
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      sum[assign[j]!]! += 1 - dot(points[i]!, points[j]!);
      size[assign[j]!]! += 1;
    }
    const own = assign[i]!;
    if (size[own] === 0) continue;
    const a = sum[own]! / size[own]!;
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && size[c]! > 0) b = Math.min(b, sum[c]! / size[c]!);
    if (!Number.isFinite(b)) continue;
    total += (b - a) / Math.max(a, b, 1e-12);
    count += 1;
  }
  return count > 0 ? total / count : 0;
}

interface Clustering {
  assign: number[];
  centroids: number[][];
  /** Sum of each point's similarity to its centroid: higher is tighter. */
  fit: number;
}

function kmeans(points: readonly number[][], k: number, rng: () => number): Clustering {
  const n = points.length;
  let centroids = seedCentroids(points, k, rng);
  let assign = new Array<number>(n).fill(-1);
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    let changed = false;
    const next = points.map((p) => nearest(p, centroids));
    for (let i = 0; i < n; i++) if (next[i] !== assign[i]) changed = true;
    assign = next;
    const groups: number[][] = centroids.map(() => []);
    assign.forEach((c, i) => groups[c]!.push(i));
    centroids = groups.map((g) => {
      if (g.length > 0) return mean(g.map((i) => points[i]!));
      // An empty cluster takes the point that fits its own centroid worst.
      let worst = 0;
      let worstSim = Infinity;
      points.forEach((p, i) => {
        const s = dot(p, centroids[assign[i]!]!);
        if (s < worstSim) {
          worstSim = s;
          worst = i;
        }
      });
      changed = true;
      return [...points[worst]!];
    });
    if (!changed) break;
  }
  const fit = points.reduce((a, p, i) => a + dot(p, centroids[assign[i]!]!), 0);
  return { assign, centroids, fit };
}

/** k-means++ seeding: each next centre is drawn with probability proportional to its squared distance. */
function seedCentroids(points: readonly number[][], k: number, rng: () => number): number[][] {
  const centroids: number[][] = [[...points[Math.floor(rng() * points.length)]!]];
  while (centroids.length < k) {
    const d2 = points.map((p) => {
      const sim = Math.max(...centroids.map((c) => dot(p, c)));
      const d = Math.max(0, 1 - sim);
      return d * d;
    });
    const total = d2.reduce((a, b) => a + b, 0);
    let pick = 0;
    if (total <= 0) pick = Math.floor(rng() * points.length);
    else {
      let r = rng() * total;
      for (let i = 0; i < d2.length; i++) {
        r -= d2[i]!;
        if (r <= 0) {
          pick = i;
          break;
        }
        pick = i;
      }
    }
    centroids.push([...points[pick]!]);
  }
  return centroids;
}

/** Dissolves clusters below `minSize` (smallest first) into the nearest remaining ones. Returns member lists. */
function mergeSmall(points: readonly number[][], clustering: Clustering, minSize: number): number[][] {
  let groups: number[][] = clustering.centroids.map(() => []);
  clustering.assign.forEach((c, i) => groups[c]!.push(i));
  groups = groups.filter((g) => g.length > 0);
  for (;;) {
    if (groups.length <= 1) break;
    let smallest = -1;
    for (let g = 0; g < groups.length; g++) {
      if (groups[g]!.length < minSize && (smallest < 0 || groups[g]!.length < groups[smallest]!.length)) smallest = g;
    }
    if (smallest < 0) break;
    const members = groups[smallest]!;
    groups.splice(smallest, 1);
    const centroids = groups.map((g) => mean(g.map((i) => points[i]!)));
    for (const i of members) groups[nearest(points[i]!, centroids)]!.push(i);
  }
  return groups;
}

function nearest(p: readonly number[], centroids: readonly number[][]): number {
  let best = 0;
  let bestSim = -Infinity;
  centroids.forEach((c, j) => {
    const s = dot(p, c);
    if (s > bestSim) {
      bestSim = s;
      best = j;
    }
  });
  return best;
}
