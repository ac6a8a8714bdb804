// Every string that can reach an export is drawn in the embedded font: SVG and PNG text is outlined
// with it and the PDF embeds it, so a character the font lacks would print as a missing glyph.
// Checked over all shipped content (lessons, cases, cards, glossary, the parent catalogs in both
// languages), the source registry's references, the clinical labels, the chart words and every
// text written into the code that draws exports (report headings, event names, chart words).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CHART_SPECS } from '../../../src-main/charts/index';
import { interFont, type FontWeight } from '../../../src-main/export/fonts';
import { FIELD_LABELS, OPTION_LABELS } from '../../../src-main/labels/scenario';
import { fullReference } from '../../../src-main/sources/cite';
import { SOURCE_IDS } from '../../../src-main/sources/registry';
import { VERDICT_MEANING } from '../../../src-main/sources/verdicts';

const root = join(import.meta.dirname, '..', '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(root, path)).isDirectory() ? filesUnder(path) : [path];
  });
}

function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (node !== null && typeof node === 'object') return Object.values(node).flatMap(strings);
  return [];
}

/** The text of every string literal and template part in a TypeScript file. */
function literalsIn(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(join(root, file), 'utf8'),
    ts.ScriptTarget.Latest,
  );
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) out.push(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}

/** The code that writes text into exported files. */
const EXPORT_CODE = ['src-main/export', 'src-main/charts', 'src-main/labels'].flatMap((dir) =>
  filesUnder(dir).filter((f) => f.endsWith('.ts')),
);

const shipped: [string, string][] = [
  ...EXPORT_CODE.flatMap((f) => literalsIn(f).map((s) => [f, s] as [string, string])),
  ...filesUnder('resources')
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) =>
      strings(JSON.parse(readFileSync(join(root, f), 'utf8'))).map(
        (s) => [f, s] as [string, string],
      ),
    ),
  ...SOURCE_IDS.map((id) => [`source ${id}`, fullReference(id)] as [string, string]),
  ...Object.values(FIELD_LABELS).map(
    (f) => ['labels', `${f.label} ${f.unit ?? ''}`] as [string, string],
  ),
  ...Object.values(OPTION_LABELS).flatMap((o) =>
    Object.values(o).map((s) => ['options', s] as [string, string]),
  ),
  ...Object.values(VERDICT_MEANING).map((s) => ['verdicts', s] as [string, string]),
  ...strings(CHART_SPECS).map((s) => ['chart specs', s] as [string, string]),
];

describe('the embedded export font', () => {
  for (const weight of [400, 600] as FontWeight[]) {
    it(`has a glyph for every character of shipped content (weight ${weight})`, () => {
      const font = interFont(weight);
      const missing = new Map<string, string>();
      for (const [where, text] of shipped) {
        for (const ch of text) {
          if (/\s/.test(ch)) continue;
          if (!font.hasGlyphForCodePoint(ch.codePointAt(0)!) && !missing.has(ch))
            missing.set(ch, where);
        }
      }
      expect(
        [...missing].map(
          ([ch, where]) => `${ch} (U+${ch.codePointAt(0)!.toString(16)}) in ${where}`,
        ),
      ).toEqual([]);
      // The check is real: the content holds the characters the old Latin subset lacked.
      const all = shipped.map(([, s]) => s).join('');
      for (const ch of ['≈', '→', 'ñ', '±']) expect(all).toContain(ch);
      expect(all).toContain('Milk removed per 24 h after the fork');
    });
  }
});
