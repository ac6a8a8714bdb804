// Which app theme is on (ThemeToggle and the presentation set it on <html>), for views that draw
// their own colours rather than reading the CSS variables: the presentation-style charts.
import { useSyncExternalStore } from 'react';
import type { ChartThemeName } from '../../src-main/charts/chart-theme';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

const current = (): ChartThemeName =>
  document.documentElement.dataset.theme === 'projector' ? 'projector' : 'light';

export function useDocumentTheme(): ChartThemeName {
  return useSyncExternalStore(subscribe, current, () => 'light');
}
