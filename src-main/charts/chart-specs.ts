// What each chart plots: panels stacked on one time axis, each with its own y axis and unit.
// Units come from the channel names of sim/trace.ts; the CSV column names carry them too.
import type { ChannelName } from '../sim/trace';

export interface SeriesSpec {
  channel: ChannelName;
  label: string;
  /** Index into SERIES_STYLES; left breast 0, right breast 1 in every chart. */
  style: number;
  /** Multiplies the channel for display (fullness 0..1 → %). */
  factor?: number;
  /** CSV column name: snake_case with the unit. */
  column: string;
  /** The name at the line's end in the presentation style, where the panel gives the context. */
  short?: string;
  /** Left out of the presentation style, which draws at most two lines per panel. */
  printOnly?: true;
}

export interface PanelSpec {
  label: string;
  unit: string;
  series: SeriesSpec[];
  /** Fixed y domain where the quantity has natural bounds. */
  domain?: [number, number];
  /**
   * Presentation style: a flat line here is a sentence, not a panel (progesterone is flat for
   * weeks once the placenta is out, and would take a third of the hormone chart).
   */
  noteWhenFlat?: true;
}

export interface ChartSpec {
  name: ChartName;
  title: string;
  panels: PanelSpec[];
}

export const CHART_NAMES = [
  'hormones',
  'milk-stored',
  'flow-intake',
  'milk-fat',
  'synthesis',
  'supply',
] as const;

export type ChartName = (typeof CHART_NAMES)[number];

/**
 * Charts whose lines read at the scale of days. The others rise and fall with every feed: over a
 * week or two they are a zigzag of dozens of feeds that shows nothing from the back of a room.
 */
export const DAYS_CHARTS: readonly ChartName[] = ['supply'];
/** Longest stretch a chart of feeds is drawn over: three days of feeds still read as a trend. */
export const FEEDS_CHART_MAX_HOURS = 96;

export function isChartName(name: string): name is ChartName {
  return (CHART_NAMES as readonly string[]).includes(name);
}

const left = { label: 'Left breast', short: 'Left', style: 0 };
const right = { label: 'Right breast', short: 'Right', style: 1 };

export const CHART_SPECS: Record<ChartName, ChartSpec> = {
  hormones: {
    name: 'hormones',
    title: 'Hormones',
    panels: [
      {
        label: 'Prolactin',
        unit: 'ng/mL',
        series: [
          {
            channel: 'prolactinNgPerMl',
            label: 'Prolactin',
            style: 0,
            column: 'prolactin_ng_per_ml',
          },
        ],
      },
      {
        label: 'Oxytocin',
        unit: 'pg/mL',
        series: [
          { channel: 'oxytocinPgPerMl', label: 'Oxytocin', style: 2, column: 'oxytocin_pg_per_ml' },
        ],
      },
      {
        label: 'Progesterone',
        unit: 'ng/mL',
        noteWhenFlat: true,
        series: [
          {
            channel: 'progesteroneNgPerMl',
            label: 'Progesterone',
            style: 3,
            column: 'progesterone_ng_per_ml',
          },
        ],
      },
    ],
  },
  'milk-stored': {
    name: 'milk-stored',
    title: 'Milk stored per breast',
    panels: [
      {
        label: 'Milk stored',
        unit: 'mL',
        series: [
          { ...left, channel: 'leftStoredMl', column: 'left_stored_ml' },
          { ...right, channel: 'rightStoredMl', column: 'right_stored_ml' },
        ],
      },
      {
        label: 'Fullness',
        unit: '% of capacity',
        domain: [0, 100],
        series: [
          { ...left, channel: 'leftFullness', factor: 100, column: 'left_fullness_percent' },
          { ...right, channel: 'rightFullness', factor: 100, column: 'right_fullness_percent' },
        ],
      },
    ],
  },
  'flow-intake': {
    name: 'flow-intake',
    title: 'Milk flow and milk removed',
    panels: [
      {
        label: 'Flow',
        unit: 'mL/min',
        series: [
          { ...left, channel: 'leftFlowMlPerMin', column: 'left_flow_ml_per_min' },
          { ...right, channel: 'rightFlowMlPerMin', column: 'right_flow_ml_per_min' },
          {
            channel: 'intakeMlPerMin',
            label: 'Infant intake',
            style: 2,
            column: 'intake_ml_per_min',
            // Within a feed it is the sum of the two flows; the panel below shows the total taken.
            printOnly: true,
          },
        ],
      },
      {
        // Milk removed, not the baby's intake: the same while a baby feeds, but a pump's milk
        // leaves the breast too, and an intake flat at 0 beside the flow read as "no milk".
        label: 'Milk removed so far',
        unit: 'mL',
        series: [
          {
            channel: 'removedCumulativeMl',
            label: 'Milk removed so far',
            style: 3,
            column: 'removed_cumulative_ml',
          },
        ],
      },
    ],
  },
  'milk-fat': {
    name: 'milk-fat',
    title: 'Milk fat',
    panels: [
      {
        // Daly's fat at the breast's fullness: the fat of the milk a feed takes now. Between feeds
        // nothing is removed, so "of milk removed" named a line that went on while none was.
        label: 'Milk fat at this fullness',
        unit: 'g/L',
        series: [
          { ...left, channel: 'leftFatGPerL', column: 'left_fat_g_per_l' },
          { ...right, channel: 'rightFatGPerL', column: 'right_fat_g_per_l' },
        ],
      },
    ],
  },
  synthesis: {
    name: 'synthesis',
    title: 'Milk synthesis rate',
    panels: [
      {
        label: 'Synthesis, both breasts',
        unit: 'mL/h',
        series: [
          {
            channel: 'synthesisMlPerH',
            label: 'Synthesis',
            style: 0,
            column: 'synthesis_ml_per_h',
          },
        ],
      },
    ],
  },
  supply: {
    name: 'supply',
    title: 'Supply over days',
    panels: [
      {
        label: 'Synthesis capacity (supply)',
        unit: 'mL/day',
        series: [
          { channel: 'supplyMlPerDay', label: 'Supply', style: 0, column: 'supply_ml_per_day' },
        ],
      },
    ],
  },
};
