// Reads PNG chunks for the tests: IHDR size, tEXt/iTXt entries, pHYs density, and CRC validity.
import { crc32 } from 'node:zlib';

export interface PngInfo {
  width: number;
  height: number;
  text: Record<string, string>;
  pixelsPerMetre: number | null;
  chunkTypes: string[];
  crcOk: boolean;
}

export function readPng(png: Uint8Array): PngInfo {
  const buf = Buffer.from(png);
  const info: PngInfo = {
    width: 0,
    height: 0,
    text: {},
    pixelsPerMetre: null,
    chunkTypes: [],
    crcOk: true,
  };
  let at = 8;
  while (at < buf.length) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + length);
    const crc = buf.readUInt32BE(at + 8 + length);
    if (crc32(buf.subarray(at + 4, at + 8 + length)) >>> 0 !== crc) info.crcOk = false;
    info.chunkTypes.push(type);
    if (type === 'IHDR') {
      info.width = data.readUInt32BE(0);
      info.height = data.readUInt32BE(4);
    } else if (type === 'tEXt') {
      const nul = data.indexOf(0);
      info.text[data.toString('latin1', 0, nul)] = data.toString('latin1', nul + 1);
    } else if (type === 'iTXt') {
      // keyword \0 flag method language \0 translated \0 text; the writer leaves the middle empty.
      const nul = data.indexOf(0);
      info.text[data.toString('latin1', 0, nul)] = data.subarray(nul + 5).toString('utf8');
    } else if (type === 'pHYs') {
      info.pixelsPerMetre = data.readUInt32BE(0);
    }
    at += 12 + length;
  }
  return info;
}
