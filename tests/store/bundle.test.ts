import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src-main/contract/errors';
import { openCaseLibrary, parseBundleBytes } from '../../src-main/services/cases';
import { badScenario, bundleOf, dumpDb, resourcesDir, sampleScenario, tempDbPath } from './helpers';

function setup() {
  const dbPath = tempDbPath();
  const lib = openCaseLibrary({ dbPath, resourcesDir });
  return { lib, h: lib.handlers, dbPath };
}

function importError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the import to fail');
}

const goodCase = (title: string, extra: object = {}) => ({
  title,
  tags: ['t'],
  notes: 'n',
  parentNotes: 'p',
  beats: [],
  scenario: sampleScenario(),
  ...extra,
});

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('bundles', () => {
  it('exports and imports a round trip: same content, new ids, personal details redacted by default', async () => {
    const { h, lib } = setup();
    const a = await h['cases.create']({
      scenario: sampleScenario() as never,
      title: 'With family',
      tags: ['x'],
      notes: 'clin',
      parentNotes: 'par',
      personal: { parentFirstName: 'Ana', babyAgeDays: 9 },
      beats: [{ kind: 'pause' }],
    });
    const redacted = await h['cases.exportBundle']({ ids: [a.id], keepPersonal: false });
    expect(redacted).toMatchObject({
      format: 'lactasim/bundle@1',
      app: { version: expect.any(String) },
    });
    expect(redacted.cases[0]).not.toHaveProperty('personal');
    const kept = await h['cases.exportBundle']({ ids: [a.id], keepPersonal: true });
    // The retired baby age (written by earlier editors) is dropped; the age is the scenario's start.
    expect(kept.cases[0]?.personal).toEqual({ parentFirstName: 'Ana' });

    // Through text, as a file would travel.
    const bundle = parseBundleBytes(encode(kept));
    const { imported } = await h['cases.importBundle']({ bundle });
    expect(imported).toHaveLength(1);
    expect(imported[0]!.id).not.toBe(a.id);
    const copy = await h['cases.get']({ id: imported[0]!.id });
    const without = (d: object) => {
      const { id, createdAt, updatedAt, ...rest } = d as Record<string, unknown>;
      return [typeof id, typeof createdAt, typeof updatedAt, rest];
    };
    expect(without(copy)).toEqual(without(a));

    // Importing the same file again never overwrites: a second copy.
    const again = await h['cases.importBundle']({ bundle });
    expect(again.imported[0]!.id).not.toBe(imported[0]!.id);
    lib.close();
  });

  it('refuses to export an unknown id', async () => {
    const { h, lib } = setup();
    let error: unknown;
    try {
      await h['cases.exportBundle']({ ids: ['c_000000000000'], keepPersonal: false });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'NOT_FOUND', path: 'ids[0]' });
    lib.close();
  });

  it('imports many cases in one call', async () => {
    const { h, lib } = setup();
    const cases = Array.from({ length: 50 }, (_, i) => goodCase(`case ${i}`, { id: `orig-${i}` }));
    const { imported } = await h['cases.importBundle']({ bundle: bundleOf(cases) });
    expect(imported.map((c) => c.title)).toEqual(cases.map((c) => c.title));
    lib.close();
  });

  describe('a bad import leaves the database exactly as it was', () => {
    const validText = JSON.stringify(bundleOf([goodCase('a'), goodCase('b'), goodCase('c')]));
    const cases: [string, () => unknown, RegExp, string | undefined][] = [
      [
        'truncated file',
        () => parseBundleBytes(new TextEncoder().encode(validText.slice(0, validText.length / 2))),
        /not valid JSON at line 1, column \d+/,
        undefined,
      ],
      [
        'JSON syntax error reports line and column',
        () =>
          parseBundleBytes(
            new TextEncoder().encode('{\n  "format": "lactasim/bundle@1",\n  "cases": [,]\n}'),
          ),
        /line 3, column 13/,
        undefined,
      ],
      [
        '10 MB of random bytes',
        () => parseBundleBytes(randomBytes(10 * 1024 * 1024)),
        /not UTF-8|not valid JSON/,
        undefined,
      ],
      [
        '10 MB of printable junk',
        () => parseBundleBytes(new TextEncoder().encode('x'.repeat(10 * 1024 * 1024))),
        /not valid JSON/,
        undefined,
      ],
      [
        'over 50 MB',
        () => parseBundleBytes(new Uint8Array(50 * 1024 * 1024 + 1)),
        /limited to 50 MB/,
        undefined,
      ],
      ['an array', () => bundleOf([]).cases, /expected a LactaSim bundle object/, undefined],
      ['null', () => null, /got null/, undefined],
      ['a number', () => 42, /got number/, undefined],
      [
        'a newer bundle version',
        () => ({ ...bundleOf([goodCase('a')]), format: 'lactasim/bundle@2' }),
        /"lactasim\/bundle@2" is not supported/,
        'format',
      ],
      [
        'another format',
        () => ({ format: 'something/else', cases: [] }),
        /not a LactaSim bundle/,
        'format',
      ],
      ['unknown top-level key', () => ({ ...bundleOf([]), extra: 1 }), /Unrecognized key/, ''],
      [
        'out-of-range scenario value in the third case',
        () => bundleOf([goodCase('a'), goodCase('b'), goodCase('c', { scenario: badScenario() })]),
        /^cases\[2\]\.scenario\.mother\.storageCapacityMl\.left: /,
        'cases[2].scenario.mother.storageCapacityMl.left',
      ],
      [
        'out-of-range personal detail',
        () => bundleOf([goodCase('a', { personal: { babyAgeDays: -1 } })]),
        /cases\[0\]\.personal\.babyAgeDays/,
        'cases[0].personal.babyAgeDays',
      ],
      [
        'duplicate ids inside the file',
        () =>
          bundleOf([
            goodCase('a', { id: 'x1' }),
            goodCase('b', { id: 'x2' }),
            goodCase('c', { id: 'x1' }),
          ]),
        /"x1" appears twice.*cases\[0\]\.id/,
        'cases[2].id',
      ],
      [
        'a case that is not an object',
        () => bundleOf([goodCase('a'), 'junk']),
        /cases\[1\]/,
        'cases[1]',
      ],
      [
        'a case with an empty title',
        () => bundleOf([goodCase('')]),
        /cases\[0\]\.title/,
        'cases[0].title',
      ],
    ];

    for (const [name, make, message, path] of cases) {
      it(`rejects ${name}`, async () => {
        const { h, lib, dbPath } = setup();
        await h['cases.create']({
          scenario: sampleScenario() as never,
          title: 'existing',
          tags: [],
          notes: '',
          parentNotes: '',
          beats: [],
        });
        const before = dumpDb(dbPath);
        const error = importError(() => h['cases.importBundle']({ bundle: make() }));
        expect(error.code).toBe('BAD_IMPORT');
        expect(error.message).toMatch(message);
        if (path !== undefined) expect(error.path).toBe(path);
        lib.close();
        expect(dumpDb(dbPath)).toBe(before);
      });
    }
  });
});

describe('duplicate titles on import', () => {
  it('lists titles already in use with a numbered name, writing nothing', async () => {
    const { h, lib, dbPath } = setup();
    try {
      await h['cases.importBundle']({ bundle: bundleOf([goodCase('Maria'), goodCase('Ana')]) });
      const before = dumpDb(dbPath);
      const bundle = bundleOf([goodCase('maria'), goodCase('Maria'), goodCase('Sol')]);
      const check = await h['cases.checkImport']({ bundle });
      expect(check).toEqual({
        count: 3,
        duplicates: [
          { kind: 'case', index: 0, title: 'maria', renamedTo: 'maria (2)' },
          { kind: 'case', index: 1, title: 'Maria', renamedTo: 'Maria (3)' },
        ],
      });
      expect(dumpDb(dbPath)).toBe(before);
      // A bad bundle is reported by the check exactly as by the import.
      expect(
        importError(() => h['cases.checkImport']({ bundle: bundleOf([{ title: 'x' }]) })).code,
      ).toBe('BAD_IMPORT');
    } finally {
      lib.close();
    }
  });

  it('renames on request and keeps the titles otherwise', async () => {
    const { h, lib } = setup();
    try {
      await h['cases.importBundle']({ bundle: bundleOf([goodCase('Maria')]) });
      const twice = bundleOf([goodCase('Maria'), goodCase('Maria')]);
      const renamed = await h['cases.importBundle']({ bundle: twice, duplicateTitles: 'rename' });
      expect(renamed.imported.map((c) => c.title)).toEqual(['Maria (2)', 'Maria (3)']);
      const kept = await h['cases.importBundle']({ bundle: twice, duplicateTitles: 'keep' });
      expect(kept.imported.map((c) => c.title)).toEqual(['Maria', 'Maria']);
      const long = 'L'.repeat(200);
      await h['cases.importBundle']({ bundle: bundleOf([goodCase(long)]) });
      const again = await h['cases.importBundle']({
        bundle: bundleOf([goodCase(long)]),
        duplicateTitles: 'rename',
      });
      expect(again.imported[0]!.title).toBe(`${'L'.repeat(196)} (2)`);
    } finally {
      lib.close();
    }
  });
});
