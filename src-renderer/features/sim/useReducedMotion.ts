import { useSyncExternalStore } from 'react';

// One MediaQueryList for the app: matchMedia is not free and this is read on every frame.
const media = window.matchMedia('(prefers-reduced-motion: reduce)');

function subscribe(onChange: () => void) {
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** True when the user asked the system for less motion. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => media.matches);
}
