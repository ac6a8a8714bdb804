import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../src-main/contract/app';
import { call, ApiError } from '../../app/api';
import { RecentCases } from './RecentCases';

export function Home() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('app.info', {})
      .then(setInfo)
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : String(e)));
  }, []);

  return (
    <section className="home" aria-labelledby="home-title">
      <h1 id="home-title">LactaSim</h1>
      <p className="lede">
        A physiology simulator for teaching lactation: how milk is made, the let-down reflex, supply
        and demand, and what disturbs them. Every animation and chart is driven by a simulation
        whose figures cite their sources.
      </p>
      <div className="home-cards">
        <a className="home-card" href="#/cases">
          <h2>Case library</h2>
          <p>Saved cases and the built-in teaching cases: open, edit, import and export.</p>
        </a>
        <a className="home-card" href="#/sim">
          <h2>Simulation</h2>
          <p>The breast and its hormones, animated from the simulated timeline.</p>
        </a>
        <a className="home-card" href="#/lessons">
          <h2>Lessons</h2>
          <p>Present the physiology to a class, beat by beat, with a presenter view and notes.</p>
        </a>
      </div>
      <RecentCases />
      <footer className="app-info" aria-label="About this copy">
        {info && (
          <p>
            LactaSim {info.appVersion} · model {info.modelVersion} · {info.edition} edition · data:{' '}
            <code>{info.dataPath}</code>
            {info.readOnly && ' (read-only)'}
          </p>
        )}
        {error && <p role="alert">Could not reach the LactaSim service: {error}</p>}
      </footer>
    </section>
  );
}
