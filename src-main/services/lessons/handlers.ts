// The lesson methods on top of the store: built-in lessons are read-only, edits name the
// revision they started from, every beat must name a live case and a moment inside its run.
import packageJson from '../../../package.json';
import { AppError } from '../../contract/errors';
import type { Handlers } from '../../contract/index';
import type { LessonBeat, LessonDetail, LessonMethodName } from '../../contract/lessons';
import { firstRevision, type CaseStore, type LessonContent } from '../../store/index';
import { newCaseId } from '../cases/ids';
import { normalizeTags } from '../cases/mapping';
import { checkBeatCases, parseStoredBeats, toLessonDetail, toLessonSummary } from './beats';
import { buildLessonBundle, validateLessonBundle, type ValidatedLessonBundle } from './bundle';
import { duplicateTitles, renames } from '../cases/duplicates';
import { handoutCases } from './handout';
import type { JobRunner } from '../../jobs/pool';
import { newLessonId } from './ids';
import { mustBeEditable, recordService } from '../records';

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

  const records = recordService('lesson', lessons, store.now, newLessonId);
  const { mustGet } = records;
  const insertNew = (content: LessonContent): LessonDetail =>
    toLessonDetail(records.insertNew(content));

  /** Titles of the bundle already in use: lessons among lessons, cases among cases. */
  const duplicatesOf = (incoming: ValidatedLessonBundle) => ({
    lessons: duplicateTitles(
      'lesson',
      incoming.lessons.map((l) => l.title),
      (t) => lessons.hasTitle(t),
    ),
    cases: duplicateTitles(
      'case',
      incoming.cases.map((c) => c.title),
      (t) => cases.hasTitle(t),
    ),
  });

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
      return toLessonDetail(records.write(id, baseRevision, content));
    },

    'lessons.duplicate': ({ id }) => {
      const source = mustGet(id);
      return insertNew({
        title: records.copyTitle(source.title),
        summary: source.summary,
        beats: parseStoredBeats(source.beats, 'beats'),
      });
    },

    'lessons.delete': ({ id }) => records.trash(id),

    'lessons.undoDelete': ({ id }) => toLessonSummary(records.untrash(id)),

    'lessons.exportBundle': ({ ids }) => {
      const records = [...new Set(ids)].map((id, i) => {
        const record = lessons.get(id);
        if (record === undefined)
          throw new AppError('NOT_FOUND', `No lesson with id ${id}`, `ids[${i}]`);
        return record;
      });
      return buildLessonBundle(records, lookup, appVersion, store.now());
    },

    'lessons.checkImport': ({ bundle }) => {
      const incoming = validateLessonBundle(bundle, lookup);
      const found = duplicatesOf(incoming);
      return {
        count: incoming.lessons.length + incoming.cases.length,
        duplicates: [...found.lessons, ...found.cases],
      };
    },

    'lessons.importBundle': ({ bundle, duplicateTitles: onDuplicate }) => {
      const incoming = validateLessonBundle(bundle, lookup);
      store.backup('import');
      // Validated in full above; the writes share one transaction, so a failure writes nothing.
      return lessons.transaction(() => {
        const now = store.now();
        const found = duplicatesOf(incoming);
        const caseTitles = renames(found.cases, onDuplicate === 'rename');
        const lessonTitles = renames(found.lessons, onDuplicate === 'rename');
        const newIds = new Map<string, string>();
        const importedCases = incoming.cases.map((c, i) => {
          const id = newCaseId();
          const title = caseTitles.get(i) ?? c.title;
          newIds.set(c.id, id);
          cases.insert({
            title,
            tags: normalizeTags(c.tags),
            notes: c.notes,
            parentNotes: c.parentNotes,
            scenario: c.scenario,
            personal: null,
            beats: c.beats,
            ...firstRevision(id, now),
          });
          return { id, title };
        });
        const remap = (b: LessonBeat): LessonBeat => ({
          ...b,
          caseId: newIds.get(b.caseId) ?? b.caseId,
        });
        const importedLessons = incoming.lessons.map((l, i) => {
          const detail = insertNew({
            title: lessonTitles.get(i) ?? l.title,
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
