// Evidence cards for the PDF report: the claims of resources/content/evidence.json whose anatomy
// tags touch what the exported charts show. The file is read defensively: it is content written
// elsewhere, and a malformed card should drop out of the report, not break the export.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ChartName } from '../charts/index';

const cardSchema = z.object({
  id: z.string(),
  claim: z.string(),
  verdict: z.string(),
  detail: z.string(),
  sources: z.array(z.string()),
  appliesTo: z.array(z.string()),
});

export type EvidenceCard = z.infer<typeof cardSchema>;

/** Which evidence tags (anatomy ids in evidence.json) each chart speaks to. */
const CHART_TAGS: Record<ChartName, string[]> = {
  hormones: ['pituitary', 'hypothalamus', 'oxytocin', 'progesterone', 'bloodstream'],
  'milk-stored': ['alveolus', 'sinus', 'lobe', 'chest-wall'],
  'flow-intake': ['intake', 'duct', 'myoepithelial-cell', 'nipple'],
  'milk-fat': ['alveolus', 'lactocyte'],
  synthesis: ['lactocyte', 'alveolus'],
  supply: ['alveolus', 'intake'],
};

export function loadEvidenceCards(resourcesDir: string): EvidenceCard[] {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(join(resourcesDir, 'content', 'evidence.json'), 'utf8'));
  } catch {
    return [];
  }
  const claims = (doc as { claims?: unknown }).claims;
  if (!Array.isArray(claims)) return [];
  return claims.flatMap((c) => {
    const parsed = cardSchema.safeParse(c);
    return parsed.success ? [parsed.data] : [];
  });
}

export function cardsForCharts(cards: EvidenceCard[], charts: ChartName[]): EvidenceCard[] {
  const tags = new Set(charts.flatMap((c) => CHART_TAGS[c]));
  return cards.filter((card) => card.appliesTo.some((t) => tags.has(t)));
}
