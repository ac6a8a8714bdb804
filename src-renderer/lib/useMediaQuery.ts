// Whether a CSS media query matches, kept current: for markup that must follow the same
// breakpoint as a style sheet (a class given only in narrow windows) or a system setting.
import { useSyncExternalStore } from 'react';

interface Watched {
  list: MediaQueryList;
  subscribe(onChange: () => void): () => void;
}

// One MediaQueryList per query for the app: matchMedia is not free and some are read every frame.
const watched = new Map<string, Watched>();

function watch(query: string): Watched {
  let w = watched.get(query);
  if (!w) {
    const list = window.matchMedia(query);
    w = {
      list,
      subscribe(onChange) {
        list.addEventListener('change', onChange);
        return () => list.removeEventListener('change', onChange);
      },
    };
    watched.set(query, w);
  }
  return w;
}

export function useMediaQuery(query: string): boolean {
  const { list, subscribe } = watch(query);
  return useSyncExternalStore(subscribe, () => list.matches);
}
