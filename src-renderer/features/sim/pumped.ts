// Milk a pump has taken so far: all milk removed leaves to a baby or a pump, so what the babies
// did not take was pumped. Shown beside the baby's intake, which stays at 0 while a pump works.
import type { ChannelValues } from '../../lib/traceSampling';

export const pumpedMl = (v: ChannelValues): number =>
  Math.max(0, v.removedCumulativeMl - v.intakeCumulativeMl);
