// Thins a line to what a screen can show: a run holds thousands of samples but a chart is a few
// hundred pixels wide. In each pixel column only four samples can matter to the drawn line: the
// first (where the line comes in), the lowest and the highest (the column's vertical extent, so a
// peak one sample wide stays), and the last (where it leaves). Keeping those, in time order, draws
// the same pixels; a sample that is not a number (a gap in the line) is kept as it is.
// Units: x in SVG units; `columnsPerUnit` device pixels per SVG unit.

/**
 * The indices in [first, last] that draw the same line as all of them, at `columnsPerUnit`
 * columns per unit of x: per column its first, lowest, highest and last sample, in order.
 */
export function decimateIndices(
  xs: ArrayLike<number>,
  values: ArrayLike<number>,
  first: number,
  last: number,
  columnsPerUnit: number,
): number[] {
  const out: number[] = [];
  let column = Number.NaN;
  // The current column's first, lowest, highest and last sample; -1 when no column is open.
  let a = -1;
  let lo = -1;
  let hi = -1;
  let z = -1;
  const flush = () => {
    if (a < 0) return;
    out.push(a);
    const low = Math.min(lo, hi);
    const high = Math.max(lo, hi);
    if (low > a) out.push(low);
    if (high > low && high > a) out.push(high);
    if (z > high && z > a) out.push(z);
    a = -1;
  };
  for (let i = first; i <= last; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) {
      flush();
      out.push(i);
      column = Number.NaN;
      continue;
    }
    const c = Math.floor((xs[i] as number) * columnsPerUnit);
    if (c !== column) {
      flush();
      column = c;
      a = lo = hi = z = i;
      continue;
    }
    if (v < (values[lo] as number)) lo = i;
    if (v > (values[hi] as number)) hi = i;
    z = i;
  }
  flush();
  return out;
}
