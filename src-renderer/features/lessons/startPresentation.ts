// Present: full screen when the browser allows it (it needs the click that called this), then
// the audience view of the lesson in this window.
export function startPresentation(lessonId: string): void {
  const root = document.documentElement;
  if (root.requestFullscreen && !document.fullscreenElement) {
    root.requestFullscreen().catch(() => undefined);
  }
  window.location.hash = `#/present/${encodeURIComponent(lessonId)}`;
}
