// Series styles that survive greyscale printing and colour-vision deficiency: each style differs
// in colour (Okabe–Ito hues of distinct lightness), dash pattern and marker shape, so a photocopy
// still tells the lines apart.

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface SeriesStyle {
  color: string;
  /** SVG stroke-dasharray; '' is a solid line. */
  dash: string;
  marker: MarkerShape;
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { color: '#0b4f8a', dash: '', marker: 'circle' },
  { color: '#d55e00', dash: '7 4', marker: 'square' },
  { color: '#009e73', dash: '2 3', marker: 'triangle' },
  { color: '#8a3b86', dash: '10 3 2 3', marker: 'diamond' },
];

/** Chart furniture: ink, secondary text, grid, event lines and the timeline cursor. */
export const INK = {
  text: '#1a1a1a',
  muted: '#595959',
  axis: '#737373',
  grid: '#e3e3e3',
  event: '#8c8c8c',
  cursor: '#c0392b',
  background: '#ffffff',
} as const;

export const FONT_FAMILY = "Inter, 'Helvetica Neue', Arial, sans-serif";

/** Style for series index i (wraps around; charts hold at most four series). */
export function seriesStyle(i: number): SeriesStyle {
  return SERIES_STYLES[i % SERIES_STYLES.length] as SeriesStyle;
}
