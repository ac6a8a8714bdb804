// The controllable player of a presentation: the one owner of its shared state in a window.
// Every change goes through `dispatch`, is applied here and sent to the other windows; a newer
// state from another window replaces ours; a window that opens says hello and is sent the
// current state. The views subscribe and read; they keep no state of their own about the beat,
// the clock or the zoom. The transport is injected, so two players are tested side by side.
import {
  applyAction,
  initialState,
  mergeIncoming,
  type ClockLimits,
  type PresentAction,
  type PresentState,
  type SyncMessage,
} from './presentState';

export interface Transport {
  send: (msg: SyncMessage) => void;
  /** Calls `receive` with each message from the other windows; returns a function that stops. */
  listen: (receive: (msg: SyncMessage) => void) => () => void;
}

export interface PresentPlayer {
  getState: () => PresentState;
  subscribe: (listener: () => void) => () => void;
  /** Applies an action at this moment; `limits` are those of the beat shown now. */
  dispatch: (action: PresentAction, limits: ClockLimits) => void;
  /** Tells the other windows that the presentation is over. */
  announceExit: () => void;
  /** Stops listening; the other windows are not told (see announceExit). */
  close: () => void;
}

export interface PlayerOptions {
  /** This window's id. */
  id: string;
  /** Each beat's moment in model seconds. */
  beatStartsSec: readonly number[];
  transport: Transport;
  /** Another window left the presentation. */
  onExit: () => void;
  now?: () => number;
}

export function createPresentPlayer({
  id,
  beatStartsSec,
  transport,
  onExit,
  now = Date.now,
}: PlayerOptions): PresentPlayer {
  let state = initialState(beatStartsSec[0] ?? 0);
  // A closed player's channel is closed too: what reaches it late (a drawing's zoom ending as it
  // unmounts) is dropped, not sent on a closed channel, which throws.
  let closed = false;
  const listeners = new Set<() => void>();
  const set = (next: PresentState) => {
    if (next === state) return;
    state = next;
    for (const l of listeners) l();
  };
  const stop = transport.listen((msg) => {
    if (msg.from === id) return;
    if (msg.type === 'hello') transport.send({ type: 'state', from: id, state });
    else if (msg.type === 'state') set(mergeIncoming(state, msg.state));
    else onExit();
  });
  transport.send({ type: 'hello', from: id });

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch: (action, limits) => {
      if (closed) return;
      const next = applyAction(state, action, { beatStartsSec, limits, nowMs: now(), by: id });
      if (next === state) return;
      set(next);
      transport.send({ type: 'state', from: id, state: next });
    },
    announceExit: () => {
      if (!closed) transport.send({ type: 'exit', from: id });
    },
    close: () => {
      closed = true;
      stop();
      listeners.clear();
    },
  };
}
