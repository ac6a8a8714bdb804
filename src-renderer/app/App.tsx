import { useEffect, useState } from 'react';
import { call, SESSION_REFUSED } from './api';
import { hrefFor, useRoute, type Route } from './router';
import { ThemeToggle } from './ThemeToggle';
import { Home } from '../features/home/Home';
import { SimView } from '../features/sim/SimView';
import { CaseSim } from '../features/cases/CaseSim';
import { CaseLibrary } from '../features/cases/CaseLibrary';
import { ParentView } from '../features/parent/ParentView';
import { LessonEditor } from '../features/lessons/LessonEditor';
import { LessonList } from '../features/lessons/LessonList';
import { Presentation } from '../features/lessons/Presentation';
import { Backups } from '../features/backups/Backups';
import { EvidenceScreen } from '../features/evidence/EvidenceScreen';
import { ValidationScreen } from '../features/validation/ValidationScreen';

const NAV: { label: string; route: Route }[] = [
  { label: 'Home', route: { name: 'home' } },
  { label: 'Case library', route: { name: 'cases', caseId: null } },
  { label: 'Simulation', route: { name: 'sim', caseId: null } },
  { label: 'Lessons', route: { name: 'lessons', lessonId: null } },
  { label: 'Evidence', route: { name: 'evidence', claimId: null } },
  { label: 'Validation', route: { name: 'validation' } },
];

const TITLES: Record<Route['name'], string> = {
  home: 'LactaSim',
  cases: 'Case library · LactaSim',
  backups: 'Backups · LactaSim',
  sim: 'Simulation · LactaSim',
  parent: 'Parent view · LactaSim',
  lessons: 'Lessons · LactaSim',
  present: 'Presenting · LactaSim',
  evidence: 'Evidence · LactaSim',
  validation: 'Validation · LactaSim',
};

export function App() {
  const route = useRoute();
  // Set when the library failed its integrity check at start: its backups are the way back.
  const [damaged, setDamaged] = useState<string | null>(null);
  useEffect(() => {
    document.title = TITLES[route.name];
  }, [route.name]);
  // The web edition refused the session: say how to get a working link, not "Loading…" forever.
  const [sessionRefused, setSessionRefused] = useState(false);
  useEffect(() => {
    const refused = () => setSessionRefused(true);
    window.addEventListener(SESSION_REFUSED, refused);
    return () => window.removeEventListener(SESSION_REFUSED, refused);
  }, []);
  useEffect(() => {
    call('backups.list', {})
      .then((list) => {
        setDamaged(list.damaged);
        if (list.damaged !== null) window.location.hash = hrefFor({ name: 'backups' });
      })
      .catch(() => undefined);
  }, []);

  if (sessionRefused) {
    return (
      <main id="main" className="session-refused">
        <h1>This page is not connected to LactaSim</h1>
        <p role="alert">
          The LactaSim web edition did not recognise this browser tab: LactaSim was stopped or
          started again since the link was opened, or the page was opened without its link.
        </p>
        <p>
          Start LactaSim with <code>npm run web</code> (or use the one already running) and open the
          link it prints, which looks like <code>http://127.0.0.1:PORT/?token=…</code>. After that,
          new tabs, bookmarks and reloads in this browser work without the link.
        </p>
      </main>
    );
  }

  // Presenting shows the lesson alone: no header, no navigation, nothing to edit.
  if (route.name === 'present') {
    return (
      <main id="main" className="present-main">
        <Presentation
          key={`${route.lessonId}/${route.role}`}
          lessonId={route.lessonId}
          role={route.role}
        />
      </main>
    );
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href="#/">
          <span aria-hidden="true" className="brand-mark">
            ◐
          </span>
          LactaSim
        </a>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.label}>
                <a
                  href={hrefFor(item.route)}
                  aria-current={route.name === item.route.name ? 'page' : undefined}
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <ThemeToggle />
      </header>
      <main id="main" tabIndex={-1}>
        {damaged !== null && route.name !== 'backups' && (
          <p role="alert" className="library-damaged">
            The case library is damaged and cannot be used until a backup is restored.{' '}
            <a href={hrefFor({ name: 'backups' })}>Restore a backup</a>
          </p>
        )}
        {route.name === 'home' && <Home />}
        {route.name === 'cases' && <CaseLibrary caseId={route.caseId} />}
        {route.name === 'backups' && <Backups onRestored={() => setDamaged(null)} />}
        {route.name === 'sim' &&
          (route.caseId ? (
            <CaseSim key={route.caseId} caseId={route.caseId} initialTimeSec={route.t} />
          ) : (
            <SimView />
          ))}
        {route.name === 'parent' && (
          <ParentView
            key={route.caseId}
            caseId={route.caseId}
            initialTimeSec={route.t}
            step={route.step}
          />
        )}
        {route.name === 'lessons' &&
          (route.lessonId ? (
            <LessonEditor key={route.lessonId} lessonId={route.lessonId} />
          ) : (
            <LessonList />
          ))}
        {route.name === 'evidence' && <EvidenceScreen claimId={route.claimId} />}
        {route.name === 'validation' && <ValidationScreen />}
      </main>
    </div>
  );
}
