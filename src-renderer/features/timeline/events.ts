// Timeline events: their labels, which get a marker label, how the live region narrates them,
// and stepping to the previous/next one. Pure; times are model seconds.
import type { EventKind, SimEvent } from '../../../src-main/sim/trace';
import { tr } from '../../app/i18n';

/** An event's short name on the timeline, in the interface language. */
export const eventLabel = (kind: EventKind): string => tr('timeline', `events.${kind}`);

/** The same for one event: the end of a pumping session is not the end of a feed. */
export const eventName = (e: NumberedEvent): string =>
  e.pumping === true ? tr('timeline', 'events.pumpEnd') : eventLabel(e.kind);

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
  /** On a session's end: the session was pumping, not a feed. */
  pumping?: true;
}

/** A count within a session and the time of the event it was last given to. */
interface Count {
  n: number;
  at: number;
}

/**
 * Numbers ejections and oxytocin pulses within each session (from latch or pump start).
 * Events of both breasts at the same second count once. Runs once per new run on the thread that
 * draws, over the ~15,000–17,000 events of a 180-day run: the counts live in two variables rather than
 * a record keyed by kind, each event is built with its keys written out rather than spread from
 * events of four shapes, and the engine's events, already in time order, are not sorted again.
 */
export function numberEvents(events: readonly SimEvent[]): NumberedEvent[] {
  const sorted = inTimeOrder(events)
    ? events
    : [...events].sort((a, b) => a.atSeconds - b.atSeconds);
  let ejections: Count | null = null;
  let pulses: Count | null = null;
  let pumping = false;
  const out = new Array<NumberedEvent>(sorted.length);
  for (let index = 0; index < sorted.length; index++) {
    const e = sorted[index] as SimEvent;
    if (e.kind === 'latch' || e.kind === 'pumpStart') {
      ejections = null;
      pulses = null;
      pumping = e.kind === 'pumpStart';
    }
    let ordinal: number | null = null;
    if (e.kind === 'ejectionEnd') ordinal = ejections?.n ?? 1;
    else if (e.kind === 'ejectionStart' || e.kind === 'oxytocinPulse') {
      const c: Count | null = e.kind === 'ejectionStart' ? ejections : pulses;
      if (c && Math.abs(c.at - e.atSeconds) < 1) ordinal = c.n;
      else {
        ordinal = (c?.n ?? 0) + 1;
        const next: Count = { n: ordinal, at: e.atSeconds };
        if (e.kind === 'ejectionStart') ejections = next;
        else pulses = next;
      }
    }
    // The keys in the order `{ ...e, index, ordinal }` gives them.
    const numbered = { atSeconds: e.atSeconds, kind: e.kind } as NumberedEvent;
    if (e.side !== undefined) numbered.side = e.side;
    if (e.detail !== undefined) numbered.detail = e.detail;
    numbered.index = index;
    numbered.ordinal = ordinal;
    if (pumping && e.kind === 'sessionEnd') numbered.pumping = true;
    out[index] = numbered;
  }
  return out;
}

function inTimeOrder(events: readonly SimEvent[]): boolean {
  for (let i = 1; i < events.length; i++)
    if ((events[i] as SimEvent).atSeconds < (events[i - 1] as SimEvent).atSeconds) return false;
  return true;
}

const sideText = (e: SimEvent) =>
  e.side ? ` (${tr('timeline', `narration.breast.${e.side}`)})` : '';

/** What the polite live region says when the playhead passes an event. */
export function narrate(e: NumberedEvent): string {
  const say = (key: string, values?: Record<string, unknown>) =>
    tr('timeline', `narration.events.${key}`, values);
  switch (e.kind) {
    case 'latch':
      return say('latch', { side: sideText(e) });
    case 'pumpStart':
      return say('pumpStart', { side: sideText(e) });
    case 'sessionEnd':
      return say(e.pumping === true ? 'pumpEnd' : 'sessionEnd');
    case 'nerveSignal':
      return say('nerveSignal');
    case 'prolactinRelease':
      return say('prolactinRelease');
    case 'oxytocinPulse':
      return e.ordinal === null
        ? say('oxytocinPulseUnnumbered')
        : say('oxytocinPulse', { n: e.ordinal });
    case 'ejectionStart':
      return say('ejectionStart', { n: e.ordinal ?? 1 });
    case 'ejectionEnd':
      return say('ejectionEnd', { n: e.ordinal ?? 1 });
    case 'placentaDelivered':
      return say('placentaDelivered');
    case 'progesteroneWithdrawal':
      return say('progesteroneWithdrawal');
    case 'milkComesIn':
      return say('milkComesIn');
    case 'supplyUp':
      return say('supplyUp', { side: sideText(e) });
    case 'supplyDown':
      return say('supplyDown', { side: sideText(e) });
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
