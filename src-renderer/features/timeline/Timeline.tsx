// The timeline under the view: transport buttons, speed and zoom, and a scrubbable track with
// event markers. The track is the ARIA slider; its value is model time in seconds.
import { useMemo, useRef, type PointerEvent } from 'react';
import { flushSync } from 'react-dom';
import { scaleLinear } from 'd3';
import type { NumberedEvent } from './events';
import { recordScrub } from './frameStats';
import { Markers } from './Markers';
import {
  keyStepSec,
  SPEEDS,
  currentFactor,
  speedLabel,
  steppedSpeedIndex,
  ZOOMS,
  timelineWindow,
} from './speeds';
import type { Playback } from './usePlayback';
import { useWidth } from './useWidth';
import { useT } from '../../app/i18n';
import { formatClock, formatPostpartum } from '../../lib/format';
import './timeline.css';

interface Props {
  durationSec: number;
  startPostpartumHours: number;
  events: readonly NumberedEvent[];
  playback: Playback;
  zoomIndex: number;
  onZoom: (i: number) => void;
  onPrevEvent: () => void;
  onNextEvent: () => void;
  /** Opens the key list; without it the timeline shows no Keys button. */
  onHelp?: () => void;
}

const TRACK_H = 96;

function Icon({ d }: { d: string }) {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" className="icon">
      <path d={d} />
    </svg>
  );
}

export function Timeline(props: Props) {
  const { t } = useT('timeline');
  const { durationSec, playback, events, zoomIndex } = props;
  const { follow } = playback;
  const factor = currentFactor(playback);
  const { ref, width } = useWidth<HTMLDivElement>();
  const spanSec = ZOOMS[zoomIndex]?.spanSec ?? durationSec;
  const { start, end } = timelineWindow(playback.t, durationSec, spanSec);
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([start, end])
        .range([8, width - 8])
        .clamp(true),
    [start, end, width],
  );
  const dragging = useRef(false);

  const seekToPointer = (e: PointerEvent<HTMLDivElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const t = x.invert(e.clientX - rect.left);
    flushSync(() => playback.seek(t));
    recordScrub(performance.now() - e.timeStamp);
  };

  const where = t('where', {
    clock: formatClock(playback.t),
    postpartum: formatPostpartum(props.startPostpartumHours, playback.t),
  });
  return (
    <section className="timeline" aria-label={t('region')}>
      <div className="timeline-controls">
        <button
          type="button"
          onClick={props.onPrevEvent}
          aria-label={t('previousEvent')}
          title={t('previousEventKey')}
        >
          <Icon d="M5,4v16M19,4L8,12l11,8Z" />
        </button>
        <button
          type="button"
          className="primary play"
          onClick={playback.toggle}
          aria-label={playback.playing ? t('pause') : t('play')}
          title={t('playPauseKey')}
        >
          <Icon d={playback.playing ? 'M6,4h4v16H6ZM14,4h4v16h-4Z' : 'M7,4l13,8L7,20Z'} />
        </button>
        <button
          type="button"
          onClick={props.onNextEvent}
          aria-label={t('nextEvent')}
          title={t('nextEventKey')}
        >
          <Icon d="M19,4v16M5,4l11,8L5,20Z" />
        </button>
        <span className="speed" role="group" aria-label={t('speed')}>
          {follow && (
            <button
              type="button"
              aria-pressed={follow.on}
              onClick={() => follow.set(!follow.on)}
              title={t('followActionHint')}
            >
              {t('followAction')}
            </button>
          )}
          <button
            type="button"
            onClick={() => playback.setSpeedIndex(steppedSpeedIndex(playback, -1))}
            aria-label={t('slower')}
            title={t('slowerKey')}
            disabled={!follow?.on && playback.speedIndex === 0}
          >
            −
          </button>
          <output
            aria-live="off"
            className="speed-value"
            data-speed={factor}
            data-follows-action={follow?.on || undefined}
          >
            {speedLabel(factor)}
          </output>
          <button
            type="button"
            onClick={() => playback.setSpeedIndex(steppedSpeedIndex(playback, 1))}
            aria-label={t('faster')}
            title={t('fasterKey')}
            disabled={!follow?.on && playback.speedIndex === SPEEDS.length - 1}
          >
            +
          </button>
        </span>
        <label className="zoom">
          {t('zoom')}
          {/* Named apart from the drawing's zoom buttons; the visible word stays in the name. */}
          <select
            aria-label={t('zoomTimeline')}
            value={zoomIndex}
            onChange={(e) => props.onZoom(Number(e.target.value))}
          >
            {ZOOMS.map((z, i) => (
              <option key={z.label} value={i}>
                {z.label}
              </option>
            ))}
          </select>
        </label>
        {props.onHelp && (
          <button type="button" onClick={props.onHelp} title={t('keysKey')}>
            {t('keys')}
          </button>
        )}
        <span className="clock" aria-hidden="true">
          <strong>{formatClock(playback.t)}</strong> / {formatClock(durationSec)}
          <span className="clock-pp">
            {' '}
            · {formatPostpartum(props.startPostpartumHours, playback.t)}
          </span>
        </span>
      </div>
      <div
        ref={ref}
        className="timeline-track"
        role="slider"
        tabIndex={0}
        aria-label={t('modelTime')}
        aria-valuemin={0}
        aria-valuemax={Math.round(durationSec)}
        aria-valuenow={Math.round(playback.t)}
        aria-valuetext={where}
        onPointerDown={(e) => {
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          seekToPointer(e);
        }}
        onPointerMove={(e) => {
          if (dragging.current) seekToPointer(e);
        }}
        onPointerUp={() => {
          dragging.current = false;
        }}
        onKeyDown={(e) => {
          const page = (end - start) / 10;
          const step = keyStepSec({ start, end });
          if (e.key === 'ArrowRight' || e.key === 'ArrowUp') playback.seek(playback.t + step);
          else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') playback.seek(playback.t - step);
          else if (e.key === 'Home') playback.seek(0);
          else if (e.key === 'End') playback.seek(durationSec);
          else if (e.key === 'PageUp') playback.seek(playback.t + page);
          else if (e.key === 'PageDown') playback.seek(playback.t - page);
          else return;
          e.preventDefault();
        }}
      >
        <svg width={width} height={TRACK_H} aria-hidden="true">
          <Markers
            events={events}
            start={start}
            end={end}
            width={width}
            startPostpartumHours={props.startPostpartumHours}
          />
          <g className="playhead" transform={`translate(${x(playback.t)} 0)`}>
            <line y1={4} y2={TRACK_H - 4} />
            <path d="M-9,2h18l-9,12Z" />
          </g>
        </svg>
      </div>
    </section>
  );
}
