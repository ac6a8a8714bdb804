import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreOpenError } from '../../src-main/store/errors';
import { openStore } from '../../src-main/store/open';
import { locateLibrary, MOVED_NOTE, relocationNotice } from '../../src-main/store/relocate';
import { openDatabase } from '../../src-main/store/sqlite';
import { damagePages, dumpDb, makeRecord, tempDir } from './helpers';

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A home folder with a LactaSim 0.1 library in ~/.lactasim, and an empty data folder. */
function legacyHome(cases = 3) {
  const home = tempDir();
  const dir = join(tempDir(), 'LactaSim');
  const legacy = join(home, '.lactasim', 'lactasim.db');
  const store = openStore(legacy);
  store.cases.transaction(() => {
    for (let i = 0; i < cases; i++) store.cases.insert(makeRecord());
  });
  store.close();
  return { home, dir, legacy, target: join(dir, 'lactasim.db') };
}

describe('moving the library from ~/.lactasim to the platform folder', () => {
  it('copies, checks and switches, leaving the old file byte for byte as it was', () => {
    const { home, dir, legacy, target } = legacyHome();
    const before = digest(legacy);
    const contents = dumpDb(legacy);
    const located = locateLibrary(undefined, {}, { dir, home, now: () => Date.UTC(2026, 0, 2) });
    expect(located.dbPath).toBe(target);
    expect(located.relocated).toEqual({
      moved: true,
      from: legacy,
      to: target,
      note: join(home, '.lactasim', MOVED_NOTE),
    });
    expect(dumpDb(target)).toBe(contents);
    expect(digest(legacy)).toBe(before);
    expect(readdirSync(dir)).toEqual(['lactasim.db']); // no half-written copy left behind
    const note = readFileSync(join(home, '.lactasim', MOVED_NOTE), 'utf8');
    expect(note).toContain(target);
    expect(note).toContain('2026-01-02');
    expect(relocationNotice(located.relocated)).toContain(`from ${legacy} to ${target}`);
  });

  it('includes writes still in the old library’s WAL file', () => {
    const { home, dir, legacy, target } = legacyHome(0);
    const writer = openStore(legacy); // stays open, so its commit is still in the WAL file
    writer.cases.insert(makeRecord({ id: 'c_walonly0001', title: 'only in the WAL' }));
    try {
      expect(statSync(`${legacy}-wal`).size).toBeGreaterThan(0);
      locateLibrary(undefined, {}, { dir, home });
    } finally {
      writer.close();
    }
    const copy = openDatabase(target, undefined, { readonly: true });
    expect(copy.prepare("SELECT title FROM cases WHERE id = 'c_walonly0001'").get()).toEqual({
      title: 'only in the WAL',
    });
    copy.close();
  });

  it('moves once: not again when the new library exists or was deleted later', () => {
    const { home, dir, target } = legacyHome();
    expect(locateLibrary(undefined, {}, { dir, home }).relocated.moved).toBe(true);
    expect(locateLibrary(undefined, {}, { dir, home }).relocated).toEqual({ moved: false });
    rmSync(dirname(target), { recursive: true });
    expect(locateLibrary(undefined, {}, { dir, home }).relocated).toEqual({ moved: false });
    expect(existsSync(target)).toBe(false);
  });

  it('does nothing with no old library, or when --db or LACTASIM_DB names the file', () => {
    const home = tempDir();
    const dir = join(tempDir(), 'LactaSim');
    expect(locateLibrary(undefined, {}, { dir, home })).toEqual({
      dbPath: join(dir, 'lactasim.db'),
      relocated: { moved: false },
    });
    const old = legacyHome();
    expect(locateLibrary('/x/a.db', {}, { dir: old.dir, home: old.home })).toEqual({
      dbPath: '/x/a.db',
      relocated: { moved: false },
    });
    expect(
      locateLibrary(undefined, { LACTASIM_DB: '/y/b.db' }, { dir: old.dir, home: old.home }),
    ).toEqual({ dbPath: '/y/b.db', relocated: { moved: false } });
    expect(existsSync(old.target)).toBe(false);
  });

  it('refuses a damaged old library, changing nothing and leaving no copy', () => {
    const { home, dir, legacy, target } = legacyHome(300);
    damagePages(legacy, { first: 2, every: 3, bytes: 400 });
    const before = digest(legacy);
    mkdirSync(dir, { recursive: true });
    let error: unknown;
    try {
      locateLibrary(undefined, {}, { dir, home });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as StoreOpenError).code).toBe('CORRUPT');
    expect((error as StoreOpenError).message).toContain(
      `could not move the case library ${legacy}`,
    );
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(home, '.lactasim', MOVED_NOTE))).toBe(false);
    expect(digest(legacy)).toBe(before);
  });
});
