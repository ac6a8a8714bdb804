// Glossary and evidence cards, bundled at build time from resources/content (JSON import).
import glossary from '../../../resources/content/glossary.json';
import evidence from '../../../resources/content/evidence.json';

export interface GlossaryTerm {
  id: string;
  term: string;
  clinical: string;
  plain: string;
  sources: string[];
}

export interface EvidenceClaim {
  id: string;
  claim: string;
  verdict: string;
  detail: string;
  sources: string[];
  appliesTo: string[];
}

export const TERMS: readonly GlossaryTerm[] = glossary.terms;
export const CLAIMS: readonly EvidenceClaim[] = evidence.claims;

const byId = new Map(TERMS.map((t) => [t.id, t]));

export function termById(id: string): GlossaryTerm | undefined {
  return byId.get(id);
}

export function claimsFor(id: string): EvidenceClaim[] {
  return CLAIMS.filter((c) => c.appliesTo.includes(id));
}
