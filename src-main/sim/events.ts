// Timeline events: what the renderer marks and narrates. Times rounded to the millisecond so
// traces compare exactly across runs. Milestones fire once, at the step their threshold is
// crossed: placenta delivery, progesterone withdrawal, milk coming in; supply changes between
// feeds. Units: seconds of model time, ng/mL, mL/day.
import type { EngineConfig } from './config';
import { PARAMETERS as P } from './parameters';
import type { EngineState } from './state';
import { totalSupply } from './supply';
import type { EventKind, Side } from './trace';

/** Secretory activation at which milk is said to come in (lactogenesis II). */
const MILK_IN = P.milkInActivation.value;
/** A change of supply the timeline marks: 5 % from the last one marked. */
const SUPPLY_STEP = 0.05;

export function emit(
  st: EngineState,
  atSeconds: number,
  kind: EventKind,
  side?: Side,
  detail?: string,
): void {
  const e: { atSeconds: number; kind: EventKind; side?: Side; detail?: string } = {
    atSeconds: Math.round(atSeconds * 1000) / 1000,
    kind,
  };
  if (side !== undefined) e.side = side;
  if (detail !== undefined) e.detail = detail;
  st.events.push(e);
}

/**
 * Milestones reached by time t (the end of a step). `near` says a session is on or close, when
 * supply is not judged: it moves within a feed and only the change over feeds is marked.
 */
export function milestones(c: EngineConfig, st: EngineState, t: number, near: boolean): void {
  const tot = st.totals;
  if (!tot.placentaDone && t >= c.placentaSec - 1e-9) {
    tot.placentaDone = true;
    emit(
      st,
      t,
      'placentaDelivered',
      undefined,
      c.retainedPlacenta ? 'Retained placenta removed' : undefined,
    );
  }
  if (tot.placentaDone && !tot.withdrawn && st.h.p4 < P.progesteroneInhibitionHalfNgPerMl.value) {
    tot.withdrawn = true;
    emit(st, t, 'progesteroneWithdrawal');
  }
  const act = st.h.act;
  if (!tot.milkIn && act >= MILK_IN) {
    tot.milkIn = true;
    tot.lactogenesisOnsetH = c.startPP + t / 3600;
    emit(st, t, 'milkComesIn');
  }
  if (act >= MILK_IN && !near) {
    const s = totalSupply(st);
    if (s >= tot.supplyEventRef * (1 + SUPPLY_STEP)) {
      emit(st, t, 'supplyUp', undefined, `Supply ${Math.round(s)} mL/day`);
      tot.supplyEventRef = s;
    } else if (s <= tot.supplyEventRef * (1 - SUPPLY_STEP)) {
      emit(st, t, 'supplyDown', undefined, `Supply ${Math.round(s)} mL/day`);
      tot.supplyEventRef = s;
    }
  } else if (act < MILK_IN) tot.supplyEventRef = Math.max(totalSupply(st), 1);
}
