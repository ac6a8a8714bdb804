import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { MenuCommand, OpenedFile } from '../../src-main/contract/desktop';
import { call } from './api';
import { useMenuCommands, useOpenedFiles } from './desktop';
import { KeyHelp } from './KeyHelp';
import { rememberCase } from './recent';
import { hrefFor, parseRoute, useRoute, type Route } from './router';
import { ThemeToggle } from './ThemeToggle';
import { previewBundle } from '../features/import/bundleFile';
import { ImportPreview } from '../features/import/ImportPreview';
import { useBundleDrop } from '../features/import/useBundleDrop';
import { Home } from '../features/home/Home';
import { SimView } from '../features/sim/SimView';
import { CaseSim } from '../features/cases/CaseSim';
import { CaseLibrary } from '../features/cases/CaseLibrary';
import { ParentView } from '../features/parent/ParentView';
import { LessonEditor } from '../features/lessons/LessonEditor';
import { LessonList } from '../features/lessons/LessonList';
import { Presentation } from '../features/lessons/Presentation';

const NAV: { label: string; route: Route }[] = [
  { label: 'Home', route: { name: 'home' } },
  { label: 'Case library', route: { name: 'cases' } },
  { label: 'Simulation', route: { name: 'sim', caseId: null } },
  { label: 'Lessons', route: { name: 'lessons', lessonId: null } },
];

const TITLES: Record<Route['name'], string> = {
  home: 'LactaSim',
  cases: 'Case library · LactaSim',
  sim: 'Simulation · LactaSim',
  parent: 'Parent view · LactaSim',
  lessons: 'Lessons · LactaSim',
  present: 'Presenting · LactaSim',
};

type Preview = Parameters<typeof ImportPreview>[0]['preview'];

function readPreview({ name, text }: OpenedFile): Preview {
  try {
    return previewBundle(name, text);
  } catch (e) {
    return { fileName: name, error: (e as Error).message };
  }
}

export function App() {
  const route = useRoute();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [keys, setKeys] = useState(false);
  const [readOnly, setReadOnly] = useState(false);
  // Remounts the library lists after an import from the preview, so they show the new records.
  const [imports, setImports] = useState(0);

  useEffect(() => {
    document.title = TITLES[route.name];
  }, [route.name]);
  const openedCase = route.name === 'sim' || route.name === 'parent' ? route.caseId : null;
  useEffect(() => {
    if (openedCase) rememberCase(openedCase);
  }, [openedCase]);
  useEffect(() => {
    call('app.info', {})
      .then((info) => setReadOnly(info.readOnly))
      .catch(() => undefined); // Home says when the service cannot be reached.
  }, []);

  useMenuCommands(
    useCallback((command: MenuCommand) => {
      if (command.kind === 'show-keys') setKeys(true);
      // Through the router, so only a route the app has can be reached.
      else window.location.hash = hrefFor(parseRoute(command.hash));
    }, []),
  );
  useOpenedFiles(useCallback((file: OpenedFile) => setPreview(readPreview(file)), []));
  const dragging = useBundleDrop(
    useCallback((file: File) => {
      void file.text().then((text) => setPreview(readPreview({ name: file.name, text })));
    }, []),
  );

  const overlays: ReactNode = (
    <>
      {preview && (
        <ImportPreview
          key={preview.fileName}
          preview={preview}
          onClose={() => setPreview(null)}
          onImported={(kind) => {
            setImports((n) => n + 1);
            window.location.hash = kind === 'lesson' ? '#/lessons' : '#/cases';
          }}
        />
      )}
      {keys && (
        <KeyHelp
          scope={route.name === 'present' ? 'present' : 'sim'}
          title={route.name === 'present' ? 'Presentation keys' : 'Simulation keys'}
          onClose={() => setKeys(false)}
        />
      )}
    </>
  );

  // Presenting shows the lesson alone: no header, no navigation, nothing to edit.
  if (route.name === 'present') {
    return (
      <main id="main" className="present-main">
        {overlays}
        <Presentation
          key={`${route.lessonId}/${route.role}`}
          lessonId={route.lessonId}
          role={route.role}
        />
      </main>
    );
  }

  return (
    <div className={dragging ? 'app dropping' : 'app'}>
      {overlays}
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
      {readOnly && (
        <p className="read-only-banner" role="status">
          Read-only: this library could not be opened for writing, so nothing you change can be
          saved. Quit and see the message at start-up to fix it.
        </p>
      )}
      <main id="main" tabIndex={-1}>
        {route.name === 'home' && <Home />}
        {route.name === 'cases' && <CaseLibrary key={imports} />}
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
            <LessonList key={imports} />
          ))}
      </main>
    </div>
  );
}
