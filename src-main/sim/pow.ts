// x^n for the small whole exponents of the model's curves: Math.pow is several times slower in
// the hot loop, where these run every step. Unitless.
export function powInt(x: number, n: number): number {
  if (!Number.isInteger(n) || n < 0 || n > 8) return Math.pow(x, n);
  let r = 1;
  for (let i = 0; i < n; i++) r *= x;
  return r;
}
