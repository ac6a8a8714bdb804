// The grade bands of a % difference from the central literature value, shared by the command
// line's table and the Validation screen so both print a difference the way its grade reads.

/** A difference up to this far off (%) is green; up to YELLOW_MAX_PCT yellow; beyond it red. */
export const GREEN_MAX_PCT = 10;
export const YELLOW_MAX_PCT = 30;

export type Verdict = 'green' | 'yellow' | 'red';

export function verdictOf(pct: number): Verdict {
  const a = Math.abs(pct);
  return a <= GREEN_MAX_PCT ? 'green' : a <= YELLOW_MAX_PCT ? 'yellow' : 'red';
}

/**
 * Decimals to print a difference with: whole per cent, but one decimal where rounding would land
 * on a band's edge, so that 30.1 % (red) is not shown as "30 %" beside "more than 30 % off".
 */
export function differenceDigits(pct: number): 0 | 1 {
  const a = Math.abs(pct);
  const shown = Math.round(a);
  return (shown === GREEN_MAX_PCT || shown === YELLOW_MAX_PCT) && a !== shown ? 1 : 0;
}

/** The sign printed before a difference: none where it rounds to zero ("0 %", never "−0 %"). */
export function differenceSign(pct: number): '+' | '-' | '' {
  if (Number(Math.abs(pct).toFixed(differenceDigits(pct))) === 0) return '';
  return pct > 0 ? '+' : '-';
}
