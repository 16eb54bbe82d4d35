import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, METHODS } from '../shared/ipc/channels';
import { createCommandBus, EVENT_CHANNEL } from '../shared/ipc/app-events';

// window.api, built from the contract's channel table: one method per channel, nothing
// else. Electron's event object never reaches the page.
contextBridge.exposeInMainWorld(
  'api',
  Object.fromEntries(
    METHODS.map((method) => [method, (input: unknown) => ipcRenderer.invoke(CHANNELS[method], input)]),
  ),
);

// window.appEvents: the menu's commands and files the OS opened, checked against the command
// list; only the command itself reaches the page.
const bus = createCommandBus();
ipcRenderer.on(EVENT_CHANNEL, (_event, payload: unknown) => bus.deliver(payload));
contextBridge.exposeInMainWorld('appEvents', {
  onCommand: (listener: Parameters<typeof bus.onCommand>[0]) => bus.onCommand(listener),
});
