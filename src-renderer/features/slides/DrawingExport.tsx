// Exports the anatomy drawing for slides: the drawing as it is on screen as SVG or PNG (2× or
// 300 dpi), or a short animation of a stretch of the run (a let-down, a feed, ten minutes) as an
// animated GIF or a WebM or MP4 video. An animation is the same drawing frame by frame: the view
// is paused, moved to each frame's moment and taken from the screen, then put back where it was.
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { fileStem } from '../../../src-main/charts/file-stem';
import type { Provenance } from '../../../src-main/charts/provenance';
import type { ExportedFile, PngSize } from '../../../src-main/contract/export';
import type { Scenario } from '../../../src-main/sim/scenario';
import type { Side, SimEvent } from '../../../src-main/sim/trace';
import { call } from '../../app/api';
import { useT } from '../../app/i18n';
import { formatPostpartum } from '../../lib/format';
import { base64Of, bytesOf } from '../../lib/base64';
import { deliverFiles } from '../charts/download';
import { ExportProgress } from '../charts/ExportProgress';
import {
  ANIMATION_FORMATS,
  canEncode,
  gifEncoder,
  videoEncoder,
  type AnimationEncoder,
  type AnimationFormat,
} from './encode';
import { snapshotDrawing } from './snapshot';
import {
  animationStretch,
  FRAMES_PER_SECOND,
  frameTimes,
  STRETCHES,
  type StretchId,
} from './stretch';
import './slides.css';

interface Props {
  /** Holds the drawing's stage (`.anatomy-stage`). */
  stageRef: RefObject<HTMLElement | null>;
  scenario: Scenario;
  caseTitle: string;
  events: readonly SimEvent[];
  durationSec: number;
  startPostpartumHours: number;
  side: Side;
  /** The timeline: where it is, and moving it (an animation steps through its frames with it). */
  timeSec: number;
  pause(): void;
  seek(timeSec: number): void;
}

type Choice =
  | { kind: 'still'; format: 'svg' }
  | { kind: 'still'; format: 'png'; pngSize: PngSize }
  | { kind: 'animation'; format: AnimationFormat };

/** The formats offered, each named in slides.json under `format.<id>`. */
const CHOICES: { id: string; choice: Choice }[] = [
  { id: 'svg', choice: { kind: 'still', format: 'svg' } },
  { id: 'png2x', choice: { kind: 'still', format: 'png', pngSize: '2x' } },
  { id: 'pngPrint', choice: { kind: 'still', format: 'png', pngSize: 'print' } },
  ...ANIMATION_FORMATS.map((f) => ({
    id: f.id,
    choice: { kind: 'animation', format: f.id } as Choice,
  })),
];

/** Animation frames: wide enough for half a slide, small enough for a GIF; even for H.264. */
const FRAME_WIDTH = 800;
const FRAME_HEIGHT = 500;

const waitForPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export function DrawingExport(props: Props) {
  const { t } = useT('slides');
  const [index, setIndex] = useState(0);
  const [stretch, setStretch] = useState<StretchId>('letDown');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [video, setVideo] = useState<Record<'webm' | 'mp4', boolean> | null>(null);
  const cancelled = useRef(false);
  const formatId = useId();
  const stretchId = useId();
  const choice = CHOICES[index]?.choice ?? { kind: 'still', format: 'svg' };

  useEffect(() => {
    let live = true;
    void Promise.all([
      canEncode('webm', FRAME_WIDTH, FRAME_HEIGHT),
      canEncode('mp4', FRAME_WIDTH, FRAME_HEIGHT),
    ]).then(([webm, mp4]) => live && setVideo({ webm, mp4 }));
    return () => {
      live = false;
    };
  }, []);

  const stage = (): Element => {
    const found = props.stageRef.current?.querySelector('.anatomy-stage');
    if (!found) throw new Error(t('errors.notOnScreen'));
    return found;
  };
  const when = (sec: number) => formatPostpartum(props.startPostpartumHours, sec);
  const side = t(`side.${props.side}`);
  const drawingTitle = (sec: number) =>
    t('titles.still', { case: props.caseTitle, side, when: when(sec) });
  const deliver = async (files: ExportedFile[]) => {
    const delivered = await deliverFiles(files, `${fileStem(props.caseTitle)}-anatomy.zip`);
    return delivered.status === 'cancelled'
      ? t('status.saveCancelled')
      : t('status.exported', { file: files[0]?.filename });
  };

  const exportStill = async (c: Extract<Choice, { kind: 'still' }>) => {
    const { files } = await call('export.anatomy', {
      scenario: props.scenario,
      caseTitle: props.caseTitle,
      title: drawingTitle(props.timeSec),
      drawing: snapshotDrawing(stage()),
      format: c.format,
      ...(c.format === 'png' ? { pngSize: c.pngSize } : {}),
    });
    return deliver(files);
  };

  const exportAnimation = async (format: AnimationFormat) => {
    const span = animationStretch(
      stretch,
      props.events,
      props.timeSec,
      props.durationSec,
      props.side,
    );
    if (!span) return t(`stretch.${stretch}.none`);
    const title = t('titles.animation', {
      case: props.caseTitle,
      stretch: t(`stretch.${stretch}.the`),
      side,
      when: when(span[0]),
    });
    const times = frameTimes(span);
    const back = props.timeSec;
    props.pause();
    let encoder: AnimationEncoder | null = null;
    setProgress({ done: 0, total: times.length });
    try {
      for (const [i, sec] of times.entries()) {
        if (cancelled.current) return t('status.cancelled');
        flushSync(() => props.seek(sec));
        await waitForPaint();
        const { files, provenance } = await call('export.anatomy', {
          scenario: props.scenario,
          caseTitle: props.caseTitle,
          title,
          drawing: snapshotDrawing(stage()),
          format: 'frame',
          frameWidth: FRAME_WIDTH,
        });
        encoder ??= await makeEncoder(format, provenance, title);
        const png = new Blob([bytesOf(files[0]?.base64 ?? '')], { type: 'image/png' });
        const frame = await createImageBitmap(png);
        await encoder.add(frame);
        frame.close();
        setProgress({ done: i + 1, total: times.length });
      }
    } finally {
      props.seek(back);
    }
    if (!encoder || cancelled.current) return t('status.cancelled');
    const bytes = await encoder.finish();
    const meta = ANIMATION_FORMATS.find((f) => f.id === format);
    const file = STRETCHES.find((s) => s.id === stretch)?.file ?? stretch;
    const name = `${fileStem(props.caseTitle)}-anatomy-${file}.${format}`;
    return deliver([{ filename: name, mime: meta?.mime ?? 'video/webm', base64: base64Of(bytes) }]);
  };

  const start = async () => {
    if (progress) return;
    cancelled.current = false;
    setError(null);
    setMessage(null);
    try {
      const said =
        choice.kind === 'still' ? await exportStill(choice) : await exportAnimation(choice.format);
      setMessage(said);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setProgress(null);
    }
  };

  const unavailable = (c: Choice) =>
    c.kind === 'animation' && c.format !== 'gif' && video !== null && !video[c.format];

  return (
    <section className="drawing-export" aria-label={t('panel')}>
      <label htmlFor={formatId}>{t('exportAs')}</label>
      <select id={formatId} value={index} onChange={(e) => setIndex(Number(e.target.value))}>
        {CHOICES.map((c, i) => (
          <option key={c.id} value={i} disabled={unavailable(c.choice)}>
            {unavailable(c.choice)
              ? t('format.unavailable', { format: t(`format.${c.id}`) })
              : t(`format.${c.id}`)}
          </option>
        ))}
      </select>
      {choice.kind === 'animation' && (
        <>
          <label htmlFor={stretchId}>{t('of')}</label>
          <select
            id={stretchId}
            value={stretch}
            onChange={(e) => setStretch(e.target.value as StretchId)}
          >
            {STRETCHES.map((s) => (
              <option key={s.id} value={s.id}>
                {t(`stretch.${s.id}.option`)}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="button" onClick={() => void start()} disabled={progress !== null}>
        {t('exportDrawing')}
      </button>
      <ExportProgress
        progress={progress}
        label={t('progress.label')}
        count={(done, total) => t('progress.count', { done, total })}
        cancelLabel={t('progress.cancel')}
        onCancel={() => (cancelled.current = true)}
        message={message}
        error={error}
      />
    </section>
  );
}

function makeEncoder(
  format: AnimationFormat,
  provenance: Provenance,
  title: string,
): Promise<AnimationEncoder> {
  return format === 'gif'
    ? Promise.resolve(gifEncoder(FRAME_WIDTH, FRAME_HEIGHT, FRAMES_PER_SECOND, provenance))
    : videoEncoder(format, FRAME_WIDTH, FRAME_HEIGHT, FRAMES_PER_SECOND, provenance, title);
}
