// Encoders for the drawing's animation, each a maintained package: an animated GIF (gifenc) and
// WebM or MP4 video (mediabunny over the browser's WebCodecs). Frames arrive as images of the
// same size; each encoder draws them on one canvas and reads them from there.
import { applyPalette, GIFEncoder, quantize } from 'gifenc';
import {
  BufferTarget,
  CanvasSource,
  canEncodeVideo,
  Mp4OutputFormat,
  Output,
  QUALITY_HIGH,
  WebMOutputFormat,
  type VideoCodec,
} from 'mediabunny';
import { provenanceEntries, type Provenance } from '../../../src-main/charts/provenance';
import { tr } from '../../app/i18n';

/** The animation formats, named in slides.json under `format.<id>`. */
export const ANIMATION_FORMATS = [
  { id: 'gif', mime: 'image/gif' },
  { id: 'webm', mime: 'video/webm' },
  { id: 'mp4', mime: 'video/mp4' },
] as const;

export type AnimationFormat = (typeof ANIMATION_FORMATS)[number]['id'];
type VideoFormat = Exclude<AnimationFormat, 'gif'>;

/** H.264 plays in every slide program; VP9 is WebM's usual codec. */
const CODEC: Record<VideoFormat, VideoCodec> = { mp4: 'avc', webm: 'vp9' };

export interface AnimationEncoder {
  add(frame: ImageBitmap): Promise<void>;
  /** The finished file's bytes. */
  finish(): Promise<Uint8Array>;
}

function canvasOf(width: number, height: number) {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error(tr('slides', 'errors.noCanvas'));
  return { canvas, context };
}

/** Provenance as lines, as the CSV header and the GIF comment carry it. */
function provenanceText(p: Provenance): string {
  return provenanceEntries(p)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
}

/**
 * A GIF comment extension (GIF89a: 0x21 0xFE, sub-blocks of at most 255 bytes, 0x00) placed before
 * the trailer: gifenc writes frames only, and the provenance belongs in the file like a PNG's text.
 */
export function withGifComment(gif: Uint8Array, comment: string): Uint8Array {
  const text = new TextEncoder().encode(comment);
  const blocks: number[] = [0x21, 0xfe];
  for (let i = 0; i < text.length; i += 255) {
    const part = text.subarray(i, i + 255);
    blocks.push(part.length, ...part);
  }
  blocks.push(0x00);
  const trailerAt = gif[gif.length - 1] === 0x3b ? gif.length - 1 : gif.length;
  const out = new Uint8Array(trailerAt + blocks.length + 1);
  out.set(gif.subarray(0, trailerAt));
  out.set(blocks, trailerAt);
  out[out.length - 1] = 0x3b;
  return out;
}

export function gifEncoder(
  width: number,
  height: number,
  fps: number,
  provenance: Provenance,
): AnimationEncoder {
  const { context } = canvasOf(width, height);
  const gif = GIFEncoder();
  const delay = Math.round(1000 / fps);
  let first = true;
  return {
    add: async (frame) => {
      context.drawImage(frame, 0, 0, width, height);
      const { data } = context.getImageData(0, 0, width, height);
      // A palette per frame: milk, hormones and tissue change colour as the let-down goes on.
      const palette = quantize(data, 256);
      gif.writeFrame(applyPalette(data, palette), width, height, {
        palette,
        delay,
        ...(first ? { repeat: 0 } : {}),
      });
      first = false;
    },
    finish: async () => {
      gif.finish();
      return withGifComment(gif.bytes(), provenanceText(provenance));
    },
  };
}

/** Whether this browser's WebCodecs can encode the format at this size. */
export function canEncode(format: VideoFormat, width: number, height: number): Promise<boolean> {
  if (typeof VideoEncoder === 'undefined') return Promise.resolve(false);
  return canEncodeVideo(CODEC[format], { width, height, bitrate: QUALITY_HIGH });
}

export async function videoEncoder(
  format: VideoFormat,
  width: number,
  height: number,
  fps: number,
  provenance: Provenance,
  title: string,
): Promise<AnimationEncoder> {
  const { canvas, context } = canvasOf(width, height);
  const target = new BufferTarget();
  const output = new Output({
    format: format === 'mp4' ? new Mp4OutputFormat() : new WebMOutputFormat(),
    target,
  });
  const source = new CanvasSource(canvas, { codec: CODEC[format], bitrate: QUALITY_HIGH });
  output.addVideoTrack(source, { frameRate: fps });
  output.setMetadataTags({
    title,
    comment: provenanceText(provenance),
    date: new Date(provenance.exportedAt),
  });
  await output.start();
  let index = 0;
  return {
    add: async (frame) => {
      context.drawImage(frame, 0, 0, width, height);
      await source.add(index / fps, 1 / fps);
      index += 1;
    },
    finish: async () => {
      await output.finalize();
      if (!target.buffer) throw new Error(tr('slides', 'errors.noVideo'));
      return new Uint8Array(target.buffer);
    },
  };
}
