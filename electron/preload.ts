import { contextBridge, ipcRenderer } from 'electron';
import { contract, METHODS } from '../shared/ipc/contract';

// window.api, built from the contract: one method per channel, nothing else. Electron's
// event object never reaches the page.
contextBridge.exposeInMainWorld(
  'api',
  Object.fromEntries(METHODS.map((method) => [method, (input: unknown) => ipcRenderer.invoke(contract[method].channel, input)])),
);
