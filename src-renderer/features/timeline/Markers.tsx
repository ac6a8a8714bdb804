// The axis and event markers of a stretch of a run, drawn in the timeline's track and in the
// lesson editor's moment picker.
import { memo } from 'react';
import { scaleLinear } from 'd3';
import { tr, trFilled, useT } from '../../app/i18n';
import { formatClock, formatPostpartum } from '../../lib/format';
import type { EventKind } from '../../../src-main/sim/trace';
import { eventName, MAJOR_EVENTS, type NumberedEvent } from './events';
import { edgeAnchor, timeTicks } from './ticks';
import './timeline.css';

export const AXIS_Y = 70;

interface MarkerProps {
  events: readonly NumberedEvent[];
  start: number;
  end: number;
  width: number;
  startPostpartumHours: number;
  /** Ticks as day and clock time after birth at every span (else time into the run up to 2 days). */
  postpartumTicks?: boolean;
}

interface EventMarkProps {
  kind: EventKind;
  /** Its name in the tooltip (a pumping session ends as pumping, not as a feed). */
  name: string;
  atSeconds: number;
  x: number;
  /** Its name above the axis, where it fits. */
  label: string | null;
  /** Its words are in this language (a switch redraws it). */
  language: string;
}

/**
 * One event's mark. Memoised: an edit's new run mostly has the same events at the same times
 * (a capacity edit on a day's run, all of them), and each mark words its own tooltip.
 */
const Marker = memo(function Marker({ kind, name, atSeconds, x, label }: EventMarkProps) {
  return (
    <g
      className={`marker marker-${kind}`}
      data-event-kind={kind}
      data-event-time={atSeconds}
      transform={`translate(${x} 0)`}
    >
      <title>
        {trFilled('timeline', 'markers.eventAt', {
          event: name,
          clock: formatClock(atSeconds),
        })}
      </title>
      <line y1={MAJOR_EVENTS.has(kind) ? 24 : 46} y2={AXIS_Y} />
      {label !== null && (
        <text y={18} x={-4}>
          {label}
        </text>
      )}
    </g>
  );
});

/** Markers and axis for one window; redrawn only when the window or the events change. */
export const Markers = memo(function Markers({
  events,
  start,
  end,
  width,
  startPostpartumHours,
  postpartumTicks = false,
}: MarkerProps) {
  // Redrawn in the new words on a language switch.
  const { i18n } = useT('timeline');
  const x = scaleLinear()
    .domain([start, end])
    .range([8, width - 8]);
  const span = end - start;
  const ticks = timeTicks(start, end, Math.max(2, Math.floor(width / 130)));
  // Ticks drop the words "after birth" of the moment's usual form (common time.dayClockAfterBirth).
  const afterBirth = ` ${tr('timeline', 'markers.afterBirth')}`;
  const postpartum = (t: number) =>
    formatPostpartum(startPostpartumHours, t).replace(afterBirth, '');
  // Day and clock time: the day is named on the first tick and where a new day starts.
  const dayAndClock = (t: number, i: number) => {
    const clock = postpartum(t).split(', ')[1];
    return clock === undefined || i === 0 || clock === '00:00' ? postpartum(t) : clock;
  };
  const tickLabel = (t: number, i: number) =>
    span > 2 * 86400 ? postpartum(t) : postpartumTicks ? dayAndClock(t, i) : formatClock(t);
  const inWindow = events.filter((e) => e.atSeconds >= start && e.atSeconds <= end);
  let lastLabelEnd = -Infinity;
  // Label only what fits; at wide zooms feeds crowd together and ticks alone remain.
  const labelled = new Map<number, string>();
  for (const e of inWindow) {
    if (!MAJOR_EVENTS.has(e.kind) || e.kind === 'sessionEnd') continue;
    const px = x(e.atSeconds);
    const text =
      e.kind === 'ejectionStart'
        ? tr('timeline', 'markers.ejection', { n: e.ordinal ?? '' })
        : eventName(e);
    if (px > lastLabelEnd + 10) {
      labelled.set(e.index, text);
      lastLabelEnd = px + text.length * 8.5;
    }
  }
  return (
    <g>
      <line className="axis" x1={8} x2={width - 8} y1={AXIS_Y} y2={AXIS_Y} />
      {ticks.map((t, i) => (
        <g key={t} transform={`translate(${x(t)} 0)`}>
          <line className="tick" y1={AXIS_Y} y2={AXIS_Y + 6} />
          <text className="tick-label" y={AXIS_Y + 22} textAnchor={edgeAnchor(x(t), width)}>
            {tickLabel(t, i)}
          </text>
        </g>
      ))}
      {inWindow.map((e) => (
        <Marker
          key={e.index}
          kind={e.kind}
          name={eventName(e)}
          atSeconds={e.atSeconds}
          x={x(e.atSeconds)}
          label={labelled.get(e.index) ?? null}
          language={i18n.language}
        />
      ))}
    </g>
  );
});
