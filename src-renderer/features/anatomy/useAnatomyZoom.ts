// Zoom and pan of the anatomy drawing. d3-zoom reads wheel, drag, double-click and pinch on the
// stage and computes the transform; React applies it (a transform on each layer's content).
// d3-zoom works in CSS pixels of the stage; the drawing in view units, so the two differ by the
// stage's width over the viewBox width.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import {
  select,
  zoom,
  zoomIdentity,
  zoomTransform,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3';
import { VIEW } from './geometry';
import {
  clampTransform,
  fitBox,
  IDENTITY,
  MAX_ZOOM,
  MIN_ZOOM,
  sameView,
  unionBox,
  type Box,
  type FocusTarget,
  type ViewTransform,
} from './zoom';

const DURATION_MS = 450;

/**
 * A camera shared with other windows (a presentation's audience and presenter): moves made here
 * are reported when they end, and a framing set from outside is moved to without being reported
 * back.
 */
export interface SharedCamera {
  view: ViewTransform | null;
  onMoved(view: ViewTransform): void;
}

export interface AnatomyZoom {
  transform: ViewTransform;
  zoomBy(factor: number): void;
  reset(): void;
  /** Frames a structure: its box, or the drawn elements its selector matches. */
  zoomTo(target: FocusTarget): void;
  /**
   * Runs a move that every window makes alike by itself (a lesson beat's own framing), so its end
   * is not reported as a shared move: reported, it raced a beat change made in the other window
   * and could win, sending both windows back to the beat being left.
   */
  unshared(move: () => void): void;
}

export function useAnatomyZoom(
  stage: RefObject<HTMLDivElement | null>,
  reducedMotion: boolean,
  shared?: SharedCamera,
): AnatomyZoom {
  const [transform, setTransform] = useState<ViewTransform>(IDENTITY);
  // A move set from outside is under way: its end is not reported back.
  const fromOutside = useRef(false);
  const onMoved = useRef(shared?.onMoved);
  useEffect(() => {
    onMoved.current = shared?.onMoved;
  }, [shared?.onMoved]);
  const behaviour = useMemo<ZoomBehavior<HTMLDivElement, unknown>>(
    () =>
      zoom<HTMLDivElement, unknown>()
        .scaleExtent([MIN_ZOOM, MAX_ZOOM])
        .constrain((t, extent) => {
          const c = clampTransform(t, extent[1][0], extent[1][1]);
          return zoomIdentity.translate(c.x, c.y).scale(c.k);
        }),
    [],
  );
  useEffect(() => {
    const el = stage.current;
    if (!el) return;
    const selection = select(el);
    const inView = (t: ZoomTransform): ViewTransform => {
      const s = VIEW.width / Math.max(1, el.clientWidth);
      return { k: t.k, x: t.x * s, y: t.y * s };
    };
    behaviour.on('zoom', (e: D3ZoomEvent<HTMLDivElement, unknown>) => {
      setTransform(inView(e.transform));
    });
    behaviour.on('end', (e: D3ZoomEvent<HTMLDivElement, unknown>) => {
      if (fromOutside.current) fromOutside.current = false;
      else onMoved.current?.(inView(e.transform));
    });
    selection.call(behaviour);
    return () => {
      // Unhooked first: an animation cut short here ends with an 'end' event, which must not
      // report a move for a drawing that is going away (its presentation may be closed).
      behaviour.on('zoom', null).on('end', null);
      selection.interrupt().on('.zoom', null);
    };
  }, [behaviour, stage]);

  // Programmatic moves animate unless the user asked for less motion.
  const motion = useRef(reducedMotion);
  useEffect(() => {
    motion.current = reducedMotion;
    // d3-zoom's own double-click zoom animates too; under reduced motion it jumps.
    behaviour.duration(reducedMotion ? 0 : 250);
  }, [reducedMotion, behaviour]);
  // The moves read the refs only when called (from events and effects), never while rendering.
  // eslint-disable-next-line react-hooks/refs
  const moves = useMemo(() => cameraMoves(stage, behaviour, motion), [stage, behaviour]);

  // Follow the shared framing when it differs from what this window shows.
  const view = shared?.view ?? null;
  useEffect(() => {
    const el = stage.current;
    if (!el || view === null) return;
    const s = VIEW.width / Math.max(1, el.clientWidth);
    const now = zoomTransform(el);
    if (sameView({ k: now.k, x: now.x * s, y: now.y * s }, view)) return;
    fromOutside.current = true;
    moves.moveTo(() => zoomIdentity.translate(view.x / s, view.y / s).scale(view.k));
  }, [view, stage, moves]);
  const unshared = useCallback((move: () => void) => {
    fromOutside.current = true;
    move();
  }, []);
  return {
    transform,
    zoomBy: moves.zoomBy,
    reset: moves.reset,
    zoomTo: moves.zoomTo,
    unshared,
  };
}

/** The programmatic moves, built once per stage (stable for effects that depend on them). */
function cameraMoves(
  stage: RefObject<HTMLDivElement | null>,
  behaviour: ZoomBehavior<HTMLDivElement, unknown>,
  reducedMotion: RefObject<boolean>,
): Omit<AnatomyZoom, 'transform' | 'unshared'> & {
  moveTo(to: (current: ZoomTransform, el: HTMLDivElement) => ZoomTransform): void;
} {
  const moveTo = (to: (current: ZoomTransform, el: HTMLDivElement) => ZoomTransform) => {
    const el = stage.current;
    if (!el) return;
    const selection = select(el).interrupt();
    const target = to(zoomTransform(el), el);
    if (reducedMotion.current) behaviour.transform(selection, target);
    else behaviour.transform(selection.transition().duration(DURATION_MS), target);
  };
  return {
    moveTo,
    zoomBy: (factor) =>
      moveTo((t, el) => {
        // About the middle of the stage, as d3-zoom's scaleBy does.
        const cx = el.clientWidth / 2;
        const cy = el.clientHeight / 2;
        const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, t.k * factor));
        const x = cx - ((cx - t.x) * k) / t.k;
        const y = cy - ((cy - t.y) * k) / t.k;
        return zoomIdentity.translate(x, y).scale(k);
      }),
    reset: () => moveTo(() => zoomIdentity),
    zoomTo: (target) =>
      moveTo((current, el) => {
        const box = 'box' in target ? target.box : unionBox(elementBoxes(el, target));
        if (!box) return current;
        const t = fitBox(box, target.zoom);
        const s = VIEW.width / Math.max(1, el.clientWidth);
        return zoomIdentity.translate(t.x / s, t.y / s).scale(t.k);
      }),
  };
}

/** View-unit boxes of the drawn elements a selector matches (all of them, or the first). */
function elementBoxes(
  el: HTMLElement,
  { selector, single }: { selector: string; single: boolean },
) {
  const found = single
    ? [el.querySelector(selector)].filter((e) => e !== null)
    : Array.from(el.querySelectorAll(selector));
  return found
    .filter((e): e is SVGGraphicsElement => e instanceof SVGGraphicsElement)
    .map((e): Box => e.getBBox());
}
