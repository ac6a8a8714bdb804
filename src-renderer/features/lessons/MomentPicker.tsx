// Setting a beat's moment on the case's own timeline, read as day and clock time after birth.
// Two strips: the whole run, to jump anywhere with a click, and the beat's stretch (what its
// charts show) with the case's events, a slider to click, drag or move with the keys. Moments
// snap to whole minutes; a beat's range moves with its moment.
import { useRef, useState, type PointerEvent } from 'react';
import { scaleLinear } from 'd3';
import { beatWindow } from '../../../src-main/charts/beat-window';
import type { LessonBeat } from '../../../src-main/contract/lessons';
import { useT } from '../../app/i18n';
import { formatClock, formatPostpartum } from '../../lib/format';
import { AXIS_Y, Markers } from '../timeline/Markers';
import { edgeAnchor, timeTicks } from '../timeline/ticks';
import { useWidth } from '../timeline/useWidth';
import { formatDayClock, keyDeltaSec, movedTo } from './moment';
import type { CaseRun } from './useCaseRuns';

const STRIP_H = 96;
const OVERVIEW_H = 44;

interface Props {
  beat: LessonBeat;
  /** The beat's number, for the slider's name. */
  n: number;
  run: CaseRun | undefined;
  onChange: (moment: { atHours: number; untilHours?: number }) => void;
}

export function MomentPicker(props: Props) {
  const { t } = useT('lessons');
  if (!props.run) {
    return (
      <p className="moment-picker-wait" aria-live="polite">
        {t('moment.wait')}
      </p>
    );
  }
  return <Strips {...props} run={props.run} />;
}

function Strips({ beat, n, run, onChange }: Props & { run: CaseRun }) {
  const { t } = useT('lessons');
  const { ref: detailRef, width: detailWidth } = useWidth<HTMLDivElement>();
  const { ref: overviewRef, width: overviewWidth } = useWidth<HTMLDivElement>();
  // While dragging, the stretch stays where it was, so it does not slide under the pointer.
  const [frozen, setFrozen] = useState<[number, number] | null>(null);
  const dragging = useRef(false);
  const { durationSec, startPostpartumHours } = run.trace;
  const atSec = beat.atHours * 3600;
  const [from, to] = frozen ?? beatWindow(beat, durationSec);
  const moment = formatPostpartum(startPostpartumHours, atSec);
  const set = (sec: number) => onChange(movedTo(beat, sec, durationSec));

  const xDetail = scaleLinear()
    .domain([from, to])
    .range([8, detailWidth - 8])
    .clamp(true);
  const xAll = scaleLinear()
    .domain([0, durationSec])
    .range([8, overviewWidth - 8])
    .clamp(true);
  const atPointer = (e: PointerEvent<HTMLElement>, x: typeof xAll) =>
    x.invert(e.clientX - e.currentTarget.getBoundingClientRect().left);
  const range = (x: typeof xAll, y: number, h: number) =>
    beat.untilHours !== undefined && (
      <rect
        className="moment-range"
        x={x(atSec)}
        y={y}
        width={Math.max(2, x(beat.untilHours * 3600) - x(atSec))}
        height={h}
      />
    );

  return (
    <div className="moment-picker">
      <p className="moment-now">
        {t('moment.label')} <strong data-testid="moment">{moment}</strong>{' '}
        <span className="moment-soft">
          {beat.untilHours === undefined
            ? t('moment.into', { clock: formatClock(atSec) })
            : t('moment.intoUntil', {
                clock: formatClock(atSec),
                until: formatDayClock(startPostpartumHours, beat.untilHours * 3600),
              })}
        </span>
      </p>
      {/* The whole run: a click jumps there; the slider below is the keyboard's way in. */}
      <div
        ref={overviewRef}
        className="moment-overview"
        aria-hidden="true"
        onPointerDown={(e) => set(atPointer(e, xAll))}
      >
        <svg width={overviewWidth} height={OVERVIEW_H}>
          <rect className="moment-run" x={8} y={6} width={overviewWidth - 16} height={14} />
          <rect
            className="moment-window"
            x={xAll(from)}
            y={3}
            width={Math.max(2, xAll(to) - xAll(from))}
            height={20}
          />
          {range(xAll, 6, 14)}
          <line className="moment-line" x1={xAll(atSec)} x2={xAll(atSec)} y1={0} y2={26} />
          {timeTicks(0, durationSec, Math.max(2, Math.floor(overviewWidth / 160))).map((tick) => (
            <text
              key={tick}
              className="tick-label"
              x={xAll(tick)}
              y={40}
              textAnchor={edgeAnchor(xAll(tick), overviewWidth)}
            >
              {formatDayClock(startPostpartumHours, tick)}
            </text>
          ))}
        </svg>
      </div>
      <div
        ref={detailRef}
        className="moment-detail"
        role="slider"
        tabIndex={0}
        aria-label={t('moment.slider', { n })}
        aria-valuemin={0}
        aria-valuemax={Math.round(durationSec)}
        aria-valuenow={Math.round(atSec)}
        aria-valuetext={moment}
        onPointerDown={(e) => {
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          setFrozen([from, to]);
          set(atPointer(e, xDetail));
        }}
        onPointerMove={(e) => {
          if (dragging.current) set(atPointer(e, xDetail));
        }}
        onPointerUp={() => {
          dragging.current = false;
          setFrozen(null);
        }}
        onKeyDown={(e) => {
          const delta = keyDeltaSec(e.key, e.shiftKey);
          if (delta !== null) set(atSec + delta);
          else if (e.key === 'Home') set(0);
          else if (e.key === 'End') set(durationSec);
          else return;
          e.preventDefault();
        }}
      >
        <svg width={detailWidth} height={STRIP_H}>
          {range(xDetail, 24, AXIS_Y - 24)}
          <Markers
            events={run.derived.events}
            start={from}
            end={to}
            width={detailWidth}
            startPostpartumHours={startPostpartumHours}
            postpartumTicks
          />
          <g className="playhead" transform={`translate(${xDetail(atSec)} 0)`}>
            <line y1={4} y2={STRIP_H - 4} />
            <path d="M-9,2h18l-9,12Z" />
          </g>
        </svg>
      </div>
      <p className="hint moment-hint">{t('moment.hint')}</p>
    </div>
  );
}
