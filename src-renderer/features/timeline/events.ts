// Timeline events: their labels, which get a marker label, how the live region narrates them,
// and stepping to the previous/next one. Pure; times are model seconds.
import type { EventKind, SimEvent } from '../../../src-main/sim/trace';

export const EVENT_LABELS: Record<EventKind, string> = {
  latch: 'Latch',
  pumpStart: 'Pump on',
  sessionEnd: 'Feed ends',
  nerveSignal: 'Nerve signal',
  prolactinRelease: 'Prolactin release',
  oxytocinPulse: 'Oxytocin pulse',
  ejectionStart: 'Ejection start',
  ejectionEnd: 'Ejection end',
  placentaDelivered: 'Placenta delivered',
  progesteroneWithdrawal: 'Progesterone falls',
  milkComesIn: 'Milk comes in',
  supplyUp: 'Supply up',
  supplyDown: 'Supply down',
};

/** Markers drawn tall and labelled; the rest are short ticks. */
export const MAJOR_EVENTS: ReadonlySet<EventKind> = new Set<EventKind>([
  'latch',
  'pumpStart',
  'sessionEnd',
  'ejectionStart',
  'placentaDelivered',
  'milkComesIn',
]);

export interface NumberedEvent extends SimEvent {
  /** Position in the list (stable id for markers). */
  index: number;
  /** For ejections and oxytocin pulses: their count within the session (1-based). */
  ordinal: number | null;
}

/**
 * Numbers ejections and oxytocin pulses within each session (from latch or pump start).
 * Events of both breasts at the same second count once.
 */
export function numberEvents(events: readonly SimEvent[]): NumberedEvent[] {
  const sorted = [...events].sort((a, b) => a.atSeconds - b.atSeconds);
  const counts: Partial<Record<EventKind, { n: number; at: number }>> = {};
  return sorted.map((e, index) => {
    if (e.kind === 'latch' || e.kind === 'pumpStart') {
      counts.ejectionStart = undefined;
      counts.oxytocinPulse = undefined;
    }
    let ordinal: number | null = null;
    const key: EventKind | null =
      e.kind === 'ejectionStart' || e.kind === 'ejectionEnd'
        ? 'ejectionStart'
        : e.kind === 'oxytocinPulse'
          ? 'oxytocinPulse'
          : null;
    if (key) {
      const c = counts[key];
      if (e.kind === 'ejectionEnd') ordinal = c?.n ?? 1;
      else if (c && Math.abs(c.at - e.atSeconds) < 1) ordinal = c.n;
      else {
        ordinal = (c?.n ?? 0) + 1;
        counts[key] = { n: ordinal, at: e.atSeconds };
      }
    }
    return { ...e, index, ordinal };
  });
}

const sideText = (e: SimEvent) => (e.side ? ` (${e.side} breast)` : '');

/** What the polite live region says when the playhead passes an event. */
export function narrate(e: NumberedEvent): string {
  switch (e.kind) {
    case 'latch':
      return `Latch${sideText(e)}: suckling stimulates the nerve endings in nipple and areola`;
    case 'pumpStart':
      return `Pump started${sideText(e)}: the nipple is stimulated`;
    case 'sessionEnd':
      return 'Feed ended: stimulation stops';
    case 'nerveSignal':
      return 'Nerve signal reached the hypothalamus';
    case 'prolactinRelease':
      return 'Prolactin released from the anterior pituitary';
    case 'oxytocinPulse':
      return `Oxytocin pulse ${e.ordinal ?? ''} from the posterior pituitary`.replace('  ', ' ');
    case 'ejectionStart':
      return `Milk ejection ${e.ordinal ?? 1} started: oxytocin above threshold`;
    case 'ejectionEnd':
      return `Milk ejection ${e.ordinal ?? 1} ended`;
    case 'placentaDelivered':
      return 'Placenta delivered: progesterone starts to fall';
    case 'progesteroneWithdrawal':
      return 'Progesterone withdrawn: secretion is no longer held back';
    case 'milkComesIn':
      return 'Milk comes in: secretory activation (lactogenesis II)';
    case 'supplyUp':
      return `Supply rising${sideText(e)}: more milk was removed than the set point`;
    case 'supplyDown':
      return `Supply falling${sideText(e)}: milk stayed in the breast`;
  }
}

/** Events strictly after `from` up to and including `to` (either direction of travel). */
export function eventsBetween(events: readonly NumberedEvent[], from: number, to: number) {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  return events.filter((e) => e.atSeconds > lo && e.atSeconds <= hi);
}

/** Which passed event to announce: the most telling one, latest first. */
export function mostTelling(passed: readonly NumberedEvent[]): NumberedEvent | null {
  const rank = (e: NumberedEvent) =>
    e.kind === 'ejectionStart' || e.kind === 'milkComesIn' ? 3 : MAJOR_EVENTS.has(e.kind) ? 2 : 1;
  let best: NumberedEvent | null = null;
  for (const e of passed) if (!best || rank(e) >= rank(best)) best = e;
  return best;
}

export function nextEvent(events: readonly NumberedEvent[], t: number): NumberedEvent | null {
  return events.find((e) => e.atSeconds > t + 0.5) ?? null;
}

export function previousEvent(events: readonly NumberedEvent[], t: number): NumberedEvent | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.atSeconds < t - 0.5) return e;
  }
  return null;
}
