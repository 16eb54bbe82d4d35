/**
 * The preload's `window.appEvents`: what the main process sends on the event channel reaches
 * the page only as a checked command — never Electron's event object, never anything else.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, type AppEvents } from '../../shared/ipc/app-events';

const exposed: Record<string, unknown> = {};
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke: () => Promise.resolve(),
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => listeners.set(channel, listener),
  },
}));

/** What `webContents.send(EVENT_CHANNEL, payload)` does on the page's side. */
const send = (payload: unknown) => listeners.get(EVENT_CHANNEL)?.({ sender: 'ipcRenderer', ports: [] }, payload);

beforeAll(async () => {
  await import('../../electron/preload');
});

describe('window.appEvents', () => {
  it('is exposed beside window.api, with onCommand only', () => {
    expect(Object.keys(exposed).sort()).toEqual(['api', 'appEvents']);
    expect(Object.keys(exposed.appEvents as object)).toEqual(['onCommand']);
    expect(listeners.has(EVENT_CHANNEL)).toBe(true);
  });

  it('holds a command sent before the page listens, then passes only known commands', () => {
    send({ command: 'openedFile' });
    const received = vi.fn();
    const stop = (exposed.appEvents as AppEvents).onCommand(received);
    send({ command: 'goTo:ros' });
    send({ command: 'openDevTools' });
    send({ command: 'import', file: '/etc/passwd' });
    send('import');
    expect(received.mock.calls).toEqual([['openedFile'], ['goTo:ros']]);
    stop();
    send({ command: 'export' });
    expect(received).toHaveBeenCalledTimes(2);
  });
});
