// How each quantity shown to a clinician is rounded, in one place: the drawing's close-up, its
// text description, the readouts, the fork table and the PDF report round with these rules, so
// two places never show one moment's value as "17 %" and "15 %". Each place formats the rounded
// value in its reader's language with the digits given here.

/** Fullness (stored milk / capacity, 0..1) as a whole percent in steps of 5: finer steps would
 * change the drawing's description on nearly every frame and claim a precision the model lacks. */
export function fullnessPercent(fraction: number): number {
  return Math.round(Math.min(1, Math.max(0, fraction)) * 20) * 5;
}

/** Decimals of a milk flow in mL/min: "0.3 mL/min" is a real trickle, not "0". */
export const FLOW_DIGITS = 1;

/** A flow as shown (to 0.1 mL/min). */
export function roundFlow(mlPerMin: number): number {
  return Math.round(mlPerMin * 10 ** FLOW_DIGITS) / 10 ** FLOW_DIGITS;
}

/** Milk is said to flow when its shown flow is above zero, so no text says "about 0 mL/min". */
export function isFlowing(mlPerMin: number): boolean {
  return roundFlow(mlPerMin) > 0;
}

/** Decimals of a volume, rate or concentration in tables: whole units from 100, else one. */
export function tableDigits(value: number): number {
  return Math.abs(value) >= 100 ? 0 : 1;
}
