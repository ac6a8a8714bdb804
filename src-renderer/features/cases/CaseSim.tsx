// `#/sim/<caseId>`: a saved case opened in the main view. Mounted with `key={caseId}`, so each
// case starts from a fresh load.
import { useEffect, useRef, useState } from 'react';
import type { CaseDetail } from '../../../src-main/contract/cases';
import { call } from '../../app/api';
import { errorText } from '../../app/errorText';
import { hrefFor } from '../../app/router';
import { SimView } from '../sim/SimView';
import { useT } from '../../app/i18n';

export function CaseSim({ caseId, initialTimeSec }: { caseId: string; initialTimeSec?: number }) {
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timeRef = useRef(initialTimeSec ?? 0);
  const { t } = useT('cases');

  useEffect(() => {
    let live = true;
    call('cases.get', { id: caseId })
      .then((d) => live && setDetail(d))
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [caseId]);

  if (error) {
    return (
      <section aria-labelledby="sim-title">
        <h1 id="sim-title">{t('sim.heading')}</h1>
        <p role="alert">{t('sim.couldNotOpen', { error })}</p>
        <a href="#/cases">{t('sim.back')}</a>
      </section>
    );
  }
  if (!detail) return <p aria-live="polite">{t('sim.opening')}</p>;
  return (
    <>
      <p className="view-switch">
        <button
          type="button"
          onClick={() => {
            window.location.hash = hrefFor({ name: 'parent', caseId, t: timeRef.current });
          }}
        >
          {t('sim.parentView')}
        </button>
      </p>
      <SimView
        scenario={detail.scenario}
        caseTitle={detail.title}
        initialTimeSec={initialTimeSec}
        timeRef={timeRef}
        caseId={detail.id}
      />
    </>
  );
}
