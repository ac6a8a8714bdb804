// What each chart panel's quantity acts on in the drawing: hovering a chart curve outlines these
// parts and says the link in words (the outline is dashed, so colour is not the only signal).
// Physiology as in model.md and the glossary (local control, the two pituitary reflexes).
import { CHART_SPECS } from '../../../src-main/charts/chart-specs';

export interface ChartLink {
  /** The panel hovered (its label in the chart). */
  panel: string;
  /** Drawn parts to outline: data-part names, plus the two pituitary lobes. */
  parts: string[];
  text: string;
}

const LINKS: Record<string, Omit<ChartLink, 'panel'>> = {
  Prolactin: {
    parts: ['anterior-pituitary', 'bloodstream', 'alveolus', 'lactocyte'],
    text: 'Prolactin: released by the anterior pituitary, carried in the blood to the lactocytes of the alveoli, where it drives milk synthesis.',
  },
  Oxytocin: {
    parts: ['nerve', 'posterior-pituitary', 'bloodstream', 'myoepithelial-cell', 'alveolus'],
    text: 'Oxytocin: released by the posterior pituitary on the nerve signal from the nipple; it makes the myoepithelial cells round the alveoli squeeze (milk ejection).',
  },
  Progesterone: {
    parts: ['alveolus', 'lactocyte'],
    text: 'Progesterone: while high (placenta in place) it holds back copious secretion by the lactocytes.',
  },
  'Milk stored': {
    parts: ['alveolus'],
    text: 'Milk stored: held in the alveoli between feeds; the ducts only carry it.',
  },
  Fullness: {
    parts: ['alveolus', 'lactocyte'],
    text: 'Fullness: the alveoli swell and the lactocytes stretch, which slows synthesis (local control).',
  },
  Flow: {
    parts: ['duct', 'sinus', 'nipple'],
    text: 'Flow: milk pushed out by each ejection runs down the ducts to the nipple and the baby.',
  },
  'Cumulative intake': {
    parts: ['duct', 'nipple'],
    text: "Baby's intake: the milk that has left through the ducts and the nipple.",
  },
  'Fat of milk removed': {
    parts: ['alveolus', 'duct'],
    text: 'Milk fat: fat globules cling in the alveoli and reach the ducts as ejections push them out, so milk removed later is fattier.',
  },
  'Synthesis, both breasts': {
    parts: ['lactocyte', 'alveolus'],
    text: 'Synthesis: made by the lactocytes of the alveoli, faster when the alveoli are emptier.',
  },
  'Synthesis capacity (supply)': {
    parts: ['lactocyte', 'alveolus', 'anterior-pituitary'],
    text: 'Supply: the lactocytes’ capacity to make milk, built up by frequent milk removal with prolactin from the anterior pituitary.',
  },
};

/** Every panel label of every chart (a unit test checks each has a link). */
export const PANEL_LABELS = [
  ...new Set(Object.values(CHART_SPECS).flatMap((c) => c.panels.map((p) => p.label))),
];

export function chartLink(panel: string | null): ChartLink | null {
  if (panel === null) return null;
  const link = LINKS[panel];
  return link ? { panel, ...link } : null;
}
