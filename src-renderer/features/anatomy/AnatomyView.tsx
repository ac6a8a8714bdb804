// The main drawing: breast section, brain inset, nerve and bloodstream, particles, close-up.
// One render per frame from the frame model; static shapes are memoised per layout. Zoomable:
// past CELL_ZOOM the alveoli on screen show their lactocytes and myoepithelial cells.
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  type CSSProperties,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useT } from '../../app/i18n';
import { useDocumentTheme } from '../../app/useDocumentTheme';
import { formatNumber } from '../../lib/format';
import { useElementSize } from '../../lib/useElementSize';
import { useWindowHeight } from '../../lib/useWindowHeight';
import { AlveolarCells } from './AlveolarCells';
import { CUT_ALVEOLUS_SCALE } from './alveolusPaths';
import { AlveolusCloseUp } from './AlveolusCloseUp';
import { brainOnScreen, CLOSE_UP, closeUpAlveolus, placeCloseUp } from './closeUpLayout';
import { BrainGlow, BrainInset } from './BrainInset';
import { DuctMilk, DuctsAndSurface, Lobes, Tissue } from './BreastSection';
import type { AnatomyFrame } from './useAnatomyFrame';
import { VIEW, type Layout } from './geometry';
import { HormoneParticles, type Schedules } from './HormoneParticles';
import { labelFontUnits, placeLabels } from './labelPlacement';
import {
  brainLabels,
  cellLabels,
  closeUpLabels,
  closeUpWords,
  sectionLabels,
  type LabelKind,
} from './labels';
import { PlacedLabels } from './PlacedLabels';
import { useKeepClear } from './useKeepClear';
import type { ChartLink } from './chartLinks';
import { useAnatomyZoom, type SharedCamera } from './useAnatomyZoom';
import { allAlveoli, CELL_ZOOM, detailedAlveoli, focusTarget, ZOOM_STEP } from './zoom';
import { ZoomControls } from './ZoomControls';
import './anatomy.css';

/**
 * A request to move the camera; each new object is acted on once. `part` is a data-part name
 * (e.g. "alveolus", "duct", "pituitary"): the view frames that structure (cell-level parts
 * land past the zoom at which cells are drawn).
 */
export type ZoomRequest = { part: string } | { by: number } | { reset: true };

interface Props {
  layout: Layout;
  /** The moment to draw: frame model, hormone release and what the case's conditions change. */
  frame: AnatomyFrame;
  schedules: Schedules;
  reducedMotion: boolean;
  /** Structure highlighted because it is focused or selected in the list. */
  highlight: string | null;
  onSelect: (termId: string) => void;
  /** Id of the text equivalent of what the drawing shows at this moment. */
  descriptionId: string;
  zoomRequest: ZoomRequest | null;
  /** What a hovered chart curve acts on: outlined in the drawing and said in words. */
  link: ChartLink | null;
  /** Boxes shown over the drawing (the event box, a "Look at:" badge): labels keep clear of them. */
  overlay?: ReactNode;
  /** Zoom and pan kept in step with another window (a presentation's two views). */
  camera?: SharedCamera;
}

const Vessels = memo(function Vessels({ layout }: { layout: Layout }) {
  return (
    <g>
      <path data-part="bloodstream" className="blood" d={layout.bloodD} />
      <path data-part="nerve" className="nerve" d={layout.nerveD} />
    </g>
  );
});

/** Which glossary entry a clicked drawn element belongs to. */
function termOf(target: EventTarget): string | null {
  if (!(target instanceof Element)) return null;
  const el = target.closest('[data-hormone],[data-part]');
  if (!el) return null;
  const part = el.getAttribute('data-hormone') ?? el.getAttribute('data-part');
  if (part === 'ductule') return 'duct';
  return part;
}

/**
 * Two stacked SVGs with one viewBox, each its own compositing layer. The lower one holds what
 * changes rarely (tissue, lobes whose alveoli swell and fill in steps, ducts), the upper one what
 * moves every frame (milk in the ducts, nerve impulses, particles, gland glow, the close-up), so
 * a moving particle repaints only the upper layer. (Four layers, one per kind, measured slower:
 * with software compositing every layer costs a blend per frame.) The labels are last on the
 * upper layer: milk and particles pass under a name, never over it.
 */
export function AnatomyView(props: Props) {
  const { layout, zoomRequest } = props;
  const { t: say, i18n } = useT('anatomy');
  const { model: frame, cut, release, sheehanSeverity } = props.frame;
  const root = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const overlay = useRef<HTMLDivElement>(null);
  const zoom = useAnatomyZoom(stage, props.reducedMotion, props.camera);
  const t = zoom.transform;
  // Labels are placed on screen for the zoom, the drawing's size and what lies over it.
  const stageWidth = useElementSize(stage)?.width ?? VIEW.width;
  const windowHeight = useWindowHeight();
  // Presented (the projector theme), every word is sized for the back of the room.
  const backRow = useDocumentTheme() === 'projector';
  const keepOut = useKeepClear(root, stage, overlay);
  const fontUnits = useCallback(
    (kind: LabelKind) => labelFontUnits(kind, stageWidth, windowHeight, backRow),
    [stageWidth, windowHeight, backRow],
  );
  const words = useMemo(
    () => closeUpWords(fontUnits),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- closeUpWords reads the language itself
    [fontUnits, i18n.language],
  );
  const alveolus = useMemo(() => closeUpAlveolus(words), [words]);
  // The close-up keeps its size on screen and is shown whole or not at all; names keep off it.
  const closeUpShift = useMemo(() => placeCloseUp(t), [t]);
  const namesKeepOut = useMemo(
    () =>
      closeUpShift
        ? [
            ...keepOut,
            {
              x: CLOSE_UP.x + closeUpShift[0],
              y: CLOSE_UP.y + closeUpShift[1],
              width: CLOSE_UP.w,
              height: CLOSE_UP.h,
            },
          ]
        : keepOut,
    [keepOut, closeUpShift],
  );
  // The names are in the interface language: placed anew when it changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- sectionLabels reads the language itself
  const names = useMemo(() => sectionLabels(layout), [layout, i18n.language]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- brainLabels reads the language itself
  const brainNames = useMemo(() => brainLabels(), [i18n.language]);
  const alveoli = useMemo(() => allAlveoli(layout), [layout]);
  const detailed = useMemo(() => detailedAlveoli(alveoli, t), [alveoli, t]);
  // Zoomed to cells, what fills the screen is named first: it wins a contested spot.
  const alveolusScale = frame.sectionAlveolusScale;
  const cells = useMemo(
    () =>
      cellLabels(layout, t, detailed, (a) =>
        cut.has(a.lobe) ? CUT_ALVEOLUS_SCALE : alveolusScale,
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- cellLabels reads the language itself
    [layout, t, detailed, cut, alveolusScale, i18n.language],
  );
  // The brain's names stand inside its inset, the others outside: zoomed, names keep their size
  // on screen while the inset grows, and one from outside would run across its frame.
  const placedNames = useMemo(() => {
    const inBrain = placeLabels(brainNames, t, fontUnits, namesKeepOut);
    const outside = placeLabels([...cells, ...names], t, fontUnits, [
      ...namesKeepOut,
      brainOnScreen(t),
      ...inBrain.map((p) => p.box),
    ]);
    return [...outside, ...inBrain];
  }, [cells, names, brainNames, t, fontUnits, namesKeepOut]);
  // The close-up's words change with the trace; placed as the close-up is, they yield to the rest.
  const placedCloseUp = closeUpShift
    ? placeLabels(
        closeUpLabels(frame, words),
        { k: 1, x: closeUpShift[0], y: closeUpShift[1] },
        fontUnits,
        [...keepOut, ...placedNames.map((p) => p.box)],
      )
    : [];

  const { zoomBy, reset, zoomTo, unshared } = zoom;
  const zoomIn = useCallback(() => zoomBy(ZOOM_STEP), [zoomBy]);
  const zoomOut = useCallback(() => zoomBy(1 / ZOOM_STEP), [zoomBy]);
  useEffect(() => {
    if (!zoomRequest) return;
    // A request is the view's own (in a presentation, the beat's framing, which both windows
    // make alike): it is not shared as if the presenter had moved the drawing.
    unshared(() => {
      if ('reset' in zoomRequest) reset();
      else if ('by' in zoomRequest) zoomBy(zoomRequest.by);
      else zoomTo(focusTarget(zoomRequest.part, layout, cut));
    });
    // Layout and cut are read at request time; a new layout does not replay the request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [zoomRequest, reset, zoomBy, zoomTo, unshared]);

  const dynamicVars = {
    '--flow-offset': `${(-frame.flowOffset).toFixed(1)}px`,
    '--duct-milk': frame.ductMilk.toFixed(3),
    '--nerve': frame.nerve.toFixed(3),
    '--nerve-offset': `${(-frame.nerveOffset).toFixed(1)}px`,
  } as CSSProperties;
  const onClick = (e: MouseEvent) => {
    const term = termOf(e.target);
    if (term) props.onSelect(term);
  };
  const viewBox = `0 0 ${VIEW.width} ${VIEW.height}`;
  const camera = `translate(${t.x.toFixed(2)} ${t.y.toFixed(2)}) scale(${t.k.toFixed(4)})`;
  const fill = Math.round(frame.fullness * 100) / 100;
  return (
    <div className="anatomy-view" ref={root}>
      <div
        ref={stage}
        className="anatomy-stage"
        role="img"
        aria-label={say(
          t.k <= 1.01
            ? 'drawing.name'
            : t.k >= CELL_ZOOM
              ? 'drawing.zoomedCells'
              : 'drawing.zoomed',
          {
            mode: say(`drawing.mode.${layout.mode}`),
            side: say(`drawing.side.${frame.side}`),
            zoom: formatNumber(t.k, 1),
          },
        )}
        aria-describedby={props.descriptionId}
        data-mode={layout.mode}
        data-zoom={t.k.toFixed(2)}
        data-highlight={props.highlight ?? undefined}
        data-link={props.link?.parts.join(' ')}
        onClick={onClick}
      >
        <svg className="anatomy-static" viewBox={viewBox}>
          <g transform={camera}>
            <Tissue layout={layout} />
            <Lobes
              layout={layout}
              cut={cut}
              fill={fill}
              alveolusScale={frame.sectionAlveolusScale}
              milkScale={frame.sectionMilkScale}
            />
            <AlveolarCells
              alveoli={detailed}
              scale={frame.sectionAlveolusScale}
              fill={Math.round(frame.fullness * 50) / 50}
              squeeze={Math.round(frame.squeeze * 3) / 3}
              cut={cut}
            />
            <DuctsAndSurface layout={layout} cut={cut} />
            <BrainInset sheehanSeverity={sheehanSeverity} />
            <Vessels layout={layout} />
          </g>
        </svg>
        <svg className="anatomy-dynamic" viewBox={viewBox} style={dynamicVars}>
          <g transform={camera}>
            <DuctMilk layout={layout} cut={cut} />
            <path
              className="nerve-impulse"
              d={layout.nerveD}
              data-active={frame.nerve > 0.02 || undefined}
            />
            <BrainGlow
              nerve={frame.nerve}
              prolactinRelease={release.prolactin}
              oxytocinRelease={release.oxytocin}
            />
            <HormoneParticles
              layout={layout}
              schedules={props.schedules}
              t={frame.t}
              reducedMotion={props.reducedMotion}
              zoom={Math.round(t.k * 4) / 4}
            />
          </g>
          {closeUpShift && (
            <g transform={`translate(${closeUpShift[0].toFixed(2)} ${closeUpShift[1].toFixed(2)})`}>
              <AlveolusCloseUp
                frame={frame}
                activation={frame.values.secretoryActivation}
                alveolus={alveolus}
              />
            </g>
          )}
          <PlacedLabels labels={placedNames} />
          <g className="close-up-labels">
            <PlacedLabels labels={placedCloseUp} />
          </g>
        </svg>
      </div>
      <div className="anatomy-overlay" ref={overlay}>
        {props.overlay}
      </div>
      {props.link && (
        <p className="anatomy-link" data-testid="anatomy-link">
          {props.link.text}
        </p>
      )}
      <ZoomControls k={t.k} onZoomIn={zoomIn} onZoomOut={zoomOut} onReset={reset} />
    </div>
  );
}
