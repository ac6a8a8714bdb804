// Timeline events: what the renderer marks and narrates. Times rounded to the millisecond so
// traces compare exactly across runs.
import type { EngineState } from './state';
import type { EventKind, Side } from './trace';

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
