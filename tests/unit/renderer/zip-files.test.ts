// The web edition's one download for several files: a real .zip that fflate reads back whole.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import '../../fixtures/platform-base64';
import { bytesOf } from '../../../src-renderer/lib/base64';
import { zipFiles } from '../../../src-renderer/lib/zipFiles';

const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');

describe('zipFiles', () => {
  it('holds every file under its own name with its exact bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 255]);
    const files = [
      { filename: 'case-hormones.svg', mime: 'image/svg+xml', base64: b64('<svg/>') },
      { filename: 'case-hormones.png', mime: 'image/png', base64: b64(png) },
      { filename: 'case-hormones.csv', mime: 'text/csv', base64: b64('time_s\n0\n'.repeat(50)) },
    ];
    const zip = zipFiles(files, 'case-charts.zip', new Date('2026-01-02T03:04:06Z'));
    expect(zip.filename).toBe('case-charts.zip');
    expect(zip.mime).toBe('application/zip');
    const back = unzipSync(bytesOf(zip.base64));
    expect(Object.keys(back).sort()).toEqual(files.map((f) => f.filename).sort());
    expect(Buffer.from(back['case-hormones.png']!)).toEqual(Buffer.from(png));
    expect(Buffer.from(back['case-hormones.svg']!).toString()).toBe('<svg/>');
    expect(Buffer.from(back['case-hormones.csv']!).toString()).toBe('time_s\n0\n'.repeat(50));
  });

  it('deflates text but stores files that are compressed already', () => {
    const text = 'x'.repeat(100_000);
    const zip = bytesOf(
      zipFiles([{ filename: 'a.csv', mime: 'text/csv', base64: b64(text) }], 'a.zip').base64,
    );
    expect(zip.length).toBeLessThan(2_000);
    const stored = bytesOf(
      zipFiles([{ filename: 'a.png', mime: 'image/png', base64: b64(text) }], 'a.zip').base64,
    );
    expect(stored.length).toBeGreaterThan(100_000);
  });
});
