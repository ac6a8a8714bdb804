import { describe, expect, it } from 'vitest';
import { AppError } from '../../src-main/contract/errors';
import { loadCaseScenario, openCaseLibrary } from '../../src-main/services/cases';
import { PURGE_AFTER_MS } from '../../src-main/store/index';
import { badScenario, dumpDb, resourcesDir, sampleScenario, tempDbPath } from './helpers';

const T0 = Date.UTC(2026, 2, 1, 12);

function setup() {
  const clock = { now: T0 };
  const dbPath = tempDbPath();
  const lib = openCaseLibrary({ dbPath, resourcesDir, now: () => clock.now });
  return { lib, h: lib.handlers, clock, dbPath };
}

async function failure(promise: unknown): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

async function caught(fn: () => unknown): Promise<AppError> {
  return failure((async () => fn())());
}

const listAll = { includeDeleted: false, limit: 10_000, offset: 0 } as const;

describe('case service', () => {
  it('creates a case from a scenario and reads it back unchanged', async () => {
    const { h, lib } = setup();
    const scenario = sampleScenario();
    const created = await h['cases.create']({
      scenario: scenario as never,
      title: 'Night feeds',
      tags: ['night', ' Night ', 'twins'],
      notes: 'clinician',
      parentNotes: 'parent',
      personal: { parentFirstName: 'Ana', babyAgeDays: 12 },
      beats: [{ kind: 'pause', atMinutes: 3 }],
    });
    expect(created.id).toMatch(/^c_[0-9a-z]{12}$/);
    expect(created).toMatchObject({
      title: 'Night feeds',
      tags: ['night', 'twins'],
      revision: 1,
      builtin: false,
      hasPersonal: true,
      // An earlier editor's baby age is dropped: the age is the scenario's start.
      personal: { parentFirstName: 'Ana' },
      createdAt: new Date(T0).toISOString(),
    });
    expect(created.personal).not.toHaveProperty('babyAgeDays');
    expect(await h['cases.get']({ id: created.id })).toEqual(created);
    expect(created.scenario).toEqual(scenario);
    lib.close();
  });

  it('rejects a case whose scenario is out of range, naming the path', async () => {
    const { h, lib } = setup();
    const error = await caught(() =>
      h['cases.create']({
        scenario: badScenario() as never,
        title: 'x',
        tags: [],
        notes: '',
        parentNotes: '',
        beats: [],
      }),
    );
    expect(error.code).toBe('BAD_SCENARIO');
    expect(error.path).toBe('scenario.mother.storageCapacityMl.left');
    lib.close();
  });

  it('creates an editable copy from a built-in slug with its title and notes', async () => {
    const { h, lib } = setup();
    const builtin = (await h['cases.list'](listAll)).cases.find((c) => c.builtin)!;
    const created = await h['cases.create']({
      fromBuiltin: builtin.builtinSlug!,
      tags: [],
      notes: '',
      parentNotes: '',
      beats: [],
    });
    const source = await h['cases.get']({ id: builtin.id });
    expect(created).toMatchObject({ title: source.title, builtin: false, notes: source.notes });
    expect(created.scenario).toEqual(source.scenario);
    expect(
      (
        await caught(() =>
          h['cases.create']({
            fromBuiltin: 'no-such-slug',
            tags: [],
            notes: '',
            parentNotes: '',
            beats: [],
          }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    lib.close();
  });

  it('keeps the previous version as a revision on every update', async () => {
    const { h, lib, clock } = setup();
    const c = await h['cases.create']({
      scenario: sampleScenario() as never,
      title: 'v1',
      tags: [],
      notes: '',
      parentNotes: '',
      beats: [],
    });
    clock.now += 1000;
    const v2 = await h['cases.update']({
      id: c.id,
      baseRevision: 1,
      patch: { title: 'v2', notes: 'n2' },
    });
    clock.now += 1000;
    const v3 = await h['cases.update']({
      id: c.id,
      baseRevision: 2,
      patch: { personal: { parentFirstName: 'Eva' } },
    });
    expect([v2.revision, v3.revision]).toEqual([2, 3]);
    expect(v3).toMatchObject({ title: 'v2', notes: 'n2', personal: { parentFirstName: 'Eva' } });
    const revs = await h['cases.revisions']({ id: c.id });
    expect(revs.revisions.map((r) => [r.revision, r.title, r.current])).toEqual([
      [3, 'v2', true],
      [2, 'v2', false],
      [1, 'v1', false],
    ]);
    expect((await h['cases.getRevision']({ id: c.id, revision: 1 })).title).toBe('v1');
    lib.close();
  });

  it('does not make a revision for an update that changes nothing', async () => {
    const { h, lib } = setup();
    const c = await h['cases.create']({
      scenario: sampleScenario() as never,
      title: 'same',
      tags: [],
      notes: '',
      parentNotes: '',
      beats: [],
    });
    const after = await h['cases.update']({ id: c.id, baseRevision: 1, patch: { title: 'same' } });
    expect(after.revision).toBe(1);
    lib.close();
  });

  it('refuses an update from a stale revision with CONFLICT (two windows editing)', async () => {
    const { h, lib } = setup();
    const c = await h['cases.create']({
      scenario: sampleScenario() as never,
      title: 'a',
      tags: [],
      notes: '',
      parentNotes: '',
      beats: [],
    });
    await h['cases.update']({ id: c.id, baseRevision: 1, patch: { title: 'window one' } });
    const error = await caught(() =>
      h['cases.update']({ id: c.id, baseRevision: 1, patch: { title: 'window two' } }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('revision 2');
    expect((await h['cases.get']({ id: c.id })).title).toBe('window one');
    lib.close();
  });

  it('reports a bad scenario in an update under patch.scenario', async () => {
    const { h, lib } = setup();
    const c = await h['cases.create']({
      scenario: sampleScenario() as never,
      title: 'a',
      tags: [],
      notes: '',
      parentNotes: '',
      beats: [],
    });
    const error = await caught(() =>
      h['cases.update']({ id: c.id, baseRevision: 1, patch: { scenario: badScenario() as never } }),
    );
    expect(error).toMatchObject({
      code: 'BAD_SCENARIO',
      path: 'patch.scenario.mother.storageCapacityMl.left',
    });
    expect((await h['cases.get']({ id: c.id })).revision).toBe(1);
    lib.close();
  });

  it('restores an earlier revision as a new revision and refuses a stale restore', async () => {
    const { h, lib } = setup();
    const c = await h['cases.create']({
      scenario: sampleScenario() as never,
      title: 'first',
      tags: ['a'],
      notes: '',
      parentNotes: '',
      beats: [],
    });
    await h['cases.update']({ id: c.id, baseRevision: 1, patch: { title: 'second', tags: ['b'] } });
    const restored = await h['cases.restoreRevision']({ id: c.id, revision: 1, baseRevision: 2 });
    expect(restored).toMatchObject({ title: 'first', tags: ['a'], revision: 3 });
    expect((await h['cases.revisions']({ id: c.id })).revisions).toHaveLength(3);
    expect(
      (await caught(() => h['cases.restoreRevision']({ id: c.id, revision: 2, baseRevision: 2 })))
        .code,
    ).toBe('CONFLICT');
    expect(
      (await caught(() => h['cases.restoreRevision']({ id: c.id, revision: 9, baseRevision: 3 })))
        .code,
    ).toBe('NOT_FOUND');
    lib.close();
  });

  it('duplicates a case under a new id with " (copy)" and independent history', async () => {
    const { h, lib } = setup();
    const c = await h['cases.create']({
      scenario: sampleScenario() as never,
      title: 'orig',
      tags: ['t'],
      notes: 'n',
      parentNotes: 'p',
      beats: [],
    });
    await h['cases.update']({ id: c.id, baseRevision: 1, patch: { notes: 'n2' } });
    const copy = await h['cases.duplicate']({ id: c.id });
    expect(copy.id).not.toBe(c.id);
    expect(copy).toMatchObject({ title: 'orig (copy)', tags: ['t'], notes: 'n2', revision: 1 });
    expect((await h['cases.revisions']({ id: copy.id })).revisions).toHaveLength(1);
    lib.close();
  });

  it('soft-deletes, hides from the list, undoes, and purges after 30 days', async () => {
    const { h, lib, clock, dbPath } = setup();
    const c = await h['cases.create']({
      scenario: sampleScenario() as never,
      title: 'bin me',
      tags: ['BIN', 'stub'],
      notes: '',
      parentNotes: '',
      beats: [],
    });
    const del = await h['cases.delete']({ id: c.id });
    expect(del.purgeAfter).toBe(new Date(T0 + PURGE_AFTER_MS).toISOString());
    const afterDelete = await h['cases.list'](listAll);
    expect(afterDelete.cases.map((x) => x.id)).not.toContain(c.id);
    expect(afterDelete.tags.map((t) => t.tag)).not.toContain('BIN');
    const withTrash = await h['cases.list']({ ...listAll, includeDeleted: true });
    expect(withTrash.tags).toContainEqual({ tag: 'BIN', count: 1 });
    expect(
      (await h['cases.list']({ ...listAll, includeDeleted: true })).cases.map((x) => x.id),
    ).toContain(c.id);
    expect(
      (await caught(() => h['cases.update']({ id: c.id, baseRevision: 1, patch: { title: 'x' } })))
        .code,
    ).toBe('CONFLICT');
    expect((await h['cases.undoDelete']({ id: c.id })).deletedAt).toBeNull();
    expect((await h['cases.list'](listAll)).cases.map((x) => x.id)).toContain(c.id);
    await h['cases.delete']({ id: c.id });
    lib.close();
    clock.now = T0 + PURGE_AFTER_MS + 1;
    const later = openCaseLibrary({ dbPath, resourcesDir, now: () => clock.now });
    expect(later.store.opened.purged).toBe(1);
    expect((await caught(() => later.handlers['cases.get']({ id: c.id }))).code).toBe('NOT_FOUND');
    later.close();
  });

  it('searches title, tags and notes by word prefix, filters by tag and sorts', async () => {
    const { h, lib, clock } = setup();
    const mk = async (title: string, tags: string[], notes: string) => {
      clock.now += 1000;
      return h['cases.create']({
        scenario: sampleScenario() as never,
        title,
        tags,
        notes,
        parentNotes: '',
        beats: [],
      });
    };
    const a = await mk('Zebra engorgement', ['t-early'], 'hard and full');
    const b = await mk('Apple latch', ['T-NICU'], 'preterm baby, engorged mother');
    const c = await mk('Mango pump', ['t-nicu', 't-pumping'], 'double pumping');
    const ids = async (req: object) =>
      (await h['cases.list']({ ...listAll, ...req })).cases
        .filter((x) => !x.builtin)
        .map((x) => x.id);
    expect(await ids({ query: 'engorg' })).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(await ids({ query: 'engorg' })).toHaveLength(2);
    expect(await ids({ query: 'pumping' })).toEqual([c.id]);
    expect(await ids({ query: 'nicu preterm' })).toEqual([b.id]);
    expect(await ids({ query: '"(*' })).toHaveLength(3); // no words: no search, never a syntax error
    expect(await ids({ tag: 't-nicu' })).toEqual([c.id, b.id]);
    expect(await ids({ tag: 't-nicu', sort: 'title' })).toEqual([b.id, c.id]);
    expect(await ids({ sort: 'created' })).toEqual([c.id, b.id, a.id]);
    const list = await h['cases.list'](listAll);
    // Tags group case-insensitively ('T-NICU' and 't-nicu' are one tag).
    const counts = new Map(list.tags.map((t) => [t.tag.toLowerCase(), t.count]));
    expect([counts.get('t-nicu'), counts.get('t-early'), counts.get('t-pumping')]).toEqual([
      2, 1, 1,
    ]);
    const page = await h['cases.list']({ ...listAll, limit: 2, offset: 1, sort: 'title' });
    expect(page.cases).toHaveLength(2);
    expect(page.total).toBe(list.total);
    lib.close();
  });
});

describe('built-in library', () => {
  it('seeds at least ten read-only built-ins on first open', async () => {
    const { h, lib } = setup();
    expect(lib.builtins.skipped).toEqual([]);
    const builtins = (await h['cases.list'](listAll)).cases.filter((c) => c.builtin);
    expect(builtins.length).toBeGreaterThanOrEqual(10);
    const one = builtins[0]!;
    expect(one.id).toBe(`b_${one.builtinSlug}`);
    const detail = await h['cases.get']({ id: one.id });
    expect(
      (
        await caught(() =>
          h['cases.update']({ id: one.id, baseRevision: detail.revision, patch: { title: 'x' } }),
        )
      ).code,
    ).toBe('READ_ONLY');
    expect((await caught(() => h['cases.delete']({ id: one.id }))).code).toBe('READ_ONLY');
    expect(
      (await caught(() => h['cases.restoreRevision']({ id: one.id, revision: 1, baseRevision: 1 })))
        .code,
    ).toBe('READ_ONLY');
    const copy = await h['cases.duplicate']({ id: one.id });
    expect(copy.builtin).toBe(false);
    const edited = await h['cases.update']({
      id: copy.id,
      baseRevision: 1,
      patch: { title: 'mine' },
    });
    expect(edited.title).toBe('mine');
    lib.close();
  });

  it('seeds idempotently: reopening changes nothing', () => {
    const { lib, dbPath, clock } = setup();
    lib.close();
    const before = dumpDb(dbPath);
    clock.now += 5000;
    const again = openCaseLibrary({ dbPath, resourcesDir, now: () => clock.now });
    expect(again.builtins).toMatchObject({ added: [], updated: [], removed: [] });
    again.close();
    expect(dumpDb(dbPath)).toBe(before);
  });
});

describe('loadCaseScenario', () => {
  it('resolves case:<id> for the sim command line and refuses unknown or deleted cases', async () => {
    const { h, lib, dbPath } = setup();
    const scenario = sampleScenario();
    const c = await h['cases.create']({
      scenario: scenario as never,
      title: 'for sim',
      tags: [],
      notes: '',
      parentNotes: '',
      beats: [],
    });
    const gone = await h['cases.create']({
      scenario: scenario as never,
      title: 'gone',
      tags: [],
      notes: '',
      parentNotes: '',
      beats: [],
    });
    await h['cases.delete']({ id: gone.id });
    lib.close();
    expect(loadCaseScenario(c.id, dbPath, resourcesDir)).toEqual(scenario);
    expect(
      (await caught(() => loadCaseScenario('c_zzzzzzzzzzzz', dbPath, resourcesDir))).code,
    ).toBe('NOT_FOUND');
    expect((await caught(() => loadCaseScenario(gone.id, dbPath, resourcesDir))).code).toBe(
      'NOT_FOUND',
    );
  });
});
