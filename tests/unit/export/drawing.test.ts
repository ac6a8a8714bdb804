// The anatomy drawing as files, through the real service: provenance and outlined words in the
// SVG, the PNG sizes, bare animation frames, and a contract that lets only plain shapes through.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createJobPool } from '../../../src-main/jobs/pool';
import { exportMethods } from '../../../src-main/contract/export';
import { exportHandlers } from '../../../src-main/services/export';
import { FIXED_NOW, fixtureScenario, repoRoot } from '../../fixtures/charts/fixture';
import { readPng } from './png-reader';

const jobs = createJobPool();
afterAll(() => jobs.close());
const handlers = exportHandlers({
  jobs,
  resourcesDir: join(repoRoot, 'resources'),
  now: () => FIXED_NOW,
});
const schema = exportMethods['export.anatomy'].request;

const drawing = {
  tag: 'svg',
  attrs: { viewBox: '0 0 1600 1000', width: 640, height: 400 },
  children: [
    { tag: 'rect', attrs: { width: 1600, height: 1000, fill: '#fbfaf7' }, children: [] },
    {
      tag: 'g',
      attrs: { transform: 'matrix(1 0 0 1 0 0)' },
      children: [
        { tag: 'path', attrs: { d: 'M10,10L200,300Z', fill: '#c08a62' }, children: [] },
        {
          tag: 'text',
          attrs: { x: 40, y: 80, 'font-size': 30, 'font-weight': 700, fill: '#1f2430' },
          children: ['Alveoli'],
        },
      ],
    },
  ],
};

async function exportAs(extra: object) {
  const request = schema.parse({
    scenario: fixtureScenario(),
    caseTitle: 'Ward teaching',
    title: 'Ward teaching: left breast, day 0, 01:00 after birth',
    drawing,
    ...extra,
  });
  const { files, provenance } = await handlers['export.anatomy'](request);
  return { file: files[0]!, bytes: Buffer.from(files[0]!.base64, 'base64'), provenance };
}

describe('export.anatomy', () => {
  it('writes the drawing as SVG with provenance, a title and its words outlined', async () => {
    const { file, bytes, provenance } = await exportAs({ format: 'svg' });
    expect(file.filename).toBe('ward-teaching-anatomy.svg');
    const svg = bytes.toString('utf8');
    expect(svg).toContain('<title>Ward teaching: left breast, day 0, 01:00 after birth</title>');
    expect(svg).toContain(`scenario-sha256="${provenance.scenarioHash}"`);
    expect(svg).toContain('exported-at="2026-01-02T03:04:05.000Z"');
    expect(svg).toContain('viewBox="0 0 1600 1000"');
    expect(svg).not.toMatch(/<text[\s>]/);
    expect(svg).toContain('aria-label="Alveoli"');
    expect(svg).toContain('fill="#c08a62"');
  });

  it('writes PNGs at twice the size on screen and at 300 dpi, with provenance', async () => {
    const twice = await exportAs({ format: 'png', pngSize: '2x' });
    expect(twice.file.filename).toBe('ward-teaching-anatomy@2x.png');
    const info = readPng(twice.bytes);
    expect([info.width, info.height]).toEqual([1280, 800]);
    expect(info.text['lactasim:case-title']).toBe('Ward teaching');
    expect(info.text.Title).toBe('Ward teaching: left breast, day 0, 01:00 after birth');
    const print = readPng((await exportAs({ format: 'png', pngSize: 'print' })).bytes);
    expect(print.width).toBe(2008);
    expect(print.pixelsPerMetre).toBe(Math.round(300 / 0.0254));
  });

  it('makes a bare animation frame of the asked width and returns the provenance for the file', async () => {
    const { bytes, provenance } = await exportAs({ format: 'frame', frameWidth: 800 });
    const info = readPng(bytes);
    expect([info.width, info.height]).toEqual([800, 500]);
    expect(Object.keys(info.text)).toEqual([]);
    expect(provenance.caseTitle).toBe('Ward teaching');
  });
});

describe('the drawing contract', () => {
  const ask = (d: unknown) =>
    schema.safeParse({
      scenario: fixtureScenario(),
      caseTitle: 'x',
      title: 'x',
      drawing: d,
      format: 'svg',
    }).success;
  const withChild = (child: unknown) => ({ ...drawing, children: [child] });

  it('takes plain shapes and text', () => {
    expect(ask(drawing)).toBe(true);
  });

  it('refuses scripts, links, images, foreign content and event handlers', () => {
    expect(ask(withChild({ tag: 'script', attrs: {}, children: ['alert(1)'] }))).toBe(false);
    expect(ask(withChild({ tag: 'image', attrs: {}, children: [] }))).toBe(false);
    expect(ask(withChild({ tag: 'foreignObject', attrs: {}, children: [] }))).toBe(false);
    expect(ask(withChild({ tag: 'a', attrs: {}, children: [] }))).toBe(false);
    expect(ask(withChild({ tag: 'g', attrs: { onload: 'x' }, children: [] }))).toBe(false);
    expect(ask(withChild({ tag: 'g', attrs: { href: '#a' }, children: [] }))).toBe(false);
    expect(ask(withChild({ tag: 'rect', attrs: { fill: 'url(http://x)' }, children: [] }))).toBe(
      false,
    );
    expect(ask(withChild({ tag: 'rect', attrs: { fill: '"><script>' }, children: [] }))).toBe(
      false,
    );
  });

  it('refuses a root other than <svg>, one without a viewBox, or too many elements', () => {
    expect(ask({ ...drawing, tag: 'g' })).toBe(false);
    expect(ask({ ...drawing, attrs: { width: 10 } })).toBe(false);
    const many = Array.from({ length: 200 }, () => ({
      tag: 'g',
      attrs: {},
      children: Array.from({ length: 250 }, () => ({
        tag: 'circle',
        attrs: { r: 1 },
        children: [],
      })),
    }));
    expect(ask({ ...drawing, children: many })).toBe(false);
  });
});
