import { useEffect, useState } from 'react';
import { useT } from './i18n';

const KEY = 'lactasim.theme';

/** High-contrast projector theme on or off; remembered on this computer. */
export function ThemeToggle() {
  const { t } = useT('app');
  const [projector, setProjector] = useState(() => localStorage.getItem(KEY) === 'projector');
  useEffect(() => {
    if (projector) document.documentElement.dataset.theme = 'projector';
    else delete document.documentElement.dataset.theme;
    localStorage.setItem(KEY, projector ? 'projector' : 'default');
  }, [projector]);
  return (
    <button type="button" aria-pressed={projector} onClick={() => setProjector(!projector)}>
      {t('projectorTheme')}
    </button>
  );
}
