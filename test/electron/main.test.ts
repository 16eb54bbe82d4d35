/**
 * The thin shell, booted in plain Node against a stand-in for Electron's API: the window's
 * security settings, the request, permission and navigation guards, and the bridge over
 * electron-store — everything main.ts decides, without the Electron runtime.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, METHODS } from '../../shared/ipc/channels';
import { tempFolder } from '../support/temp-folder';

type Fn = (...args: never[]) => unknown;

const electron = vi.hoisted(() => {
  const state = {
    userData: '',
    hasLock: true,
    appListeners: new Map<string, Fn>(),
    ipcHandlers: new Map<string, Fn>(),
    windows: [] as { options: Record<string, unknown>; url: string; webContents: object }[],
    permissionRequest: null as Fn | null,
    permissionCheck: null as Fn | null,
    beforeRequest: null as Fn | null,
    headersReceived: null as Fn | null,
    opened: [] as string[],
    quit: 0,
  };
  class BrowserWindow {
    options: Record<string, unknown>;
    url = '';
    webContents = { id: 1 };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      state.windows.push(this);
    }
    once() {}
    on() {}
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
  }
  const api = {
    app: {
      requestSingleInstanceLock: () => state.hasLock,
      on: (event: string, fn: Fn) => state.appListeners.set(event, fn),
      whenReady: () => Promise.resolve(),
      getPath: () => state.userData,
      setPath: (_name: string, value: string) => (state.userData = value),
      getVersion: () => '0.1.0',
      quit: () => (state.quit += 1),
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, fn: Fn) => state.ipcHandlers.set(channel, fn), on: () => {} },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Fn) => (state.permissionRequest = fn),
        setPermissionCheckHandler: (fn: Fn) => (state.permissionCheck = fn),
        webRequest: {
          onBeforeRequest: (fn: Fn) => (state.beforeRequest = fn),
          onHeadersReceived: (fn: Fn) => (state.headersReceived = fn),
        },
      },
    },
    clipboard: { writeText: () => {} },
    dialog: { showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }) },
    shell: { openExternal: (url: string) => (state.opened.push(url), Promise.resolve()) },
  };
  return { state, api };
});

vi.mock('electron', () => ({ ...electron.api, default: electron.api }));

async function boot() {
  vi.resetModules();
  await import('../../electron/main');
  await new Promise((resolve) => setTimeout(resolve, 0));
  return electron.state;
}

beforeEach(() => {
  const s = electron.state;
  s.userData = tempFolder();
  s.hasLock = true;
  s.appListeners.clear();
  s.ipcHandlers.clear();
  s.windows.length = 0;
  s.opened.length = 0;
  s.quit = 0;
  delete process.env.ELECTRON_RENDERER_URL;
});

describe('the main process shell', () => {
  it('opens one window with the renderer sandboxed and isolated', async () => {
    const s = await boot();
    expect(s.windows).toHaveLength(1);
    const prefs = s.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
    });
    expect(String(prefs.preload)).toMatch(/preload[\\/]preload\.cjs$/);
    expect(s.windows[0]?.url).toMatch(/^file:.*\/renderer\/index\.html$/);
  });

  it('quits at once when another instance already runs', async () => {
    electron.state.hasLock = false;
    const s = await boot();
    expect(s.quit).toBe(1);
    expect(s.windows).toHaveLength(0);
  });

  it('denies every permission and every remote request, and sends the CSP', async () => {
    const s = await boot();
    const granted = vi.fn();
    (s.permissionRequest as unknown as (c: unknown, p: string, cb: (ok: boolean) => void) => void)(
      {},
      'media',
      granted,
    );
    expect(granted).toHaveBeenCalledWith(false);
    expect((s.permissionCheck as unknown as () => boolean)()).toBe(false);

    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      (s.beforeRequest as unknown as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)(
        { url },
        (r) => (cancel = r.cancel),
      );
      return cancel;
    };
    expect(verdict('https://www.nav.no/')).toBe(true);
    expect(verdict('http://localhost:8080/')).toBe(true);
    expect(verdict('file:///app/out/renderer/index.html')).toBe(false);

    let headers: Record<string, string[]> = {};
    (
      s.headersReceived as unknown as (
        d: unknown,
        cb: (r: { responseHeaders: Record<string, string[]> }) => void,
      ) => void
    )({ responseHeaders: {} }, (r) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']?.[0]).toContain("default-src 'none'");
  });

  it('blocks navigation and new windows; opens only allow-listed links in the OS browser', async () => {
    const s = await boot();
    const listeners = new Map<string, (event: { preventDefault: () => void }) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | null = null;
    const contents = {
      on: (event: string, fn: (event: { preventDefault: () => void }) => void) => listeners.set(event, fn),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    };
    (s.appListeners.get('web-contents-created') as unknown as (e: unknown, c: unknown) => void)({}, contents);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      listeners.get(event)?.({ preventDefault });
      expect(preventDefault, event).toHaveBeenCalled();
    }
    expect(openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'https://www.nav.no/sosialhjelp' })).toEqual({ action: 'deny' });
    expect(s.opened).toEqual(['https://www.nav.no/sosialhjelp']);
  });

  it('registers every channel and stores through electron-store in the user-data folder', async () => {
    const s = await boot();
    expect([...s.ipcHandlers.keys()].sort()).toEqual(METHODS.map((m) => CHANNELS[m]).sort());
    const window = s.windows[0]!;
    const event = { sender: window.webContents, senderFrame: { url: window.url } };
    const create = s.ipcHandlers.get(CHANNELS.createWorkspace) as unknown as (
      e: unknown,
      input: unknown,
    ) => Promise<unknown>;
    await expect(create(event, { name: 'Digisos Follo' })).resolves.toMatchObject({ ok: true });
    const onDisk = JSON.parse(fs.readFileSync(path.join(s.userData, 'arbeidsomrade.json'), 'utf8'));
    expect(onDisk.workspace.name).toBe('Digisos Follo');
    await expect(create({ ...event, sender: { id: 99 } }, { name: 'Fremmed' })).resolves.toEqual({
      ok: false,
      error: { code: 'untrustedSender' },
    });
  });
});
