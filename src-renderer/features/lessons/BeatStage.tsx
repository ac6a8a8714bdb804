// One beat on screen: the case's trace at the timeline moment, drawn with the simulation view's
// own anatomy drawing (classical or ultrasound, one breast) and the beat's charts with the
// timeline cursor. The beat's structure (a data-part name) is zoomed to, highlighted and named.
import { useMemo, useRef, useState, type PointerEvent } from 'react';
import { Trans } from 'react-i18next';
import { buildChart } from '../../../src-main/charts/build-chart';
import { CHART_SPECS, type ChartName } from '../../../src-main/charts/chart-specs';
import { beatWindow } from '../../../src-main/charts/beat-window';
import type { LessonBeat } from '../../../src-main/contract/lessons';
import type { Scenario } from '../../../src-main/sim/scenario';
import type { Trace } from '../../../src-main/sim/trace';
import { HORMONES } from '../../lib/hormones';
import { appI18n, useT } from '../../app/i18n';
import { AnatomyView, type ZoomRequest } from '../anatomy/AnatomyView';
import type { SharedCamera } from '../anatomy/useAnatomyZoom';
import { useAnatomyFrame } from '../anatomy/useAnatomyFrame';
import { computeLayout } from '../anatomy/geometry';
import { useDocumentTheme } from '../../app/useDocumentTheme';
import { CursorLine } from '../charts/CursorLine';
import { usePresentationBox } from '../charts/usePresentationBox';
import { svgTreeToReact } from '../charts/svgTree';
import { termById } from '../glossary/content';
import type { Derived } from '../sim/derive';
import { useReducedMotion } from '../sim/useReducedMotion';
import { useChartWords } from '../charts/chartWords';

const HORMONE_NAMES: ReadonlySet<string> = new Set(HORMONES.map((h) => h.name));

interface Props {
  beat: LessonBeat;
  trace: Trace;
  derived: Derived;
  scenario: Scenario;
  t: number;
  /** L pressed: a pointer that names the structure under it. */
  pointer: boolean;
  descriptionId: string;
  /** The drawing's zoom and pan kept in step with the other presentation window. */
  camera?: SharedCamera;
}

/** A beat's chart in the presentation style, laid out for its share of the column. */
function BeatChart({
  trace,
  chart,
  t,
  windowSec,
  momentSec,
}: {
  trace: Trace;
  chart: ChartName;
  t: number;
  windowSec: readonly [number, number];
  momentSec: number;
}) {
  const figure = useRef<HTMLElement>(null);
  const box = usePresentationBox(figure);
  const theme = useDocumentTheme();
  const words = useChartWords();
  const built = useMemo(
    () =>
      box &&
      buildChart(trace, chart, {
        style: 'presentation',
        theme,
        width: box.width,
        height: box.height,
        fontPx: box.fontPx,
        columnsPerUnit: box.columnsPerUnit,
        windowSec,
        momentSec,
        ...(words !== undefined ? { words } : {}),
      }),
    [trace, chart, windowSec, momentSec, box, theme, words],
  );
  const drawing = useMemo(() => built && svgTreeToReact(built.tree), [built]);
  // The chart's own SVG carries its name; the cursor is a separate overlay in the same units.
  // A chart's share of the column grows with its panels (and its time axis, one more share).
  return (
    <figure
      className="beat-chart"
      ref={figure}
      style={{ flexGrow: CHART_SPECS[chart].panels.length + 1 }}
    >
      {built && (
        <>
          {drawing}
          <svg
            className="beat-chart-cursor"
            viewBox={`0 0 ${built.width} ${built.height}`}
            aria-hidden="true"
          >
            <CursorLine built={built} timeSec={t} strokeWidth={3} />
          </svg>
        </>
      )}
    </figure>
  );
}

function structureAt(x: number, y: number): string | null {
  const el = document.elementFromPoint(x, y)?.closest('[data-hormone],[data-part]');
  const id = el?.getAttribute('data-hormone') ?? el?.getAttribute('data-part') ?? null;
  if (id === null) return null;
  return termById(id === 'ductule' ? 'duct' : id)?.term ?? id;
}

export function BeatStage({
  beat,
  trace,
  derived,
  scenario,
  t: timeSec,
  pointer,
  descriptionId,
  camera,
}: Props) {
  const { t } = useT('lessons');
  const { anatomy, side, charts, zoom } = beat.view;
  const reducedMotion = useReducedMotion();
  const layout = useMemo(() => computeLayout(anatomy), [anatomy]);
  const [hover, setHover] = useState<{ x: number; y: number; name: string | null } | null>(null);

  const frame = useAnatomyFrame(trace, derived, scenario, timeSec, side, reducedMotion);
  // Once per beat, not per chart and frame: the charts rebuild only when the beat changes.
  const windowSec = useMemo(() => beatWindow(beat, trace.durationSec), [beat, trace.durationSec]);

  const onMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!pointer) return;
    const rect = e.currentTarget.getBoundingClientRect();
    setHover({
      x: e.clientX - rect.left,
      y: e.clientY - rect.top,
      name: structureAt(e.clientX, e.clientY),
    });
  };
  const focus = zoom === null ? null : (termById(zoom)?.term ?? zoom);
  // A structure is zoomed to; a hormone is not a place in the drawing, so it is only highlighted.
  const zoomRequest = useMemo<ZoomRequest>(
    () => (zoom === null || HORMONE_NAMES.has(zoom) ? { reset: true } : { part: zoom }),
    [zoom],
  );

  return (
    <div className="beat-stage" data-charts={charts.length}>
      <div
        className="beat-anatomy"
        data-pointer={pointer || undefined}
        onPointerMove={onMove}
        onPointerLeave={() => setHover(null)}
      >
        <AnatomyView
          layout={layout}
          frame={frame}
          schedules={derived.schedules}
          reducedMotion={reducedMotion}
          highlight={zoom}
          onSelect={() => undefined}
          descriptionId={descriptionId}
          zoomRequest={zoomRequest}
          camera={camera}
          link={null}
          overlay={
            focus && (
              <p className="beat-focus">
                {/* Glossary terms are built-in content, English for now. */}
                <Trans
                  t={t}
                  i18n={appI18n}
                  i18nKey="stage.lookAt"
                  values={{ term: focus }}
                  components={{ term: <span lang="en" /> }}
                />
              </p>
            )
          }
        />
        {pointer && hover && (
          <div
            className="present-pointer"
            style={{ left: hover.x, top: hover.y }}
            aria-hidden="true"
          >
            <span className="present-pointer-dot" />
            {hover.name && (
              <span className="present-pointer-label" lang="en">
                {hover.name}
              </span>
            )}
          </div>
        )}
      </div>
      {charts.length > 0 && (
        <div className="beat-charts">
          {charts.map((c) => (
            <BeatChart
              key={c}
              trace={trace}
              chart={c}
              t={timeSec}
              windowSec={windowSec}
              momentSec={beat.atHours * 3600}
            />
          ))}
        </div>
      )}
    </div>
  );
}
