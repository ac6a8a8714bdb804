import { useSyncExternalStore } from 'react';
import { mayLeave } from './leaveGuard';

export type Route =
  | { name: 'home' }
  /** `caseId`: the case shown, so a case has an address to bookmark or share. */
  | { name: 'cases'; caseId: string | null }
  | { name: 'backups' }
  /** `t`: model seconds to open at (kept when switching between clinician and parent view). */
  | { name: 'sim'; caseId: string | null; t?: number }
  /** `step`: the walkthrough step shown (1-based), so Back, Forward and a reload keep it. */
  | { name: 'parent'; caseId: string; t?: number; step?: number }
  | { name: 'lessons'; lessonId: string | null }
  /** `claimId`: a claim to open and scroll to. */
  | { name: 'evidence'; claimId: string | null }
  | { name: 'validation' }
  | { name: 'present'; lessonId: string; role: 'audience' | 'presenter' };

/** `?t=123.5` after the route: the model time to open at. */
function timeParam(query: string): { t?: number } {
  const t = Number(new URLSearchParams(query).get('t') ?? NaN);
  return Number.isFinite(t) && t >= 0 ? { t } : {};
}

/** `decodeURIComponent`, or null for a malformed escape such as `%` or `%E0%A4%A`. */
function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decoded);
  // An address typed or pasted with a broken escape leads Home, like any address the app lacks.
  if (!parts.every((part): part is string => part !== null)) return { name: 'home' };
  if (parts[0] === 'cases') return { name: 'cases', caseId: parts[1] ?? null };
  if (parts[0] === 'backups') return { name: 'backups' };
  if (parts[0] === 'evidence') return { name: 'evidence', claimId: parts[1] ?? null };
  if (parts[0] === 'validation') return { name: 'validation' };
  if (parts[0] === 'lessons') return { name: 'lessons', lessonId: parts[1] ?? null };
  if (parts[0] === 'present' && parts[1])
    return {
      name: 'present',
      lessonId: parts[1],
      role: parts[2] === 'presenter' ? 'presenter' : 'audience',
    };
  if (parts[0] === 'sim')
    return {
      name: 'sim',
      caseId: parts[1] ?? null,
      ...timeParam(query),
    };
  if (parts[0] === 'parent' && parts[1]) {
    const step = Number(new URLSearchParams(query).get('step') ?? NaN);
    return {
      name: 'parent',
      caseId: parts[1],
      ...timeParam(query),
      ...(Number.isInteger(step) && step >= 1 ? { step } : {}),
    };
  }
  return { name: 'home' };
}

const withTime = (t: number | undefined) => (t === undefined ? '' : `?t=${Math.round(t)}`);

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'cases':
      return route.caseId ? `#/cases/${encodeURIComponent(route.caseId)}` : '#/cases';
    case 'backups':
      return '#/backups';
    case 'sim':
      return route.caseId
        ? `#/sim/${encodeURIComponent(route.caseId)}${withTime(route.t)}`
        : '#/sim';
    case 'parent': {
      const step =
        route.step === undefined ? '' : `${route.t === undefined ? '?' : '&'}step=${route.step}`;
      return `#/parent/${encodeURIComponent(route.caseId)}${withTime(route.t)}${step}`;
    }
    case 'lessons':
      return route.lessonId ? `#/lessons/${encodeURIComponent(route.lessonId)}` : '#/lessons';
    case 'evidence':
      return route.claimId ? `#/evidence/${encodeURIComponent(route.claimId)}` : '#/evidence';
    case 'validation':
      return '#/validation';
    case 'present':
      return `#/present/${encodeURIComponent(route.lessonId)}${route.role === 'presenter' ? '/presenter' : ''}`;
  }
}

// One listener decides every change of address, before any view sees it: with unsaved changes
// open it asks first, and when the person stays, the address is put back (no view re-renders).
const listeners = new Set<() => void>();
let shownHash: string | null = null;

function onHashChange(event: HashChangeEvent): void {
  const next = window.location.hash;
  if (next === shownHash) return;
  if (!mayLeave(next)) {
    history.replaceState(history.state, '', shownHash ?? event.oldURL);
    return;
  }
  shownHash = next;
  listeners.forEach((listener) => listener());
}

function subscribe(onChange: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('hashchange', onHashChange);
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (listeners.size > 0) return;
    window.removeEventListener('hashchange', onHashChange);
    shownHash = null;
  };
}

function currentHash(): string {
  shownHash ??= window.location.hash;
  return shownHash;
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseRoute(hash);
}
