// `lessons.handout`: simulates each case the lesson uses once, draws each beat's charts and
// writes the handout PDF (export/lesson-handout.ts).
import packageJson from '../../../package.json';
import { AppError } from '../../contract/errors';
import type { ExportedFile } from '../../contract/export';
import type { LessonDetail } from '../../contract/lessons';
import { makeProvenance } from '../../export/provenance';
import { fileStem } from '../../export/render';
import { handoutChart, lessonHandoutPdf } from '../../export/lesson-handout';
import { simulate, type Scenario } from '../../sim/index';
import type { Trace } from '../../sim/trace';
import { checkScenario } from '../cases/scenario';
import { momentLabel } from '../../labels/scenario';
import type { CaseLookup } from './beats';

/** "day 3, 12:00 after birth", as the case report words moments. */
export function describeMoment(
  trace: Pick<Trace, 'startPostpartumHours'>,
  atHours: number,
): string {
  return momentLabel(trace.startPostpartumHours + atHours);
}

export interface HandoutCase {
  title: string;
  scenario: Scenario;
}

/** The checked case of every beat, by id: read on the main side, which holds the store. */
export function handoutCases(
  lesson: LessonDetail,
  lookup: CaseLookup,
): Record<string, HandoutCase> {
  const cases: Record<string, HandoutCase> = {};
  lesson.beats.forEach((beat, i) => {
    if (cases[beat.caseId] !== undefined) return;
    const record = lookup(beat.caseId);
    if (record === undefined) {
      throw new AppError(
        'NOT_FOUND',
        `beats[${i}].caseId: no case with id ${beat.caseId}`,
        `beats[${i}].caseId`,
      );
    }
    cases[beat.caseId] = {
      title: record.title,
      scenario: checkScenario(record.scenario, `beats[${i}]`),
    };
  });
  return cases;
}

/** The handout PDF: each case simulated once (a worker-thread job, see jobs/jobs.ts). */
export async function lessonHandout(
  lesson: LessonDetail,
  cases: Readonly<Record<string, HandoutCase>>,
  now: Date = new Date(),
): Promise<ExportedFile> {
  const traces = new Map(Object.entries(cases).map(([id, c]) => [id, simulate(c.scenario)]));
  const beats = lesson.beats.map((beat) => {
    const c = cases[beat.caseId];
    const trace = traces.get(beat.caseId);
    if (c === undefined || trace === undefined) {
      throw new AppError('NOT_FOUND', `no case with id ${beat.caseId}`);
    }
    const provenance = makeProvenance(c.scenario, trace, c.title, now);
    return {
      caption: beat.caption,
      notes: beat.notes,
      caseTitle: c.title,
      moment: describeMoment(trace, beat.atHours),
      charts: beat.view.charts.map((chart) => handoutChart(trace, chart, provenance, beat)),
    };
  });
  const pdf = await lessonHandoutPdf({
    title: lesson.title,
    summary: lesson.summary,
    appVersion: packageJson.version,
    createdAt: now,
    beats,
  });
  return {
    filename: `${fileStem(lesson.title)}-handout.pdf`,
    mime: 'application/pdf',
    base64: pdf.toString('base64'),
  };
}
