// A trace's events as columns of typed arrays, to cross a thread boundary (the engine worker's
// reply to the page). A structured clone of the ~15,000–17,000 event objects of a 180-day run is
// rebuilt field by field on the receiving thread, the one that draws; columns are transferred,
// not copied, and read back into the same objects in a fraction of that time.
import type { EventKind, Side, SimEvent } from '../sim/trace';

/** Every event kind, in the order of its code. */
const KINDS = [
  'latch',
  'pumpStart',
  'sessionEnd',
  'nerveSignal',
  'prolactinRelease',
  'oxytocinPulse',
  'ejectionStart',
  'ejectionEnd',
  'placentaDelivered',
  'progesteroneWithdrawal',
  'milkComesIn',
  'supplyUp',
  'supplyDown',
] as const satisfies readonly EventKind[];

// A kind added to EventKind but not to KINDS fails to compile here.
const allKinds: Exclude<EventKind, (typeof KINDS)[number]> extends never ? true : never = true;
void allKinds;

const KIND_CODE = new Map<EventKind, number>(KINDS.map((k, i) => [k, i]));
/** Side codes: 0 none. */
const SIDES: readonly (Side | undefined)[] = [undefined, 'left', 'right'];

export interface EventColumns {
  atSeconds: Float64Array;
  /** Index in KINDS. */
  kind: Uint8Array;
  /** 0 none, 1 left, 2 right. */
  side: Uint8Array;
  /** 0 none, else 1 + the index of the text in `details`. */
  detail: Uint32Array;
  /** The distinct detail texts (a few dozen in a long run). */
  details: string[];
}

export function packEvents(events: readonly SimEvent[]): EventColumns {
  const n = events.length;
  const cols: EventColumns = {
    atSeconds: new Float64Array(n),
    kind: new Uint8Array(n),
    side: new Uint8Array(n),
    detail: new Uint32Array(n),
    details: [],
  };
  const detailCode = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const e = events[i] as SimEvent;
    cols.atSeconds[i] = e.atSeconds;
    cols.kind[i] = KIND_CODE.get(e.kind) ?? 0;
    cols.side[i] = e.side === 'left' ? 1 : e.side === 'right' ? 2 : 0;
    if (e.detail !== undefined) {
      let code = detailCode.get(e.detail);
      if (code === undefined) {
        cols.details.push(e.detail);
        code = cols.details.length;
        detailCode.set(e.detail, code);
      }
      cols.detail[i] = code;
    }
  }
  return cols;
}

/** The events again, each with the keys the engine gives it, in its order. */
export function unpackEvents(cols: EventColumns): SimEvent[] {
  const n = cols.atSeconds.length;
  const out = new Array<SimEvent>(n);
  for (let i = 0; i < n; i++) {
    const e: SimEvent = {
      atSeconds: cols.atSeconds[i] as number,
      kind: KINDS[cols.kind[i] as number] as EventKind,
    };
    const side = SIDES[cols.side[i] as number];
    if (side !== undefined) e.side = side;
    const detail = cols.detail[i] as number;
    if (detail !== 0) e.detail = cols.details[detail - 1] as string;
    out[i] = e;
  }
  return out;
}

/** The buffers of the columns, to transfer with them. */
export function eventBuffers(cols: EventColumns): ArrayBuffer[] {
  return [cols.atSeconds, cols.kind, cols.side, cols.detail].map((a) => a.buffer as ArrayBuffer);
}
