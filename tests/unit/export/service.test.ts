import { afterAll, describe, expect, it } from 'vitest';
import { exportMethods } from '../../../src-main/contract/export';
import { exportHandlers } from '../../../src-main/services/export';
import { createJobPool } from '../../../src-main/jobs/pool';
import { FIXED_NOW, fixtureScenario, repoRoot } from '../../fixtures/charts/fixture';
import { join } from 'node:path';
import { readPng } from './png-reader';

const jobs = createJobPool();
afterAll(() => jobs.close());
const handlers = exportHandlers({
  resourcesDir: join(repoRoot, 'resources'),
  jobs,
  now: () => FIXED_NOW,
});
const schema = exportMethods['export.charts'].request;

describe('export.charts service', () => {
  it('returns one base64 PNG per chart at the requested size with provenance', async () => {
    const request = schema.parse({
      scenario: fixtureScenario(),
      caseTitle: 'Ward teaching',
      charts: ['hormones', 'supply'],
      format: 'png',
      pngSize: 'screen',
    });
    const { files } = await handlers['export.charts'](request);
    expect(files.map((f) => [f.filename, f.mime])).toEqual([
      ['ward-teaching-hormones.png', 'image/png'],
      ['ward-teaching-supply.png', 'image/png'],
    ]);
    const info = readPng(Buffer.from(files[0]?.base64 ?? '', 'base64'));
    expect(info.width).toBe(800);
    expect(info.text['lactasim:exported-at']).toBe('2026-01-02T03:04:05.000Z');
  });

  it('keeps the print style unless the presentation style is asked for, then names it', async () => {
    const ask = (extra: object) =>
      handlers['export.charts'](
        schema.parse({
          scenario: fixtureScenario(),
          caseTitle: 'Ward teaching',
          charts: ['hormones'],
          format: 'svg',
          ...extra,
        }),
      );
    const print = (await ask({})).files[0];
    expect(print?.filename).toBe('ward-teaching-hormones.svg');
    const printSvg = Buffer.from(print?.base64 ?? '', 'base64').toString('utf8');
    expect(printSvg).not.toContain('data-style');

    const slide = (await ask({ style: 'presentation', theme: 'projector' })).files[0];
    expect(slide?.filename).toBe('ward-teaching-hormones-presentation.svg');
    const svg = Buffer.from(slide?.base64 ?? '', 'base64').toString('utf8');
    expect(svg).toContain('data-style="presentation"');
    expect(svg).toContain('viewBox="0 0 960 540"');
    // The projector's black behind it, its text outlined in Inter like every export.
    expect(svg).toMatch(
      /class="background"[^>]*fill="#000000"|fill="#000000"[^>]*class="background"/,
    );
    expect(svg).not.toMatch(/<text[\s>]/);
    expect(svg).toContain('exported-at="2026-01-02T03:04:05.000Z"');
  });

  it('writes SVG and PNG charts in the interface language, Spanish when asked', async () => {
    const ask = (language: string) =>
      handlers['export.charts'](
        schema.parse({
          scenario: fixtureScenario(),
          caseTitle: 'Ward teaching',
          charts: ['supply'],
          format: 'png',
          pngSize: 'screen',
          language,
        }),
      );
    const title = async (language: string) => {
      const file = (await ask(language)).files[0];
      return readPng(Buffer.from(file?.base64 ?? '', 'base64')).text.Title;
    };
    expect(await title('en')).toBe('Supply over days — Ward teaching');
    expect(await title('es')).toBe('Producción a lo largo de los días — Ward teaching');
    expect(() =>
      schema.parse({
        ...schema.parse({
          scenario: fixtureScenario(),
          caseTitle: 'x',
          charts: 'all',
          format: 'pdf',
        }),
        language: 'fr',
      }),
    ).toThrow();
  });

  it('returns one PDF report for all charts', async () => {
    const request = schema.parse({
      scenario: fixtureScenario(),
      caseTitle: 'Ward teaching',
      charts: 'all',
      format: 'pdf',
    });
    const { files } = await handlers['export.charts'](request);
    expect(files).toHaveLength(1);
    expect(
      Buffer.from(files[0]?.base64 ?? '', 'base64')
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('exports each file of a split export from the same run, and a changed case from its own', async () => {
    const csvOf = async (scenario: ReturnType<typeof fixtureScenario>) => {
      const request = schema.parse({
        scenario,
        caseTitle: 'x',
        charts: ['milk-stored'],
        format: 'csv',
      });
      const { files } = await handlers['export.charts'](request);
      return Buffer.from(files[0]?.base64 ?? '', 'base64').toString();
    };
    const first = await csvOf(fixtureScenario());
    expect(await csvOf(fixtureScenario())).toBe(first);
    const bigger = fixtureScenario();
    bigger.mother = { ...bigger.mother, storageCapacityMl: { left: 310, right: 210 } };
    const changed = await csvOf(bigger);
    expect(changed).not.toBe(first);
    // Back to the first case: its own numbers again, not the changed run's.
    expect(await csvOf(fixtureScenario())).toBe(first);
  });

  it('rejects an unknown chart, an unknown format and an empty title', () => {
    const base = { scenario: fixtureScenario(), caseTitle: 'x', charts: 'all', format: 'svg' };
    expect(schema.safeParse(base).success).toBe(true);
    expect(schema.safeParse({ ...base, charts: ['pie'] }).success).toBe(false);
    expect(schema.safeParse({ ...base, format: 'gif' }).success).toBe(false);
    expect(schema.safeParse({ ...base, caseTitle: '  ' }).success).toBe(false);
  });
});
