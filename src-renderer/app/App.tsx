import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { MenuCommand, OpenedFile } from '../../src-main/contract/desktop';
import { call, SESSION_REFUSED } from './api';
import { useMenuCommands, useOpenedFiles } from './desktop';
import { KeyHelp } from './KeyHelp';
import { rememberCase } from './recent';
import { hrefFor, parseRoute, useRoute, type Route } from './router';
import { ThemeToggle } from './ThemeToggle';
import { LanguagePicker } from './LanguagePicker';
import { useT } from './i18n';
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
import { Backups } from '../features/backups/Backups';
import { EvidenceScreen } from '../features/evidence/EvidenceScreen';
import { ValidationScreen } from '../features/validation/ValidationScreen';

const NAV: Route[] = [
  { name: 'home' },
  { name: 'cases', caseId: null },
  { name: 'sim', caseId: null },
  { name: 'lessons', lessonId: null },
  { name: 'evidence', claimId: null },
  { name: 'validation' },
];

type Preview = Parameters<typeof ImportPreview>[0]['preview'];

function readPreview({ name, text }: OpenedFile): Preview {
  try {
    return previewBundle(name, text);
  } catch (e) {
    return { fileName: name, error: (e as Error).message };
  }
}

export function App() {
  const { t } = useT('app');
  const route = useRoute();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [keys, setKeys] = useState(false);
  const [readOnly, setReadOnly] = useState(false);
  // Remounts the library lists after an import from the preview, so they show the new records.
  const [imports, setImports] = useState(0);

  useEffect(() => {
    document.title = t(`titles.${route.name}`);
  }, [route.name, t]);
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

  // Set when the library failed its integrity check at start: its backups are the way back.
  const [damaged, setDamaged] = useState<string | null>(null);
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
          onClose={() => setKeys(false)}
        />
      )}
    </>
  );

  if (sessionRefused) {
    return (
      <main id="main" className="session-refused">
        <h1>{t('sessionRefused.heading')}</h1>
        <p role="alert">{t('sessionRefused.why')}</p>
        <p>
          {t('sessionRefused.howBefore')} <code>npm run web</code> {t('sessionRefused.howMiddle')}{' '}
          <code>http://127.0.0.1:PORT/?token=…</code>
          {t('sessionRefused.howAfter')}
        </p>
      </main>
    );
  }

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
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          // The address is the route: "#main" would read as Home, so move focus without it.
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skipLink')}
      </a>
      <header className="app-header">
        <a className="brand" href="#/">
          <span aria-hidden="true" className="brand-mark">
            ◐
          </span>
          LactaSim
        </a>
        <nav aria-label={t('nav.label')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.name}>
                <a
                  href={hrefFor(item)}
                  aria-current={route.name === item.name ? 'page' : undefined}
                >
                  {t(`nav.${item.name}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <LanguagePicker />
        <ThemeToggle />
      </header>
      {readOnly && (
        <p className="read-only-banner" role="status">
          {t('readOnly')}
        </p>
      )}
      <main id="main" tabIndex={-1}>
        {damaged !== null && route.name !== 'backups' && (
          <p role="alert" className="library-damaged">
            {t('damaged')} <a href={hrefFor({ name: 'backups' })}>{t('restoreBackup')}</a>
          </p>
        )}
        {route.name === 'home' && <Home />}
        {route.name === 'cases' && <CaseLibrary key={imports} caseId={route.caseId} />}
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
            <LessonList key={imports} />
          ))}
        {route.name === 'evidence' && <EvidenceScreen claimId={route.claimId} />}
        {route.name === 'validation' && <ValidationScreen />}
      </main>
    </div>
  );
}
