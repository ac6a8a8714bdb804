// Keeps the windows of one presentation in step over a BroadcastChannel named for the lesson:
// every local change is broadcast, a newer incoming state replaces ours, and a window that opens
// says hello so the others send it the current state. Either window can drive.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import {
  channelName,
  initialState,
  mergeIncoming,
  type PresentState,
  type SyncMessage,
} from './presentState';
import { fromPeer, postToPeer } from './presenterWindow';

/** This window, to ignore its own messages coming back. */
const WINDOW_ID = Math.random().toString(36).slice(2);

export function usePresentSync(
  lessonId: string,
  onExit: () => void,
): [PresentState, (next: (s: PresentState) => PresentState) => void, () => void] {
  const [state, setState] = useState<PresentState>(() => initialState());
  const stateRef = useRef(state);
  const channel = useRef<BroadcastChannel | null>(null);
  const exitRef = useRef(onExit);
  useLayoutEffect(() => {
    exitRef.current = onExit;
  });

  const send = useCallback((msg: SyncMessage) => {
    channel.current?.postMessage(msg);
    postToPeer(msg);
  }, []);

  useEffect(() => {
    const receive = (msg: SyncMessage) => {
      if (msg.from === WINDOW_ID) return;
      if (msg.type === 'hello') {
        send({ type: 'state', from: WINDOW_ID, state: stateRef.current });
      } else if (msg.type === 'state') {
        const merged = mergeIncoming(stateRef.current, msg.state);
        stateRef.current = merged;
        setState(merged);
      } else if (msg.type === 'exit') {
        exitRef.current();
      }
    };
    const onWindowMessage = (e: MessageEvent) => {
      const msg = fromPeer(e);
      if (msg) receive(msg);
    };
    window.addEventListener('message', onWindowMessage);
    if (typeof BroadcastChannel !== 'undefined') {
      const ch = new BroadcastChannel(channelName(lessonId));
      channel.current = ch;
      ch.onmessage = (e: MessageEvent<SyncMessage>) => receive(e.data);
    }
    send({ type: 'hello', from: WINDOW_ID });
    return () => {
      window.removeEventListener('message', onWindowMessage);
      channel.current?.close();
      channel.current = null;
    };
  }, [lessonId, send]);

  const update = useCallback(
    (fn: (s: PresentState) => PresentState) => {
      const next = fn(stateRef.current);
      if (next === stateRef.current) return;
      stateRef.current = next;
      setState(next);
      send({ type: 'state', from: WINDOW_ID, state: next });
    },
    [send],
  );

  const broadcastExit = useCallback(() => send({ type: 'exit', from: WINDOW_ID }), [send]);

  return [state, update, broadcastExit];
}
