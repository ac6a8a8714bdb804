// Parameters of the open case. Every edit makes a new scenario that is re-simulated at once in the
// engine worker (useSimulation), so dragging a slider re-runs the case as it moves; the engine's
// parser checks it and a {code, message, path} error is shown next to the field the path names.
// The main parameters have a slider for direct manipulation beside the number field for exact
// entry; both are keyboard-operable and carry the same label and unit.
import { useId, useState, type ReactNode } from 'react';
import { SCENARIO_LIMITS } from '../../../src-main/sim/index';
import type { Condition, Scenario } from '../../../src-main/sim/scenario';
import type { ApiErrorData } from '../../../src-main/contract/errors';
import { uiLanguage, uiLocale, useT } from '../../app/i18n';
import { fieldOfErrorPath, readPath, writePath } from './scenarioPaths';
import { errorText } from '../../app/errorText';
import {
  fieldLabels,
  momentLabel,
  optionLabel,
  type FieldLabel,
} from '../../../src-main/labels/scenario';

interface Props {
  scenario: Scenario;
  error: ApiErrorData | null;
  running: boolean;
  /**
   * What the last run used where the case leaves the engine to choose (supply at the start, the
   * mean interval between feeds): shown by those sliders until the teacher sets a value.
   */
  fromRun: { supplyMlPerDay?: number; intervalHours?: number };
  onChange: (next: Scenario) => void;
}

type Limit = keyof typeof SCENARIO_LIMITS;

/** A slider's range (the scenario's limits) and step. */
interface Slider {
  limit: Limit;
  step: number;
}

type Kind = Condition['kind'];

/**
 * The condition the panel edits for a kind: for stress the one of the whole run, not the timed
 * episodes that Stress now adds (kept as they are).
 */
const panelOwns = (c: Condition, kind: Kind) =>
  c.kind === kind && !(c.kind === 'stress' && c.startHours !== undefined);

/** A value to the precision of its slider's step (else three decimals), for texts and hints. */
function round(n: number, step = 0.001): string {
  const decimals = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  return String(Number(n.toFixed(decimals)));
}

// One formatter per locale: toLocaleString builds one per call, and the panel says every slider's
// value on each render (twice per edit: the edit, then its run).
const spokenFormats = new Map<string, Intl.NumberFormat>();

/** A rounded value as the slider says it: a decimal comma in Spanish, no grouping (as typed). */
function spoken(rounded: string): string {
  const locale = uiLocale();
  let f = spokenFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 });
    spokenFormats.set(locale, f);
  }
  return f.format(Number(rounded));
}

/**
 * Each condition (its name a key of the sim catalog) with the parameters a teacher edits and the
 * values a new one starts with.
 */
const CONDITIONS: readonly {
  kind: Kind;
  label: string;
  initial: Condition;
  params: readonly { key: string; options?: readonly string[]; slider?: Slider }[];
}[] = [
  {
    kind: 'breastSurgery',
    label: 'parameters.conditions.breastSurgery',
    initial: { kind: 'breastSurgery', side: 'left', lobesAffectedFraction: 0.5 },
    params: [
      { key: 'side', options: ['left', 'right', 'both'] },
      { key: 'lobesAffectedFraction', slider: { limit: 'lobesAffectedFraction', step: 0.01 } },
    ],
  },
  {
    kind: 'sheehanSyndrome',
    label: 'parameters.conditions.sheehanSyndrome',
    initial: { kind: 'sheehanSyndrome', severity: 0.8 },
    params: [{ key: 'severity', slider: { limit: 'severity', step: 0.01 } }],
  },
  {
    kind: 'stress',
    label: 'parameters.conditions.stress',
    initial: { kind: 'stress', level: 0.6 },
    params: [{ key: 'level', slider: { limit: 'stressLevel', step: 0.01 } }],
  },
  {
    kind: 'retainedPlacenta',
    label: 'parameters.conditions.retainedPlacenta',
    initial: { kind: 'retainedPlacenta', removedAtHours: 144 },
    params: [{ key: 'removedAtHours' }],
  },
  {
    kind: 'hormonalContraception',
    label: 'parameters.conditions.hormonalContraception',
    initial: { kind: 'hormonalContraception', type: 'combined', startHours: 1008 },
    params: [{ key: 'type', options: ['combined', 'progestinOnly'] }, { key: 'startHours' }],
  },
];

const NUMBER_FIELDS: readonly { path: string; slider?: Slider }[] = [
  { path: 'mother.storageCapacityMl.left', slider: { limit: 'storageCapacityMl', step: 5 } },
  { path: 'mother.storageCapacityMl.right', slider: { limit: 'storageCapacityMl', step: 5 } },
  { path: 'mother.supplyMlPerDay', slider: { limit: 'supplyMlPerDay', step: 10 } },
  { path: 'durationHours' },
];

/** The clinical label, unit and percent flag of a field (shared with the case editor and report). */
const words = (key: string): FieldLabel => fieldLabels(uiLanguage())[key] ?? { label: key };

function Field({
  id,
  label,
  unit,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  unit?: string;
  error?: string;
  /** The value in other words, e.g. a moment as day and clock time. */
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="param-field">
      <label htmlFor={id} id={`${id}-label`}>
        {label}
        {unit && <span className="unit"> ({unit})</span>}
      </label>
      {children}
      {hint && <p className="unit">{hint}</p>}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function ParametersPanel({ scenario, error, running, fromRun, onChange }: Props) {
  const { t } = useT('sim');
  const ids = useId();
  // Text typed but not yet a number stays local so the field can be edited freely.
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const errorField = fieldOfErrorPath(scenario, error?.path);
  const errorFor = (field: string) =>
    errorField === field && error ? errorText(error, { scenario }) : undefined;
  const conditions = scenario.mother?.conditions ?? [];

  const numberInput = (
    field: string,
    value: unknown,
    apply: (n: number) => void,
    /** Shown greyed while the case sets no value: what the last run used. */
    placeholder?: string,
    /** A 0–1 fraction typed and shown as percent. */
    percent = false,
  ) => {
    const id = `${ids}-${field}`;
    const message = errorFor(field);
    const shown =
      typeof value === 'number' ? String(percent ? Math.round(value * 1000) / 10 : value) : '';
    return (
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step="any"
        placeholder={placeholder}
        title={placeholder && t('parameters.fromRun', { value: placeholder })}
        value={drafts[field] ?? shown}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        data-path={field}
        onChange={(e) => {
          const text = e.target.value;
          setDrafts((d) => ({ ...d, [field]: text }));
          const n = Number(text);
          if (text.trim() !== '' && Number.isFinite(n)) apply(percent ? n / 100 : n);
        }}
        onBlur={() =>
          setDrafts((d) => {
            const rest = { ...d };
            delete rest[field];
            return rest;
          })
        }
      />
    );
  };

  /**
   * The number field and, for a main parameter, its slider: same label, the unit in the value
   * text. Where the case sets no value the slider shows `fallback`, what the last run used.
   */
  const numberControls = (
    field: string,
    value: unknown,
    apply: (n: number) => void,
    slider: Slider | undefined,
    unit: string,
    fallback?: number,
    percent = false,
  ) => {
    const shown = typeof value === 'number' ? value : fallback;
    const number = numberInput(
      field,
      value,
      apply,
      shown === undefined || shown === value ? undefined : round(shown, slider?.step),
      percent,
    );
    if (!slider) return number;
    const { min, max } = SCENARIO_LIMITS[slider.limit];
    const at = Math.min(max, Math.max(min, shown ?? min));
    return (
      <div className="param-inputs">
        {number}
        <input
          type="range"
          min={min}
          max={max}
          step={slider.step}
          value={at}
          aria-labelledby={`${ids}-${field}-label`}
          aria-valuetext={
            percent
              ? `${spoken(round(at * 100, slider.step * 100))} %`
              : `${spoken(round(at, slider.step))}${unit ? ` ${unit}` : ''}`
          }
          data-slider-for={field}
          onChange={(e) => apply(Number(e.target.value))}
        />
      </div>
    );
  };

  const setCondition = (kind: Kind, next: Condition | null) => {
    const others = conditions.filter((c) => !panelOwns(c, kind));
    const list = next ? [...others, next] : others;
    onChange(writePath(scenario, 'mother.conditions', list) as Scenario);
  };

  const selectField = (path: string, options: readonly string[]) => {
    const id = `${ids}-${path}`;
    const message = errorFor(path);
    return (
      <Field key={path} id={id} label={words(path).label} error={message}>
        <select
          id={id}
          value={String(readPath(scenario, path) ?? '')}
          aria-invalid={message ? true : undefined}
          onChange={(e) => onChange(writePath(scenario, path, e.target.value) as Scenario)}
        >
          {options.map((o) => (
            <option key={o} value={o}>
              {optionLabel(path, o, uiLanguage())}
            </option>
          ))}
        </select>
      </Field>
    );
  };

  return (
    <form
      className="parameters"
      aria-label={t('parameters.region')}
      onSubmit={(e) => e.preventDefault()}
    >
      <p className="param-status" aria-live="polite">
        {/* Spoken: a field's error is said here too, in the region that was there before it. */}
        {running
          ? t('view.simulating')
          : error
            ? t('parameters.notSimulated', {
                message: errorText(error, { scenario }),
              })
            : ''}
      </p>
      {NUMBER_FIELDS.map((f) => (
        <Field
          key={f.path}
          id={`${ids}-${f.path}`}
          label={words(f.path).label}
          unit={words(f.path).unit}
          error={errorFor(f.path)}
        >
          {numberControls(
            f.path,
            readPath(scenario, f.path),
            (n) => onChange(writePath(scenario, f.path, n) as Scenario),
            f.slider,
            words(f.path).unit ?? '',
            f.path === 'mother.supplyMlPerDay' ? fromRun.supplyMlPerDay : undefined,
          )}
        </Field>
      ))}
      {selectField('feeding.plan', ['onDemand', 'scheduled', 'explicit', 'exclusivePumping'])}
      <Field
        id={`${ids}-feeding.intervalHours`}
        label={words('feeding.intervalHours').label}
        unit={words('feeding.intervalHours').unit}
        error={errorFor('feeding.intervalHours')}
      >
        {numberControls(
          'feeding.intervalHours',
          scenario.feeding.intervalHours,
          (n) => onChange(writePath(scenario, 'feeding.intervalHours', n) as Scenario),
          { limit: 'intervalHours', step: 0.25 },
          'h',
          fromRun.intervalHours,
        )}
      </Field>
      {selectField('feeding.pattern', ['alternate', 'bothSides', 'block', 'leftOnly', 'rightOnly'])}
      <fieldset className="conditions">
        <legend>{t('parameters.conditions.legend')}</legend>
        {CONDITIONS.map((c) => {
          const current = conditions.find((x) => panelOwns(x, c.kind));
          const checkId = `${ids}-cond-${c.kind}`;
          return (
            <div key={c.kind} className="condition">
              <label htmlFor={checkId} className="inline">
                <input
                  id={checkId}
                  type="checkbox"
                  checked={current !== undefined}
                  onChange={(e) => setCondition(c.kind, e.target.checked ? c.initial : null)}
                />{' '}
                {t(c.label)}
              </label>
              {current &&
                c.params.map((p) => {
                  const field = `condition.${c.kind}.${p.key}`;
                  const id = `${ids}-${field}`;
                  const labelKey = `mother.conditions.${c.kind}.${p.key}`;
                  const w = words(labelKey);
                  const value = (current as Record<string, unknown>)[p.key];
                  const update = (v: unknown) =>
                    setCondition(c.kind, { ...current, [p.key]: v } as Condition);
                  return (
                    <Field
                      key={p.key}
                      id={id}
                      label={w.label}
                      unit={w.percent ? '%' : w.unit}
                      error={errorFor(field)}
                      hint={
                        w.moment && typeof value === 'number'
                          ? momentLabel(value, uiLanguage())
                          : undefined
                      }
                    >
                      {p.options ? (
                        <select
                          id={id}
                          value={String(value)}
                          onChange={(e) => update(e.target.value)}
                        >
                          {p.options.map((o) => (
                            <option key={o} value={o}>
                              {optionLabel(labelKey, o, uiLanguage())}
                            </option>
                          ))}
                        </select>
                      ) : (
                        numberControls(
                          field,
                          value,
                          update,
                          p.slider,
                          w.unit ?? '',
                          undefined,
                          w.percent,
                        )
                      )}
                    </Field>
                  );
                })}
            </div>
          );
        })}
      </fieldset>
    </form>
  );
}
