// What each chart panel's quantity acts on in the drawing: hovering a chart curve outlines these
// parts and says the link in words (the outline is dashed, so colour is not the only signal).
// Physiology as in model.md and the glossary (local control, the two pituitary reflexes).
import { CHART_SPECS } from '../../../src-main/charts/chart-specs';
import { tr } from '../../app/i18n';

export interface ChartLink {
  /** The panel hovered (its label in the chart). */
  panel: string;
  /** Drawn parts to outline: data-part names, plus the two pituitary lobes. */
  parts: string[];
  /** The link in words, in the interface language. */
  text: string;
}

/** Per panel label (the charts' own English words): the parts and the key of the link's words. */
const LINKS: Record<string, Omit<ChartLink, 'panel'>> = {
  Prolactin: {
    parts: ['anterior-pituitary', 'bloodstream', 'alveolus', 'lactocyte'],
    text: 'chartLinks.prolactin',
  },
  Oxytocin: {
    parts: ['nerve', 'posterior-pituitary', 'bloodstream', 'myoepithelial-cell', 'alveolus'],
    text: 'chartLinks.oxytocin',
  },
  Progesterone: {
    parts: ['alveolus', 'lactocyte'],
    text: 'chartLinks.progesterone',
  },
  'Milk stored': {
    parts: ['alveolus'],
    text: 'chartLinks.milkStored',
  },
  Fullness: {
    parts: ['alveolus', 'lactocyte'],
    text: 'chartLinks.fullness',
  },
  Flow: {
    parts: ['duct', 'sinus', 'nipple'],
    text: 'chartLinks.flow',
  },
  'Milk removed so far': {
    parts: ['duct', 'nipple'],
    text: 'chartLinks.removed',
  },
  'Milk fat at this fullness': {
    parts: ['alveolus', 'duct'],
    text: 'chartLinks.fat',
  },
  'Synthesis, both breasts': {
    parts: ['lactocyte', 'alveolus'],
    text: 'chartLinks.synthesis',
  },
  'Synthesis capacity (supply)': {
    parts: ['lactocyte', 'alveolus', 'anterior-pituitary'],
    text: 'chartLinks.supply',
  },
};

/** Every panel label of every chart (a unit test checks each has a link). */
export const PANEL_LABELS = [
  ...new Set(Object.values(CHART_SPECS).flatMap((c) => c.panels.map((p) => p.label))),
];

export function chartLink(panel: string | null): ChartLink | null {
  if (panel === null) return null;
  const link = LINKS[panel];
  return link ? { panel, parts: link.parts, text: tr('anatomy', link.text) } : null;
}
