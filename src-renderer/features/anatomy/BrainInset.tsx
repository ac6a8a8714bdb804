// The brain inset: hypothalamus and the two lobes of the pituitary, drawn once (BrainInset), and
// their glow on the dynamic layer (BrainGlow): each pituitary lobe in proportion to how fast it is
// releasing (from the trace), the hypothalamus with the nerve signal.
import { memo } from 'react';

export const BRAIN = {
  frame: { x: 1080, y: 20, w: 500, h: 430 },
  hypothalamus: [1318, 285] as const,
  anterior: [1300, 364] as const,
  posterior: [1340, 364] as const,
} as const;

const Outline = memo(function Outline() {
  const { frame } = BRAIN;
  return (
    <g className="inset-static">
      <rect
        className="inset-frame"
        x={frame.x}
        y={frame.y}
        width={frame.w}
        height={frame.h}
        rx={18}
      />
      <path
        className="brain"
        d="M1150,250 C1130,160 1200,80 1310,78 C1420,74 1530,120 1545,210 C1558,280 1510,318 1450,312 C1420,310 1400,300 1370,296 C1340,300 1320,300 1290,298 C1230,296 1160,300 1150,250 Z"
      />
      <path
        className="brainstem"
        d="M1400,300 C1410,340 1415,380 1420,440 L1460,440 C1452,380 1445,330 1440,302 Z"
      />
      <path
        className="cerebellum"
        d="M1450,312 C1500,312 1540,330 1530,370 C1515,400 1470,392 1448,360 Z"
      />
      <line className="stalk" x1={1318} y1={298} x2={1318} y2={346} />
    </g>
  );
});

interface GlowProps {
  /** 0..1: how active the hypothalamus is (the nerve signal). */
  nerve: number;
  /** 0..1 glow of each pituitary lobe (release rate relative to its peak). */
  prolactinRelease: number;
  oxytocinRelease: number;
}

export function BrainGlow({ nerve, prolactinRelease, oxytocinRelease }: GlowProps) {
  const [hx, hy] = BRAIN.hypothalamus;
  const [ax, ay] = BRAIN.anterior;
  const [px, py] = BRAIN.posterior;
  return (
    <g className="brain-glow" data-prolactin-release={prolactinRelease.toFixed(2)}>
      <ellipse className="glow-nerve" cx={hx} cy={hy} rx={34} ry={20} fillOpacity={nerve} />
      <ellipse
        className="glow-prolactin"
        cx={ax}
        cy={ay}
        rx={22}
        ry={18}
        fillOpacity={prolactinRelease}
      />
      <ellipse
        className="glow-oxytocin"
        cx={px}
        cy={py}
        rx={17}
        ry={15}
        fillOpacity={oxytocinRelease}
      />
    </g>
  );
}

export const BrainInset = memo(function BrainInset({
  sheehanSeverity,
}: {
  sheehanSeverity: number;
}) {
  const [hx, hy] = BRAIN.hypothalamus;
  const [ax, ay] = BRAIN.anterior;
  const [px, py] = BRAIN.posterior;
  return (
    <g className="brain-inset">
      <Outline />
      <g data-part="hypothalamus">
        <ellipse className="hypothalamus" cx={hx} cy={hy} rx={34} ry={20} />
      </g>
      <g data-part="pituitary" data-lobe-name="anterior">
        <ellipse
          className={sheehanSeverity > 0 ? 'pituitary pituitary-damaged' : 'pituitary'}
          cx={ax}
          cy={ay}
          rx={22}
          ry={18}
        />
      </g>
      <g data-part="pituitary" data-lobe-name="posterior">
        <ellipse className="pituitary posterior" cx={px} cy={py} rx={17} ry={15} />
      </g>
    </g>
  );
});
