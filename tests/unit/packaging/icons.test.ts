import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeIcns, encodeIco, ICNS_TYPES } from '../../../scripts/icon-formats';
import { ICON_SOURCE, renderIcons } from '../../../scripts/icons';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('app icons from the one drawing', () => {
  const images = renderIcons(readFileSync(ICON_SOURCE));

  it('renders every size as a square PNG of that size', () => {
    for (const { size, png } of images) expect(pngSize(png)).toEqual([size, size]);
    expect(images.map((i) => i.size)).toContain(1024);
  });

  it('writes an .ico whose directory points at each PNG, 256 stored as 0', () => {
    const chosen = images.filter((i) => i.size <= 256);
    const ico = encodeIco(chosen);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBe(chosen.length);
    chosen.forEach(({ size, png }, n) => {
      const entry = 6 + 16 * n;
      expect(ico.readUInt8(entry)).toBe(size === 256 ? 0 : size);
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(ico.subarray(offset, offset + length)).toEqual(png);
    });
    expect(() => encodeIco(images)).toThrow(/at most 256/);
  });

  it('writes an .icns with one PNG element per icon type and the right total length', () => {
    const icns = encodeIcns(images);
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const seen: { type: string; size: number }[] = [];
    for (let at = 8; at < icns.length;) {
      const type = icns.toString('ascii', at, at + 4);
      const length = icns.readUInt32BE(at + 4);
      seen.push({ type, size: pngSize(icns.subarray(at + 8, at + length))[0] });
      at += length;
    }
    expect(seen).toEqual(ICNS_TYPES);
    expect(() => encodeIcns(images.filter((i) => i.size !== 1024))).toThrow(/1024 px/);
  });
});
