import { spawnSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixedProvenance } from '../../fixtures/charts/fixture';
import { fixtureReport, pdfText } from './pdf-text';

/** Every page content stream, inflated (pdfkit compresses them with Flate). */
function contentStreams(pdf: Uint8Array): string[] {
  const raw = Buffer.from(pdf).toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/<<([^]*?)>>\s*stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = raw.indexOf('endstream', start);
    const body = Buffer.from(raw.slice(start, end), 'latin1');
    if (
      /\/FlateDecode/.test(m[1] ?? '') &&
      !/\/Subtype\s*\/(Image|Type1C|CIDFontType0C|OpenType)/.test(m[1] ?? '')
    ) {
      try {
        out.push(inflateSync(body).toString('latin1'));
      } catch {
        // Font programs and other binary streams are not page content.
      }
    }
  }
  return out;
}

describe('PDF report', async () => {
  const files = await fixtureReport();
  const pdf = files[0]?.bytes ?? new Uint8Array();
  const text = pdfText(pdf);
  const pages = text.split('\f').filter((p) => p.trim() !== '');

  it('is the only file asked for, named after the case', () => {
    expect(files.map((f) => [f.filename, f.mime])).toEqual([
      ['chart-fixture-report.pdf', 'application/pdf'],
    ]);
  });

  it('has a summary page, chart pages and an evidence page', () => {
    // 1 summary + charts (6 vector drawings: two to four pages) + evidence and references (one to
    // three pages: every card about what the charts draw).
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.length).toBeLessThanOrEqual(8);
    expect(pages[0]).toMatch(/Provenance[\s\S]*Summary[\s\S]*Parameters[\s\S]*Events/);
    expect(pages[1]).toMatch(/^\s*Charts/);
    const evidencePage = pages.findIndex((p) => p.includes('What the literature says'));
    expect(evidencePage).toBeGreaterThan(1);
    expect(pages.findIndex((p) => p.includes('References'))).toBeGreaterThanOrEqual(evidencePage);
  });

  it('holds case, parameters, events, figures and citations as extractable text', () => {
    for (const s of [
      'Chart fixture',
      'Summary',
      'Milk removed per 24 h',
      'Storage capacity, left breast: 200 mL',
      '200',
      'Placenta delivered',
      'Figure: Hormones.',
      'Figure: Supply over days.',
      'References',
      'Pediatrics 117(3):e387',
    ]) {
      expect(text).toContain(s);
    }
    // The file format version is for files, not for the clinician reading the report.
    expect(text).not.toMatch(/Scenario format|scenario@1/);
  });

  it('words its provenance for a reader, not with the keys files carry', () => {
    expect(pages[0]).toContain('Model version: test-model/1');
    expect(pages[0]).toContain('Scenario fingerprint (SHA-256):');
    expect(pages[0]).not.toMatch(/model-version:|scenario-sha256:|exported-at:/);
  });

  it('draws the charts as vector paths, with no embedded images', () => {
    const list = spawnSync('/usr/bin/pdfimages', ['-list', '-'], { input: pdf, encoding: 'utf8' });
    // pdfimages prints a two-line header and one line per image.
    expect(list.stdout.trim().split('\n')).toHaveLength(2);
    expect(Buffer.from(pdf).toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
    const content = contentStreams(pdf).join('\n');
    // Curves and lines (x y m … x y l … S) and glyph outlines filled with f: thousands of them.
    expect(content.match(/ l\n/g)?.length ?? 0).toBeGreaterThan(1000);
    expect(content.match(/ c\n/g)?.length ?? 0).toBeGreaterThan(1000);
    expect(content).toMatch(/\nS\n/);
  });

  it('prints provenance on every page and in the document information', () => {
    for (const page of pages) expect(page).toContain('scenario abababababab');
    const info = spawnSync('/usr/bin/pdfinfo', ['-isodates', '-'], {
      input: pdf,
      encoding: 'utf8',
    });
    expect(info.stdout).toMatch(/^Title: +LactaSim report — Chart fixture$/m);
    expect(info.stdout).toMatch(/^Author: +LactaSim 9\.9\.9-test$/m);
    expect(info.stdout).toMatch(/^CreationDate: +2026-01-02T03:04:05(Z|\+00)/m);
    expect(info.stdout).toContain(`scenario-sha256=${fixedProvenance.scenarioHash}`);
    expect(info.stdout).toContain('model-version=test-model/1');
    expect(info.stdout).toContain('exported-at=2026-01-02T03:04:05.000Z');
  });
});
