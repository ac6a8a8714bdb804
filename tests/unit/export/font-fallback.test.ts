// Text people type can hold characters the embedded Inter cannot draw (emoji, CJK). The PDF draws
// each as a visible □ and ends with a line naming them, instead of an empty or missing glyph.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderExports } from '../../../src-main/export/render';
import { MISSING_MARK } from '../../../src-main/export/pdf-doc';
import { interFont } from '../../../src-main/export/fonts';
import {
  fixedProvenance,
  fixtureScenario,
  fixtureTrace,
  repoRoot,
} from '../../fixtures/charts/fixture';
import { pdfText } from './pdf-text';

async function reportNamed(name: string): Promise<Uint8Array> {
  const [file] = await renderExports({
    scenario: { ...fixtureScenario(), name },
    trace: fixtureTrace(),
    provenance: fixedProvenance,
    charts: ['hormones'],
    formats: ['pdf'],
    pngSizes: [],
    resourcesDir: join(repoRoot, 'resources'),
  });
  return file!.bytes;
}

describe('characters the font lacks', () => {
  it('are drawn as a visible mark and named at the end of the report', async () => {
    expect(interFont(400).hasGlyphForCodePoint(0x1f600)).toBe(false);
    expect(interFont(400).hasGlyphForCodePoint(MISSING_MARK.codePointAt(0)!)).toBe(true);
    const pdf = await reportNamed('Maria 😀 中文 → día');
    const text = pdfText(pdf);
    expect(text).toContain(`Maria ${MISSING_MARK} ${MISSING_MARK}${MISSING_MARK} → día`);
    expect(text).toMatch(/printed as □: U\+1F600, U\+4E2D, U\+6587\./);
    // Only Inter is embedded: nothing was drawn from a font we do not ship.
    const file = join(mkdtempSync(join(tmpdir(), 'lactasim-fonts-')), 'report.pdf');
    writeFileSync(file, pdf);
    const fonts = spawnSync('/usr/bin/pdffonts', [file], { encoding: 'utf8' }).stdout;
    const names = fonts.split('\n').slice(2).filter(Boolean);
    expect(names.length).toBeGreaterThan(0);
    for (const line of names) expect(line).toMatch(/Inter/);
  });

  it('adds no note when every character has a glyph', async () => {
    const text = pdfText(await reportNamed('Maria → día ≤ 6'));
    expect(text).not.toContain('printed as');
    expect(text).not.toContain(MISSING_MARK);
  });
});
