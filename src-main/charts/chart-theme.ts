// The two looks of a chart. Print: white paper, small type, markers and a legend (palette.ts),
// for reports and handouts. Presentation: large type on the app's own background, at most two
// lines per panel named at their ends, for a room looking at a projector. The presentation
// colours are the app themes' own (src-renderer/app/styles.css; a unit test keeps them equal),
// so a chart sits on the screen without a box and its hormones match the drawing's.
import type { ChannelName } from '../sim/trace';

export const CHART_STYLES = ['print', 'presentation'] as const;
export type ChartStyle = (typeof CHART_STYLES)[number];

export const CHART_THEMES = ['light', 'projector'] as const;
export type ChartThemeName = (typeof CHART_THEMES)[number];

export interface ChartTheme {
  background: string;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  event: string;
  cursor: string;
  /** Line colours by series style index (left breast 0, right breast 1, …). */
  series: readonly [string, string, string, string];
  /** The hormones keep the colours they have in the anatomy drawing. */
  hormones: { prolactin: string; oxytocin: string; progesterone: string };
}

export const PRESENTATION_THEMES: Record<ChartThemeName, ChartTheme> = {
  light: {
    background: '#fbfaf7',
    text: '#1f2430',
    muted: '#4a5263',
    grid: '#d9d5cc',
    axis: '#4a5263',
    event: '#4a5263',
    cursor: '#c0392b',
    // The right breast's line is named at its end in its colour: Okabe–Ito's vermilion darkened
    // to 5.0:1 on the background (#d55e00 is 3.7:1, too low for text under 24 px).
    series: ['#0072b2', '#b34f00', '#009e73', '#8a3b5c'],
    hormones: { prolactin: '#0072b2', oxytocin: '#d55e00', progesterone: '#009e73' },
  },
  projector: {
    background: '#000000',
    text: '#ffffff',
    muted: '#e6e6e6',
    grid: '#3d3d3d',
    axis: '#8c8c8c',
    event: '#e6e6e6',
    cursor: '#ff6b5a',
    series: ['#56b4e9', '#ffb000', '#33d6a0', '#ff9db0'],
    hormones: { prolactin: '#56b4e9', oxytocin: '#ffa050', progesterone: '#33d6a0' },
  },
};

const HORMONE_OF: Partial<Record<ChannelName, keyof ChartTheme['hormones']>> = {
  prolactinNgPerMl: 'prolactin',
  oxytocinPgPerMl: 'oxytocin',
  progesteroneNgPerMl: 'progesterone',
};

/** The line colour of a series in the presentation style. */
export function presentationColor(
  theme: ChartTheme,
  series: { channel: ChannelName; style: number },
): string {
  const hormone = HORMONE_OF[series.channel];
  if (hormone) return theme.hormones[hormone];
  return theme.series[series.style % theme.series.length] as string;
}

/**
 * Presentation text is this share of the window's height: 2 % is the least the back of a room can
 * read (issue 14), and the margin keeps rounding and hinting from taking it under that.
 */
export const PRESENTATION_TEXT_SHARE = 0.022;
/**
 * A chart narrower than this many texts' sizes (a thumbnail in the presenter's own view) gets
 * smaller text, so its words still fit; charts on the room's screen are wider than that.
 */
const WIDTH_IN_TEXT_SIZES = 22;

/** The size of every chart text in the presentation style, in CSS px. */
export function presentationFontPx(viewportHeightPx: number, boxWidthPx = Infinity): number {
  const size = Math.min(
    viewportHeightPx * PRESENTATION_TEXT_SHARE,
    boxWidthPx / WIDTH_IN_TEXT_SIZES,
  );
  return Math.round(size * 100) / 100;
}

/** A chart's look in a file: its style and, for the presentation style, the theme's colours. */
export interface ChartLook {
  style: ChartStyle;
  theme: ChartThemeName;
}

/**
 * A presentation-style file is a 16:9 chart whose text is 3.7 % of its height: placed on a slide
 * at half the slide's height or more, the text stays above the 2 % a back row needs.
 */
export const PRESENTATION_FILE = { width: 960, height: 540, fontPx: 20 } as const;
