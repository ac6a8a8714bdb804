// The case methods on top of the store. Business rules live here: built-ins are read-only,
// edits name the revision they started from, scenarios are validated in and out.
import packageJson from '../../../package.json';
import type { CaseDetail, CaseMethodName } from '../../contract/cases';
import { AppError } from '../../contract/errors';
import type { Handlers } from '../../contract/index';
import type { CaseContent, CaseRecord, CaseStore } from '../../store/index';
import { buildBundle, validateBundle } from './bundle';
import { duplicateTitles, renames } from './duplicates';
import { newCaseId } from './ids';
import { normalizePersonal, normalizeTags, toDetail, toRevisionDetail, toSummary } from './mapping';
import { checkScenario } from './scenario';
import { iso, mustBeEditable, recordService } from '../records';

export interface CaseHandlerOptions {
  /** Written into exported bundles; default: package.json's version. */
  appVersion?: string;
}

function contentOf(r: CaseRecord): CaseContent {
  return {
    title: r.title,
    tags: r.tags,
    notes: r.notes,
    parentNotes: r.parentNotes,
    scenario: r.scenario,
    personal: r.personal,
    beats: r.beats,
  };
}

function scenarioName(scenario: unknown): string | undefined {
  const name = (scenario as { name?: unknown }).name;
  return typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 200) : undefined;
}

export function caseHandlers(
  store: CaseStore,
  options: CaseHandlerOptions = {},
): Pick<Handlers, CaseMethodName> {
  const { cases } = store;
  const appVersion = options.appVersion ?? packageJson.version;

  const titleInUse = (title: string) => cases.hasTitle(title);
  const records = recordService('case', cases, store.now, newCaseId);
  const { mustGet } = records;
  const insertNew = (content: CaseContent): CaseDetail => toDetail(records.insertNew(content));

  /** A save that changes nothing makes no revision: the history lists real edits only. */
  function write(record: CaseRecord, baseRevision: number, content: CaseContent): CaseDetail {
    if (JSON.stringify(content) === JSON.stringify(contentOf(record))) return toDetail(record);
    return toDetail(records.write(record.id, baseRevision, content));
  }

  return {
    'cases.list': (req) => {
      const sort =
        req.sort ?? (req.query !== undefined && req.query.trim() !== '' ? 'relevance' : 'updated');
      const q = {
        sort,
        includeDeleted: req.includeDeleted,
        limit: req.limit,
        offset: req.offset,
        ...(req.query === undefined ? {} : { query: req.query }),
        ...(req.tag === undefined ? {} : { tag: req.tag }),
      };
      const { rows, total } = cases.list(q);
      return { cases: rows.map(toSummary), total, tags: cases.tags(req.includeDeleted) };
    },

    'cases.get': ({ id }) => toDetail(mustGet(id)),

    'cases.create': (req) => {
      let base: Pick<CaseContent, 'title' | 'tags' | 'notes' | 'parentNotes' | 'scenario'>;
      if (req.fromBuiltin !== undefined) {
        const builtin = cases.getBuiltin(req.fromBuiltin);
        if (builtin === undefined) {
          throw new AppError(
            'NOT_FOUND',
            `No built-in scenario "${req.fromBuiltin}"`,
            'fromBuiltin',
          );
        }
        base = builtin;
      } else {
        const scenario = checkScenario(req.scenario, 'scenario');
        base = {
          title: scenarioName(scenario) ?? 'Untitled case',
          tags: [],
          notes: '',
          parentNotes: '',
          scenario,
        };
      }
      return insertNew({
        title: req.title ?? base.title,
        tags: normalizeTags(req.tags.length > 0 ? req.tags : base.tags),
        notes: req.notes !== '' ? req.notes : base.notes,
        parentNotes: req.parentNotes !== '' ? req.parentNotes : base.parentNotes,
        scenario: base.scenario,
        personal: normalizePersonal(req.personal),
        beats: req.beats,
      });
    },

    'cases.update': ({ id, baseRevision, patch }) => {
      const record = mustGet(id);
      mustBeEditable(record, 'case', baseRevision);
      const content = contentOf(record);
      if (patch.title !== undefined) content.title = patch.title;
      if (patch.tags !== undefined) content.tags = normalizeTags(patch.tags);
      if (patch.notes !== undefined) content.notes = patch.notes;
      if (patch.parentNotes !== undefined) content.parentNotes = patch.parentNotes;
      if (patch.scenario !== undefined)
        content.scenario = checkScenario(patch.scenario, 'patch.scenario');
      if (patch.personal !== undefined) content.personal = normalizePersonal(patch.personal);
      if (patch.beats !== undefined) content.beats = patch.beats;
      return write(record, baseRevision, content);
    },

    'cases.duplicate': ({ id }) => {
      const source = mustGet(id);
      return insertNew({ ...contentOf(source), title: records.copyTitle(source.title) });
    },

    'cases.delete': ({ id }) => records.trash(id),

    'cases.undoDelete': ({ id }) => {
      const record = records.untrash(id);
      return toSummary({ ...record, hasPersonal: record.personal !== null });
    },

    'cases.revisions': ({ id }) => {
      const record = mustGet(id);
      return {
        id,
        revisions: [
          {
            revision: record.revision,
            title: record.title,
            savedAt: iso(record.updatedAt),
            current: true,
          },
          ...cases.revisions(id).map((r) => ({
            revision: r.revision,
            title: r.title,
            savedAt: iso(r.savedAt),
            current: false,
          })),
        ],
      };
    },

    'cases.getRevision': ({ id, revision }) => {
      const record = mustGet(id);
      if (revision === record.revision) {
        return toRevisionDetail(
          id,
          { ...contentOf(record), revision, savedAt: record.updatedAt },
          true,
        );
      }
      const old = cases.revision(id, revision);
      if (old === undefined) {
        throw new AppError('NOT_FOUND', `Case ${id} has no revision ${revision}`, 'revision');
      }
      return toRevisionDetail(id, old, false);
    },

    'cases.restoreRevision': ({ id, revision, baseRevision }) => {
      const record = mustGet(id);
      mustBeEditable(record, 'case', baseRevision);
      if (revision === record.revision) return toDetail(record);
      const old = cases.revision(id, revision);
      if (old === undefined) {
        throw new AppError('NOT_FOUND', `Case ${id} has no revision ${revision}`, 'revision');
      }
      checkScenario(old.scenario, 'scenario');
      const content: CaseContent = {
        title: old.title,
        tags: old.tags,
        notes: old.notes,
        parentNotes: old.parentNotes,
        scenario: old.scenario,
        personal: old.personal,
        beats: old.beats,
      };
      return write(record, baseRevision, content);
    },

    'cases.exportBundle': ({ ids, keepPersonal }) => {
      const unique = [...new Set(ids)];
      const records = unique.map((id, i) => {
        const record = cases.get(id);
        if (record === undefined)
          throw new AppError('NOT_FOUND', `No case with id ${id}`, `ids[${i}]`);
        return record;
      });
      return buildBundle(records, keepPersonal, appVersion, store.now());
    },

    'cases.checkImport': ({ bundle }) => {
      const incoming = validateBundle(bundle);
      const titles = incoming.map((c) => c.title);
      return { count: incoming.length, duplicates: duplicateTitles('case', titles, titleInUse) };
    },

    'cases.importBundle': ({ bundle, duplicateTitles: onDuplicate }) => {
      // Everything is validated before the first write; the inserts share one transaction.
      const incoming = validateBundle(bundle);
      if (incoming.length > 0) store.backup('import');
      return {
        imported: cases.transaction(() => {
          const titles = incoming.map((c) => c.title);
          const renamed = renames(
            duplicateTitles('case', titles, titleInUse),
            onDuplicate === 'rename',
          );
          return incoming.map((c, i) => {
            const detail = insertNew({
              title: renamed.get(i) ?? c.title,
              tags: c.tags,
              notes: c.notes,
              parentNotes: c.parentNotes,
              scenario: c.scenario,
              personal: normalizePersonal(c.personal),
              beats: c.beats,
            });
            return { id: detail.id, title: detail.title };
          });
        }),
      };
    },
  };
}
