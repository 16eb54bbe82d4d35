import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, METHODS } from '../shared/ipc/channels';

// window.api, built from the contract's channel table: one method per channel, nothing
// else. Electron's event object never reaches the page.
contextBridge.exposeInMainWorld(
  'api',
  Object.fromEntries(
    METHODS.map((method) => [method, (input: unknown) => ipcRenderer.invoke(CHANNELS[method], input)]),
  ),
);
