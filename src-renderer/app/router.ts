import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'cases' }
  | { name: 'sim'; caseId: string | null }
  | { name: 'lessons'; lessonId: string | null }
  | { name: 'present'; lessonId: string; role: 'audience' | 'presenter' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts[0] === 'cases') return { name: 'cases' };
  if (parts[0] === 'lessons')
    return { name: 'lessons', lessonId: parts[1] ? decodeURIComponent(parts[1]) : null };
  if (parts[0] === 'present' && parts[1])
    return {
      name: 'present',
      lessonId: decodeURIComponent(parts[1]),
      role: parts[2] === 'presenter' ? 'presenter' : 'audience',
    };
  if (parts[0] === 'sim')
    return { name: 'sim', caseId: parts[1] ? decodeURIComponent(parts[1]) : null };
  return { name: 'home' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'cases':
      return '#/cases';
    case 'sim':
      return route.caseId ? `#/sim/${encodeURIComponent(route.caseId)}` : '#/sim';
    case 'lessons':
      return route.lessonId ? `#/lessons/${encodeURIComponent(route.lessonId)}` : '#/lessons';
    case 'present':
      return `#/present/${encodeURIComponent(route.lessonId)}${route.role === 'presenter' ? '/presenter' : ''}`;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
