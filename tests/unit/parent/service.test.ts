import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MethodName, RequestOf, ResponseOf, Result } from '../../../src-main/contract/index';
import { dispatch as untyped } from '../../../src-main/services/dispatch';
import { repoRoot, testServices } from '../../fixtures/services';
import { CATALOGS } from '../../../src-main/walkthrough/catalog';

const { services } = testServices();
afterAll(() => services.close());

/** The real dispatcher (validation included), typed by method. */
const dispatch = <K extends MethodName>(
  handlers: typeof services.handlers,
  name: K,
  request: RequestOf<K>,
) => untyped(handlers, name, request) as Promise<Result<ResponseOf<K>>>;

function pdfInfo(base64: string): { text: string; pages: number; size: string; title: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'lactasim-handout-')), 'h.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  const text = spawnSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
  const info = spawnSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' }).stdout;
  return {
    text,
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(info)?.[1] ?? '',
    title: /Title:\s+(.*)/.exec(info)?.[1]?.trim() ?? '',
  };
}

/** Each page's words with their top edge (pdftotext -bbox), in reading order. */
function pageWords(base64: string): { text: string; top: number }[][] {
  const file = join(mkdtempSync(join(tmpdir(), 'lactasim-handout-')), 'h.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  const html = spawnSync('/usr/bin/pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).stdout;
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
        top: Number(m[1]),
        text: m[2]!,
      })),
    );
}

/** The top edge of the first place on any page where `words` run in sequence. */
function placeOf(pages: { text: string; top: number }[][], sentence: string) {
  const words = sentence.split(/\s+/);
  for (const [n, page] of pages.entries()) {
    for (let i = 0; i + words.length <= page.length; i++) {
      if (words.every((w, k) => page[i + k]!.text === w)) return { page: n, top: page[i]!.top };
    }
  }
  return null;
}

async function builtinCase(slug: string) {
  const r = await dispatch(services.handlers, 'cases.get', { id: `b_${slug}` });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('parent.importFeedLog', () => {
  it('returns the scenario for a good log, and problems with line numbers for a bad one', async () => {
    const c = await builtinCase('typical-feed-6-weeks');
    const csv = (n: string) => readFileSync(join(repoRoot, 'tests/fixtures/feed-logs', n), 'utf8');
    const good = await dispatch(services.handlers, 'parent.importFeedLog', {
      scenario: c.scenario,
      csv: csv('good-tracker.csv'),
    });
    expect(good.ok && good.value.scenario?.feeding.plan).toBe('explicit');
    const bad = await dispatch(services.handlers, 'parent.importFeedLog', {
      scenario: c.scenario,
      csv: csv('bad-rows.csv'),
    });
    expect(bad.ok && bad.value.scenario).toBeNull();
    expect(bad.ok && bad.value.problems.map((p) => p.line)).toEqual([3, 4, 5, 6]);
  });

  it('refuses a request with unknown keys and changes nothing', async () => {
    const c = await builtinCase('typical-feed-6-weeks');
    const r = await dispatch(services.handlers, 'parent.importFeedLog', {
      csv: 'Time,Side,Duration',
      scenario: c.scenario,
      extra: 1,
    } as never);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('BAD_REQUEST');
    const noScenario = await dispatch(services.handlers, 'parent.importFeedLog', {
      csv: 'Time,Side,Duration',
      scenario: {},
    } as never);
    expect(!noScenario.ok && noScenario.error.code).toBe('BAD_SCENARIO');
  });
});

describe('walkthrough beats saved with a case', () => {
  it('keeps a valid walkthrough and refuses a malformed one without changing the case', async () => {
    const created = await dispatch(services.handlers, 'cases.create', {
      fromBuiltin: 'typical-feed-6-weeks',
    });
    if (!created.ok) throw new Error(created.error.message);
    const good = {
      type: 'parentWalkthrough',
      steps: [{ kind: 'letDown', caption: 'Milk starts to flow.' }, { kind: 'intro' }],
      notes: 'Call us on Friday.',
    };
    const saved = await dispatch(services.handlers, 'cases.update', {
      id: created.value.id,
      baseRevision: created.value.revision,
      patch: { beats: [{ type: 'slide', n: 1 }, good] },
    });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.beats[1]).toEqual(good);
    const bad = await dispatch(services.handlers, 'cases.update', {
      id: created.value.id,
      baseRevision: saved.value.revision,
      patch: { beats: [{ type: 'parentWalkthrough', steps: [{ kind: 'dance' }], notes: '' }] },
    });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.code).toBe('BAD_REQUEST');
    expect(!bad.ok && bad.error.path).toBe('patch.beats[0].steps[0].kind');
    const after = await dispatch(services.handlers, 'cases.get', { id: created.value.id });
    expect(after.ok && after.value.revision).toBe(saved.value.revision);
  });
});

describe('parent.handout', () => {
  it('writes an English A4 handout with steps, notes, charts, help and sources', async () => {
    const c = await builtinCase('after-breast-reduction');
    const r = await dispatch(services.handlers, 'parent.handout', {
      scenario: { ...c.scenario, infant: { ...c.scenario.infant, weightKg: 4.8 } },
      parentTitle: 'Your milk after surgery',
      language: 'en',
      paper: 'A4',
      walkthrough: {
        type: 'parentWalkthrough',
        steps: [
          { kind: 'intro' },
          { kind: 'surgery', note: 'Offer the right side first.' },
          { kind: 'letDown' },
        ],
        notes: 'Call the clinic on Friday.',
        baby: { wetDiapersPerDay: 6 },
      },
      parentNotes: 'Rest when the baby sleeps.',
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.filename).toBe('your-milk-after-surgery-handout-en-a4.pdf');
    const pdf = pdfInfo(r.value.base64);
    // The family's title is the document's title; the clinician's own title is not printed.
    expect(pdf.title).toBe('Your milk after surgery');
    expect(pdf.text).not.toContain(c.title);
    expect(pdf.size).toBe('595.28 x 841.89');
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(pdf.pages).toBeLessThanOrEqual(4);
    const text = pdf.text.replace(/\s+/g, ' ');
    for (const s of [
      'Your milk after surgery',
      'After breast surgery',
      'Offer the right side first.',
      'Call the clinic on Friday.',
      'Rest when the baby sleeps.',
      'Let-down',
      'When to get help',
      'Neifert M, DeMarzo S, Seacat J, Young D, Leff M, Orleans M (1990)',
      'Birth 17(1):31–38',
      'How much milk your body can make each day.',
      'Your baby weighs about 4.8 kg.',
      'Your baby has about 6 wet diapers a day.',
    ]) {
      expect(text).toContain(s);
    }
    // Steps left out by the clinician are not printed.
    expect(text).not.toContain('More out, more made');
    // Charts are drawn as vectors (the report's drawChart), not embedded as images.
    expect(Buffer.from(r.value.base64, 'base64').toString('latin1')).not.toMatch(
      /\/Subtype\s*\/Image/,
    );
  });

  it('writes a Spanish US Letter handout with a what-if', async () => {
    const c = await builtinCase('low-supply-recovery');
    const r = await dispatch(services.handlers, 'parent.handout', {
      scenario: c.scenario,
      parentTitle: 'Su historia de lactancia',
      caseTitle: c.title,
      personal: { parentFirstName: 'Lucía' },
      language: 'es',
      paper: 'Letter',
      whatIf: 'moreFeeds',
      pattern: { feedsPerDay: 6, sides: 'one', minutesPerBreast: 12, pumpsPerDay: 0 },
    });
    if (!r.ok) throw new Error(r.error.message);
    const pdf = pdfInfo(r.value.base64);
    expect(pdf.size).toBe('612 x 792');
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toContain('Su historia de lactancia');
    // Chosen by the clinician: their case title and the parent's name are printed.
    expect(text).toContain(`Para Lucía · ${c.title}`);
    expect(pdf.title).toBe('Su historia de lactancia');
    expect(text).toContain('Cuándo pedir ayuda');
    expect(text).toMatch(
      /Más tomas cada día\. Unos \d+ mL más de leche al día después de 7 días\./,
    );
  });

  it('keeps every chart and its caption on one page, in both languages and paper sizes', async () => {
    const c = await builtinCase('low-supply-recovery');
    for (const [language, paper] of [
      ['en', 'A4'],
      ['es', 'Letter'],
      ['es', 'A4'],
      ['en', 'Letter'],
    ] as const) {
      const r = await dispatch(services.handlers, 'parent.handout', {
        scenario: c.scenario,
        parentTitle: CATALOGS[language].handout.title,
        language,
        paper,
        whatIf: 'moreFeeds',
        pattern: { feedsPerDay: 6, sides: 'one', minutesPerBreast: 12, pumpsPerDay: 0 },
      });
      if (!r.ok) throw new Error(r.error.message);
      const pages = pageWords(r.value.base64);
      const h = CATALOGS[language].handout;
      // Three weeks: how full each breast is shows the last day.
      for (const caption of [h.chartSupply, h.chartStoredLastDay, h.chartWhatIf]) {
        const at = placeOf(pages, caption);
        expect(at, `${language} ${paper}: ${caption}`).not.toBeNull();
        // A chart is drawn above its caption, so a caption never opens a page.
        expect(at!.top, `${language} ${paper}: ${caption}`).toBeGreaterThan(150);
      }
    }
  });
});
