// Glossary and evidence cards, bundled at build time from resources/content (JSON import). Sources
// are registry ids; the cards are read through the same parser as the exports.
import glossary from '../../../resources/content/glossary.json';
import evidence from '../../../resources/content/evidence.json';
import { parseEvidence, type EvidenceCard } from '../../../src-main/sources/cards';
import { isSourceId, type SourceId } from '../../../src-main/sources/registry';

export interface GlossaryTerm {
  id: string;
  term: string;
  clinical: string;
  plain: string;
  sources: SourceId[];
}

export type { EvidenceCard };

export const TERMS: readonly GlossaryTerm[] = glossary.terms.map((t) => ({
  ...t,
  sources: t.sources.filter(isSourceId),
}));
export const CLAIMS: readonly EvidenceCard[] = parseEvidence(evidence);

const byId = new Map(TERMS.map((t) => [t.id, t]));

export function termById(id: string): GlossaryTerm | undefined {
  return byId.get(id);
}

export function claimsFor(id: string): EvidenceCard[] {
  return CLAIMS.filter((c) => c.appliesTo.includes(id));
}
