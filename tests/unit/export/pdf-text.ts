// A PDF's text as pdftotext (Debian's poppler-utils) lays it out, for tests that read reports.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function pdfText(pdf: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'lactasim-pdf-')), 'report.pdf');
  writeFileSync(file, pdf);
  const r = spawnSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}
