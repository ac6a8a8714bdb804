// A presentation is always shown in the projector theme; the previous theme comes back after.
import { useEffect } from 'react';

export function useProjectorTheme(): void {
  useEffect(() => {
    const root = document.documentElement;
    const before = root.dataset.theme;
    root.dataset.theme = 'projector';
    return () => {
      if (before === undefined) delete root.dataset.theme;
      else root.dataset.theme = before;
    };
  }, []);
}
