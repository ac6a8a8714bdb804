// The timeline under the view: transport buttons, speed and zoom, and a scrubbable track with
// event markers. The track is the ARIA slider; its value is model time in seconds.
import { memo, useLayoutEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { flushSync } from 'react-dom';
import { scaleLinear } from 'd3';
import type { NumberedEvent } from './events';
import { EVENT_LABELS, MAJOR_EVENTS } from './events';
import { recordScrub } from './frameStats';
import { SPEEDS, ZOOMS, speedLabel, steppedSpeedIndex, timelineWindow } from './speeds';
import { timeTicks } from './ticks';
import type { Playback } from './usePlayback';
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
}

const TRACK_H = 96;

function Icon({ d }: { d: string }) {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" className="icon">
      <path d={d} />
    </svg>
  );
}
const AXIS_Y = 70;

function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(800);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(200, Math.round(entry.contentRect.width)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

interface MarkerProps {
  events: readonly NumberedEvent[];
  start: number;
  end: number;
  width: number;
  startPostpartumHours: number;
}

/** Markers and axis for one window; redrawn only when the window or the events change. */
const Markers = memo(function Markers({
  events,
  start,
  end,
  width,
  startPostpartumHours,
}: MarkerProps) {
  const x = scaleLinear()
    .domain([start, end])
    .range([8, width - 8]);
  const span = end - start;
  const ticks = timeTicks(start, end, Math.max(2, Math.floor(width / 130)));
  const tickLabel = (t: number) =>
    span > 2 * 86400
      ? formatPostpartum(startPostpartumHours, t).replace(' after birth', '')
      : formatClock(t);
  const inWindow = events.filter((e) => e.atSeconds >= start && e.atSeconds <= end);
  let lastLabelEnd = -Infinity;
  // Label only what fits; at wide zooms feeds crowd together and ticks alone remain.
  const labelled = new Set<number>();
  for (const e of inWindow) {
    if (!MAJOR_EVENTS.has(e.kind) || e.kind === 'sessionEnd') continue;
    const px = x(e.atSeconds);
    const text = e.kind === 'ejectionStart' ? `Ejection ${e.ordinal ?? ''}` : EVENT_LABELS[e.kind];
    if (px > lastLabelEnd + 10) {
      labelled.add(e.index);
      lastLabelEnd = px + text.length * 8.5;
    }
  }
  return (
    <g>
      <line className="axis" x1={8} x2={width - 8} y1={AXIS_Y} y2={AXIS_Y} />
      {ticks.map((t) => (
        <g key={t} transform={`translate(${x(t)} 0)`}>
          <line className="tick" y1={AXIS_Y} y2={AXIS_Y + 6} />
          <text className="tick-label" y={AXIS_Y + 22} textAnchor="middle">
            {tickLabel(t)}
          </text>
        </g>
      ))}
      {inWindow.map((e) => {
        const major = MAJOR_EVENTS.has(e.kind);
        const px = x(e.atSeconds);
        const text =
          e.kind === 'ejectionStart' ? `Ejection ${e.ordinal ?? ''}` : EVENT_LABELS[e.kind];
        return (
          <g
            key={e.index}
            className={`marker marker-${e.kind}`}
            data-event-kind={e.kind}
            data-event-time={e.atSeconds}
            transform={`translate(${px} 0)`}
          >
            <title>{`${EVENT_LABELS[e.kind]} at ${formatClock(e.atSeconds)}`}</title>
            <line y1={major ? 24 : 46} y2={AXIS_Y} />
            {labelled.has(e.index) && (
              <text y={18} x={-4}>
                {text}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});

export function Timeline(props: Props) {
  const { durationSec, playback, events, zoomIndex } = props;
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

  const where = `${formatClock(playback.t)} into the run, ${formatPostpartum(props.startPostpartumHours, playback.t)}`;
  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-controls">
        <button
          type="button"
          onClick={props.onPrevEvent}
          aria-label="Previous event"
          title="Previous event ([)"
        >
          <Icon d="M5,4v16M19,4L8,12l11,8Z" />
        </button>
        <button
          type="button"
          className="primary play"
          onClick={playback.toggle}
          aria-label={playback.playing ? 'Pause' : 'Play'}
          title="Play or pause (Space)"
        >
          <Icon d={playback.playing ? 'M6,4h4v16H6ZM14,4h4v16h-4Z' : 'M7,4l13,8L7,20Z'} />
        </button>
        <button
          type="button"
          onClick={props.onNextEvent}
          aria-label="Next event"
          title="Next event (])"
        >
          <Icon d="M19,4v16M5,4l11,8L5,20Z" />
        </button>
        <span className="speed" role="group" aria-label="Speed">
          {playback.canFollowAction && (
            <button
              type="button"
              aria-pressed={playback.followsAction}
              onClick={() => playback.setFollowsAction(!playback.followsAction)}
              title="Close to real time during a milk ejection, fast between feeds"
            >
              Follow the action
            </button>
          )}
          <button
            type="button"
            onClick={() => playback.setSpeedIndex(steppedSpeedIndex(playback, -1))}
            aria-label="Slower"
            title="Slower (−)"
            disabled={!playback.followsAction && playback.speedIndex === 0}
          >
            −
          </button>
          <output
            aria-live="off"
            className="speed-value"
            data-speed={playback.factor}
            data-follows-action={playback.followsAction || undefined}
          >
            {speedLabel(playback.factor)}
          </output>
          <button
            type="button"
            onClick={() => playback.setSpeedIndex(steppedSpeedIndex(playback, 1))}
            aria-label="Faster"
            title="Faster (+)"
            disabled={!playback.followsAction && playback.speedIndex === SPEEDS.length - 1}
          >
            +
          </button>
        </span>
        <label className="zoom">
          Zoom
          {/* Named apart from the drawing's zoom buttons; the visible word stays in the name. */}
          <select
            aria-label="Zoom the timeline"
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
        aria-label="Model time"
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
          if (e.key === 'Home') playback.seek(0);
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
