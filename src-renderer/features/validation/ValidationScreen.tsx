// The in-app counterpart of `npm run validate`: every calibration target and independent check
// with the literature value, the model's value over 20 simulated mothers, the difference and its
// grade, and the engine's parameters with their sources. Running all targets takes minutes, so
// the screen shows the results that `npm run validate` last wrote to
// src-main/sim/validation/results.json (checked in; deterministic, so it changes only with the
// model), and says which model version they came from.
import { useEffect, useId, useState } from 'react';
import { PARAMETERS, type ParameterName } from '../../../src-main/sim/parameters';
import { citationsIn, shortCitation } from '../../../src-main/sources/cite';
import { parameterSources } from '../../../src-main/sources/engine';
import { call } from '../../app/api';
import { hrefFor } from '../../app/router';
import results from '../../../src-main/sim/validation/results.json';
import './validation.css';

type Result = (typeof results.results)[number];

const GRADE_WORDS: Record<string, string> = {
  green: 'within 10 %',
  yellow: '10–30 % off',
  red: 'more than 30 % off',
};

function gradeText(r: Result): string {
  if (r.differencePct === null)
    return r.verdict === 'green' ? 'inside the limit' : 'outside the limit';
  return GRADE_WORDS[r.verdict] ?? r.verdict;
}

function difference(r: Result): string {
  if (r.differencePct === null) return 'limit';
  return `${r.differencePct >= 0 ? '+' : '−'}${Math.abs(r.differencePct).toFixed(0)} %`;
}

function sourcesOf(text: string): string {
  const ids = [...new Set(citationsIn(text).map((h) => h.id))];
  return ids.length > 0 ? ids.map(shortCitation).join('; ') : text;
}

function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

function ResultTable({ title, rows, note }: { title: string; rows: Result[]; note: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p>{note}</p>
      <table className="validation-table">
        <TableHead
          columns={[
            '#',
            'Quantity',
            'Literature',
            'Model (mean ± SD)',
            'Difference',
            'Grade',
            'Source',
          ]}
        />
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-grade={r.verdict}>
              <th scope="row">{r.id}</th>
              <td>{r.quantity}</td>
              <td>{r.literature}</td>
              <td>{r.modelText}</td>
              <td className="num">{difference(r)}</td>
              <td>
                <span className="grade" data-grade={r.verdict}>
                  {gradeText(r)}
                </span>
              </td>
              <td>{sourcesOf(r.source)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ParameterTable() {
  const id = useId();
  const names = Object.keys(PARAMETERS) as ParameterName[];
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>Engine parameters</h2>
      <p>
        Every number the engine uses: read off a paper (sourced), fitted to a calibration target
        (calibrated), or an assumption the note explains.
      </p>
      <table className="validation-table">
        <TableHead columns={['Parameter', 'Value', 'Range', 'Kind', 'Note', 'Sources']} />
        <tbody>
          {names.map((name) => {
            const p = PARAMETERS[name];
            return (
              <tr key={name}>
                <th scope="row">
                  <code>{name}</code>
                </th>
                <td className="num">
                  {p.value} {p.unit === '1' ? '' : p.unit}
                </td>
                <td className="num">
                  {p.min}–{p.max}
                </td>
                <td>
                  {p.kind}
                  {'fittedTo' in p ? ` (to ${p.fittedTo.join(', ')})` : ''}
                </td>
                <td>{p.source}</td>
                <td>{parameterSources(name).map(shortCitation).join('; ') || '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export function ValidationScreen() {
  const ids = useId();
  const all = results.results;
  // The engine's version comes from the main side, so the screen does not bundle the engine.
  const [engineVersion, setEngineVersion] = useState<string | null>(null);
  useEffect(() => {
    call('app.info', {})
      .then((info) => setEngineVersion(info.modelVersion))
      .catch(() => setEngineVersion(null));
  }, []);
  const stale = engineVersion !== null && results.modelVersion !== engineVersion;
  return (
    <section className="validation-screen" aria-labelledby={`${ids}-title`}>
      <h1 id={`${ids}-title`}>Validation</h1>
      <p className="lede">
        How the simulation compares with the literature. Each target is run over{' '}
        {all[0]?.seeds ?? 20} simulated mothers and babies and graded by the difference of the mean
        from the central literature value. These are the results of the last{' '}
        <code>npm run validate</code>, for model <code>{results.modelVersion}</code>; running all
        targets takes minutes, so the app does not rerun them.
      </p>
      {stale && (
        <p role="alert" className="validation-stale">
          The engine is now model <code>{engineVersion}</code>: these results may be out of date
          until <code>npm run validate</code> is run again.
        </p>
      )}
      <p>
        Sources are listed in full on the{' '}
        <a href={hrefFor({ name: 'evidence', claimId: null })}>Evidence</a> screen.
      </p>
      <ResultTable
        title="Calibration targets"
        note="Parameters were fitted to these, so agreement here is by construction; none may be more than 30 % off."
        rows={all.filter((r) => r.kind === 'calibration')}
      />
      <ResultTable
        title="Independent checks"
        note="Never used in fitting: they are shown as they come out, including where the model is far off."
        rows={all.filter((r) => r.kind === 'independent')}
      />
      <ParameterTable />
    </section>
  );
}
