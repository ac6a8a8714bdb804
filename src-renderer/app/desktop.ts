// Messages from the desktop app's main process (menu commands, files opened with LactaSim).
// The web edition has no such bridge and these hooks do nothing there.
import { useEffect } from 'react';
import type { DesktopBridge, MenuCommand, OpenedFile } from '../../src-main/contract/desktop';

declare global {
  interface Window {
    lactasimDesktop?: DesktopBridge;
  }
}

export function useMenuCommands(onCommand: (command: MenuCommand) => void): void {
  useEffect(() => window.lactasimDesktop?.onMenuCommand(onCommand), [onCommand]);
}

export function useOpenedFiles(onFile: (file: OpenedFile) => void): void {
  useEffect(() => window.lactasimDesktop?.onOpenFile(onFile), [onFile]);
}
