// The drawing's labels as placed for the current zoom (labelPlacement.ts), drawn in view units
// outside the zoomed layer, so they keep their size on screen.
import { memo } from 'react';
// The words in Inter, the font an exported drawing outlines them in (src-main/export/drawing.ts),
// so the file shows them as the screen does; the same two weights as the charts.
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import { FONT_FAMILY } from '../../../src-main/charts/palette';
import type { PlacedLabel } from './labelPlacement';
import type { LabelKind } from './labels';

const CLASS: Record<LabelKind, string> = {
  name: 'label',
  small: 'label small',
  cell: 'label small',
  title: 'label inset-title',
  status: 'label status',
  state: 'label small',
};

export const PlacedLabels = memo(function PlacedLabels({ labels }: { labels: PlacedLabel[] }) {
  return (
    <g className="labels" aria-hidden="true" fontFamily={FONT_FAMILY}>
      {labels.map((l) => (
        <g key={l.text} data-label={l.kind}>
          {l.leader && (
            <line
              className="leader"
              x1={l.leader[0][0]}
              y1={l.leader[0][1]}
              x2={l.leader[1][0]}
              y2={l.leader[1][1]}
            />
          )}
          <text className={CLASS[l.kind]} x={l.x} y={l.y} fontSize={l.fontUnits}>
            {l.text}
          </text>
        </g>
      ))}
    </g>
  );
});
