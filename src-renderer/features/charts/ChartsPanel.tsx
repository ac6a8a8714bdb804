// Charts beside the animation: every chart reads the same trace, shows the timeline cursor and a
// shared hover line, and a click moves the timeline there. The drawing is the pure chart builder's
// tree, memoised per trace; the timeline position reaches only the cursor lines (through a
// context), so a playing timeline re-renders one small component per chart, not the figures.
import {
  createContext,
  memo,
  use,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { buildChart, type ChartBuild } from '../../../src-main/charts/build-chart';
import { CHART_NAMES, type ChartName } from '../../../src-main/charts/chart-specs';
import { fileStem } from '../../../src-main/charts/file-stem';
import type { ChartStyle, ChartThemeName } from '../../../src-main/charts/chart-theme';
import { INK } from '../../../src-main/charts/palette';
import { readOuts } from '../../../src-main/charts/value-at';
import { makeSay } from '../../../src-main/charts/chart-words';
import type { ExportedFile } from '../../../src-main/contract/export';
import type { Trace } from '../../../src-main/sim/trace';
import { deliverFiles, type Delivery } from './download';
import {
  planExport,
  runExport,
  type ExportRun,
  type ExportStep,
  type MenuChoice,
} from './exportJob';
import { tr, useT } from '../../app/i18n';
import { useDocumentTheme } from '../../app/useDocumentTheme';
import { formatNumber } from '../../lib/format';
import { CursorLine } from './CursorLine';
import { ExportProgress } from './ExportProgress';
import { SvgTreeDrawer } from './svgTree';
import { usePresentationBox } from './usePresentationBox';
import { useChartWords } from './chartWords';
import { useElementSize } from '../../lib/useElementSize';
import './charts.css';

/** One main-side export call: one format of some charts, in one style. */
export type ExportChoice = ExportStep & { style: ChartStyle; theme: ChartThemeName };

export interface ChartsPanelProps {
  trace: Trace;
  /** Timeline position, model seconds. */
  timeSec: number;
  onSeek(timeSec: number): void;
  /** A second run overlaid as wide faded lines. */
  compare?: Trace;
  compareLabel?: string;
  caseTitle?: string;
  /** Makes the files of one export call (the caller calls `export.charts`); no menu when absent. */
  onExport?(choice: ExportChoice): Promise<ExportedFile[]>;
  /** Hands finished files to the user: downloads, or the desktop save dialog (the default). */
  deliver?(files: ExportedFile[], zipName: string): Promise<Delivery>;
  /** The panel under the pointer, by its label (null on leaving): the anatomy highlights it. */
  onHoverPanel?(panel: string | null): void;
}

/** Label of the chart panel whose drawn extent holds the pointer's height. */
function panelAt(svg: SVGSVGElement, clientY: number): string | null {
  for (const g of Array.from(svg.querySelectorAll('[data-panel]'))) {
    const r = g.getBoundingClientRect();
    if (clientY >= r.top && clientY <= r.bottom) return g.getAttribute('data-panel');
  }
  return null;
}

const CHART_WIDTH = 720;
/** A presentation-style chart here is this share of its width tall (the page scrolls). */
const PRESENTATION_ASPECT = 0.6;

/** The chart names as the panel shows them (keys of the charts catalog); the drawn charts stay English. */
const CHART_TITLES: Record<ChartName, string> = {
  hormones: 'titles.hormones',
  'milk-stored': 'titles.milkStored',
  'flow-intake': 'titles.flowIntake',
  'milk-fat': 'titles.milkFat',
  synthesis: 'titles.synthesis',
  supply: 'titles.supply',
};

const STYLE_CHOICES: { style: ChartStyle; label: string }[] = [
  { style: 'print', label: 'style.print' },
  { style: 'presentation', label: 'style.presentation' },
];
/** Arrow keys move the timeline by this share of the run. */
const KEY_STEP = 0.01;

/** The export menu; labels are keys of the charts catalog (`formats.*`). */
const EXPORT_CHOICES: ({ label: string } & MenuChoice)[] = [
  { label: 'formats.all', format: 'all' },
  { label: 'formats.svg', format: 'svg' },
  { label: 'formats.pngScreen', format: 'png', pngSize: 'screen' },
  { label: 'formats.png2x', format: 'png', pngSize: '2x' },
  { label: 'formats.pngPrint', format: 'png', pngSize: 'print' },
  { label: 'formats.csv', format: 'csv' },
  { label: 'formats.pdf', format: 'pdf' },
];

function describeDelivery(d: Delivery): string {
  if (d.status === 'cancelled') return tr('charts', 'delivery.cancelled');
  const count = d.status === 'saved' ? d.paths.length : d.count;
  if (d.status === 'saved') return tr('charts', 'delivery.saved', { count });
  return d.zip
    ? tr('charts', 'delivery.downloadedZip', { count, zip: d.zip })
    : tr('charts', 'delivery.downloaded', { count });
}

function defaultCharts(trace: Trace): ChartName[] {
  const long = trace.durationSec > 72 * 3600;
  return long ? ['hormones', 'milk-stored', 'supply'] : ['hormones', 'milk-stored', 'flow-intake'];
}

function formatValue(v: number): string {
  if (!Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  return formatNumber(v, a >= 100 ? 0 : a >= 10 ? 1 : 2);
}

function formatTime(trace: Trace, tSec: number): string {
  const h = tSec / 3600;
  return trace.durationSec > 72 * 3600
    ? tr('charts', 'readout.day', { day: formatNumber(h / 24, 2) })
    : tr('charts', 'readout.hours', { hours: formatNumber(h, 2) });
}

/** The timeline position, model seconds: read only by the cursor lines. */
const TimeContext = createContext(0);

/** The timeline cursor: the only part of a figure that moves every frame while playing. */
function ChartCursor({ built }: { built: ChartBuild }) {
  return <CursorLine built={built} timeSec={use(TimeContext)} />;
}

interface FigureProps {
  chart: ChartName;
  style: ChartStyle;
  theme: ChartThemeName;
  trace: Trace;
  compare: Trace | undefined;
  compareLabel: string | undefined;
  caseTitle: string | undefined;
  hoverSec: number | null;
  onHover(timeSec: number | null): void;
  onSeek(timeSec: number): void;
  /** Moves the timeline by a share of the run (arrow keys). */
  onStep(share: number): void;
  onHoverPanel: ((panel: string | null) => void) | undefined;
}

const ChartFigure = memo(function ChartFigure(p: FigureProps) {
  const { chart, style, theme, trace, compare, compareLabel, caseTitle } = p;
  const { t } = useT('charts');
  const figure = useRef<HTMLElement>(null);
  const box = usePresentationBox(figure, style === 'presentation');
  const words = useChartWords();
  // Print style is drawn at CHART_WIDTH units, scaled to the figure: its lines keep the samples
  // that show at the figure's device pixels (decimate.ts). In a browser the figure is measured
  // before its first paint; a server render (tests) draws every sample.
  const printSize = useElementSize(figure, style === 'print');
  const columnsPerUnit =
    printSize === null
      ? undefined
      : Math.max(1, Math.ceil((window.devicePixelRatio * printSize.width) / CHART_WIDTH));
  const measuring = style === 'print' && printSize === null && typeof window !== 'undefined';
  const built: ChartBuild | null = useMemo(() => {
    const overlay = {
      ...(words !== undefined ? { words } : {}),
      ...(compare !== undefined ? { compare } : {}),
      ...(compareLabel !== undefined ? { compareLabel } : {}),
    };
    if (style === 'print') {
      if (measuring) return null;
      return buildChart(trace, chart, {
        width: CHART_WIDTH,
        panelHeight: 110,
        ...(columnsPerUnit !== undefined ? { columnsPerUnit } : {}),
        ...(caseTitle !== undefined ? { caseTitle } : {}),
        ...overlay,
      });
    }
    if (!box) return null;
    return buildChart(trace, chart, {
      style,
      theme,
      width: box.width,
      height: Math.round(box.width * PRESENTATION_ASPECT),
      fontPx: box.fontPx,
      columnsPerUnit: box.columnsPerUnit,
      ...overlay,
    });
  }, [
    trace,
    chart,
    style,
    theme,
    box,
    compare,
    compareLabel,
    caseTitle,
    measuring,
    columnsPerUnit,
    words,
  ]);
  // A new run redraws only what changed in the chart (its lines, mostly).
  const [drawer] = useState(() => new SvgTreeDrawer());
  const drawing = useMemo(() => built && drawer.draw(built.tree), [built, drawer]);
  const [hoveringHere, setHoveringHere] = useState(false);

  const timeAtPointer = (b: ChartBuild, e: MouseEvent<SVGSVGElement>): number => {
    const rect = e.currentTarget.getBoundingClientRect();
    return b.timeAt(((e.clientX - rect.left) * b.width) / rect.width);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'ArrowLeft') p.onStep(-KEY_STEP);
    else if (e.key === 'ArrowRight') p.onStep(KEY_STEP);
    else return;
    e.preventDefault();
  };

  const hoverX = p.hoverSec === null || !built ? null : built.xAt(p.hoverSec);
  return (
    <figure
      ref={figure}
      className="chart-figure"
      tabIndex={0}
      aria-label={t('figure', { title: t(CHART_TITLES[chart]) })}
      onKeyDown={onKeyDown}
    >
      {built && (
        <svg
          viewBox={`0 0 ${built.width} ${built.height}`}
          className="chart-svg"
          data-style={style}
          role="img"
          aria-label={t(CHART_TITLES[chart])}
          onPointerMove={(e) => {
            setHoveringHere(true);
            p.onHover(timeAtPointer(built, e));
            p.onHoverPanel?.(panelAt(e.currentTarget, e.clientY));
          }}
          onPointerLeave={() => {
            setHoveringHere(false);
            p.onHover(null);
            p.onHoverPanel?.(null);
          }}
          onClick={(e) => p.onSeek(timeAtPointer(built, e))}
        >
          {drawing}
        </svg>
      )}
      {built && (
        <svg
          viewBox={`0 0 ${built.width} ${built.height}`}
          className="chart-cursor-layer"
          aria-hidden="true"
        >
          {hoverX !== null && (
            <line
              x1={hoverX}
              x2={hoverX}
              y1={built.plotTop}
              y2={built.plotBottom}
              stroke={INK.axis}
              strokeWidth={1}
              strokeDasharray="2 2"
            />
          )}
          <ChartCursor built={built} />
        </svg>
      )}
      {built && hoveringHere && p.hoverSec !== null && (
        <div
          className={`chart-readout${(hoverX ?? 0) > built.width * 0.6 ? ' chart-readout-left' : ''}`}
          role="status"
          style={{ left: `${((hoverX ?? 0) / built.width) * 100}%` }}
        >
          <strong>{formatTime(trace, p.hoverSec)}</strong>
          {readOuts(trace, chart, p.hoverSec, makeSay(words)).map((r) => (
            <span key={r.label}>
              {r.label}: {formatValue(r.value)} {r.unit}
            </span>
          ))}
        </div>
      )}
    </figure>
  );
});

export function ChartsPanel(props: ChartsPanelProps) {
  const { trace, onExport } = props;
  const { t } = useT('charts');
  const [shown, setShown] = useState<ChartName[]>(() => defaultCharts(trace));
  const theme = useDocumentTheme();
  // The projector theme shows the presentation style until the user picks one.
  const [pickedStyle, setPickedStyle] = useState<ChartStyle | null>(null);
  const style = pickedStyle ?? (theme === 'projector' ? 'presentation' : 'print');
  // Files keep the print style unless the user asks for the presentation style.
  const [exportStyle, setExportStyle] = useState<ChartStyle>('print');
  const styleName = useId();
  const exportStyleId = useId();
  const [hoverSec, setHoverSec] = useState<number | null>(null);
  const [exportIndex, setExportIndex] = useState(1);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const running = useRef<ExportRun | null>(null);
  const selectId = useId();
  // Arrow keys on a figure step from the latest position; the callback stays the same object so
  // the memoised figures do not re-render as the timeline moves.
  const latest = useRef({
    timeSec: props.timeSec,
    duration: trace.durationSec,
    seek: props.onSeek,
  });
  useEffect(() => {
    latest.current = { timeSec: props.timeSec, duration: trace.durationSec, seek: props.onSeek };
  });
  const step = useCallback((share: number) => {
    const { timeSec, duration, seek } = latest.current;
    seek(Math.min(duration, Math.max(0, timeSec + share * duration)));
  }, []);

  const toggle = (chart: ChartName) =>
    setShown((s) =>
      s.includes(chart)
        ? s.filter((c) => c !== chart)
        : CHART_NAMES.filter((c) => c === chart || s.includes(c)),
    );

  const startExport = async () => {
    const choice = EXPORT_CHOICES[exportIndex];
    if (!onExport || !choice || shown.length === 0 || running.current) return;
    setExportError(null);
    setExportMessage(null);
    const run = runExport(
      planExport(shown, choice),
      (step) => onExport({ ...step, style: exportStyle, theme }),
      (done, total) => setProgress({ done, total }),
    );
    running.current = run;
    try {
      const files = await run.files;
      if (files === null) return;
      setProgress(null);
      const zipName = `${fileStem(props.caseTitle ?? '')}${props.compare ? '-compare' : ''}-charts.zip`;
      const delivered = await (props.deliver ?? deliverFiles)(files, zipName);
      setExportMessage(describeDelivery(delivered));
    } catch (error) {
      setExportError((error as Error).message);
    } finally {
      if (running.current === run) running.current = null;
      setProgress(null);
    }
  };

  const cancelExport = () => {
    running.current?.cancel();
    running.current = null;
    setProgress(null);
    setExportMessage(t('exportCancelled'));
  };

  return (
    <TimeContext value={props.timeSec}>
      <section className="charts-panel" aria-label={t('region')}>
        <div className="charts-toolbar">
          <fieldset className="charts-choice">
            <legend>{t('charts')}</legend>
            {CHART_NAMES.map((chart) => (
              <label key={chart}>
                <input
                  type="checkbox"
                  checked={shown.includes(chart)}
                  onChange={() => toggle(chart)}
                />
                {t(CHART_TITLES[chart])}
              </label>
            ))}
          </fieldset>
          <fieldset className="charts-choice">
            <legend>{t('style.legend')}</legend>
            {STYLE_CHOICES.map((c) => (
              <label key={c.style}>
                <input
                  type="radio"
                  name={styleName}
                  checked={style === c.style}
                  onChange={() => setPickedStyle(c.style)}
                />
                {t(c.label)}
              </label>
            ))}
          </fieldset>
          {onExport && (
            <div className="charts-export">
              <label htmlFor={selectId}>{t('exportAs')}</label>
              <select
                id={selectId}
                value={exportIndex}
                onChange={(e) => setExportIndex(Number(e.target.value))}
              >
                {EXPORT_CHOICES.map((c, i) => (
                  <option key={c.label} value={i}>
                    {t(c.label)}
                  </option>
                ))}
              </select>
              <label htmlFor={exportStyleId}>{t('exportIn')}</label>
              <select
                id={exportStyleId}
                value={exportStyle}
                onChange={(e) => setExportStyle(e.target.value as ChartStyle)}
              >
                <option value="print">{t('exportStyle.print')}</option>
                <option value="presentation">
                  {theme === 'projector'
                    ? t('exportStyle.presentationDark')
                    : t('exportStyle.presentationLight')}
                </option>
              </select>
              <button
                type="button"
                onClick={() => void startExport()}
                disabled={progress !== null || shown.length === 0}
              >
                {t('export')}
              </button>
              {props.compare && (
                <span className="charts-export-note">{t('exportCompareNote')}</span>
              )}
              <ExportProgress
                progress={progress}
                label={t('progress.label')}
                count={(done, total) => t('progress.count', { done, total })}
                cancelLabel={t('progress.cancel')}
                onCancel={cancelExport}
                message={exportMessage}
                error={exportError}
              />
            </div>
          )}
        </div>
        {shown.map((chart) => (
          <ChartFigure
            key={chart}
            chart={chart}
            style={style}
            theme={theme}
            trace={trace}
            compare={props.compare}
            compareLabel={props.compareLabel}
            caseTitle={props.caseTitle}
            hoverSec={hoverSec}
            onHover={setHoverSec}
            onSeek={props.onSeek}
            onHoverPanel={props.onHoverPanel}
            onStep={step}
          />
        ))}
      </section>
    </TimeContext>
  );
}
