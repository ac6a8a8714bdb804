// Opening the presenter window and talking to it. The window is a plain `window.open` of the
// same app at the presenter route: the web edition gets a second browser window, and the
// desktop app's main process lets exactly this URL through (src-main/main/presenter.ts) and
// places it on a second display. Messages go over a BroadcastChannel and also straight to the
// other window with postMessage, because file:// pages in the desktop app may not share a
// channel; a duplicate is harmless (states carry a version).
import type { Transport } from './presentPlayer';
import { channelName, type SyncMessage } from './presentState';

let popup: Window | null = null;

function presenterUrl(lessonId: string): string {
  const { origin, pathname } = window.location;
  const base =
    origin === 'null' || origin.startsWith('file:')
      ? window.location.href.split('#')[0]
      : `${origin}${pathname}`;
  return `${base}#/present/${encodeURIComponent(lessonId)}/presenter`;
}

/** Opens (or focuses) the presenter window; false when the browser blocked it. */
export function openPresenterWindow(lessonId: string): boolean {
  if (popup && !popup.closed) {
    popup.focus();
    return true;
  }
  popup = window.open(
    presenterUrl(lessonId),
    `lactasim-presenter-${lessonId}`,
    'popup,width=1280,height=800',
  );
  return popup !== null;
}

/** The other window of this presentation, if this window opened it or was opened by it. */
function peerWindow(): Window | null {
  if (popup && !popup.closed) return popup;
  const opener = window.opener as Window | null;
  return opener && !opener.closed ? opener : null;
}

function postToPeer(msg: SyncMessage): void {
  // Only the presentation state travels; nothing private, so any target origin will do
  // (file:// pages have none to name).
  peerWindow()?.postMessage({ lactasimPresent: msg }, '*');
}

/** Unwraps a message from the peer window; null for anything else. */
function fromPeer(e: MessageEvent): SyncMessage | null {
  const peer = peerWindow();
  if (peer === null || e.source !== peer) return null;
  const data = e.data as { lactasimPresent?: SyncMessage } | null;
  return data?.lactasimPresent ?? null;
}

/** The windows of one presentation: a channel named for the lesson, and the peer window. */
export function windowTransport(lessonId: string): Transport {
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName(lessonId));
  return {
    send: (msg) => {
      channel?.postMessage(msg);
      postToPeer(msg);
    },
    listen: (receive) => {
      const onWindowMessage = (e: MessageEvent) => {
        const msg = fromPeer(e);
        if (msg) receive(msg);
      };
      window.addEventListener('message', onWindowMessage);
      if (channel) channel.onmessage = (e: MessageEvent<SyncMessage>) => receive(e.data);
      return () => {
        window.removeEventListener('message', onWindowMessage);
        channel?.close();
      };
    },
  };
}

/**
 * Swap displays (X): the desktop app's main process handles the key itself before the page
 * sees it; in a browser windows cannot be moved between screens by the page, so nothing to do.
 */
export function swapDisplays(): void {}
