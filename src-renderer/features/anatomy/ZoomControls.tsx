// Buttons for the anatomy zoom (wheel, drag, double-click and pinch work on the drawing too;
// keys Z / Shift+Z / 0 from anywhere in the view).
import { memo } from 'react';
import { useT } from '../../app/i18n';
import { formatNumber } from '../../lib/format';
import { CELL_ZOOM } from './zoom';

interface Props {
  k: number;
  onZoomIn(): void;
  onZoomOut(): void;
  onReset(): void;
}

export const ZoomControls = memo(function ZoomControls({ k, onZoomIn, onZoomOut, onReset }: Props) {
  const { t } = useT('anatomy');
  return (
    <div className="zoom-controls" role="group" aria-label={t('zoom.region')} data-keep-clear>
      <button type="button" aria-label={t('zoom.in')} title={t('zoom.inKey')} onClick={onZoomIn}>
        +
      </button>
      <button type="button" aria-label={t('zoom.out')} title={t('zoom.outKey')} onClick={onZoomOut}>
        −
      </button>
      <button
        type="button"
        aria-label={t('zoom.fitAll')}
        title={t('zoom.fitAllKey')}
        onClick={onReset}
        disabled={k <= 1.001}
      >
        {t('zoom.fit')}
      </button>
      <span className="zoom-level">
        {formatNumber(k, 1)}×
        {k >= CELL_ZOOM && <span className="zoom-cells">{t('zoom.cells')}</span>}
      </span>
    </div>
  );
});
