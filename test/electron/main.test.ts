/**
 * The thin shell, booted in plain Node against a stand-in for Electron's API: the window's
 * security settings, the request, permission and navigation guards, the bridge, the menu, the
 * remembered window, files opened by the OS and the About dialog — everything main.ts decides,
 * without the Electron runtime. electron-store is the real one (it reaches the stand-in).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, METHODS } from '../../shared/ipc/channels';
import { EVENT_CHANNEL } from '../../shared/ipc/app-events';
import { bergenForm } from '../support/fixtures';
import { tempFolder } from '../support/temp-folder';
import { documentOf, workspaceWith } from '../support/workspace-builder';

type Fn = (...args: never[]) => unknown;
interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface TemplateItem {
  id?: string;
  label?: string;
  role?: string;
  enabled?: boolean;
  accelerator?: string;
  click?: () => void;
  submenu?: TemplateItem[];
}

const electron = vi.hoisted(() => {
  const state = {
    userData: '',
    hasLock: true,
    packaged: false,
    appPath: '',
    appListeners: new Map<string, Fn>(),
    ipcHandlers: new Map<string, Fn>(),
    windows: [] as StandInWindow[],
    permissionRequest: null as Fn | null,
    permissionCheck: null as Fn | null,
    beforeRequest: null as Fn | null,
    headersReceived: null as Fn | null,
    opened: [] as string[],
    openedPaths: [] as string[],
    quit: 0,
    menus: [] as unknown[][],
    messageBoxes: [] as Record<string, unknown>[],
    messageBoxResponse: 1,
    aboutPanel: null as Record<string, unknown> | null,
    dark: false,
    themeSource: '',
    themeListeners: [] as Fn[],
    workAreas: [{ x: 0, y: 0, width: 1920, height: 1040 }] as Rect[],
  };
  class StandInWindow {
    options: Record<string, unknown>;
    url = '';
    listeners = new Map<string, Fn[]>();
    minimized = false;
    maximized = false;
    destroyed = false;
    calls: string[] = [];
    background = '';
    bounds: Rect;
    contentsListeners = new Map<string, Fn>();
    sent: { channel: string; payload: unknown }[] = [];
    loading = true;
    webContents = {
      id: 1,
      send: (channel: string, payload: unknown) => this.sent.push({ channel, payload }),
      on: (event: string, fn: Fn) => this.contentsListeners.set(event, fn),
      isLoading: () => this.loading,
    };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      this.background = String(options.backgroundColor);
      this.bounds = {
        x: Number(options.x ?? 0),
        y: Number(options.y ?? 0),
        width: Number(options.width),
        height: Number(options.height),
      };
      state.windows.push(this);
    }
    on(event: string, fn: Fn) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    }
    once(event: string, fn: Fn) {
      this.on(event, fn);
    }
    emit(event: string) {
      for (const fn of this.listeners.get(event) ?? []) (fn as () => void)();
    }
    /** The page has loaded: what Electron reports as did-finish-load. */
    finishLoading() {
      this.loading = false;
      (this.contentsListeners.get('did-finish-load') as (() => void) | undefined)?.();
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    isMinimized = () => this.minimized;
    restore = () => {
      this.minimized = false;
      this.calls.push('restore');
    };
    focus = () => this.calls.push('focus');
    show = () => this.calls.push('show');
    maximize = () => {
      this.maximized = true;
      this.calls.push('maximize');
    };
    isMaximized = () => this.maximized;
    isDestroyed = () => this.destroyed;
    getNormalBounds = () => this.bounds;
    setBackgroundColor = (color: string) => (this.background = color);
  }
  const api = {
    app: {
      requestSingleInstanceLock: () => state.hasLock,
      on: (event: string, fn: Fn) => state.appListeners.set(event, fn),
      whenReady: () => Promise.resolve(),
      getPath: () => state.userData,
      setPath: (_name: string, value: string) => (state.userData = value),
      getVersion: () => '0.1.0',
      getAppPath: () => state.appPath,
      get isPackaged() {
        return state.packaged;
      },
      setAboutPanelOptions: (options: Record<string, unknown>) => (state.aboutPanel = options),
      quit: () => (state.quit += 1),
    },
    BrowserWindow: StandInWindow,
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: unknown[] }) => state.menus.push(menu.template),
    },
    nativeTheme: {
      get shouldUseDarkColors() {
        return state.dark;
      },
      set themeSource(value: string) {
        state.themeSource = value;
      },
      on: (_event: string, fn: Fn) => state.themeListeners.push(fn),
      removeListener: () => {},
    },
    screen: {
      getAllDisplays: () => state.workAreas.map((workArea) => ({ workArea })),
      getPrimaryDisplay: () => ({ workArea: state.workAreas[0] }),
    },
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
    dialog: {
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showMessageBox: (...args: unknown[]) => {
        state.messageBoxes.push(args.at(-1) as Record<string, unknown>);
        return Promise.resolve({ response: state.messageBoxResponse });
      },
    },
    shell: {
      openExternal: (url: string) => (state.opened.push(url), Promise.resolve()),
      openPath: (file: string) => (state.openedPaths.push(file), Promise.resolve('')),
    },
  };
  return { state, api };
});

vi.mock('electron', () => ({ ...electron.api, default: electron.api }));

const ROOT = path.resolve(import.meta.dirname, '../..');
const realArgv = process.argv;
const realPlatform = process.platform;

async function boot() {
  vi.resetModules();
  await import('../../electron/main');
  await new Promise((resolve) => setTimeout(resolve, 0));
  return electron.state;
}

function setPlatform(platform: NodeJS.Platform) {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
}

beforeEach(() => {
  const s = electron.state;
  s.userData = tempFolder();
  s.hasLock = true;
  s.packaged = false;
  s.appPath = ROOT;
  s.appListeners.clear();
  s.ipcHandlers.clear();
  s.windows.length = 0;
  s.opened.length = 0;
  s.openedPaths.length = 0;
  s.quit = 0;
  s.menus.length = 0;
  s.messageBoxes.length = 0;
  s.messageBoxResponse = 1;
  s.aboutPanel = null;
  s.dark = false;
  s.themeSource = '';
  s.themeListeners.length = 0;
  s.workAreas = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  delete process.env.ELECTRON_RENDERER_URL;
  process.argv = ['/opt/Digisos Klar/digisos-klar'];
  setPlatform('linux');
});

afterEach(() => {
  process.argv = realArgv;
  setPlatform(realPlatform);
});

/** The current application menu's items, flattened, by id. */
function menuItem(id: string): TemplateItem {
  const menu = electron.state.menus.at(-1) as TemplateItem[] | undefined;
  const all: TemplateItem[] = [];
  const walk = (items: TemplateItem[]) => {
    for (const item of items) {
      all.push(item);
      if (item.submenu) walk(item.submenu);
    }
  };
  walk(menu ?? []);
  const found = all.find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

/** Calls a channel as the window's own page would. */
function call(channel: string, input: unknown = {}): Promise<unknown> {
  const window = electron.state.windows[0]!;
  const event = { sender: window.webContents, senderFrame: { url: window.url } };
  return (electron.state.ipcHandlers.get(channel) as unknown as (e: unknown, input: unknown) => Promise<unknown>)(
    event,
    input,
  );
}

const windowStateFile = () => path.join(electron.state.userData, 'vindu.json');

/** A data file somewhere on disk, as a colleague might send it. */
function dataFileIn(folder: string, name: string): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, JSON.stringify(documentOf(workspaceWith([bergenForm], 'Digisos Kollega'))));
  return file;
}

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

  it('keeps the installed app to its own page, without developer tools', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
    const dev = await boot();
    expect(dev.windows[0]?.url).toBe('http://localhost:5173/');
    expect(dev.windows[0]?.options.webPreferences).toMatchObject({ devTools: true });

    dev.windows.length = 0;
    electron.state.packaged = true;
    const installed = await boot();
    expect(installed.windows[0]?.url).toMatch(/^file:.*\/renderer\/index\.html$/);
    expect(installed.windows[0]?.options.webPreferences).toMatchObject({ devTools: false });
    expect(() => menuItem('view.devTools')).toThrow();
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
    const page = s.windows[0]?.url ?? '';
    expect(verdict(page)).toBe(false);
    expect(verdict(page.replace(/index\.html$/, 'assets/index-abc.js'))).toBe(false);
    // Local files outside the renderer folder stay out of reach, even by a path that climbs out.
    expect(verdict('file:///etc/passwd')).toBe(true);
    expect(verdict(page.replace(/renderer\/index\.html$/, 'main/main.js'))).toBe(true);
    expect(verdict(page.replace(/index\.html$/, '../../secret.txt'))).toBe(true);
    expect(verdict(page.replace(/^file:\/\//, 'file://share.example'))).toBe(true);

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

  it('registers every channel and stores the workspace in the user-data folder', async () => {
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

describe('the menu', () => {
  it('is set at start; its commands go to the page on the event channel', async () => {
    const s = await boot();
    expect(s.menus).toHaveLength(1);
    const labels = (s.menus[0] as TemplateItem[]).map((m) => m.label);
    expect(labels).toEqual(['&Fil', '&Rediger', '&Vis', '&Hjelp']);
    menuItem('file.import').click!();
    menuItem('view.checklist').click!();
    expect(s.windows[0]!.sent).toEqual([
      { channel: EVENT_CHANNEL, payload: { command: 'import' } },
      { channel: EVENT_CHANNEL, payload: { command: 'goTo:checklist' } },
    ]);
    expect(menuItem('edit.undo')).toMatchObject({ role: 'undo', label: 'Angre' });
  });

  it('offers «Nytt arbeidsområde…» until there is a workspace, and export only when there is one', async () => {
    await boot();
    expect(menuItem('file.new').enabled).toBe(true);
    expect(menuItem('file.export').enabled).toBe(false);
    await expect(call(CHANNELS.createWorkspace, { name: 'Digisos Follo' })).resolves.toMatchObject({ ok: true });
    expect(electron.state.menus).toHaveLength(2);
    expect(menuItem('file.new').enabled).toBe(false);
    expect(menuItem('file.export').enabled).toBe(true);
    // A call that changes nothing the menu shows does not rebuild it.
    await call(CHANNELS.loadSession);
    expect(electron.state.menus).toHaveLength(2);
  });

  it('follows the language the user chooses in the app', async () => {
    await boot();
    expect(menuItem('file.import').label).toBe('Importer arbeidsområde…');
    await expect(call(CHANNELS.updateSettings, { language: 'en' })).resolves.toMatchObject({ ok: true });
    expect(menuItem('file.import').label).toBe('Import workspace…');
    expect((electron.state.menus.at(-1) as TemplateItem[]).map((m) => m.label)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Help',
    ]);
  });

  it('starts on macOS with the app menu first, and the About panel filled in', async () => {
    setPlatform('darwin');
    const s = await boot();
    const labels = (s.menus[0] as TemplateItem[]).map((m) => m.label);
    expect(labels).toEqual(['Digisos Klar', '&Fil', '&Rediger', '&Vis', 'Vindu', '&Hjelp']);
    expect(menuItem('app.about').role).toBe('about');
    expect(s.aboutPanel).toMatchObject({ applicationName: 'Digisos Klar', applicationVersion: '0.1.0' });
    expect(String(s.aboutPanel?.credits)).toContain('v108');
  });

  it('shows About with the version, the runtime and the handbook’s version', async () => {
    const s = await boot();
    menuItem('help.about').click!();
    await vi.waitFor(() => expect(s.messageBoxes).toHaveLength(1));
    const box = s.messageBoxes[0]!;
    expect(box).toMatchObject({ title: 'Om Digisos Klar', message: 'Digisos Klar 0.1.0', buttons: ['OK'] });
    expect(String(box.detail)).toContain(`Node.js ${process.versions.node}`);
    expect(String(box.detail)).toContain('v108, 25.05.2020');
    expect(String(box.detail)).toContain(s.userData);
  });

  it('shows the sources, and opens their folder when asked', async () => {
    const s = await boot();
    s.messageBoxResponse = 0;
    menuItem('help.sources').click!();
    await vi.waitFor(() => expect(s.openedPaths).toHaveLength(1));
    expect(s.messageBoxes[0]?.buttons).toEqual(['Åpne mappen med kildene', 'Lukk']);
    expect(s.openedPaths[0]).toBe(path.join(ROOT, 'resources', 'sources'));
  });

  it('shows the sources without a folder to open where the texts were not packed', async () => {
    electron.state.appPath = tempFolder();
    const s = await boot();
    s.messageBoxResponse = 0;
    menuItem('help.sources').click!();
    await vi.waitFor(() => expect(s.messageBoxes).toHaveLength(1));
    expect(s.messageBoxes[0]).toMatchObject({ buttons: ['Lukk'], cancelId: 0 });
    expect(String(s.messageBoxes[0]?.detail)).toContain('v108, 25.05.2020');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(s.openedPaths).toEqual([]);
  });
});

describe('the window between starts', () => {
  it('opens at the default size, centred, in the OS theme’s background', async () => {
    electron.state.dark = true;
    const s = await boot();
    expect(s.themeSource).toBe('system');
    expect(s.windows[0]!.options).toMatchObject({
      x: 320,
      y: 90,
      width: 1280,
      height: 860,
      backgroundColor: '#14181d',
    });
    electron.state.dark = false;
    for (const listener of s.themeListeners) (listener as () => void)();
    expect(s.windows[0]!.background).toBe('#f4f5f7');
    s.windows[0]!.emit('ready-to-show');
    expect(s.windows[0]!.calls).toEqual(['show']);
  });

  it('comes back where it was left, maximised as it was', async () => {
    fs.writeFileSync(
      windowStateFile(),
      JSON.stringify({ window: { x: 100, y: 50, width: 1000, height: 700, maximized: true } }),
    );
    const s = await boot();
    const window = s.windows[0]!;
    expect(window.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700, show: false });
    // Maximised when it is shown, not before (maximising a hidden window shows it, blank).
    expect(window.calls).toEqual([]);
    window.emit('ready-to-show');
    expect(window.calls).toEqual(['maximize', 'show']);
  });

  it('is brought back onto the screen when its monitor is gone', async () => {
    fs.writeFileSync(windowStateFile(), JSON.stringify({ window: { x: 2500, y: 100, width: 1000, height: 700 } }));
    const s = await boot();
    expect(s.windows[0]!.options).toMatchObject({ x: 460, y: 170, width: 1000, height: 700 });
  });

  it('ignores a state file that is not JSON and starts as new', async () => {
    fs.writeFileSync(windowStateFile(), '{ not json');
    const s = await boot();
    expect(s.windows[0]!.options).toMatchObject({ width: 1280, height: 860 });
  });

  it('saves its place after moving (debounced) and when it closes', async () => {
    const s = await boot();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const window = s.windows[0]!;
      window.bounds = { x: 40, y: 30, width: 900, height: 600 };
      window.emit('move');
      window.emit('resize');
      expect(fs.existsSync(windowStateFile())).toBe(false);
      vi.advanceTimersByTime(600);
      expect(JSON.parse(fs.readFileSync(windowStateFile(), 'utf8')).window).toEqual({
        x: 40,
        y: 30,
        width: 900,
        height: 600,
        maximized: false,
      });
      window.bounds = { x: 60, y: 30, width: 900, height: 600 };
      window.maximized = true;
      window.emit('close');
      expect(JSON.parse(fs.readFileSync(windowStateFile(), 'utf8')).window).toMatchObject({ x: 60, maximized: true });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('files the OS opens with the app', () => {
  it('previews the file of the first start once the page has loaded', async () => {
    const file = dataFileIn(tempFolder(), 'Digisos Kollega.digisos.json');
    process.argv = ['/opt/Digisos Klar/digisos-klar', '--no-sandbox', file];
    const s = await boot();
    const window = s.windows[0]!;
    expect(window.sent).toEqual([]);
    window.finishLoading();
    expect(window.sent).toEqual([{ channel: EVENT_CHANNEL, payload: { command: 'openedFile' } }]);
    await expect(call(CHANNELS.previewOpenedFile)).resolves.toMatchObject({
      ok: true,
      value: {
        kind: 'preview',
        mode: 'new',
        fileName: 'Digisos Kollega.digisos.json',
        workspaceName: 'Digisos Kollega',
      },
    });
    // Taken: asking again finds nothing, and the file was only read.
    await expect(call(CHANNELS.previewOpenedFile)).resolves.toEqual({ ok: true, value: { kind: 'cancelled' } });
    expect(fs.existsSync(path.join(s.userData, 'arbeidsomrade.json'))).toBe(false);
  });

  it('takes a second start’s file into the running window, restored and focused', async () => {
    const s = await boot();
    const window = s.windows[0]!;
    window.finishLoading();
    window.minimized = true;
    const folder = tempFolder();
    dataFileIn(folder, 'fra kollega.digisos.json');
    const secondInstance = s.appListeners.get('second-instance') as unknown as (
      event: unknown,
      argv: string[],
      cwd: string,
    ) => void;
    secondInstance(
      {},
      ['C:\\Programmer\\Digisos Klar.exe', '--allow-file-access-from-files', 'fra kollega.digisos.json'],
      folder,
    );
    expect(window.calls).toEqual(expect.arrayContaining(['restore', 'focus']));
    expect(window.sent).toEqual([{ channel: EVENT_CHANNEL, payload: { command: 'openedFile' } }]);
    await expect(call(CHANNELS.previewOpenedFile)).resolves.toMatchObject({
      value: { kind: 'preview', fileName: 'fra kollega.digisos.json' },
    });

    // A second start without a file only brings the window forward.
    window.calls.length = 0;
    secondInstance({}, ['C:\\Programmer\\Digisos Klar.exe'], folder);
    expect(window.calls).toEqual(['focus']);
    expect(window.sent).toHaveLength(1);
  });

  it('takes macOS’s open-file, also while the page is still loading', async () => {
    setPlatform('darwin');
    const s = await boot();
    const window = s.windows[0]!;
    const file = dataFileIn(tempFolder(), 'Kollega.digisos.json');
    const preventDefault = vi.fn();
    (s.appListeners.get('open-file') as unknown as (event: unknown, file: string) => void)({ preventDefault }, file);
    expect(preventDefault).toHaveBeenCalled();
    expect(window.sent).toEqual([]);
    window.finishLoading();
    expect(window.sent).toEqual([{ channel: EVENT_CHANNEL, payload: { command: 'openedFile' } }]);
    await expect(call(CHANNELS.previewOpenedFile)).resolves.toMatchObject({
      value: { kind: 'preview', fileName: 'Kollega.digisos.json' },
    });
  });
});
