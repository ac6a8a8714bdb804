// Age-dependent tables: [days after birth, value] pairs, interpolated linearly, held at the ends.
// Units per table. Each table cites where its points come from.

export interface AgeTable {
  unit: string;
  source: string;
  points: readonly (readonly [number, number])[];
}

const KCAL_PER_ML = 0.67; // model.md §7: milk energy 65–70 kcal/dL

export const AGE_TABLES = {
  /**
   * The infant's milk need. Days 0–5: milk transfer as lactation starts (Neville 1988, Am J Clin
   * Nutr 48:1375); 1–6 months ~800 mL/day and flat (Kent 2006; Kent 1999); from 6 months
   * complementary foods take over part of the energy: energy from breast milk 413, 379 and
   * 346 kcal/day at 6–8, 9–11 and 12–23 months (Dewey & Brown 2003, Food Nutr Bull 24:5;
   * PAHO/WHO 2003), divided by 0.67 kcal/mL.
   */
  needMlPerDay: {
    unit: 'mL/day',
    source:
      'Neville 1988 (days 0–5); Kent 2006 (1–6 months); Dewey & Brown 2003 energy from milk at 6–23 months ÷ 0.67 kcal/mL',
    points: [
      [0, 30],
      [1, 60],
      [2, 150],
      [3, 300],
      [4, 450],
      [5, 550],
      [7, 620],
      [14, 700],
      [30, 780],
      [90, 800],
      [183, 800],
      [213, Math.round(413 / KCAL_PER_ML)],
      [304, Math.round(379 / KCAL_PER_ML)],
      [533, Math.round(346 / KCAL_PER_ML)],
    ],
  },
  /**
   * A mother's typical secretory capacity (both breasts, mL/day) by days after birth, used when a
   * scenario gives none: her own, not her baby's. ~500 mL/day as milk comes in (Neville 1988),
   * ~800 mL/day at 1–6 months (Kent 1999: 453.6 ± 201 g per breast; Kent 2006), 2 × 208 g at
   * 15 months (Kent 1999).
   */
  motherSupplyMlPerDay: {
    unit: 'mL/day',
    source: 'Neville 1988 (day 5); Kent 1999 and Kent 2006 (1–6 months); Kent 1999 (15 months)',
    points: [
      [0, 500],
      [30, 800],
      [183, 800],
      [456, 416],
    ],
  },
  /** WHO Child Growth Standards (2006), median weight, mean of girls and boys. */
  medianWeightKg: {
    unit: 'kg',
    source: 'WHO Child Growth Standards 2006, weight-for-age medians (girls and boys averaged)',
    points: [
      [0, 3.3],
      [30, 4.4],
      [61, 5.4],
      [91, 6.1],
      [122, 6.7],
      [183, 7.6],
      [274, 8.6],
      [365, 9.3],
      [548, 10.8],
      [730, 11.9],
    ],
  },
  maxIntakeMlPerMin: {
    unit: 'mL/min',
    source:
      'assumption: milk transfer during an ejection rises with age (Kent 2006: feeds of 76 g in ~10–15 min at 1–6 months)',
    points: [
      [0, 4],
      [3, 8],
      [7, 12],
      [30, 20],
      [90, 24],
      [180, 25],
    ],
  },
  prolactinBaselineNgPerMl: {
    unit: 'ng/mL',
    source: 'Cox 1996: baseline ~119 at 1 month, ~59 at 6 months; ~200 at term',
    points: [
      [0, 200],
      [7, 160],
      [30, 119],
      [90, 85],
      [180, 59],
      [365, 45],
    ],
  },
  /**
   * Release rate while the nipple is stimulated. The 1- and 6-month points are fitted to Cox's
   * peaks (C14, C14b); the others are assumed. Held after 6 months: no peak was measured later.
   */
  prolactinSurgeNgPerMlPerMin: {
    unit: 'ng/mL/min',
    source:
      'calibrated (C14, C14b) to Cox 1996 peaks (~286 at 1 month, ~91 at 6 months), held after 6 months; Noel 1974 measured larger rises (8.5-fold in the first 6 weeks, 6.0-fold at 7–28 weeks)',
    points: [
      [0, 6],
      [7, 8],
      [30, 10],
      [90, 6],
      [180, 1.55],
    ],
  },
} as const satisfies Record<string, AgeTable>;

export function fromTable(table: AgeTable, day: number): number {
  const pts = table.points;
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (first === undefined || last === undefined) return 0;
  if (day <= first[0]) return first[1];
  if (day >= last[0]) return last[1];
  for (let i = 1; i < pts.length; i++) {
    const b = pts[i];
    const a = pts[i - 1];
    if (a !== undefined && b !== undefined && day <= b[0]) {
      return a[1] + ((b[1] - a[1]) * (day - a[0])) / (b[0] - a[0]);
    }
  }
  return last[1];
}
