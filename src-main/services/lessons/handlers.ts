// The lesson methods on top of the store: built-in lessons are read-only, edits name the
// revision they started from, every beat must name a live case and a moment inside its run.
import packageJson from '../../../package.json';
import { AppError } from '../../contract/errors';
import type { Handlers } from '../../contract/index';
import type { LessonBeat, LessonDetail, LessonMethodName } from '../../contract/lessons';
import {
  firstRevision,
  type CaseStore,
  type LessonContent,
  type LessonRecord,
} from '../../store/index';
import { newCaseId } from '../cases/ids';
import { normalizeTags } from '../cases/mapping';
import { checkBeatCases, parseStoredBeats, toLessonDetail, toLessonSummary } from './beats';
import { buildLessonBundle, validateLessonBundle } from './bundle';
import { handoutCases } from './handout';
import type { JobRunner } from '../../jobs/pool';
import { newLessonId } from './ids';
import { mustBeEditable } from '../editable';

export interface LessonHandlerOptions {
  appVersion?: string;
}

export function lessonHandlers(
  store: CaseStore,
  jobs: JobRunner,
  options: LessonHandlerOptions = {},
): Pick<Handlers, LessonMethodName> {
  const { lessons, cases } = store;
  const appVersion = options.appVersion ?? packageJson.version;
  const lookup = (id: string) => cases.get(id);

  function mustGet(id: string): LessonRecord {
    const record = lessons.get(id);
    if (record === undefined) throw new AppError('NOT_FOUND', `No lesson with id ${id}`, 'id');
    return record;
  }

  function insertNew(content: LessonContent): LessonDetail {
    const id = newLessonId();
    lessons.insert({ ...content, ...firstRevision(id, store.now()) });
    return toLessonDetail(mustGet(id));
  }

  return {
    'lessons.list': ({ includeDeleted }) => ({
      lessons: lessons.list(includeDeleted).map(toLessonSummary),
    }),

    'lessons.get': ({ id }) => toLessonDetail(mustGet(id)),

    'lessons.create': ({ title, summary, beats }) => {
      checkBeatCases(beats, lookup, 'beats');
      return insertNew({ title, summary, beats });
    },

    'lessons.update': ({ id, baseRevision, patch }) => {
      const record = mustGet(id);
      mustBeEditable(record, 'lesson', baseRevision);
      if (patch.beats !== undefined) checkBeatCases(patch.beats, lookup, 'patch.beats');
      const content: LessonContent = {
        title: patch.title ?? record.title,
        summary: patch.summary ?? record.summary,
        beats: patch.beats ?? record.beats,
      };
      const next = lessons.update(id, baseRevision, content, store.now());
      if (next === null) mustBeEditable(mustGet(id), 'lesson', baseRevision); // lost a race: say why
      return toLessonDetail(mustGet(id));
    },

    'lessons.duplicate': ({ id }) => {
      const source = mustGet(id);
      return insertNew({
        title: `${source.title} (copy)`.slice(0, 200),
        summary: source.summary,
        beats: parseStoredBeats(source.beats, 'beats'),
      });
    },

    'lessons.delete': ({ id }) => {
      const record = mustGet(id);
      if (record.builtinSlug !== null) {
        throw new AppError(
          'READ_ONLY',
          `"${record.title}" is a built-in lesson and cannot be deleted`,
          'id',
        );
      }
      const deletedAt = record.deletedAt ?? store.now();
      if (record.deletedAt === null) lessons.setDeleted(id, deletedAt);
      return { id, deletedAt: new Date(deletedAt).toISOString() };
    },

    'lessons.undoDelete': ({ id }) => {
      const record = mustGet(id);
      if (record.deletedAt !== null) lessons.setDeleted(id, null);
      return toLessonSummary({ ...record, deletedAt: null });
    },

    'lessons.exportBundle': ({ ids }) => {
      const records = [...new Set(ids)].map((id, i) => {
        const record = lessons.get(id);
        if (record === undefined)
          throw new AppError('NOT_FOUND', `No lesson with id ${id}`, `ids[${i}]`);
        return record;
      });
      return buildLessonBundle(records, lookup, appVersion, store.now());
    },

    'lessons.importBundle': ({ bundle }) => {
      const incoming = validateLessonBundle(bundle, lookup);
      // Validated in full above; the writes share one transaction, so a failure writes nothing.
      return lessons.transaction(() => {
        const now = store.now();
        const newIds = new Map<string, string>();
        const importedCases = incoming.cases.map((c) => {
          const id = newCaseId();
          newIds.set(c.id, id);
          cases.insert({
            title: c.title,
            tags: normalizeTags(c.tags),
            notes: c.notes,
            parentNotes: c.parentNotes,
            scenario: c.scenario,
            personal: null,
            beats: c.beats,
            ...firstRevision(id, now),
          });
          return { id, title: c.title };
        });
        const remap = (b: LessonBeat): LessonBeat => ({
          ...b,
          caseId: newIds.get(b.caseId) ?? b.caseId,
        });
        const importedLessons = incoming.lessons.map((l) => {
          const detail = insertNew({
            title: l.title,
            summary: l.summary,
            beats: l.beats.map(remap),
          });
          return { id: detail.id, title: detail.title };
        });
        return { lessons: importedLessons, cases: importedCases };
      });
    },

    'lessons.handout': async ({ id }) => {
      const lesson = toLessonDetail(mustGet(id));
      const cases = handoutCases(lesson, lookup);
      return { file: await jobs.run('lessonHandout', { lesson, cases, nowMs: Date.now() }) };
    },
  };
}
