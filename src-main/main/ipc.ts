import type { IpcMain } from 'electron';
import { ipcChannel, METHOD_NAMES, type Handlers } from '../contract/index';
import type { Result } from '../contract/errors';
import { dispatch } from '../services/dispatch';

/** The part of an IPC event we rely on; a fake of it drives the unit tests. */
export interface SenderEvent {
  senderFrame: { url: string } | null;
}

export type IpcHandler = (
  name: string,
  event: SenderEvent,
  request: unknown,
) => Promise<Result<unknown>>;

/** Validates the sender frame's URL, then the arguments, then runs the method. */
export function createIpcHandler(
  handlers: Handlers,
  isAllowedSender: (url: string) => boolean,
): IpcHandler {
  return async (name, event, request) => {
    const url = event.senderFrame?.url;
    if (url === undefined || !isAllowedSender(url)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'IPC from an unexpected frame' } };
    }
    return dispatch(handlers, name, request);
  };
}

export function bindIpc(ipcMain: IpcMain, handler: IpcHandler): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(ipcChannel(name), (event, request: unknown) => handler(name, event, request));
  }
}
