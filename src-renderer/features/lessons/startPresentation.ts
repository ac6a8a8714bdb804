// Present: full screen when the browser allows it (it needs the click that called this), then
// the audience view of the lesson in this window.

/** Where the Present button that started a presentation is: a lesson's editor or the list. */
export type PresentOpener = 'editor' | 'list';

// Leaving a presentation lands on its lesson's editor, mounted anew: the editor asks this which
// Present button started it, to give focus back there (the list's is not on that page).
let started: { lessonId: string; from: PresentOpener } | null = null;

export function startPresentation(lessonId: string, from: PresentOpener): void {
  const root = document.documentElement;
  if (root.requestFullscreen && !document.fullscreenElement) {
    root.requestFullscreen().catch(() => undefined);
  }
  started = { lessonId, from };
  window.location.hash = `#/present/${encodeURIComponent(lessonId)}`;
}

/** Once, for the editor arriving after this window presented the lesson: where that started. */
export function takePresentOpener(lessonId: string): PresentOpener | null {
  const from = started?.lessonId === lessonId ? started.from : null;
  started = null;
  return from;
}
