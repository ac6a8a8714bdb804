// Timeline events: their labels, which get a marker label, how the live region narrates them,
// and stepping to the previous/next one. Pure; times are model seconds.
import type { EventKind, SimEvent } from '../../../src-main/sim/trace';
import { tr } from '../../app/i18n';

/** An event's short name on the timeline, in the interface language. */
export const eventLabel = (kind: EventKind): string => tr('timeline', `events.${kind}`);

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
      return say('sessionEnd');
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
