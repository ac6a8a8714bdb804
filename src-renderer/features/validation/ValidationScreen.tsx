// The in-app counterpart of `npm run validate`: every calibration target and independent check
// with the literature value, the model's value over 20 seeded runs, the difference and its
// grade, and the engine's parameters with their sources. Running all targets takes minutes, so
// the screen shows the results that `npm run validate` last wrote to
// src-main/sim/validation/results.json (checked in; deterministic, so it changes only with the
// model), and says which model version they came from.
import { useEffect, useId, useState } from 'react';
import { Trans } from 'react-i18next';
import { outsideRange, PARAMETERS, type ParameterName } from '../../../src-main/sim/parameters';
import { differenceDigits, differenceSign } from '../../../src-main/sim/validation/grades';
import { citationsIn, shortCitation } from '../../../src-main/sources/cite';
import { parameterSources } from '../../../src-main/sources/engine';
import { call } from '../../app/api';
import { hrefFor } from '../../app/router';
import { uiLanguage, useT } from '../../app/i18n';
import { formatNumber } from '../../lib/format';
import results from '../../../src-main/sim/validation/results.json';
import { parameterRange, parameterValue } from './parameterValues';
import './validation.css';

type Result = (typeof results.results)[number];
type Words = ReturnType<typeof useT>['t'];

function gradeText(t: Words, r: Result): string {
  if (r.differencePct === null) return t(r.verdict === 'green' ? 'grade.inside' : 'grade.outside');
  return t(`grade.${r.verdict}`, { defaultValue: r.verdict });
}

const signed = (pct: number): string =>
  `${differenceSign(pct).replace('-', '−')}${formatNumber(Math.abs(pct), differenceDigits(pct))} %`;

function difference(t: Words, r: Result): string {
  if (r.differencePct !== null) return signed(r.differencePct);
  // A band around a midpoint (I19) still shows how far from its middle the model lies; the band
  // alone grades it.
  return r.midpointPct === null ? t('limit') : t('fromMidpoint', { pct: signed(r.midpointPct) });
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

function ResultTable({
  t,
  title,
  rows,
  note,
}: {
  t: Words;
  title: string;
  rows: Result[];
  note: string;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p>{note}</p>
      <table className="validation-table">
        <TableHead
          columns={[
            '#',
            t('columns.quantity'),
            t('columns.literature'),
            t('columns.model'),
            t('columns.difference'),
            t('columns.grade'),
            t('columns.source'),
          ]}
        />
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-grade={r.verdict}>
              <th scope="row">{r.id}</th>
              {/* Targets, literature values and the model's figures are built-in content. */}
              <td lang="en">{r.quantity}</td>
              <td lang="en">{r.literature}</td>
              <td lang="en">{r.modelText}</td>
              <td className="num">{difference(t, r)}</td>
              <td>
                <span className="grade" data-grade={r.verdict}>
                  {gradeText(t, r)}
                </span>
              </td>
              <td lang="en">{sourcesOf(r.source)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ParameterTable({ t }: { t: Words }) {
  const id = useId();
  const names = Object.keys(PARAMETERS) as ParameterName[];
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('parameters.heading')}</h2>
      <p>{t('parameters.intro')}</p>
      <table className="validation-table">
        <TableHead
          columns={[
            t('columns.parameter'),
            t('columns.value'),
            t('columns.range'),
            t('columns.kind'),
            t('columns.note'),
            t('columns.sources'),
          ]}
        />
        <tbody>
          {names.map((name) => {
            const p = PARAMETERS[name];
            return (
              <tr key={name}>
                <th scope="row">{t(`parameters.names.${name}`)}</th>
                <td className="num">{parameterValue(name, p, uiLanguage())}</td>
                <td className="num">
                  {parameterRange(name, p, uiLanguage())}
                  {outsideRange(p) ? (
                    <p className="range-note">{t('parameters.outsideRange')}</p>
                  ) : null}
                </td>
                <td>
                  {t(`parameters.kind.${p.kind}`)}
                  {'fittedTo' in p
                    ? ` ${t('parameters.fittedTo', { targets: p.fittedTo.join(', ') })}`
                    : ''}
                </td>
                <td lang="en">{p.source}</td>
                <td lang="en">{parameterSources(name).map(shortCitation).join('; ') || '—'}</td>
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
  const { t, i18n } = useT('validation');
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
      <h1 id={`${ids}-title`}>{t('heading')}</h1>
      <p className="lede">
        <Trans
          t={t}
          i18n={i18n}
          i18nKey="lede"
          values={{ seeds: all[0]?.seeds ?? 20, model: results.modelVersion }}
          components={{ code: <code /> }}
        />
      </p>
      {stale && (
        <p role="alert" className="validation-stale">
          <Trans
            t={t}
            i18n={i18n}
            i18nKey="stale"
            values={{ model: engineVersion }}
            components={{ code: <code /> }}
          />
        </p>
      )}
      <p>
        <Trans
          t={t}
          i18n={i18n}
          i18nKey="sources"
          // <screen>, not <link>: Trans reads the message as HTML, where link is a void element
          // and the link would be left empty.
          components={{ screen: <a href={hrefFor({ name: 'evidence', claimId: null })} /> }}
        />
      </p>
      <ResultTable
        t={t}
        title={t('calibration.title')}
        note={t('calibration.note')}
        rows={all.filter((r) => r.kind === 'calibration')}
      />
      <ResultTable
        t={t}
        title={t('independent.title')}
        note={t('independent.note')}
        rows={all.filter((r) => r.kind === 'independent')}
      />
      <ParameterTable t={t} />
    </section>
  );
}
