// The clinician interface in two languages: the catalogs match key for key and placeholder for
// placeholder, every key the screens ask for exists, and no screen writes English past them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  CLINICIAN_CATALOGS,
  CLINICIAN_NAMESPACES,
  type Messages,
} from '../../../src-main/labels/catalogs';
import { catalogEntries } from '../../../src-main/walkthrough/catalog';

const root = join(__dirname, '../../..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const entries = (lang: 'en' | 'es', ns: string) =>
  new Map(catalogEntries((CLINICIAN_CATALOGS[lang] as Record<string, Messages>)[ns]));

describe('clinician catalogs', () => {
  it.each(CLINICIAN_NAMESPACES)(
    '%s: English and Spanish have the same keys and placeholders',
    (ns) => {
      const en = entries('en', ns);
      const es = entries('es', ns);
      const bases = (m: Map<string, string>) =>
        [...new Set([...m.keys()].map((k) => k.replace(PLURAL, '')))].sort();
      expect(bases(es)).toEqual(bases(en));
      const holes = (s: string | undefined) => (s?.match(/\{\{\w+\}\}/g) ?? []).sort();
      for (const [key, text] of en) {
        const twin = es.get(key) ?? es.get(key.replace(PLURAL, '_other'));
        expect([key, holes(twin)]).toEqual([key, holes(text)]);
      }
    },
  );

  it.each(CLINICIAN_NAMESPACES)('%s: every plural has the forms its language needs', (ns) => {
    for (const lang of ['en', 'es'] as const) {
      const keys = [...entries(lang, ns).keys()];
      const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const base of new Set(
        keys.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')),
      ))
        for (const form of needed) expect(keys).toContain(`${base}_${form}`);
    }
  });

  it('no message wraps words in a tag HTML treats as void (Trans would leave it empty)', () => {
    const voids = /<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)>/;
    for (const lang of ['en', 'es'] as const)
      for (const ns of CLINICIAN_NAMESPACES)
        for (const [key, text] of entries(lang, ns))
          expect([lang, ns, key, voids.test(text)]).toEqual([lang, ns, key, false]);
  });

  it('no message is empty', () => {
    for (const lang of ['en', 'es'] as const)
      for (const ns of CLINICIAN_NAMESPACES)
        for (const [key, text] of entries(lang, ns))
          expect([lang, ns, key, text.trim().length > 0]).toEqual([lang, ns, key, true]);
  });
});

describe('the screens and the catalogs', () => {
  const files = sourceFiles(join(root, 'src-renderer'));

  it('every literal key a screen asks for is in the English catalog', () => {
    const missing: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const namespaces = [...text.matchAll(/useT\('(\w+)'\)/g)].map((m) => m[1]!);
      const keys = (ns: string) => entries('en', ns);
      for (const m of text.matchAll(/\btr\('(\w+)', '([\w.]+)'/g))
        if (!has(keys(m[1]!), m[2]!)) missing.push(`${relative(root, file)}: ${m[1]}:${m[2]}`);
      if (namespaces.length !== 1) continue;
      const ns = namespaces[0]!;
      for (const m of text.matchAll(/\bt\('([\w.:]+)'/g)) {
        const [kns, key] = m[1]!.includes(':') ? m[1]!.split(':') : [ns, m[1]!];
        if (!has(keys(kns!), key!)) missing.push(`${relative(root, file)}: ${kns}:${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('no screen writes words outside the catalogs', () => {
    const found: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.tsx'))) {
      const name = relative(root, file);
      for (const words of literalWords(file)) found.push(`${name}: ${words}`);
    }
    expect(found).toEqual([]);
  });
});

function has(keys: Map<string, string>, key: string): boolean {
  return (
    keys.has(key) ||
    keys.has(`${key}_other`) ||
    [...keys.keys()].some((k) => k.startsWith(`${key}.`))
  );
}

/** Attributes a person reads or hears. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** Words that stay as they are in every language: the product, units and code shown as code. */
const UNTRANSLATED = /^(LactaSim|mL|mL\/day|h|min|s|kg|%|npm run \w+|[A-Z]|PDF|SVG|PNG|CSV|ZIP)$/;

function literalWords(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const text = node.getText().replace(/\s+/g, ' ').trim();
      const inCode =
        ts.isJsxElement(node.parent) && node.parent.openingElement.tagName.getText() === 'code';
      if (/[A-Za-z]{2}/.test(text) && !inCode && !UNTRANSLATED.test(text)) out.push(text);
    }
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText())) {
      const init = node.initializer;
      const text = init && ts.isStringLiteral(init) ? init.text : undefined;
      if (text && /[A-Za-z]{2}/.test(text) && !UNTRANSLATED.test(text)) out.push(text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}
