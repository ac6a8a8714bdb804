// Evidence cards for the PDF report: the claims of resources/content/evidence.json whose anatomy
// tags touch what the exported charts show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartName } from '../charts/index';
import { parseEvidence, type EvidenceCard } from '../sources/cards';

export type { EvidenceCard };

/** Which evidence tags (anatomy ids in evidence.json) each chart speaks to. */
const CHART_TAGS: Record<ChartName, string[]> = {
  hormones: ['pituitary', 'hypothalamus', 'oxytocin', 'prolactin', 'progesterone', 'bloodstream'],
  'milk-stored': ['alveolus', 'sinus', 'lobe', 'chest-wall'],
  'flow-intake': ['intake', 'duct', 'myoepithelial-cell', 'nipple'],
  'milk-fat': ['alveolus', 'lactocyte'],
  synthesis: ['lactocyte', 'alveolus'],
  supply: ['alveolus', 'intake'],
};

export function loadEvidenceCards(resourcesDir: string): EvidenceCard[] {
  try {
    return parseEvidence(
      JSON.parse(readFileSync(join(resourcesDir, 'content', 'evidence.json'), 'utf8')),
    );
  } catch {
    return [];
  }
}

export function cardsForCharts(cards: EvidenceCard[], charts: ChartName[]): EvidenceCard[] {
  const tags = new Set(charts.flatMap((c) => CHART_TAGS[c]));
  return cards.filter((card) => card.appliesTo.some((t) => tags.has(t)));
}
