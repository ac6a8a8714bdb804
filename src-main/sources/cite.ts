// Printing references from the registry, and finding the sources a piece of running text cites
// ("Kent 2006", "Ramsay et al. 2004", "Daly, Di Rosso, Owens & Hartmann 1993"), so prose keeps
// its short author–year citations and every export can list the full references they stand for.
import { SOURCE_IDS, SOURCES, type Source, type SourceId } from './registry';

/** "Ramsay et al. 2004": the form the app prints beside a claim. */
export function shortCitation(id: SourceId): string {
  return SOURCES[id].cite[0];
}

/**
 * The full reference: "Ramsay DT, Kent JC, Owens RA, Hartmann PE (2004). Ultrasound imaging of
 * milk ejection in the breast of lactating women. Pediatrics 113(2):361–367. doi:… PMID …".
 */
export function fullReference(id: SourceId): string {
  const s: Source = SOURCES[id];
  const head = [s.authors, s.year === undefined ? '' : `(${s.year})`].filter(Boolean).join(' ');
  const where = s.container
    ? `${s.container}${s.volume ? ` ${s.volume}` : ''}${s.issue ? `(${s.issue})` : ''}${
        s.pages ? `${s.volume || s.issue ? ':' : ' '}${s.pages}` : ''
      }`
    : '';
  const ids = [s.doi ? `doi:${s.doi}` : '', s.pmid ? `PMID ${s.pmid}` : ''].filter(Boolean);
  return [head, s.title, where, ids.join(' ')]
    .filter((part) => part !== '')
    .map((part) => (/[.?!]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

/** Every cite form, longest first, with the id it stands for. */
const FORMS: readonly { form: string; id: SourceId }[] = SOURCE_IDS.flatMap((id) =>
  SOURCES[id].cite.map((form) => ({ form, id })),
).sort((a, b) => b.form.length - a.form.length);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A cite form as a pattern: "Kent 2006" also matches "Kent et al. 2006" and "Kent JC et al. 2006". */
function formPattern(form: string): RegExp {
  const m = /^([^\s,]+)( .*)?$/.exec(form);
  const first = escape(m?.[1] ?? form);
  const rest = escape(m?.[2] ?? '');
  return new RegExp(`(?<![\\w-])${first}(?: [A-Z]{1,3})?(?: et al\\.?)?${rest}(?![\\w])`, 'g');
}
const PATTERNS = FORMS.map(({ form, id }) => ({ re: formPattern(form), id }));

export interface CitationHit {
  id: SourceId;
  index: number;
  text: string;
}

/** The registry sources a text cites, in order of appearance, each with where it was found. */
export function citationsIn(text: string): CitationHit[] {
  const taken: [number, number][] = [];
  const hits: CitationHit[] = [];
  for (const { re, id } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      hits.push({ id, index: start, text: m[0] });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** The distinct sources cited by some texts, in order of first appearance. */
export function sourcesCitedIn(texts: readonly string[]): SourceId[] {
  return [...new Set(texts.flatMap((t) => citationsIn(t).map((h) => h.id)))];
}

/**
 * Author–year citations in a text that the registry does not know: "Surname 1999", "Surname et
 * al. 1999", "A & B 1999", "A, B & C 1999". An empty list means every citation resolves.
 */
export function unresolvedCitations(text: string): string[] {
  const known = citationsIn(text);
  const pattern =
    /(?<![\w-])[A-Z][A-Za-z'’-]+(?: [A-Z]{1,3})?(?:(?:,| &| and) [A-Z][A-Za-z'’-]+)*(?: et al\.?)?,? (?:19|20)\d\d[ab]?(?![\d])/g;
  const out: string[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    const covered = known.some((k) => k.index <= end && k.index + k.text.length >= start + 1);
    if (!covered && !NOT_CITATIONS.test(m[0])) out.push(m[0]);
  }
  return out;
}

/** Author–year look-alikes that are not citations (months, "Since 2004", "Day 1 2020", …). */
const NOT_CITATIONS =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Since|In|By|From|Before|After|Until|The|Version|Model)\b/;

/**
 * Journal-style references written out in text ("Exp Physiol 89:375", "Pediatrics 117:e387"):
 * the registry holds those details, prose only cites by author and year.
 */
export function freeTextReferences(text: string): string[] {
  const pattern = /\b[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3} \d{1,3}(?:\(\d+\))?:\s?e?\d{1,5}S?\b/g;
  return [...text.matchAll(pattern)].map((m) => m[0]).filter((s) => !/^(At|On|Day)\b/.test(s));
}
