// Wire format of the web edition for results that hold typed arrays (traces): one binary frame,
// so every channel crosses HTTP as its own bytes — no text encoding of numbers on either side,
// and the receiver's Float64Arrays are views on the response body, not copies. Results without
// typed arrays stay plain JSON. (IPC's structured clone carries typed arrays natively.)
//
// Frame: [u32 little-endian: header length][header: UTF-8 JSON][zeros to a multiple of 8]
// [the bytes of each array, in order]. The header is `{ "lengths": [n0, n1, …], "value": … }`
// where every Float64Array of the value is replaced by `{ "$f64": index }`. Arrays hold 8-byte
// elements, so after the padded header every array starts 8-byte aligned.
//
// UTF-8 is injected: this module is pure (no Buffer, no TextEncoder in its library).

export const FRAME_MIME = 'application/octet-stream';

const TAG = '$f64';
const PREFIX_BYTES = 4;

export interface Utf8 {
  encode(text: string): Uint8Array;
  decode(bytes: Uint8Array): string;
}

/**
 * The frame of `value` as the parts to send in order (the header, then a view on each array's
 * bytes, nothing copied), or null when the value holds no typed arrays and JSON is the better
 * answer.
 */
export function encodeFrame(value: unknown, utf8: Pick<Utf8, 'encode'>): Uint8Array[] | null {
  const arrays: Float64Array[] = [];
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (!(v instanceof Float64Array)) return v;
    arrays.push(v);
    return { [TAG]: arrays.length - 1 };
  });
  if (arrays.length === 0) return null;
  const header = utf8.encode(`{"lengths":[${arrays.map((a) => a.length)}],"value":${json}}`);
  const prefix = new Uint8Array(padded(PREFIX_BYTES + header.length));
  new DataView(prefix.buffer).setUint32(0, header.length, true);
  prefix.set(header, PREFIX_BYTES);
  return [prefix, ...arrays.map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength))];
}

/** The value of a frame; its Float64Arrays are views on `bytes` (copied once if misaligned). */
export function decodeFrame(bytes: Uint8Array, utf8: Pick<Utf8, 'decode'>): unknown {
  const frame = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  if (frame.byteLength < PREFIX_BYTES) throw new Error('Truncated frame: no header length');
  const headerLength = view.getUint32(0, true);
  const dataStart = padded(PREFIX_BYTES + headerLength);
  const text = utf8.decode(frame.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength));
  // The reviver sees "lengths" whole before it enters "value" (properties in order, depth
  // first), so the header is parsed once.
  const offsets: number[] = [];
  let lengths: number[] = [];
  const { value } = JSON.parse(text, (key, v: unknown) => {
    if (key === 'lengths' && offsets.length === 0 && Array.isArray(v)) {
      lengths = v as number[];
      let at = dataStart;
      for (const n of lengths) {
        offsets.push(at);
        at += n * 8;
      }
      if (at > frame.byteLength) throw new Error('Truncated frame: arrays past the end');
      return v;
    }
    const index = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[TAG] : null;
    return typeof index === 'number'
      ? new Float64Array(
          frame.buffer,
          frame.byteOffset + (offsets[index] ?? 0),
          lengths[index] ?? 0,
        )
      : v;
  }) as { value: unknown };
  return value;
}

/** Total bytes of a frame's parts. */
export function frameBytes(parts: readonly Uint8Array[]): number {
  return parts.reduce((sum, p) => sum + p.byteLength, 0);
}

function padded(n: number): number {
  return Math.ceil(n / 8) * 8;
}
