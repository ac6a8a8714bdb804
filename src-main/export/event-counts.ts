// How many of each kind of event a run holds, as the report lists them. An event logged for both
// breasts at once (a milk ejection in a double-pumping session) is one event, not two: counted by
// rows, a report showed 695 ejection starts against 636 ends, because an ejection that outlasts
// its session ends once for the body, not once per breast.
import type { EventKind, Trace } from '../sim/trace';

export function eventCounts(events: Trace['events']): [EventKind, number][] {
  const counts = new Map<EventKind, number>();
  const seen = new Set<string>();
  for (const e of events) {
    const once = `${e.kind}@${e.atSeconds}`;
    if (seen.has(once)) continue;
    seen.add(once);
    counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  }
  return [...counts];
}
