// Clinical words for the scenario document: a label and unit for every field, a name for every
// option, fractions as percent and moments as day and clock time after birth. The case editor,
// the case parameters panel, their error messages and the PDF report all speak through this
// module; the JSON paths stay in the command line and in bundle-import reports.

export interface FieldLabel {
  label: string;
  unit?: string;
  /** A 0–1 fraction shown as percent. */
  percent?: boolean;
}

/** Keyed by dotted path; array items as `[]`, conditions as `mother.conditions.<kind>.<field>`. */
export const FIELD_LABELS: Record<string, FieldLabel> = {
  schema: { label: 'Scenario format' },
  name: { label: 'Case name' },
  'start.postpartumHours': { label: 'Run starts', unit: 'h after birth' },
  durationHours: { label: 'Run length', unit: 'h' },
  resolutionSec: { label: 'Sample spacing', unit: 's' },
  'birth.placentaDeliveredAtHours': { label: 'Placenta delivered', unit: 'h after birth' },
  'birth.mode': { label: 'Birth' },
  'birth.firstFeedAtHours': { label: 'First breastfeed', unit: 'h after birth' },
  'mother.storageCapacityMl.left': { label: 'Storage capacity, left breast', unit: 'mL' },
  'mother.storageCapacityMl.right': { label: 'Storage capacity, right breast', unit: 'mL' },
  'mother.supplyMlPerDay': { label: 'Milk supply at the start', unit: 'mL/day' },
  'mother.firstBirth': { label: 'First birth' },
  'mother.diabetes': { label: 'Diabetes' },
  'mother.bmi': { label: 'Body mass index', unit: 'kg/m²' },
  'mother.conditions.retainedPlacenta.removedAtHours': {
    label: 'Retained placenta removed',
    unit: 'h after birth',
  },
  'mother.conditions.sheehanSyndrome.severity': {
    label: 'Sheehan syndrome: pituitary output lost',
    percent: true,
  },
  'mother.conditions.hormonalContraception.type': { label: 'Contraceptive pill' },
  'mother.conditions.hormonalContraception.startHours': {
    label: 'Pill started',
    unit: 'h after birth',
  },
  'mother.conditions.breastSurgery.side': { label: 'Breast operated on' },
  'mother.conditions.breastSurgery.lobesAffectedFraction': {
    label: 'Lobes whose ducts were cut',
    percent: true,
  },
  'mother.conditions.stress.level': { label: 'Stress level', percent: true },
  'mother.conditions.stress.startHours': { label: 'Stress starts', unit: 'h after birth' },
  'mother.conditions.stress.durationHours': { label: 'Stress lasts', unit: 'h' },
  'infant.count': { label: 'Babies (1 single, 2 twins, 3 triplets)' },
  'infant.weightKg': { label: 'Baby’s weight', unit: 'kg' },
  'infant.maxIntakeMlPerMin': { label: 'Baby’s fastest intake', unit: 'mL/min' },
  'infant.appetiteMlPerDay': { label: 'Baby’s appetite', unit: 'mL/day' },
  'infant.appetiteChanges[].atHours': { label: 'Appetite change starts', unit: 'h after birth' },
  'infant.appetiteChanges[].factor': { label: 'Appetite during the change', unit: '× usual' },
  'infant.appetiteChanges[].durationHours': { label: 'Appetite change lasts', unit: 'h' },
  'feeding.plan': { label: 'Feeding plan' },
  'feeding.intervalHours': { label: 'Time between feeds', unit: 'h' },
  'feeding.pattern': { label: 'Breasts at each feed' },
  'feeding.blockHours': { label: 'Hours on one breast (block feeding)', unit: 'h' },
  'feeding.minutesPerBreast': { label: 'Longest time on one breast', unit: 'min' },
  'feeding.seed': { label: 'Variation between runs (seed)' },
  'feeding.events[].atMinutes': { label: 'Planned session starts', unit: 'min into the run' },
  'feeding.events[].kind': { label: 'Planned session' },
  'feeding.events[].side': { label: 'Planned session, breast' },
  'feeding.events[].durationMinutes': { label: 'Planned session length', unit: 'min' },
  'feeding.events[].babyPresent': { label: 'Baby present while pumping' },
  'feeding.changes[].atMinutes': { label: 'Plan change starts', unit: 'min into the run' },
  'feeding.changes[].pattern': { label: 'Breasts at each feed from then on' },
  'feeding.changes[].blockHours': { label: 'Hours on one breast from then on', unit: 'h' },
  'feeding.changes[].pumpAfterFeedsMinutes': { label: 'Pumping after each feed', unit: 'min' },
  'feeding.changes[].noFeedsForHours': { label: 'No feeds for', unit: 'h' },
  'feeding.changes[].stopFeeding': { label: 'Stop feeding (weaning)' },
};

/** What each option of a choice field is called. */
export const OPTION_LABELS: Record<string, Record<string, string>> = {
  'feeding.plan': {
    onDemand: 'On demand (baby-led)',
    scheduled: 'By the clock',
    explicit: 'Only the planned sessions',
    exclusivePumping: 'Exclusive pumping',
  },
  'feeding.pattern': {
    alternate: 'One breast per feed, alternating',
    bothSides: 'Both breasts each feed',
    block: 'Same breast for a block of hours',
    leftOnly: 'Left breast only',
    rightOnly: 'Right breast only',
  },
  'birth.mode': { vaginal: 'Vaginal birth', caesarean: 'Caesarean birth' },
  'mother.diabetes': { none: 'None', type1: 'Type 1 diabetes' },
  'mother.conditions.hormonalContraception.type': {
    combined: 'Combined (estrogen and progestin)',
    progestinOnly: 'Progestin only',
  },
  'mother.conditions.breastSurgery.side': { left: 'Left', right: 'Right', both: 'Both' },
  'feeding.events[].kind': { latch: 'Breastfeed', pump: 'Pumping', skinToSkin: 'Skin-to-skin' },
  'feeding.events[].side': { left: 'Left', right: 'Right', both: 'Both' },
};

export const optionLabel = (key: string, value: string): string =>
  OPTION_LABELS[key]?.[value] ?? value;

/**
 * The label key of a JSON path as the main side names it (`patch.scenario.mother.conditions[0]
 * .severity`, `cases[2].scenario.feeding.plan`): wrappers dropped, array indices as `[]`, and a
 * condition's index replaced by its kind, read from the scenario.
 */
export function labelKey(path: string, scenario?: unknown): string {
  const inner = path.replace(/^(?:.*\.)?scenario\.?/, '');
  const cond = /^mother\.conditions\[(\d+)\]\.?(.*)$/.exec(inner);
  if (cond) {
    const list = (scenario as { mother?: { conditions?: { kind?: string }[] } } | undefined)?.mother
      ?.conditions;
    const kind = list?.[Number(cond[1])]?.kind ?? '';
    return `mother.conditions.${kind}.${cond[2] ?? ''}`;
  }
  return inner.replace(/\[\d+\]/g, '[]');
}

export function fieldLabel(path: string, scenario?: unknown): FieldLabel | undefined {
  return FIELD_LABELS[labelKey(path, scenario)];
}

/** "Storage capacity, right breast: must be between 50 and 700 mL" for an error at a JSON path. */
export function errorForField(
  path: string | undefined,
  message: string,
  scenario?: unknown,
): string {
  // The message may name the path as the request has it (`scenario.mother…`) or as the engine's
  // parser has it (`mother…`, from the engine worker): the clinician reads the label instead.
  const inner = path?.replace(/^(?:.*\.)?scenario\./, '');
  const named = [path, inner].find((p) => p && message.startsWith(`${p}: `));
  const bare = named ? message.slice(named.length + 2) : message;
  const field = path === undefined ? undefined : fieldLabel(path, scenario);
  if (!field) return bare;
  const text = field.percent
    ? bare.replace(
        /between (\S+) and (\S+)/,
        (_, a: string, b: string) => `between ${percent(Number(a))} and ${percent(Number(b))}`,
      )
    : bare;
  return `${field.label}: ${text}`;
}

export const percent = (fraction: number): string => `${Math.round(fraction * 1000) / 10} %`;

/**
 * A moment after birth as day and clock time, counting the birth as day 0 at 00:00:
 * "day 42, 08:30 after birth"; before birth, "36 h before birth".
 */
export function momentLabel(hoursAfterBirth: number): string {
  if (hoursAfterBirth < 0) return `${Math.round(-hoursAfterBirth)} h before birth`;
  const minutes = Math.round(hoursAfterBirth * 60);
  const day = Math.floor(minutes / 1440);
  const inDay = minutes - day * 1440;
  const clock = `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
  return `day ${day}, ${clock} after birth`;
}

/** A field's value in the words and units the clinician reads. */
export function valueLabel(key: string, value: unknown): string {
  const field = FIELD_LABELS[key];
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return optionLabel(key, value);
  if (typeof value !== 'number') return String(value);
  if (field?.percent) return percent(value);
  if (field?.unit === 'h after birth') return momentLabel(value);
  return field?.unit ? `${value} ${field.unit}` : String(value);
}

/** The scenario as "label: value" lines, arrays item by item, for the report. */
export function labelledLines(value: unknown, path = '', scenario: unknown = value): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [];
    return value.flatMap((v, i) => labelledLines(v, `${path}[${i}]`, scenario));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .filter(([k]) => !(path.startsWith('mother.conditions[') && k === 'kind'))
      .flatMap(([k, v]) => labelledLines(v, path ? `${path}.${k}` : k, scenario));
  }
  const key = labelKey(path, scenario);
  const field = FIELD_LABELS[key];
  return [`${field?.label ?? path}: ${valueLabel(key, value)}`];
}
