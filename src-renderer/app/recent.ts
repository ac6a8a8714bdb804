// Recently opened cases, newest first, kept on this computer (like the projector theme) and
// listed on Home. The titles are read from the library when shown, so a renamed or deleted case
// shows as it is now.
const KEY = 'lactasim.recentCases';
export const RECENT_MAX = 8;

export function recentCaseIds(storage: Pick<Storage, 'getItem'> = localStorage): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberCase(id: string, storage: Storage = localStorage): void {
  const ids = [id, ...recentCaseIds(storage).filter((other) => other !== id)].slice(0, RECENT_MAX);
  storage.setItem(KEY, JSON.stringify(ids));
}
