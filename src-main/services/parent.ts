// The `parent.*` handlers: read a family's feed log into their case's scenario (checked row by
// row, nothing saved here: the renderer saves through cases.update/create), and write the parent
// handout PDF. The work itself runs in the job pool (jobs/jobs.ts).
import type { Handlers, ParsedRequestOf } from '../contract/index';
import type { FeedLogImport, ParentHandoutResponse } from '../contract/parent';
import type { JobRunner } from '../jobs/pool';
import { AppError } from '../contract/errors';
import { makeProvenance } from '../export/provenance';
import { parentHandoutPdf } from '../export/parent-handout';
import { fileStem } from '../export/render';
import { importFeedLog } from '../import/feed-log';
import { resolutionFor } from '../contract/resolution';
import { parseScenario, type Scenario } from '../sim/scenario';
import { simulate } from '../sim/index';
import { babyLines } from '../walkthrough/baby';
import { CATALOGS, whatIfSentence } from '../walkthrough/catalog';
import { applyEdits, generateSteps } from '../walkthrough/steps';
import {
  applyWhatIf,
  patternOf,
  scenarioForPattern,
  whatIfDifference,
} from '../walkthrough/what-if';

/** The feed log read into the scenario, checked again by the engine's parser (a worker job). */
export function readFeedLog({
  scenario,
  csv,
  skipBadRows,
  dateOrder,
}: ParsedRequestOf<'parent.importFeedLog'>): FeedLogImport {
  const result = importFeedLog(scenario, csv, { skipBadRows, dateOrder });
  if (result.scenario) {
    // The events were built from checked rows; a failure here is a bug, not bad input.
    const check = parseScenario(result.scenario);
    if (!check.ok) throw new AppError('BAD_IMPORT', check.error.message, check.error.path);
  }
  return result;
}

/** The parent handout PDF: up to three runs and the drawing (a worker job). */
export async function parentHandout(
  req: ParsedRequestOf<'parent.handout'>,
  now: Date,
): Promise<ParentHandoutResponse> {
  // Runs as the screen runs them, so the handout's numbers are the screen's.
  const run = (scenario: Scenario) =>
    simulate(scenario, { resolutionSec: resolutionFor(scenario) });
  const trace = run(req.scenario);
  const steps = applyEdits(generateSteps(req.scenario, trace), req.walkthrough ?? null);
  let whatIf;
  if (req.whatIf) {
    const pattern = req.pattern ?? patternOf(req.scenario, trace);
    const change = applyWhatIf(pattern, req.whatIf);
    const base = run(scenarioForPattern(req.scenario, pattern));
    const alt = run(scenarioForPattern(req.scenario, change.pattern, { block: change.block }));
    whatIf = {
      label: CATALOGS[req.language].whatIf[req.whatIf],
      sentence: whatIfSentence(req.language, whatIfDifference(base, alt)),
      trace: alt,
      base,
      baseLabel: CATALOGS[req.language].ui.whatIfYours,
    };
  }
  const pdf = await parentHandoutPdf({
    language: req.language,
    paper: req.paper,
    parentTitle: req.parentTitle,
    caseTitle: req.caseTitle,
    parentFirstName: req.personal?.parentFirstName,
    baby: babyLines(req.language, req.scenario, req.walkthrough ?? null),
    steps,
    drawings: Object.fromEntries(req.drawings.map((d) => [d.kind, d.drawing])),
    notes: [req.walkthrough?.notes ?? '', req.parentNotes],
    trace,
    provenance: makeProvenance(req.scenario, trace, req.parentTitle, now),
    ...(whatIf ? { whatIf } : {}),
    now,
  });
  return {
    filename: `${fileStem(req.parentTitle)}-handout-${req.language}-${req.paper.toLowerCase()}.pdf`,
    mime: 'application/pdf',
    base64: pdf.toString('base64'),
  };
}

/** Both run in the job pool: a long log or a 180-day handout never holds up other requests. */
export function parentHandlers(ctx: {
  jobs: JobRunner;
  now?: () => Date;
}): Pick<Handlers, 'parent.importFeedLog' | 'parent.handout'> {
  return {
    'parent.importFeedLog': (req) => ctx.jobs.run('readFeedLog', req),
    'parent.handout': (req) =>
      ctx.jobs.run('parentHandout', { req, nowMs: (ctx.now ?? (() => new Date()))().getTime() }),
  };
}
