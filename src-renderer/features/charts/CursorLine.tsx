// The timeline cursor across a chart's panels, in the chart's own SVG units: on screen beside the
// animation and in lesson beats alike.
import type { ChartBuild } from '../../../src-main/charts/build-chart';
import { INK } from '../../../src-main/charts/palette';

export function CursorLine({
  built,
  timeSec,
  strokeWidth = 1.5,
}: {
  built: ChartBuild;
  timeSec: number;
  strokeWidth?: number;
}) {
  const x = built.xAt(timeSec);
  return (
    <line
      className="chart-cursor"
      x1={x}
      x2={x}
      y1={built.plotTop - 6}
      y2={built.plotBottom}
      stroke={INK.cursor}
      strokeWidth={strokeWidth}
      pointerEvents="none"
    />
  );
}
