/**
 * The digest's theme map as a PNG: every paper a point (its place on the map from the digest),
 * coloured by theme, each theme's number by its points and a legend with the theme labels. Drawn in
 * pure JavaScript (pureimage, with DejaVu Sans from the dejavu-fonts-ttf package) and encoded by
 * pngjs: no browser and no native code.
 */
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';
import * as PImage from 'pureimage';
import type { Digest } from '../answer/digest.js';
import { plural } from '../util/plural.js';
import { themeColorHex } from './theme-colors.js';

/** Legible in Discord's preview, which shows it at roughly half to two thirds of this size. */
export const THEME_MAP_WIDTH = 800;
export const THEME_MAP_HEIGHT = 500;

const FAMILY = 'DejaVu Sans';
const BOLD = 'DejaVu Sans Bold';
const INK = '#1f2328';
const MUTED = '#59636e';
const PLOT = { left: 16, top: 54, right: 470, bottom: 484 };
const LEGEND = { left: 486, top: 62, width: 300, row: 54 };
const POINT_RADIUS = 7;

let fontsLoaded: Promise<void> | undefined;

function loadFonts(): Promise<void> {
  fontsLoaded ??= (async () => {
    const require = createRequire(import.meta.url);
    await Promise.all([
      PImage.registerFont(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), FAMILY).load(),
      PImage.registerFont(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'), BOLD).load(),
    ]);
  })();
  return fontsLoaded;
}

type Context = ReturnType<PImage.Bitmap['getContext']>;

const rendered = new WeakMap<Digest, Promise<Uint8Array | undefined>>();

/** {@link themeMapPng}, drawn once per digest (a digest shared by several requests is drawn once). */
export function themeMapFor(digest: Digest): Promise<Uint8Array | undefined> {
  let png = rendered.get(digest);
  if (!png) {
    png = themeMapPng(digest);
    rendered.set(digest, png);
    png.catch(() => rendered.delete(digest));
  }
  return png;
}

/** The theme map of a digest, or undefined when the digest has no papers. */
export async function themeMapPng(digest: Digest): Promise<Uint8Array | undefined> {
  if (digest.themes.length === 0) return undefined;
  await loadFonts();
  const image = PImage.make(THEME_MAP_WIDTH, THEME_MAP_HEIGHT);
  const ctx = image.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, THEME_MAP_WIDTH, THEME_MAP_HEIGHT);

  ctx.fillStyle = INK;
  ctx.font = `20px ${BOLD}`;
  ctx.fillText(fit(ctx, `Themes, ${digest.window.since} to ${digest.window.until} · ${plural(digest.totalPapers, 'paper')}`, THEME_MAP_WIDTH - 32), 16, 34);

  ctx.fillStyle = '#f6f8fa';
  ctx.fillRect(PLOT.left, PLOT.top, PLOT.right - PLOT.left, PLOT.bottom - PLOT.top);

  const inset = 18;
  const px = (x: number) => PLOT.left + inset + ((x + 1) / 2) * (PLOT.right - PLOT.left - 2 * inset);
  const py = (y: number) => PLOT.bottom - inset - ((y + 1) / 2) * (PLOT.bottom - PLOT.top - 2 * inset);
  // The largest theme is drawn last, on top.
  for (let t = digest.themes.length - 1; t >= 0; t--) {
    for (const p of digest.themes[t]!.papers) {
      disc(ctx, px(p.map.x), py(p.map.y), POINT_RADIUS + 1.5, '#ffffff');
      disc(ctx, px(p.map.x), py(p.map.y), POINT_RADIUS, themeColorHex(t));
    }
  }
  // Each theme's number just above the middle of its points, so that it hides few of them.
  digest.themes.forEach((theme, t) => {
    const n = theme.papers.length;
    const cx = theme.papers.reduce((a, p) => a + px(p.map.x), 0) / n;
    const cy = theme.papers.reduce((a, p) => a + py(p.map.y), 0) / n;
    const spread = Math.sqrt(theme.papers.reduce((a, p) => a + (py(p.map.y) - cy) ** 2, 0) / n);
    const y = Math.max(PLOT.top + 16, cy - Math.min(spread, 40) - POINT_RADIUS - 16);
    badge(ctx, cx, y, t);
  });

  digest.themes.forEach((theme, t) => {
    const top = LEGEND.top + t * LEGEND.row;
    badge(ctx, LEGEND.left + 13, top + 9, t);
    ctx.font = `17px ${FAMILY}`;
    const [first, second] = wrap(ctx, theme.label, LEGEND.width - 36);
    ctx.fillStyle = INK;
    ctx.fillText(first, LEGEND.left + 34, top + 15);
    if (second) ctx.fillText(second, LEGEND.left + 34, top + 36);
    else {
      ctx.fillStyle = MUTED;
      ctx.font = `15px ${FAMILY}`;
      ctx.fillText(plural(theme.papers.length, 'paper'), LEGEND.left + 34, top + 36);
    }
  });

  const png = new PNG({ width: THEME_MAP_WIDTH, height: THEME_MAP_HEIGHT });
  png.data = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  return new Uint8Array(PNG.sync.write(png, { colorType: 2, deflateLevel: 6 }));
}

function disc(ctx: Context, x: number, y: number, r: number, color: string): void {
  ctx.fillStyle = color;
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.closePath();
  ctx.fill();
}

/** A theme's number in a disc of its colour. */
function badge(ctx: Context, x: number, y: number, t: number): void {
  disc(ctx, x, y, 14, '#ffffff');
  disc(ctx, x, y, 12, themeColorHex(t));
  ctx.fillStyle = '#ffffff';
  ctx.font = `15px ${BOLD}`;
  const label = String(t + 1);
  const w = ctx.measureText(label).width;
  ctx.fillText(label, x - w / 2, y + 5.5);
}

/** The text cut with an ellipsis to fit `width` pixels in the current font. */
function fit(ctx: Context, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Up to two lines of at most `width` pixels, broken at spaces; the second is cut with an ellipsis. */
function wrap(ctx: Context, text: string, width: number): [string, string?] {
  if (ctx.measureText(text).width <= width) return [text];
  const words = text.split(' ');
  let first = '';
  let i = 0;
  for (; i < words.length; i++) {
    const next = first === '' ? words[i]! : `${first} ${words[i]}`;
    if (ctx.measureText(next).width > width) break;
    first = next;
  }
  if (first === '') return [fit(ctx, text, width)];
  return [first, fit(ctx, words.slice(i).join(' '), width)];
}
