// Buttons for the anatomy zoom (wheel, drag, double-click and pinch work on the drawing too;
// keys Z / Shift+Z / 0 from anywhere in the view).
import { memo } from 'react';
import { CELL_ZOOM } from './zoom';

interface Props {
  k: number;
  onZoomIn(): void;
  onZoomOut(): void;
  onReset(): void;
}

export const ZoomControls = memo(function ZoomControls({ k, onZoomIn, onZoomOut, onReset }: Props) {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom of the drawing" data-keep-clear>
      <button type="button" aria-label="Zoom in" title="Zoom in (Z)" onClick={onZoomIn}>
        +
      </button>
      <button type="button" aria-label="Zoom out" title="Zoom out (Shift+Z)" onClick={onZoomOut}>
        −
      </button>
      <button
        type="button"
        aria-label="Fit the whole drawing"
        title="Fit the whole drawing (0)"
        onClick={onReset}
        disabled={k <= 1.001}
      >
        Fit
      </button>
      <span className="zoom-level">
        {k.toFixed(1)}×{k >= CELL_ZOOM && <span className="zoom-cells">cells</span>}
      </span>
    </div>
  );
});
