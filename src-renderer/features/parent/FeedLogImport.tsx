// Reads a family's feed log (CSV from a tracker app or a spreadsheet). The main side checks every
// row; with bad rows nothing changes until the user chooses to skip them, which is offered
// whenever any row is usable. How d/m dates were read is shown, and asked once when the data
// cannot tell.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FEED_LOG_MAX_CHARS,
  type DateOrder,
  type FeedLogImport as Result,
  type FeedLogProblem,
} from '../../../src-main/contract/parent';
import type { Scenario } from '../../../src-main/sim/scenario';
import { call } from '../../app/api';
import { errorText } from '../../app/errorText';
import { lineInFile, tailWithin, type LogTail } from './feedLogTail';
import { currentLanguage } from './i18n';

interface Props {
  scenario: Scenario;
  onScenario: (scenario: Scenario) => void;
}

/** "1 March 2025" / "1 de marzo de 2025": a written date as the family says it. */
function longDate(language: string, d: { year: number; month: number; day: number }): string {
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(d.year, d.month - 1, d.day));
}

export function FeedLogImport({ scenario, onScenario }: Props) {
  const { t, i18n } = useTranslation();
  const [csv, setCsv] = useState<LogTail | null>(null);
  const count = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const line = (n: number) => (csv ? lineInFile(n, csv) : n);
  const [result, setResult] = useState<Result | null>(null);
  const [order, setOrder] = useState<DateOrder | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  const read = async (text: string, skipBadRows: boolean, dateOrder?: DateOrder) => {
    setError(null);
    setOrder(dateOrder);
    try {
      const r = await call('parent.importFeedLog', {
        scenario,
        csv: text,
        skipBadRows,
        ...(dateOrder ? { dateOrder } : {}),
      });
      setResult(r);
      if (r.scenario) onScenario(r.scenario);
    } catch (e) {
      setError(errorText(e, {}, currentLanguage()));
    }
  };
  const problemText = (p: FeedLogProblem) => {
    const values =
      p.code === 'header'
        ? {
            missing: String(p.values['missing'])
              .split(', ')
              .map((c) => t(`feedLog.columns.${c}`))
              .join(', '),
          }
        : p.values;
    return t('ui.lineProblem', {
      line: line(p.line),
      message: t(`feedLog.problem.${p.code}`, values),
    });
  };
  const bottles = result?.ignored.filter((p) => p.code === 'bottle').length ?? 0;
  const others = (result?.ignored.length ?? 0) - bottles;
  const dates = result?.dateOrder;
  const other: DateOrder = dates?.order === 'dayFirst' ? 'monthFirst' : 'dayFirst';

  return (
    <div className="feed-log">
      <label className="block">
        {t('ui.importLog')}
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            void file.text().then((text) => {
              const tail = tailWithin(text, FEED_LOG_MAX_CHARS);
              setCsv(tail);
              void read(tail.text, false);
            });
          }}
        />
      </label>
      <p className="hint">{t('ui.importHelp')}</p>
      {error && <p role="alert">{error}</p>}
      {csv?.dropped && (
        <p role="status">
          {t('feedLog.longFile', {
            from: count(csv.dropped.from),
            to: count(csv.dropped.to),
          })}
        </p>
      )}
      {result && csv !== null && (
        <div className="feed-log-result" data-testid="feed-log-result">
          {result.format && (
            <p>{t('feedLog.readAs', { format: t(`feedLog.format.${result.format}`) })}</p>
          )}
          {result.askDateOrder !== null && (
            <div role="group" aria-label={t('feedLog.askDates', { text: result.askDateOrder })}>
              <p>{t('feedLog.askDates', { text: result.askDateOrder })}</p>
              {(['dayFirst', 'monthFirst'] as const).map((o) => (
                <button key={o} type="button" onClick={() => void read(csv.text, false, o)}>
                  {t(o === 'dayFirst' ? 'feedLog.readDayFirst' : 'feedLog.readMonthFirst')}
                </button>
              ))}
            </div>
          )}
          {dates && (
            <p>
              {t(dates.order === 'dayFirst' ? 'feedLog.datesDayFirst' : 'feedLog.datesMonthFirst', {
                text: dates.example.text,
                date: longDate(i18n.language, dates.example),
              })}{' '}
              <button type="button" onClick={() => void read(csv.text, false, other)}>
                {t(other === 'dayFirst' ? 'feedLog.readDayFirst' : 'feedLog.readMonthFirst')}
              </button>
            </p>
          )}
          {result.problems.length > 0 && !result.scenario && (
            <div role="alert" className="feed-log-problems">
              <p>{t('ui.logErrors', { count: result.problems.length })}</p>
              <ul aria-label={t('ui.rowsWithProblems')}>
                {result.problems.map((p) => (
                  <li key={`${p.line}-${p.code}`}>{problemText(p)}</li>
                ))}
              </ul>
              {result.usedRows > 0 && result.askDateOrder === null && (
                <button type="button" onClick={() => void read(csv.text, true, order)}>
                  {t('ui.skipBadRows')}
                </button>
              )}
            </div>
          )}
          {result.noBreastRows && <p role="alert">{t('feedLog.noBreastRows')}</p>}
          {result.scenario && (
            <p role="status">
              {t('ui.logUsed', {
                used: result.usedRows,
                rows: result.rows,
                perDay: t('ui.feedsADay', { count: result.feedsPerDay }),
                days: t('ui.daysCount', { count: result.days }),
              })}
            </p>
          )}
          {result.trimmed && (
            <p>
              {t('feedLog.trimmed', {
                days: result.trimmed.days,
                count: result.trimmed.rows,
                date: longDate(i18n.language, {
                  year: Number(result.trimmed.firstKept.slice(0, 4)),
                  month: Number(result.trimmed.firstKept.slice(5, 7)),
                  day: Number(result.trimmed.firstKept.slice(8, 10)),
                }),
              })}
            </p>
          )}
          {bottles > 0 && <p>{t('feedLog.bottles', { count: bottles })}</p>}
          {others > 0 && <p>{t('feedLog.others', { count: others })}</p>}
          {result.notices.map((n) => (
            <p key={`${n.line}-${n.code}`}>
              {n.code === 'gap'
                ? t('feedLog.gap', { line: line(n.line), count: n.values['days'] })
                : t('feedLog.clockChange', { line: line(n.line), minutes: n.values['minutes'] })}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
