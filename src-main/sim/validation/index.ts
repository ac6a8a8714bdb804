// Validation of the engine against the literature (design/model.md): pure, runs the engine only.
export { TARGETS, SEEDS, type Target, type TargetKind } from './targets';
export {
  runValidation,
  runTarget,
  failures,
  baselineEntry,
  improves,
  shouldRecord,
  formatValidation,
  grade,
  midpointPct,
  type TargetResult,
  type Verdict,
  type Baseline,
  type BaselineEntry,
} from './run';
export {
  interFeedRates,
  breastfeedVolumes,
  removedPerDayAtEnd,
  channelAt,
  mean,
  sd,
} from './measure';
