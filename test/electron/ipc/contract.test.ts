import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { contract, METHODS } from '../../../shared/ipc/contract';
import { handlersFor, openStorage } from '../../support/storage';
import { tempFolder } from '../../support/temp-folder';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn((channel: string, input: unknown) => Promise.resolve({ channel, input }));
const handle = vi.fn();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke: (channel: string, input: unknown) => invoke(channel, input), on: () => {} },
  ipcMain: { handle: (channel: string, fn: unknown) => handle(channel, fn) },
}));

describe('the bridge contract', () => {
  it('gives every channel a unique name of the form capability:verb and both schemas', () => {
    const channels = METHODS.map((m) => contract[m].channel);
    expect(new Set(channels).size).toBe(channels.length);
    for (const method of METHODS) {
      expect(contract[method].channel).toMatch(/^[a-z]+:[a-z][A-Za-z]+$/);
      expect(contract[method].input).toBeInstanceOf(z.ZodType);
      expect(contract[method].output).toBeInstanceOf(z.ZodType);
    }
  });

  it('has a handler for every channel in the table the main process registers', () => {
    const handlers = handlersFor(openStorage(tempFolder()));
    expect(Object.keys(handlers).sort()).toEqual([...METHODS].sort());
    for (const method of METHODS) expect(typeof handlers[method]).toBe('function');
  });

  it('registers every channel with ipcMain, once', async () => {
    const { registerHandlers } = await import('../../../electron/ipc/register');
    registerHandlers(handlersFor(openStorage(tempFolder())), {
      webContents: () => null,
      rendererUrl: 'file:///app/index.html',
    });
    expect(handle.mock.calls.map(([channel]) => channel).sort()).toEqual(
      METHODS.map((m) => contract[m].channel).sort(),
    );
  });

  it('has a preload method for every channel, which invokes that channel and nothing else', async () => {
    await import('../../../electron/preload');
    const api = exposed.api as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...METHODS].sort());
    for (const method of METHODS) {
      await expect(api[method]?.({ probe: method })).resolves.toEqual({
        channel: contract[method].channel,
        input: { probe: method },
      });
    }
  });
});
