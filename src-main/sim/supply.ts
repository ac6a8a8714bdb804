// Supply now: what both breasts would make a day at their set point, with the secretory
// activation, permissive prolactin and contraception in force. Units: mL/day; factors 0..1.
import { supplyPerDay } from './breasts';
import type { EngineState } from './state';

/** Activation × permissive prolactin × contraception: the share of capacity the lactocytes use. */
export function synthFactor(st: EngineState): number {
  return st.h.act * st.h.hPerm * st.h.contra;
}

export function totalSupply(st: EngineState): number {
  const f = synthFactor(st);
  return supplyPerDay(st.breasts[0], f) + supplyPerDay(st.breasts[1], f);
}
