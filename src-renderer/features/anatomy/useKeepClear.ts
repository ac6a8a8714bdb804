// The boxes of what lies over the drawing (the event box, the "Look at:" badge, the zoom buttons),
// in view units, for the labels to keep clear of: measured, since their text and size change.
import { useLayoutEffect, useState, type RefObject } from 'react';
import { VIEW } from './geometry';
import type { Box } from './zoom';

/** Elements over the drawing that labels avoid. */
export const KEEP_CLEAR = '[data-keep-clear], .anatomy-overlay > *';

const same = (a: Box[], b: Box[]) =>
  a.length === b.length &&
  a.every(
    (x, i) =>
      Math.abs(x.x - (b[i] as Box).x) < 0.5 &&
      Math.abs(x.y - (b[i] as Box).y) < 0.5 &&
      Math.abs(x.width - (b[i] as Box).width) < 0.5 &&
      Math.abs(x.height - (b[i] as Box).height) < 0.5,
  );

export function useKeepClear(
  root: RefObject<HTMLElement | null>,
  stage: RefObject<HTMLElement | null>,
  overlay: RefObject<HTMLElement | null>,
): Box[] {
  const [boxes, setBoxes] = useState<Box[]>([]);
  useLayoutEffect(() => {
    const rootEl = root.current;
    const stageEl = stage.current;
    if (!rootEl || !stageEl) return;
    const measure = () => {
      const s = stageEl.getBoundingClientRect();
      if (s.width === 0) return;
      const k = VIEW.width / s.width;
      const next = Array.from(rootEl.querySelectorAll(KEEP_CLEAR))
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r) => ({
          x: (r.left - s.left) * k,
          y: (r.top - s.top) * k,
          width: r.width * k,
          height: r.height * k,
        }));
      setBoxes((prev) => (same(prev, next) ? prev : next));
    };
    const resize = new ResizeObserver(measure);
    const watch = () => {
      resize.observe(stageEl);
      rootEl.querySelectorAll(KEEP_CLEAR).forEach((e) => resize.observe(e));
      measure();
    };
    watch();
    // The overlays come and go and change their words (only they are watched: the drawing itself
    // changes every frame).
    const changes = new MutationObserver(watch);
    if (overlay.current) {
      changes.observe(overlay.current, { childList: true, subtree: true, characterData: true });
    }
    return () => {
      resize.disconnect();
      changes.disconnect();
    };
  }, [root, stage, overlay]);
  return boxes;
}
