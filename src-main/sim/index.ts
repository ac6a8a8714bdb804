// The physiology engine's public surface: pure, deterministic, no I/O.
export { simulate, runModel, MODEL_VERSION, type SimulateOptions } from './simulate';
export {
  parseScenario,
  scenarioSchema,
  SCENARIO_SCHEMA_ID,
  SCENARIO_LIMITS,
  type Scenario,
  type Condition,
  type FeedingEvent,
  type ParseResult,
  type ScenarioError,
} from './scenario';
export type { Trace, SimEvent, EventKind, Summary, Side, ChannelName, ChannelUnit } from './trace';
export { CHANNELS } from './trace';
export { PARAMETERS, AGE_TABLES, REMOVAL_SHARE_EVIDENCE, type Parameter } from './parameters';
