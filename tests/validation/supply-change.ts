// What a claim about supply asserts: between two moments it fell or rose by at least 10 %, or
// stayed within 10 %. Shared by the claims of lessons, cases and lesson beats.

/** Supply (mL/day) at two moments of a run. */
export type Supply = readonly [from: number, to: number];

/** True when supply did what the claim says; else what it did. */
export function supplyChange(
  [from, to]: Supply,
  claim: 'falls' | 'rises' | 'steady',
): string | true {
  const shown =
    claim === 'falls'
      ? to <= from * 0.9
      : claim === 'rises'
        ? to >= from * 1.1
        : Math.abs(to / from - 1) < 0.1;
  return shown || `supply ${from.toFixed(0)} → ${to.toFixed(0)} mL/day`;
}
