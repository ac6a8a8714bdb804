// Reads a family's feed log (CSV). The main side checks every row; with bad rows nothing changes
// until the user chooses to skip them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedLogImport as Result } from '../../../src-main/contract/parent';
import type { Scenario } from '../../../src-main/sim/scenario';
import { ApiError, call } from '../../app/api';

interface Props {
  scenario: Scenario;
  onScenario: (scenario: Scenario) => void;
}

export function FeedLogImport({ scenario, onScenario }: Props) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);

  const read = async (text: string, skipBadRows: boolean) => {
    setError(null);
    try {
      const r = await call('parent.importFeedLog', { scenario, csv: text, skipBadRows });
      setResult(r);
      if (r.scenario) onScenario(r.scenario);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  return (
    <div className="feed-log">
      <label className="block">
        {t('ui.importLog')}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            void file.text().then((text) => {
              setCsv(text);
              void read(text, false);
            });
          }}
        />
      </label>
      <p className="hint">{t('ui.importHelp')}</p>
      {error && <p role="alert">{error}</p>}
      {result && result.problems.length > 0 && !result.scenario && (
        <div role="alert" className="feed-log-problems">
          <p>{t('ui.logErrors', { count: result.problems.length })}</p>
          <ul aria-label="Rows with problems">
            {result.problems.map((p) => (
              <li key={`${p.line}-${p.message}`}>
                {t('ui.lineProblem', { line: p.line, message: p.message })}
              </li>
            ))}
          </ul>
          {result.usedRows > 0 && csv !== null && (
            <button type="button" onClick={() => void read(csv, true)}>
              {t('ui.skipBadRows')}
            </button>
          )}
        </div>
      )}
      {result?.scenario && (
        <p role="status">
          {t('ui.logUsed', {
            used: result.usedRows,
            rows: result.rows,
            feeds: result.feedsPerDay,
            days: result.days,
          })}{' '}
          {result.ignored.length > 0 && t('ui.logIgnored', { count: result.ignored.length })}
        </p>
      )}
    </div>
  );
}
