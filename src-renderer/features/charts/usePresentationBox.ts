// The box a presentation-style chart fills and the size of its text. The chart is laid out in the
// box's own CSS pixels, never scaled afterwards, so its text is exactly the size asked for: a
// share of the window's height (presentationFontPx), whatever the screen.
import { useMemo, type RefObject } from 'react';
import { presentationFontPx } from '../../../src-main/charts/chart-theme';
import { useElementSize } from '../../lib/useElementSize';
import { useWindowHeight } from '../../lib/useWindowHeight';

export interface PresentationBox {
  width: number;
  height: number;
  fontPx: number;
  /** Device-pixel columns per unit (the box's CSS pixel), so lines keep what shows (decimate.ts). */
  columnsPerUnit: number;
}

/** The element's box and the chart text size; null until measured (and when off). */
export function usePresentationBox(
  ref: RefObject<HTMLElement | null>,
  enabled = true,
): PresentationBox | null {
  const viewportHeight = useWindowHeight();
  const size = useElementSize(ref, enabled);
  // One object per size, so charts built from it rebuild only when the box or window changes.
  return useMemo(
    () =>
      !size || size.width === 0 || viewportHeight === 0
        ? null
        : {
            ...size,
            fontPx: presentationFontPx(viewportHeight, size.width),
            columnsPerUnit: Math.max(1, Math.ceil(window.devicePixelRatio)),
          },
    [size, viewportHeight],
  );
}
