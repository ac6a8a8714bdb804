import { describe, expect, it } from 'vitest';
import { BUNDLE_ACCEPT, bundleKindOf } from '../../../src-main/contract/desktop';
import { recentCaseIds, rememberCase, RECENT_MAX } from '../../../src-renderer/app/recent';
import { previewBundle } from '../../../src-renderer/features/import/bundleFile';

describe('bundle files', () => {
  it('knows both kinds by extension, old .json names included, case-insensitively', () => {
    expect(bundleKindOf('Sheehan.lactasim')).toBe('cases');
    expect(bundleKindOf('OLD.LACTASIM.JSON')).toBe('cases');
    expect(bundleKindOf('Let-down.lactasim-lesson')).toBe('lesson');
    expect(bundleKindOf('let-down.lactasim-lesson.json')).toBe('lesson');
    expect(bundleKindOf('notes.json')).toBeNull();
    expect(bundleKindOf('x.lactasim.txt')).toBeNull();
    expect(BUNDLE_ACCEPT.split(',')).toEqual(
      expect.arrayContaining(['.lactasim', '.lactasim-lesson', '.json']),
    );
  });

  it('previews what a bundle holds, going by its format before its name', () => {
    const lesson = previewBundle(
      'renamed.lactasim',
      JSON.stringify({
        format: 'lactasim/lesson-bundle@1',
        lessons: [{ title: 'Supply and demand' }, {}],
        cases: [{ title: 'Mine' }],
      }),
    );
    expect(lesson).toMatchObject({
      kind: 'lesson',
      titles: ['Supply and demand', '(untitled)'],
      caseCount: 1,
    });
    const cases = previewBundle(
      'a.json',
      JSON.stringify({ format: 'lactasim/bundle@1', cases: [{ title: 'A' }, { title: 'B' }] }),
    );
    expect(cases).toMatchObject({ kind: 'cases', titles: ['A', 'B'], caseCount: 2 });
  });

  it('says in one line why a file is not a bundle', () => {
    expect(() => previewBundle('notes.txt', 'hello')).toThrow(
      /^notes\.txt is not a LactaSim bundle: it is not JSON/,
    );
    expect(() => previewBundle('data.json', '{"format":"other@1"}')).toThrow(
      'data.json is not a LactaSim bundle (its format is "other@1").',
    );
    // A bundle-named file of another format goes to the import, which reports what is wrong.
    expect(previewBundle('x.lactasim', '{}').kind).toBe('cases');
  });
});

describe('recent cases', () => {
  function memoryStorage(): Storage {
    const map = new Map<string, string>();
    return {
      getItem: (k) => map.get(k) ?? null,
      setItem: (k, v) => void map.set(k, v),
      removeItem: (k) => void map.delete(k),
      clear: () => map.clear(),
      key: (i) => [...map.keys()][i] ?? null,
      get length() {
        return map.size;
      },
    };
  }

  it('keeps the newest first, once each, at most eight', () => {
    const storage = memoryStorage();
    for (let i = 0; i < 10; i++) rememberCase(`c_${i}`, storage);
    rememberCase('c_5', storage);
    const ids = recentCaseIds(storage);
    expect(ids).toHaveLength(RECENT_MAX);
    expect(ids.slice(0, 3)).toEqual(['c_5', 'c_9', 'c_8']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads a damaged list as empty', () => {
    const storage = memoryStorage();
    storage.setItem('lactasim.recentCases', '{oops');
    expect(recentCaseIds(storage)).toEqual([]);
    storage.setItem('lactasim.recentCases', '[1, "c_a"]');
    expect(recentCaseIds(storage)).toEqual(['c_a']);
  });
});
