import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { contract, METHODS, type Handlers } from '../../shared/ipc/contract';
import { dispatch } from './dispatch';
import { isTrustedSenderUrl } from './trusted-sender';

/**
 * Registers the handler table: one `ipcMain.handle` per channel of the contract. Every call
 * is checked for its sender (the app's own window and page only) and its input is parsed
 * before the handler sees it.
 */
export function registerHandlers(
  handlers: Handlers,
  trusted: { webContents: () => WebContents | null; rendererUrl: string },
): void {
  for (const method of METHODS) {
    ipcMain.handle(contract[method].channel, async (event: IpcMainInvokeEvent, input: unknown) => {
      const own = trusted.webContents();
      if (!own || event.sender !== own || !isTrustedSenderUrl(event.senderFrame?.url, trusted.rendererUrl)) {
        return { ok: false, error: { code: 'untrustedSender' } };
      }
      return dispatch(handlers, method, input);
    });
  }
}
