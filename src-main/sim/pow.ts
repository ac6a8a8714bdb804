// x^n for the small whole exponents of the model's curves. Unitless.

/**
 * x ↦ x^n for each whole n up to 8, multiplied out in the order of a loop `r = 1; r *= x` (the
 * same result bit for bit). Chosen once per curve: in the hot loop Math.pow, or a loop over n,
 * costs several times more than the written-out product.
 */
const POWERS: readonly ((x: number) => number)[] = [
  () => 1,
  (x) => x,
  (x) => x * x,
  (x) => x * x * x,
  (x) => x * x * x * x,
  (x) => x * x * x * x * x,
  (x) => x * x * x * x * x * x,
  (x) => x * x * x * x * x * x * x,
  (x) => x * x * x * x * x * x * x * x,
];

/** The function x ↦ x^n: written out for a whole n from 0 to 8, Math.pow otherwise. */
export function powerOf(n: number): (x: number) => number {
  const f = Number.isInteger(n) ? POWERS[n] : undefined;
  return f ?? ((x) => Math.pow(x, n));
}
