// The physiology engine's public surface: pure, deterministic, no I/O.
export { simulate, runModel, MODEL_VERSION, type SimulateOptions } from './simulate';
export {
  parseScenario,
  scenarioSchema,
  SCENARIO_SCHEMA_ID,
  SCENARIO_LIMITS,
  SIDE_PATTERNS,
  type Scenario,
  type Condition,
  type FeedingEvent,
  type ParseResult,
  type ScenarioError,
  type SidePattern,
} from './scenario';
export { withDefaults, DEFAULTS, type ResolvedScenario } from './defaults';
export type { Trace, SimEvent, EventKind, Summary, Side, ChannelName, ChannelUnit } from './trace';
export { CHANNELS } from './trace';
export { MAX_SAMPLES, SampleLimitError, estimateSamples, samplingFor } from './recorder';
export {
  PARAMETERS,
  REMOVAL_SHARE_EVIDENCE,
  type Parameter,
  type ParameterKind,
} from './parameters';
export { AGE_TABLES } from './tables';
