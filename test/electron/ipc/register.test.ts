import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import { handlersFor, openStorage } from '../../support/storage';
import { tempFolder } from '../../support/temp-folder';

type Listener = (event: unknown, input: unknown) => Promise<unknown> | unknown;
const registered = new Map<string, Listener>();

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: Listener) => registered.set(channel, fn) },
}));

const ownContents = { id: 1 };
const rendererUrl = 'file:///opt/Digisos%20Klar/resources/app/out/renderer/index.html';

async function setUp() {
  registered.clear();
  const { registerHandlers } = await import('../../../electron/ipc/register');
  registerHandlers(handlersFor(openStorage(tempFolder())), {
    webContents: () => ownContents as never,
    rendererUrl,
  });
  return registered.get(contract.loadSession.channel) as Listener;
}

describe('who may call the bridge', () => {
  beforeEach(() => registered.clear());

  it('answers the app’s own window on the app’s own page', async () => {
    const listener = await setUp();
    const result = await listener({ sender: ownContents, senderFrame: { url: rendererUrl } }, {});
    expect(result).toMatchObject({ ok: true, value: { readOnly: false } });
  });

  it.each([
    ['another window', { sender: { id: 2 }, senderFrame: { url: rendererUrl } }],
    ['a page the window was navigated to', { sender: ownContents, senderFrame: { url: 'https://evil.example/' } }],
    ['another local file', { sender: ownContents, senderFrame: { url: 'file:///tmp/evil.html' } }],
    [
      'the same path on a network share',
      {
        sender: ownContents,
        senderFrame: { url: 'file://evil.example/opt/Digisos%20Klar/resources/app/out/renderer/index.html' },
      },
    ],
    ['a frame with no URL', { sender: ownContents, senderFrame: null }],
  ])('refuses %s', async (_case, event) => {
    const listener = await setUp();
    expect(await listener(event, {})).toEqual({ ok: false, error: { code: 'untrustedSender' } });
  });
});
