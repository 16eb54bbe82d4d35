import path from 'node:path';
import { createHandlers } from '../../electron/ipc/handlers';
import { fontsFolder, readFonts } from '../../electron/services/fonts';
import { createOpenedFiles } from '../../electron/services/opened-files';
import { WorkspaceStorage, type StorageOptions } from '../../electron/services/workspace-storage';
import type { Handlers } from '../../shared/ipc/contract';

/** Opens the storage on a folder the way the app does, with conf in place of electron-store. */
export function openStorage(folder: string, extra: Partial<StorageOptions> = {}): WorkspaceStorage {
  return WorkspaceStorage.open({ folder, appVersion: '0.1.0-test', ...extra });
}

/** What the stand-in clipboard holds, for tests that copy drafted messages. */
export const clipboard = { text: '' };

/**
 * The stand-in for the OS: the file the next open dialog "picks", where the next save dialog
 * saves (and the name it suggested), the files it was asked to open, and the files the OS
 * opened with the app (double-click, a second start), as the main process queues them.
 */
export const desktop = {
  nextPick: null as string | null,
  nextSavePath: null as string | null,
  suggestedNames: [] as string[],
  opened: [] as string[],
  openedFiles: createOpenedFiles(),
};

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The app's real handler table over a data folder, with links going nowhere. */
export function handlersFor(storage: WorkspaceStorage, now?: () => Date): Handlers {
  return createHandlers({
    storage,
    appVersion: '0.1.0-test',
    openExternal: () => Promise.resolve(true),
    copyText: (text) => {
      clipboard.text = text;
    },
    pickFile: () => {
      const picked = desktop.nextPick;
      desktop.nextPick = null;
      return Promise.resolve(picked);
    },
    openPath: (file) => {
      desktop.opened.push(file);
      return Promise.resolve();
    },
    pickWorkspaceFile: () => {
      const picked = desktop.nextPick;
      desktop.nextPick = null;
      return Promise.resolve(picked);
    },
    takeOpenedFile: () => desktop.openedFiles.take(),
    readFonts: () => readFonts(fontsFolder(ROOT)),
    pickSavePath: (defaultFileName) => {
      desktop.suggestedNames.push(defaultFileName);
      const chosen = desktop.nextSavePath;
      desktop.nextSavePath = null;
      return Promise.resolve(chosen);
    },
    ...(now ? { now } : {}),
  });
}
