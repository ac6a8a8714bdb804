// The lesson handlers over a real library: built-in lessons seeded and valid, editing with the
// revision lock, read-only built-ins, bundles that carry their cases, and the handout PDF.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { citationsIn } from '../../src-main/sources/cite';
import { AppError } from '../../src-main/contract/errors';
import type { Handlers, MethodName } from '../../src-main/contract/index';
import { dispatch } from '../../src-main/services/dispatch';
import { lessonBeatSchema } from '../../src-main/contract/lessons';
import { testServices } from '../fixtures/services';
import { ensureBuiltinLessons } from '../../src-main/services/lessons';
import { openStore } from '../../src-main/store/open';
import { resourcesDir, sampleScenario, tempDir } from './helpers';

const { services, dbPath } = testServices();
const h: Handlers = services.handlers;

/** Calls a method the way every transport does: the contract's schema, then the handler. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test casts the response it reads
async function api(name: MethodName, request: unknown): Promise<any> {
  const result = await dispatch(h, name, request);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.path);
  return result.value;
}
afterAll(() => services.close());

async function rejects(p: unknown, code: string, path?: string): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe(code);
    if (path !== undefined) expect((e as AppError).path).toBe(path);
    return e as AppError;
  }
  throw new Error('expected a rejection');
}

const index = JSON.parse(
  readFileSync(join(resourcesDir, 'lessons', 'index.json'), 'utf8'),
) as string[];

describe('built-in lessons', () => {
  it('ships seven lessons of 5–10 beats with projector-length captions and cited notes', async () => {
    expect(index).toHaveLength(7);
    const listed = (await api('lessons.list', { includeDeleted: false })) as {
      lessons: { id: string; builtin: boolean; beatCount: number }[];
    };
    const builtins = listed.lessons.filter((l) => l.builtin);
    expect(builtins.map((l) => l.id)).toEqual(index.map((s) => `lb_${s}`));
    for (const slug of index) {
      const lesson = (await api('lessons.get', { id: `lb_${slug}` })) as {
        beats: { caption: string; notes: string }[];
      };
      expect(lesson.beats.length).toBeGreaterThanOrEqual(5);
      expect(lesson.beats.length).toBeLessThanOrEqual(10);
      for (const beat of lesson.beats) {
        expect(beat.caption.length).toBeLessThanOrEqual(70);
        // Every note names a source from the registry (never a design document).
        expect(citationsIn(beat.notes).length, beat.notes).toBeGreaterThan(0);
      }
    }
  });

  it('labels the contested claims (80/20 rule, milk sinuses) as contested', async () => {
    const text = index
      .map((s) => readFileSync(join(resourcesDir, 'lessons', `${s}.json`), 'utf8'))
      .join('\n');
    const beats = index.flatMap(
      (s) =>
        (
          JSON.parse(readFileSync(join(resourcesDir, 'lessons', `${s}.json`), 'utf8')) as {
            beats: { caption: string; notes: string }[];
          }
        ).beats,
    );
    for (const b of beats) lessonBeatSchema.parse(b);
    const about = (re: RegExp) => beats.filter((b) => re.test(b.caption + b.notes));
    for (const b of about(/80\/20/)) expect(b.caption + b.notes).toMatch(/contested|heuristic/i);
    for (const b of about(/sinus/i)) expect(b.caption + b.notes).toMatch(/contested|contradicted/i);
    expect(text).toMatch(/67\.3 ± 7\.8 %/);
  });

  it('syncs by content hash: unchanged files change nothing, edited ones replace, gone ones go', () => {
    const store = openStore(dbPath);
    try {
      expect(ensureBuiltinLessons(store, resourcesDir)).toEqual({
        added: [],
        updated: [],
        removed: [],
        skipped: [],
      });
      const copy = join(tempDir(), 'resources');
      cpSync(resourcesDir, copy, { recursive: true });
      const file = join(copy, 'lessons', `${index[0]}.json`);
      const lesson = JSON.parse(readFileSync(file, 'utf8')) as { beats: { caption: string }[] };
      lesson.beats[0]!.caption = 'Edited caption';
      writeFileSync(file, JSON.stringify(lesson));
      writeFileSync(join(copy, 'lessons', 'index.json'), JSON.stringify(index.slice(0, -1)));
      expect(ensureBuiltinLessons(store, copy)).toEqual({
        added: [],
        updated: [index[0]],
        removed: [index.at(-1)],
        skipped: [],
      });
      expect(store.lessons.get(`lb_${index[0]}`)?.beats[0]).toMatchObject({
        caption: 'Edited caption',
      });
      // Back to the shipped resources for the tests that follow.
      expect(ensureBuiltinLessons(store, resourcesDir).added).toEqual([index.at(-1)]);
    } finally {
      store.close();
    }
  });

  it('is read-only but can be duplicated into an editable lesson', async () => {
    const lesson = (await api('lessons.get', { id: 'lb_let-down-reflex' })) as {
      revision: number;
      title: string;
      beats: unknown[];
    };
    await rejects(
      api('lessons.update', {
        id: 'lb_let-down-reflex',
        baseRevision: lesson.revision,
        patch: { title: 'x' },
      }),
      'READ_ONLY',
    );
    await rejects(api('lessons.delete', { id: 'lb_let-down-reflex' }), 'READ_ONLY');
    const copy = (await api('lessons.duplicate', { id: 'lb_let-down-reflex' })) as {
      id: string;
      title: string;
      builtin: boolean;
      beats: unknown[];
    };
    expect(copy.id).toMatch(/^l_[0-9a-z]{12}$/);
    expect(copy.title).toBe(`${lesson.title} (copy)`);
    expect(copy.builtin).toBe(false);
    expect(copy.beats).toEqual(lesson.beats);
  });
});

describe('editing a lesson', () => {
  const beat = { caseId: 'b_typical-feed-6-weeks', atHours: 1, caption: 'First' };

  it('creates, reorders with the revision lock and refuses stale saves', async () => {
    const created = (await api('lessons.create', {
      title: 'Mine',
      beats: [beat, { ...beat, caption: 'Second', atHours: 2 }],
    })) as { id: string; revision: number; beats: { caption: string; view: unknown }[] };
    expect(created.beats[0]!.view).toEqual({
      anatomy: 'classical',
      side: 'left',
      charts: [],
      zoom: null,
    });
    const reordered = (await api('lessons.update', {
      id: created.id,
      baseRevision: created.revision,
      patch: { beats: [created.beats[1]!, created.beats[0]!] as never },
    })) as { revision: number; beats: { caption: string }[] };
    expect(reordered.revision).toBe(2);
    expect(reordered.beats.map((b) => b.caption)).toEqual(['Second', 'First']);
    await rejects(
      api('lessons.update', { id: created.id, baseRevision: 1, patch: { title: 'stale' } }),
      'CONFLICT',
      'baseRevision',
    );
    expect(((await api('lessons.get', { id: created.id })) as { title: string }).title).toBe(
      'Mine',
    );
  });

  it('refuses beats naming a missing case or a moment past the end of the run', async () => {
    await rejects(
      api('lessons.create', { title: 'x', beats: [beat, { ...beat, caseId: 'c_nothere0000' }] }),
      'NOT_FOUND',
      'beats[1].caseId',
    );
    await rejects(
      api('lessons.create', { title: 'x', beats: [{ ...beat, atHours: 25 }] }),
      'BAD_REQUEST',
      'beats[0].atHours',
    );
  });

  it('soft-deletes and restores', async () => {
    const created = (await api('lessons.create', { title: 'Bin me' })) as { id: string };
    // Like a case: the answer says when the lesson leaves the trash for good.
    const deleted = (await api('lessons.delete', { id: created.id })) as {
      deletedAt: string;
      purgeAfter: string;
    };
    expect(Date.parse(deleted.purgeAfter) - Date.parse(deleted.deletedAt)).toBe(
      30 * 24 * 60 * 60 * 1000,
    );
    const live = (await api('lessons.list', { includeDeleted: false })) as {
      lessons: { id: string }[];
    };
    expect(live.lessons.some((l) => l.id === created.id)).toBe(false);
    await api('lessons.undoDelete', { id: created.id });
    const back = (await api('lessons.list', { includeDeleted: false })) as {
      lessons: { id: string }[];
    };
    expect(back.lessons.some((l) => l.id === created.id)).toBe(true);
  });
});

describe('lesson bundles', () => {
  it('carry user cases, remap them to new ids and keep built-in references', async () => {
    const myCase = (await await api('cases.create', {
      scenario: sampleScenario() as never,
      title: 'My case',
      personal: { parentFirstName: 'Ann' },
    })) as { id: string };
    const lesson = (await api('lessons.create', {
      title: 'Bundle me',
      beats: [
        { caseId: myCase.id, atHours: 1, caption: 'Mine' },
        { caseId: 'b_first-five-days', atHours: 3, caption: 'Built-in' },
      ],
    })) as { id: string };
    const bundle = (await api('lessons.exportBundle', { ids: [lesson.id] })) as {
      cases: { id: string; personal?: unknown }[];
      lessons: unknown[];
    };
    expect(bundle.cases.map((c) => c.id)).toEqual([myCase.id]);
    expect(bundle.cases[0]!.personal).toBeUndefined();
    const result = (await api('lessons.importBundle', {
      bundle: JSON.parse(JSON.stringify(bundle)),
    })) as {
      lessons: { id: string }[];
      cases: { id: string }[];
    };
    expect(result.cases).toHaveLength(1);
    expect(result.cases[0]!.id).not.toBe(myCase.id);
    const imported = (await api('lessons.get', { id: result.lessons[0]!.id })) as {
      beats: { caseId: string }[];
    };
    expect(imported.beats.map((b) => b.caseId)).toEqual([result.cases[0]!.id, 'b_first-five-days']);
  });

  it('offer numbered titles for lessons and cases already in the library, and rename on request', async () => {
    const myCase = (await api('cases.create', {
      scenario: sampleScenario() as never,
      title: 'Twin case',
    })) as { id: string };
    const lesson = (await api('lessons.create', {
      title: 'Twin lesson',
      beats: [{ caseId: myCase.id, atHours: 1, caption: 'Mine' }],
    })) as { id: string };
    const bundle = await api('lessons.exportBundle', { ids: [lesson.id] });
    const check = await api('lessons.checkImport', { bundle });
    expect(check).toEqual({
      count: 2,
      duplicates: [
        { kind: 'lesson', index: 0, title: 'Twin lesson', renamedTo: 'Twin lesson (2)' },
        { kind: 'case', index: 0, title: 'Twin case', renamedTo: 'Twin case (2)' },
      ],
    });
    const renamed = await api('lessons.importBundle', { bundle, duplicateTitles: 'rename' });
    expect(renamed.lessons.map((l: { title: string }) => l.title)).toEqual(['Twin lesson (2)']);
    expect(renamed.cases.map((c: { title: string }) => c.title)).toEqual(['Twin case (2)']);
    const kept = await api('lessons.importBundle', { bundle });
    expect(kept.lessons.map((l: { title: string }) => l.title)).toEqual(['Twin lesson']);
  });

  it('are checked whole before anything is written', async () => {
    const before = ((await api('lessons.list', { includeDeleted: true })) as { lessons: unknown[] })
      .lessons.length;
    const casesBefore = ((await api('cases.list', { includeDeleted: true })) as { total: number })
      .total;
    const bundle = {
      format: 'lactasim/lesson-bundle@1',
      lessons: [
        { title: 'ok', beats: [{ caseId: 'c_fromfile0001', atHours: 1, caption: 'x' }] },
        { title: 'bad', beats: [{ caseId: 'c_missing00001', atHours: 1, caption: 'y' }] },
      ],
      cases: [{ id: 'c_fromfile0001', title: 'From file', scenario: sampleScenario() }],
    };
    await rejects(
      api('lessons.importBundle', { bundle }),
      'BAD_IMPORT',
      'lessons[1].beats[0].caseId',
    );
    await rejects(
      api('lessons.importBundle', { bundle: { ...bundle, format: 'lactasim/bundle@1' } }),
      'BAD_IMPORT',
      'format',
    );
    const badCase = {
      ...bundle,
      lessons: [bundle.lessons[0]],
      cases: [{ ...bundle.cases[0], scenario: { nope: 1 } }],
    };
    const err = await rejects(api('lessons.importBundle', { bundle: badCase }), 'BAD_IMPORT');
    expect(err.path).toMatch(/^cases\[0\]\.scenario/);
    expect(
      ((await api('lessons.list', { includeDeleted: true })) as { lessons: unknown[] }).lessons
        .length,
    ).toBe(before);
    expect(((await api('cases.list', { includeDeleted: true })) as { total: number }).total).toBe(
      casesBefore,
    );
  });
});

describe('lesson handout', () => {
  it('is a PDF with one section per beat and its charts', async () => {
    const { file } = (await await api('lessons.handout', {
      id: 'lb_oversupply-block-feeding',
    })) as {
      file: { filename: string; mime: string; base64: string };
    };
    expect(file.filename).toBe('oversupply-and-block-feeding-handout.pdf');
    expect(file.mime).toBe('application/pdf');
    const pdf = Buffer.from(file.base64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const lesson = (await api('lessons.get', { id: 'lb_oversupply-block-feeding' })) as {
      beats: { caption: string; view: { charts: string[] } }[];
    };
    const charts = lesson.beats.reduce((n, b) => n + b.view.charts.length, 0);
    // Charts are vector drawings (no images), each with its figure caption.
    expect(pdf.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
    expect(text.match(/Figure: /g)?.length).toBe(charts);
    for (const [i, b] of lesson.beats.entries()) {
      expect(text.replace(/\s+/g, ' ')).toContain(`${i + 1}. ${b.caption}`);
    }
  }, 60_000);
});
