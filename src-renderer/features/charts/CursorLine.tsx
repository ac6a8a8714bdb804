// The timeline cursor across a chart's panels, in the chart's own SVG units: on screen beside the
// animation and in lesson beats alike. One stroke per plot, so it never crosses a panel's label.
import type { ChartBuild } from '../../../src-main/charts/build-chart';

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
    <path
      className="chart-cursor"
      d={built.plotRows.map(([top, bottom]) => `M${x},${top}V${bottom}`).join('')}
      fill="none"
      stroke={built.cursorColor}
      strokeWidth={strokeWidth}
      pointerEvents="none"
    />
  );
}
