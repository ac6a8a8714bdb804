import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../src-main/contract/app';
import { call } from '../../app/api';
import { errorText } from '../../app/errorText';
import { RecentCases } from './RecentCases';
import { useT } from '../../app/i18n';

export function Home() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { t } = useT('home');

  useEffect(() => {
    call('app.info', {})
      .then(setInfo)
      .catch((e: unknown) => setError(errorText(e)));
  }, []);

  return (
    <section className="home" aria-labelledby="home-title">
      <h1 id="home-title">LactaSim</h1>
      <p className="lede">{t('lede')}</p>
      <div className="home-cards">
        <a className="home-card" href="#/cases">
          <h2>{t('cards.cases.title')}</h2>
          <p>{t('cards.cases.text')}</p>
        </a>
        <a className="home-card" href="#/sim">
          <h2>{t('cards.sim.title')}</h2>
          <p>{t('cards.sim.text')}</p>
        </a>
        <a className="home-card" href="#/lessons">
          <h2>{t('cards.lessons.title')}</h2>
          <p>{t('cards.lessons.text')}</p>
        </a>
      </div>
      <RecentCases />
      <footer className="app-info" aria-label={t('about')}>
        {info && (
          <p>
            {t(`info.${info.edition}`, { version: info.appVersion, model: info.modelVersion })}{' '}
            <code>{info.dataPath}</code>
            {info.readOnly && ` ${t('readOnly')}`}
          </p>
        )}
        {error && <p role="alert">{t('unreachable', { error })}</p>}
      </footer>
    </section>
  );
}
