// Parameters of the open case. Every edit makes a new scenario that is re-simulated (debounced,
// useSimulation); the main side validates it and a {code, message, path} error is shown next to
// the field the path names.
import { useId, useState, type ReactNode } from 'react';
import type { Condition, Scenario } from '../../../src-main/sim/scenario';
import type { ApiErrorData } from '../../../src-main/contract/errors';
import { fieldOfErrorPath, readPath, writePath } from './scenarioPaths';
import {
  errorForField,
  FIELD_LABELS,
  momentLabel,
  optionLabel,
  type FieldLabel,
} from '../../../src-main/labels/scenario';

interface Props {
  scenario: Scenario;
  error: ApiErrorData | null;
  running: boolean;
  onChange: (next: Scenario) => void;
}

type Kind = Condition['kind'];

/** Each condition with the parameters a teacher edits and the values a new one starts with. */
const CONDITIONS: readonly {
  kind: Kind;
  label: string;
  initial: Condition;
  params: readonly { key: string; options?: readonly string[] }[];
}[] = [
  {
    kind: 'breastSurgery',
    label: 'Breast surgery',
    initial: { kind: 'breastSurgery', side: 'left', lobesAffectedFraction: 0.5 },
    params: [{ key: 'side', options: ['left', 'right', 'both'] }, { key: 'lobesAffectedFraction' }],
  },
  {
    kind: 'sheehanSyndrome',
    label: 'Sheehan syndrome',
    initial: { kind: 'sheehanSyndrome', severity: 0.8 },
    params: [{ key: 'severity' }],
  },
  {
    kind: 'stress',
    label: 'Acute stress',
    initial: { kind: 'stress', level: 0.6 },
    params: [{ key: 'level' }],
  },
  {
    kind: 'retainedPlacenta',
    label: 'Retained placenta',
    initial: { kind: 'retainedPlacenta', removedAtHours: 144 },
    params: [{ key: 'removedAtHours' }],
  },
  {
    kind: 'hormonalContraception',
    label: 'Hormonal contraception',
    initial: { kind: 'hormonalContraception', type: 'combined', startHours: 1008 },
    params: [{ key: 'type', options: ['combined', 'progestinOnly'] }, { key: 'startHours' }],
  },
];

const NUMBER_FIELDS: readonly string[] = [
  'mother.storageCapacityMl.left',
  'mother.storageCapacityMl.right',
  'durationHours',
];

/** The clinical label, unit and percent flag of a field (shared with the case editor and report). */
const words = (key: string): FieldLabel => FIELD_LABELS[key] ?? { label: key };

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
      <label htmlFor={id}>
        {label}
        {unit && <span className="unit"> ({unit})</span>}
      </label>
      {children}
      {hint && <p className="unit">{hint}</p>}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function ParametersPanel({ scenario, error, running, onChange }: Props) {
  const ids = useId();
  // Text typed but not yet a number stays local so the field can be edited freely.
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const errorField = fieldOfErrorPath(scenario, error?.path);
  const errorFor = (field: string) =>
    errorField === field && error ? errorForField(error.path, error.message, scenario) : undefined;
  const conditions = scenario.mother?.conditions ?? [];

  const numberInput = (
    field: string,
    path: string,
    value: unknown,
    apply: (n: number) => void,
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
        value={drafts[field] ?? shown}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        data-path={path}
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

  const setCondition = (kind: Kind, next: Condition | null) => {
    const others = conditions.filter((c) => c.kind !== kind);
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
              {optionLabel(path, o)}
            </option>
          ))}
        </select>
      </Field>
    );
  };

  return (
    <form className="parameters" aria-label="Case parameters" onSubmit={(e) => e.preventDefault()}>
      <p className="param-status" aria-live="polite">
        {running ? 'Simulating…' : error && !errorField ? `Not simulated: ${error.message}` : ''}
      </p>
      {NUMBER_FIELDS.map((path) => (
        <Field
          key={path}
          id={`${ids}-${path}`}
          label={words(path).label}
          unit={words(path).unit}
          error={errorFor(path)}
        >
          {numberInput(path, path, readPath(scenario, path), (n) =>
            onChange(writePath(scenario, path, n) as Scenario),
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
        {numberInput(
          'feeding.intervalHours',
          'feeding.intervalHours',
          scenario.feeding.intervalHours,
          (n) => onChange(writePath(scenario, 'feeding.intervalHours', n) as Scenario),
        )}
      </Field>
      {selectField('feeding.pattern', ['alternate', 'bothSides', 'block', 'leftOnly', 'rightOnly'])}
      <fieldset className="conditions">
        <legend>Conditions</legend>
        {CONDITIONS.map((c) => {
          const current = conditions.find((x) => x.kind === c.kind);
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
                {c.label}
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
                        w.unit === 'h after birth' && typeof value === 'number'
                          ? momentLabel(value)
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
                              {optionLabel(labelKey, o)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        numberInput(field, field, value, update, w.percent)
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
