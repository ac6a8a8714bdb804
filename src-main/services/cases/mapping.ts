// Store records → contract shapes. Times become ISO strings here, at the boundary.
import type {
  Beat,
  CaseDetail,
  CaseRevisionDetail,
  CaseSummary,
  PersonalDetails,
  PersonalDetailsInput,
} from '../../contract/cases';
import type { CaseRecord, CaseSummaryRecord, RevisionRecord } from '../../store/index';
import { iso } from '../records';
import { checkScenario } from './scenario';

export function toSummary(r: CaseSummaryRecord): CaseSummary {
  return {
    id: r.id,
    title: r.title,
    tags: r.tags,
    builtin: r.builtinSlug !== null,
    builtinSlug: r.builtinSlug,
    revision: r.revision,
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
    deletedAt: r.deletedAt === null ? null : iso(r.deletedAt),
    hasPersonal: r.hasPersonal,
  };
}

/** Validates the stored scenario on the way out: the engine must never see a bad document. */
export function toDetail(r: CaseRecord): CaseDetail {
  return {
    ...toSummary({ ...r, hasPersonal: r.personal !== null }),
    notes: r.notes,
    parentNotes: r.parentNotes,
    scenario: checkScenario(r.scenario, 'scenario'),
    personal: normalizePersonal(r.personal as PersonalDetailsInput | null),
    beats: r.beats as Beat[],
  };
}

export function toRevisionDetail(
  id: string,
  r: RevisionRecord,
  current: boolean,
): CaseRevisionDetail {
  return {
    id,
    revision: r.revision,
    savedAt: iso(r.savedAt),
    current,
    title: r.title,
    tags: r.tags,
    notes: r.notes,
    parentNotes: r.parentNotes,
    scenario: r.scenario,
    personal: normalizePersonal(r.personal as PersonalDetailsInput | null),
    beats: r.beats as Beat[],
  };
}

/** Trims, drops empties and case-insensitive duplicates, keeping the first spelling. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** An empty personal object is no personal data; a retired baby age (see personalSchema) is dropped. */
export function normalizePersonal(
  p: PersonalDetailsInput | null | undefined,
): PersonalDetails | null {
  if (p === null || p === undefined) return null;
  const out: PersonalDetails = {};
  if (p.parentFirstName !== undefined) out.parentFirstName = p.parentFirstName;
  return Object.keys(out).length === 0 ? null : out;
}
