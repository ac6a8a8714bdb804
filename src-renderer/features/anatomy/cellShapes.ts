// Shapes shared by the alveolus close-up and the zoomed section's cells.

/** A ring sector (one lactocyte round a lumen): radii r0 < r1, angles a0 < a1 in radians. */
export function ringSector(
  cx: number,
  cy: number,
  r0: number,
  r1: number,
  a0: number,
  a1: number,
): string {
  const p = (r: number, a: number) => `${cx + r * Math.cos(a)},${cy + r * Math.sin(a)}`;
  return `M${p(r0, a0)}L${p(r1, a0)}A${r1},${r1} 0 0,1 ${p(r1, a1)}L${p(r0, a1)}A${r0},${r0} 0 0,0 ${p(r0, a0)}Z`;
}

/** Where the myoepithelial cells sit round a section alveolus: four, at these angles (radians). */
export const MYO_ANGLES: readonly number[] = Array.from(
  { length: 4 },
  (_, i) => (i / 4) * Math.PI * 2 + 0.4,
);
