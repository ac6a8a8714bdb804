import { describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../../src-main/contract/export';
import {
  planExport,
  runExport,
  type ExportStep,
} from '../../../src-renderer/features/charts/exportJob';

const fileFor = (s: ExportStep): ExportedFile => ({
  filename: `${s.charts.join('+')}.${s.format}${s.pngSize ? `-${s.pngSize}` : ''}`,
  mime: 'x/test',
  base64: '',
});

describe('planExport', () => {
  it('makes one step per chart and format, and one step for the PDF report of all charts', () => {
    const steps = planExport(['hormones', 'supply'], { format: 'all' });
    expect(steps.map(fileFor).map((f) => f.filename)).toEqual([
      'hormones.svg',
      'supply.svg',
      'hormones.png-screen',
      'supply.png-screen',
      'hormones.png-2x',
      'supply.png-2x',
      'hormones.png-print',
      'supply.png-print',
      'hormones.csv',
      'supply.csv',
      'hormones+supply.pdf',
    ]);
  });

  it('keeps a single format to its own steps', () => {
    expect(planExport(['hormones'], { format: 'png', pngSize: 'print' })).toEqual([
      { charts: ['hormones'], format: 'png', pngSize: 'print' },
    ]);
    expect(planExport(['hormones', 'supply'], { format: 'pdf' })).toEqual([
      { charts: ['hormones', 'supply'], format: 'pdf' },
    ]);
  });
});

describe('runExport', () => {
  it('reports N of M files and resolves with every file in plan order', async () => {
    const steps = planExport(['hormones', 'milk-fat'], { format: 'all' });
    const seen: string[] = [];
    const run = runExport(
      steps,
      (s) => Promise.resolve([fileFor(s)]),
      (done, total) => seen.push(`${done}/${total}`),
    );
    const files = await run.files;
    expect(files?.map((f) => f.filename)).toEqual(steps.map((s) => fileFor(s).filename));
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => `${i}/11`));
  });

  it('stops before the next call on cancel and discards what was made', async () => {
    const steps = planExport(['hormones', 'supply'], { format: 'all' });
    const called: string[] = [];
    let release: () => void = () => undefined;
    const run = runExport(
      steps,
      (s) => {
        called.push(fileFor(s).filename);
        // The second call hangs until released, like a slow PNG render.
        if (called.length < 2) return Promise.resolve([fileFor(s)]);
        return new Promise((resolve) => {
          release = () => resolve([fileFor(s)]);
        });
      },
      () => undefined,
    );
    await new Promise((r) => setTimeout(r, 0));
    expect(called).toEqual(['hormones.svg', 'supply.svg']);
    run.cancel();
    release();
    expect(await run.files).toBeNull();
    expect(called).toHaveLength(2);
  });
});
