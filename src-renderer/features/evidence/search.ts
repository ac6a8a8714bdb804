// Searching the evidence: a claim matches when every word of the query appears in its claim,
// verdict, detail or the citations and titles of its sources (case- and accent-insensitive). The
// cards are English; the verdict is also found by its word in the interface language.
import { fullReference } from '../../../src-main/sources/cite';
import type { EvidenceCard } from '../../../src-main/sources/cards';
import type { SourceId } from '../../../src-main/sources/registry';

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

const words = (query: string): string[] => fold(query).split(/\s+/).filter(Boolean);

export function matchesText(text: string, query: string): boolean {
  const hay = fold(text);
  return words(query).every((w) => hay.includes(w));
}

export function claimText(card: EvidenceCard, verdictWord: string = card.verdict): string {
  return [
    card.claim,
    card.verdict,
    verdictWord,
    card.verdictNote,
    card.detail,
    ...card.sources.map(fullReference),
  ].join(' ');
}

export function sourceText(id: SourceId): string {
  return fullReference(id);
}
