// Reading PDFs in tests: the fixture case's report as the export makes it, and a PDF's text as
// pdftotext (Debian's poppler-utils) lays it out.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHART_NAMES } from '../../../src-main/charts/index';
import { renderExports, type ExportFile } from '../../../src-main/export/render';
import {
  fixedProvenance,
  fixtureScenario,
  fixtureTrace,
  repoRoot,
} from '../../fixtures/charts/fixture';

/** The chart fixture's PDF report with every chart: the one file asked for. */
export function fixtureReport(): Promise<ExportFile[]> {
  return renderExports({
    scenario: fixtureScenario(),
    trace: fixtureTrace(),
    provenance: fixedProvenance,
    charts: [...CHART_NAMES],
    formats: ['pdf'],
    pngSizes: [],
    resourcesDir: join(repoRoot, 'resources'),
  });
}

export function pdfText(pdf: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'lactasim-pdf-')), 'report.pdf');
  writeFileSync(file, pdf);
  const r = spawnSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}
