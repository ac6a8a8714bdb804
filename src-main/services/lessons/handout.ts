// `lessons.handout`: simulates each case the lesson uses once, draws each beat's charts and
// writes the handout PDF (export/lesson-handout.ts).
import packageJson from '../../../package.json';
import { AppError } from '../../contract/errors';
import type { ExportedFile } from '../../contract/export';
import type { LessonDetail } from '../../contract/lessons';
import { makeProvenance } from '../../export/provenance';
import { fileStem } from '../../export/render';
import { handoutChart, lessonHandoutPdf } from '../../export/lesson-handout';
import { simulate } from '../../sim/index';
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

export async function lessonHandout(
  lesson: LessonDetail,
  lookup: CaseLookup,
  now: Date = new Date(),
): Promise<ExportedFile> {
  const runs = new Map<string, { trace: Trace; title: string; scenario: unknown }>();
  const run = (caseId: string, i: number) => {
    let r = runs.get(caseId);
    if (r === undefined) {
      const record = lookup(caseId);
      if (record === undefined) {
        throw new AppError(
          'NOT_FOUND',
          `beats[${i}].caseId: no case with id ${caseId}`,
          `beats[${i}].caseId`,
        );
      }
      const scenario = checkScenario(record.scenario, `beats[${i}]`);
      r = { trace: simulate(scenario), title: record.title, scenario };
      runs.set(caseId, r);
    }
    return r;
  };
  const beats = lesson.beats.map((beat, i) => {
    const r = run(beat.caseId, i);
    const provenance = makeProvenance(r.scenario, r.trace, r.title, now);
    return {
      caption: beat.caption,
      notes: beat.notes,
      caseTitle: r.title,
      moment: describeMoment(r.trace, beat.atHours),
      charts: beat.view.charts.map((c) => handoutChart(r.trace, c, provenance, beat)),
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
