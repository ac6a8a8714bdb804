import { useEffect } from 'react';
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
import { EvidenceScreen } from '../features/evidence/EvidenceScreen';
import { ValidationScreen } from '../features/validation/ValidationScreen';

const NAV: { label: string; route: Route }[] = [
  { label: 'Home', route: { name: 'home' } },
  { label: 'Case library', route: { name: 'cases' } },
  { label: 'Simulation', route: { name: 'sim', caseId: null } },
  { label: 'Lessons', route: { name: 'lessons', lessonId: null } },
  { label: 'Evidence', route: { name: 'evidence', claimId: null } },
  { label: 'Validation', route: { name: 'validation' } },
];

const TITLES: Record<Route['name'], string> = {
  home: 'LactaSim',
  cases: 'Case library · LactaSim',
  sim: 'Simulation · LactaSim',
  parent: 'Parent view · LactaSim',
  lessons: 'Lessons · LactaSim',
  present: 'Presenting · LactaSim',
  evidence: 'Evidence · LactaSim',
  validation: 'Validation · LactaSim',
};

export function App() {
  const route = useRoute();
  useEffect(() => {
    document.title = TITLES[route.name];
  }, [route.name]);

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
        {route.name === 'home' && <Home />}
        {route.name === 'cases' && <CaseLibrary />}
        {route.name === 'sim' &&
          (route.caseId ? (
            <CaseSim key={route.caseId} caseId={route.caseId} initialTimeSec={route.t} />
          ) : (
            <SimView />
          ))}
        {route.name === 'parent' && (
          <ParentView key={route.caseId} caseId={route.caseId} initialTimeSec={route.t} />
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
