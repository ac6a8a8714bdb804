// The skin tone of the drawing: a few tones for a tool used worldwide, chosen in the simulation
// view and remembered on this computer. The choice is an attribute on <html> (like the projector
// theme), so every drawing in every view and window takes it; the colours are in anatomy.css.
import { useSyncExternalStore } from 'react';

/** Each tone and the key of its name in the anatomy catalog. */
export const SKIN_TONES = [
  { id: 'light', name: 'skinTone.light' },
  { id: 'light-medium', name: 'skinTone.lightMedium' },
  { id: 'medium', name: 'skinTone.medium' },
  { id: 'medium-dark', name: 'skinTone.mediumDark' },
  { id: 'dark', name: 'skinTone.dark' },
] as const;

export type SkinToneId = (typeof SKIN_TONES)[number]['id'];

/** The drawing as it was before tones were offered. */
export const DEFAULT_SKIN_TONE: SkinToneId = 'light';

const KEY = 'lactasim.skinTone';

export function isSkinTone(value: unknown): value is SkinToneId {
  return SKIN_TONES.some((t) => t.id === value);
}

/** The remembered tone; anything else stored under the key (an old or edited value) is ignored. */
export function storedSkinTone(storage: Pick<Storage, 'getItem'>): SkinToneId {
  const value = storage.getItem(KEY);
  return isSkinTone(value) ? value : DEFAULT_SKIN_TONE;
}

/** Shows `tone` in every drawing of this window and remembers it. */
export function setSkinTone(tone: SkinToneId, storage: Pick<Storage, 'setItem'> = localStorage) {
  document.documentElement.dataset.skin = tone;
  storage.setItem(KEY, tone);
}

/** At start-up: the remembered tone, before anything is drawn. */
export function applyStoredSkinTone(): void {
  document.documentElement.dataset.skin = storedSkinTone(localStorage);
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-skin'] });
  // Another window of the app (the presenter's) chose a tone: take it here too.
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEY && isSkinTone(e.newValue)) document.documentElement.dataset.skin = e.newValue;
  };
  window.addEventListener('storage', onStorage);
  return () => {
    observer.disconnect();
    window.removeEventListener('storage', onStorage);
  };
}

const current = (): SkinToneId => {
  const value = document.documentElement.dataset.skin;
  return isSkinTone(value) ? value : DEFAULT_SKIN_TONE;
};

export function useSkinTone(): SkinToneId {
  return useSyncExternalStore(subscribe, current, () => DEFAULT_SKIN_TONE);
}
