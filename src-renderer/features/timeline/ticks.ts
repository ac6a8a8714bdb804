// Axis ticks on whole units of time (seconds, minutes, hours, days) rather than d3's decimal
// steps, which would give ticks such as 2:46:40 on a day-long axis.

const STEPS_SEC = [
  1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800,
  604800,
];

export function timeTicks(start: number, end: number, maxCount: number): number[] {
  const span = Math.max(1, end - start);
  const step = STEPS_SEC.find((s) => span / s <= maxCount) ?? STEPS_SEC[STEPS_SEC.length - 1]!;
  const ticks: number[] = [];
  for (let t = Math.ceil(start / step) * step; t <= end; t += step) ticks.push(t);
  return ticks;
}

/** Text anchor for a label at `px` on an axis `width` wide, so labels near an end are not cut. */
export function edgeAnchor(px: number, width: number, margin = 60): 'start' | 'middle' | 'end' {
  if (px < margin) return 'start';
  if (px > width - margin) return 'end';
  return 'middle';
}
