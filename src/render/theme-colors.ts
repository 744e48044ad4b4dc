/** The colours and file name of the theme map, shared by the map and the views that refer to it. */

/** One colour per theme, in theme order (there are at most eight themes). */
export const THEME_COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#17becf', '#8c564b', '#e377c2'] as const;

/** The theme map's file name when it is attached to a message. */
export const THEME_MAP_FILE = 'theme-map.png';

/** The colour of the theme at `index` (from 0), as `#rrggbb`. */
export function themeColorHex(index: number): string {
  return THEME_COLORS[index % THEME_COLORS.length]!;
}

/** The colour of the theme at `index` (from 0) as a number, e.g. for a Discord embed's side bar. */
export function themeColor(index: number): number {
  return Number.parseInt(themeColorHex(index).slice(1), 16);
}
