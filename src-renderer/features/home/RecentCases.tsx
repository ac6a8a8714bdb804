// Home's list of recently opened cases, read from the library so titles are current and deleted
// cases drop out.
import { useEffect, useState } from 'react';
import type { CaseDetail, CaseSummary } from '../../../src-main/contract/cases';
import { call } from '../../app/api';
import { recentCaseIds } from '../../app/recent';
import { hrefFor } from '../../app/router';
import { useT } from '../../app/i18n';

export function RecentCases() {
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const { t } = useT('home');
  useEffect(() => {
    let live = true;
    void Promise.all(recentCaseIds().map((id) => call('cases.get', { id }).catch(() => null))).then(
      (found) => {
        if (live)
          setCases(found.filter((c): c is CaseDetail => c !== null && c.deletedAt === null));
      },
    );
    return () => {
      live = false;
    };
  }, []);
  if (cases.length === 0) return null;
  return (
    <section className="recent-cases" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('recent')}</h2>
      <ul>
        {cases.map((c) => (
          <li key={c.id}>
            <a href={hrefFor({ name: 'sim', caseId: c.id })} lang={c.builtin ? 'en' : undefined}>
              {c.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
