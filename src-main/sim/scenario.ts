// The scenario document (contract v1, docs: design/scenario-format.md) and its parser.
// Units: hours for scenario clock fields, minutes for feeding events, mL and mL/day for volumes.
// Every object is strict (unknown keys are errors) and every number names its allowed range, so
// an error can point a teacher at the exact field. No defaults are applied here: the case library
// stores the document as written and the engine fills the documented defaults (defaults.ts).
import { z } from 'zod';
import type { ErrorRule } from '../contract/errors';
import { ruleOfIssue } from '../contract/rules';

export const SCENARIO_SCHEMA_ID = 'lactasim/scenario@1';

/** Allowed ranges, shared with the UI so sliders and the parser agree. */
export const SCENARIO_LIMITS = {
  postpartumHours: { min: -2000, max: 17_520, unit: 'h' },
  durationHours: { min: 0.05, max: 17_520, unit: 'h' },
  placentaDeliveredAtHours: { min: 0, max: 720, unit: 'h' },
  storageCapacityMl: { min: 50, max: 700, unit: 'mL' },
  supplyMlPerDay: { min: 0, max: 3000, unit: 'mL/day' },
  removedAtHours: { min: 0, max: 2000, unit: 'h' },
  severity: { min: 0, max: 1, unit: '' },
  contraceptionStartHours: { min: -2000, max: 17_520, unit: 'h' },
  stressStartHours: { min: -2000, max: 17_520, unit: 'h' },
  stressDurationHours: { min: 0.05, max: 17_520, unit: 'h' },
  firstFeedAtHours: { min: 0, max: 72, unit: 'h' },
  bmi: { min: 12, max: 70, unit: 'kg/m²' },
  infantCount: { min: 1, max: 3, unit: '' },
  weightKg: { min: 1, max: 20, unit: 'kg' },
  appetiteFactor: { min: 0.5, max: 2, unit: '' },
  appetiteChangeAtHours: { min: 0, max: 17_520, unit: 'h' },
  appetiteChangeDurationHours: { min: 1, max: 17_520, unit: 'h' },
  lobesAffectedFraction: { min: 0, max: 1, unit: '' },
  stressLevel: { min: 0, max: 1, unit: '' },
  maxIntakeMlPerMin: { min: 0.5, max: 40, unit: 'mL/min' },
  appetiteMlPerDay: { min: 30, max: 2000, unit: 'mL/day' },
  intervalHours: { min: 0.5, max: 12, unit: 'h' },
  blockHours: { min: 1, max: 12, unit: 'h' },
  minutesPerBreast: { min: 1, max: 90, unit: 'min' },
  atMinutes: { min: 0, max: 1_051_200, unit: 'min' },
  durationMinutes: { min: 0.5, max: 240, unit: 'min' },
  seed: { min: 0, max: 4_294_967_295, unit: '' },
  pumpAfterFeedsMinutes: { min: 0, max: 60, unit: 'min' },
  noFeedsForHours: { min: 0.5, max: 12, unit: 'h' },
} as const;

type LimitName = keyof typeof SCENARIO_LIMITS;

function rangeText(name: LimitName): string {
  const { min, max, unit } = SCENARIO_LIMITS[name];
  return `must be between ${min} and ${max}${unit === '' ? '' : ` ${unit}`}`;
}

/** A finite number in the named range; the message names the range whatever went wrong. */
function rangeRule(name: LimitName, got: number, whole = false): ErrorRule {
  const { min, max, unit } = SCENARIO_LIMITS[name];
  return {
    id: 'range',
    min,
    max,
    got,
    ...(unit === '' ? {} : { unit }),
    ...(whole ? { whole } : {}),
  };
}

function num(name: LimitName) {
  const { min, max } = SCENARIO_LIMITS[name];
  const message = rangeText(name);
  return z.number({ error: (issue) => problem(message, issue.input) }).check((ctx) => {
    if (!(ctx.value >= min && ctx.value <= max)) {
      ctx.issues.push({
        code: 'custom',
        message: `${message} (got ${ctx.value})`,
        input: ctx.value,
        params: { rule: rangeRule(name, ctx.value) },
      });
    }
  });
}

function int(name: LimitName) {
  const message = `${rangeText(name)} and a whole number`;
  return num(name).check((ctx) => {
    if (!Number.isInteger(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        message: `${message} (got ${ctx.value})`,
        input: ctx.value,
        params: { rule: rangeRule(name, ctx.value, true) },
      });
    }
  });
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) =>
      problem(`must be one of ${values.map((v) => `"${v}"`).join(', ')}`, issue.input),
  });
}

/** "is required; …" when the key is missing, else the rule and what was given. */
function problem(rule: string, input: unknown): string {
  return input === undefined ? `is required; ${rule}` : `${rule} (got ${describe(input)})`;
}

/** A strict object: unknown keys are errors, and a missing or non-object value says so. */
function obj<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.object(shape, { error: (issue) => problem('must be an object', issue.input) }).strict();
}

function list<T extends z.ZodType>(item: T, max: number, what: string) {
  return z
    .array(item, { error: (issue) => problem(`must be an array of ${what}`, issue.input) })
    .max(max, `must hold at most ${max} ${what}`);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  return Array.isArray(value) ? 'an array' : typeof value;
}

const side = oneOf(['left', 'right']);
const sideOrBoth = oneOf(['left', 'right', 'both']);

const conditionSchema = z.discriminatedUnion(
  'kind',
  [
    obj({ kind: z.literal('retainedPlacenta'), removedAtHours: num('removedAtHours') }),
    obj({ kind: z.literal('sheehanSyndrome'), severity: num('severity') }),
    obj({
      kind: z.literal('hormonalContraception'),
      type: oneOf(['combined', 'progestinOnly']),
      startHours: num('contraceptionStartHours'),
    }),
    obj({
      kind: z.literal('breastSurgery'),
      side: sideOrBoth,
      lobesAffectedFraction: num('lobesAffectedFraction'),
    }),
    obj({
      kind: z.literal('stress'),
      level: num('stressLevel'),
      startHours: num('stressStartHours').optional(),
      durationHours: num('stressDurationHours').optional(),
    }),
  ],
  {
    error: () =>
      'kind must be one of "retainedPlacenta", "sheehanSyndrome", "hormonalContraception", "breastSurgery", "stress"',
  },
);

const feedingEventSchema = z.discriminatedUnion(
  'kind',
  [
    obj({
      atMinutes: num('atMinutes'),
      kind: z.literal('latch'),
      side,
      durationMinutes: num('durationMinutes'),
    }),
    obj({
      atMinutes: num('atMinutes'),
      kind: z.literal('pump'),
      side: sideOrBoth,
      durationMinutes: num('durationMinutes'),
      babyPresent: z
        .boolean({ error: (issue) => problem('must be true or false', issue.input) })
        .optional(),
    }),
    obj({
      atMinutes: num('atMinutes'),
      kind: z.literal('skinToSkin'),
      durationMinutes: num('durationMinutes'),
    }),
  ],
  { error: () => 'kind must be one of "latch", "pump", "skinToSkin"' },
);

/**
 * A change of the feeding plan from a moment on (used by Compare's forks): a new side pattern,
 * pumping after every breastfeed, or a stretch without feeds (a missed night feed).
 */
export const SIDE_PATTERNS = ['alternate', 'bothSides', 'block', 'leftOnly', 'rightOnly'] as const;

const planChangeSchema = obj({
  atMinutes: num('atMinutes'),
  pattern: oneOf(SIDE_PATTERNS).optional(),
  blockHours: num('blockHours').optional(),
  pumpAfterFeedsMinutes: num('pumpAfterFeedsMinutes').optional(),
  noFeedsForHours: num('noFeedsForHours').optional(),
  stopFeeding: z
    .literal(true, { error: (issue) => problem('must be true when given', issue.input) })
    .optional(),
}).refine(
  (c) =>
    c.pattern !== undefined ||
    c.blockHours !== undefined ||
    c.pumpAfterFeedsMinutes !== undefined ||
    c.noFeedsForHours !== undefined ||
    c.stopFeeding !== undefined,
  'must change something: pattern, blockHours, pumpAfterFeedsMinutes, noFeedsForHours or stopFeeding',
);

/** A timed change of the infant's appetite (a growth spurt), relative to its need curve. */
const appetiteChangeSchema = obj({
  atHours: num('appetiteChangeAtHours'),
  factor: num('appetiteFactor'),
  durationHours: num('appetiteChangeDurationHours').optional(),
});

const nameText = 'must be a text of 1 to 200 characters';

/** How many conditions one mother may have; acting now joins spells rather than pass it. */
export const MAX_CONDITIONS = 10;

export const scenarioSchema = obj({
  schema: z.literal(SCENARIO_SCHEMA_ID, {
    error: (issue) => problem(`must be "${SCENARIO_SCHEMA_ID}"`, issue.input),
  }),
  name: z
    .string({ error: (issue) => problem(nameText, issue.input) })
    .min(1, nameText)
    .max(200, nameText),
  start: obj({ postpartumHours: num('postpartumHours') }),
  durationHours: num('durationHours'),
  birth: obj({
    placentaDeliveredAtHours: num('placentaDeliveredAtHours').optional(),
    mode: oneOf(['vaginal', 'caesarean']).optional(),
    firstFeedAtHours: num('firstFeedAtHours').optional(),
  }).optional(),
  mother: obj({
    storageCapacityMl: obj({
      left: num('storageCapacityMl'),
      right: num('storageCapacityMl'),
    }).optional(),
    supplyMlPerDay: num('supplyMlPerDay').optional(),
    firstBirth: z
      .boolean({ error: (issue) => problem('must be true or false', issue.input) })
      .optional(),
    diabetes: oneOf(['none', 'type1']).optional(),
    bmi: num('bmi').optional(),
    conditions: list(conditionSchema, MAX_CONDITIONS, 'conditions').optional(),
  }).optional(),
  infant: obj({
    count: int('infantCount').optional(),
    weightKg: num('weightKg').optional(),
    maxIntakeMlPerMin: num('maxIntakeMlPerMin').optional(),
    appetiteMlPerDay: num('appetiteMlPerDay').optional(),
    appetiteChanges: list(appetiteChangeSchema, 20, 'appetite changes').optional(),
  }).optional(),
  feeding: obj({
    plan: oneOf(['onDemand', 'scheduled', 'explicit', 'exclusivePumping']),
    intervalHours: num('intervalHours').optional(),
    pattern: oneOf(SIDE_PATTERNS).optional(),
    blockHours: num('blockHours').optional(),
    minutesPerBreast: num('minutesPerBreast').optional(),
    events: list(feedingEventSchema, 20_000, 'feeding events').optional(),
    changes: list(planChangeSchema, 10, 'plan changes').optional(),
    seed: int('seed').optional(),
  }),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type Mother = NonNullable<Scenario['mother']>;
export type Condition = NonNullable<Mother['conditions']>[number];
export type SidePattern = (typeof SIDE_PATTERNS)[number];
export type FeedingEvent = NonNullable<Scenario['feeding']['events']>[number];
export type PlanChange = NonNullable<Scenario['feeding']['changes']>[number];

export interface ScenarioError {
  code: 'BAD_SCENARIO';
  message: string;
  path: string;
  rule?: ErrorRule;
}

export type ParseResult = { ok: true; value: Scenario } | { ok: false; error: ScenarioError };

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Parses a scenario; on failure one line naming the JSON path, the problem and the range. */
export function parseScenario(input: unknown): ParseResult {
  const result = scenarioSchema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (issue === undefined) {
    return { ok: false, error: { code: 'BAD_SCENARIO', message: 'invalid scenario', path: '' } };
  }
  let path = formatPath(issue.path);
  let problem = issue.message;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    path = path === '' ? key : `${path}.${key}`;
    problem = `unknown key "${key}" is not allowed`;
  }
  const where = path === '' ? '(document)' : path;
  const rule = ruleOfIssue(issue);
  return {
    ok: false,
    error: {
      code: 'BAD_SCENARIO',
      message: `${where}: ${problem}`,
      path,
      ...(rule === undefined ? {} : { rule }),
    },
  };
}
