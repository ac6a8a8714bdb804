// Close-up of one alveolus: lactocytes round the lumen and the basket of myoepithelial cells.
// Everything here follows the frame model: the lumen fills with stored milk, the lactocytes
// stretch thin when full (synthesis slowing), the myoepithelial cells thicken and squeeze during
// an ejection, and progesterone holds secretion back in pregnancy. Where it stands and the room
// its alveolus has are set by closeUpLayout.ts.
import { memo } from 'react';
import type { FrameModel } from './frameModel';
import { glyphPath } from '../../lib/hormones';
import { ringSector } from './cellShapes';
import { CLOSE_UP, type CloseUpAlveolus } from './closeUpLayout';
const CELLS = 16;
const MYO = 7;

const Frame = memo(function Frame() {
  const { x, y, w, h } = CLOSE_UP;
  return (
    <g className="inset-static">
      <rect className="inset-frame" x={x} y={y} width={w} height={h} rx={18} />
    </g>
  );
});

export function AlveolusCloseUp({
  frame,
  activation,
  alveolus,
}: {
  frame: FrameModel;
  activation: number;
  alveolus: CloseUpAlveolus;
}) {
  const { cx, cy, r } = alveolus;
  const outer = r * frame.alveolusScale;
  // Stretched lactocytes are thinner: from 34 units when empty to 14 when full.
  const thickness = 34 - 20 * frame.fullness;
  const inner = outer - thickness;
  const milkR = inner * Math.sqrt(frame.fullness);
  const making = activation * frame.synthesisFreedom * (frame.progesteroneHold ? 0.15 : 1);
  const squeeze = frame.squeeze;
  return (
    <g className="close-up">
      <Frame />
      <g data-part="ductule" className="close-up-ductule">
        <rect
          className="duct-wall"
          x={cx - 14}
          y={cy + outer - 6}
          width={28}
          height={CLOSE_UP.y + CLOSE_UP.h - (cy + outer) - 6}
        />
        <line
          className="duct-milk"
          x1={cx}
          y1={cy + outer}
          x2={cx}
          y2={CLOSE_UP.y + CLOSE_UP.h - 14}
          style={{ strokeDashoffset: -frame.flowOffset }}
        />
      </g>
      <g
        data-part="alveolus"
        data-fill={frame.fullness.toFixed(2)}
        data-squeeze={squeeze.toFixed(2)}
      >
        <circle className="lumen" cx={cx} cy={cy} r={inner} />
        <circle className="lumen-milk" cx={cx} cy={cy} r={milkR} />
        <g data-part="lactocyte">
          {Array.from({ length: CELLS }, (_, i) => {
            const a0 = (i / CELLS) * Math.PI * 2 + 0.02;
            const a1 = ((i + 1) / CELLS) * Math.PI * 2 - 0.02;
            const mid = (a0 + a1) / 2;
            const dropR = 2 + 6 * making;
            const dr = inner + thickness * 0.45;
            return (
              <g key={i}>
                <path className="lactocyte" d={ringSector(cx, cy, inner, outer, a0, a1)} />
                <circle
                  className="nucleus"
                  cx={cx + (outer - thickness * 0.3) * Math.cos(mid)}
                  cy={cy + (outer - thickness * 0.3) * Math.sin(mid)}
                  r={Math.max(3, thickness * 0.18)}
                />
                <circle
                  className="droplet"
                  cx={cx + dr * Math.cos(mid + 0.08)}
                  cy={cy + dr * Math.sin(mid + 0.08)}
                  r={dropR}
                />
              </g>
            );
          })}
        </g>
        <g data-part="myoepithelial-cell" className={squeeze > 0.05 ? 'myo myo-active' : 'myo'}>
          {Array.from({ length: MYO }, (_, i) => {
            const a = (i / MYO) * Math.PI * 2 + 0.3;
            const x = cx + (outer + 6) * Math.cos(a);
            const y = cy + (outer + 6) * Math.sin(a);
            return (
              <ellipse
                key={i}
                cx={x}
                cy={y}
                rx={outer * 0.42}
                ry={4 + 7 * squeeze}
                transform={`rotate(${(a * 180) / Math.PI + 90} ${x} ${y})`}
              />
            );
          })}
        </g>
        {frame.progesteroneHold &&
          Array.from({ length: 6 }, (_, i) => {
            const a = (i / 6) * Math.PI * 2;
            const x = cx + (outer + 26) * Math.cos(a);
            const y = cy + (outer + 26) * Math.sin(a);
            return (
              <path
                key={i}
                data-hormone="progesterone"
                className="hormone progesterone"
                d={glyphPath('square', 8)}
                transform={`translate(${x} ${y})`}
              />
            );
          })}
      </g>
    </g>
  );
}
