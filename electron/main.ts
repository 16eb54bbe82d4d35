/**
 * The main process: the thin shell around the app. It owns the window and its security
 * posture, opens the storage in the OS user-data folder, and registers the handler table.
 * All logic lives in shared/ and electron/services, which run without Electron.
 */
import { app, BrowserWindow, clipboard, dialog, nativeTheme, screen, session, shell } from 'electron';
import Store from 'electron-store';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEachCall, createHandlers } from './ipc/handlers';
import { registerHandlers } from './ipc/register';
import { applicationMenu, sendCommand } from './menu';
import { aboutPanel, aboutText, sourcesText } from './services/about';
import { isAllowedExternalUrl } from './services/external-links';
import { fontsFolder, readFonts } from './services/fonts';
import { createOpenedFiles, openedFileFromArgv } from './services/opened-files';
import { debounced, MIN_SIZE, placeWindow, windowBackground, type WindowState } from './services/window-state';
import { WorkspaceStorage } from './services/workspace-storage';

const here = path.dirname(fileURLToPath(import.meta.url));
// The dev server only in development: an installed app never loads (and trusts) another page.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererUrl = devServerUrl ?? pathToFileURL(path.join(here, '../renderer/index.html')).href;
/** The folder the renderer's files are in, as a URL prefix (`file:///…/out/renderer/`). */
const rendererFolderUrl = pathToFileURL(path.join(here, '../renderer/')).href;

/**
 * Whether a `file:` URL is one of the renderer's own files. Compared as decoded paths (and
 * without case on Windows), so that the way Chromium spells æøå, spaces or the drive letter
 * cannot lock the app out of its own files; the URL parser has already resolved any `..`.
 */
function isOwnFile(url: string): boolean {
  try {
    const target = new URL(url);
    if (target.protocol !== 'file:' || target.host !== '') return false;
    const fold = (p: string) => (process.platform === 'win32' ? p.toLowerCase() : p);
    return fold(decodeURIComponent(target.pathname)).startsWith(
      fold(decodeURIComponent(new URL(rendererFolderUrl).pathname)),
    );
  } catch {
    return false;
  }
}

/** The same policy as the meta tag in renderer/index.html, also sent as a header where headers apply. */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-src 'none'; object-src 'none'";

let mainWindow: BrowserWindow | null = null;
/** Files the OS asked us to open (double-click, "Open with", a second start with a file), for the renderer to preview. */
const openedFiles = createOpenedFiles();

// A separate data folder on request: used by the real-Electron test suite, and by anyone who
// wants to keep a second, independent set of workspaces.
if (process.env.DIGISOS_KLAR_DATA_DIR) app.setPath('userData', path.resolve(process.env.DIGISOS_KLAR_DATA_DIR));

if (!app.requestSingleInstanceLock()) {
  // One instance at a time: two writers on one data folder would overwrite each other.
  app.quit();
} else {
  // Windows and Linux pass a double-clicked file on the command line.
  const file = openedFileFromArgv(process.argv, process.cwd());
  if (file) openedFiles.add(file);
  app.on('second-instance', (_event, argv, workingDirectory) => {
    // The second start's file is for this window: the second instance quits at once.
    const opened = openedFileFromArgv(argv, workingDirectory);
    if (opened) openFile(opened);
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // macOS: a file double-clicked in Finder or dropped on the Dock icon; may come before ready.
  app.on('open-file', (event, opened) => {
    event.preventDefault();
    openFile(opened);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  void app.whenReady().then(start);
}

function openFile(file: string): void {
  openedFiles.add(file);
  tellAboutOpenedFile();
}

/** Asks the page to preview the opened file; a page still loading is told when it has loaded. */
function tellAboutOpenedFile(): void {
  if (!mainWindow || !openedFiles.waiting || mainWindow.webContents.isLoading()) return;
  sendCommand(mainWindow.webContents, 'openedFile');
}

function start(): void {
  nativeTheme.themeSource = 'system';
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    // No remote content, and no local file outside the app's own renderer folder (and the dev
    // server in development): a page that went wrong cannot read the user's files.
    const allowed =
      isOwnFile(details.url) ||
      details.url.startsWith('devtools:') ||
      details.url.startsWith('data:') ||
      details.url.startsWith('blob:') ||
      (devServerUrl !== undefined && details.url.startsWith(new URL(devServerUrl).origin));
    callback({ cancel: !allowed });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  const storage = WorkspaceStorage.open({
    folder: app.getPath('userData'),
    appVersion: app.getVersion(),
  });
  const menu = applicationMenu(
    { platform: process.platform, devTools: !app.isPackaged },
    {
      send: (command) => {
        if (mainWindow) sendCommand(mainWindow.webContents, command);
      },
      actions: {
        about: () => void showAbout(storage.folder),
        sources: () => void showSources(),
      },
    },
  );
  const menuState = () => ({
    hasWorkspace: storage.document.workspace !== null,
    readOnly: storage.readOnly,
    language: storage.document.settings.language,
  });
  menu.update(menuState());
  if (process.platform === 'darwin') app.setAboutPanelOptions(aboutPanel(aboutInput(storage.folder)));

  const handlers = createHandlers({
    storage,
    appVersion: app.getVersion(),
    openExternal: async (url) => {
      if (!isAllowedExternalUrl(url)) return false;
      await shell.openExternal(url);
      return true;
    },
    copyText: (text) => clipboard.writeText(text),
    pickFile: async () => {
      const options = { properties: ['openFile' as const], title: 'Velg fil å legge ved' };
      const result = mainWindow
        ? await dialog.showOpenDialog(mainWindow, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    openPath: async (file) => {
      const error = await shell.openPath(file);
      if (error) throw new Error(error);
    },
    // Packaged, resources/ is copied beside the app (electron-builder's extraResources).
    readFonts: () => readFonts(fontsFolder(app.isPackaged ? process.resourcesPath : app.getAppPath())),
    pickWorkspaceFile: async () => {
      const options = {
        properties: ['openFile' as const],
        title: 'Velg arbeidsområde å importere',
        filters: [
          { name: 'Digisos Klar-arbeidsområde', extensions: ['json'] },
          { name: 'Alle filer', extensions: ['*'] },
        ],
      };
      const result = mainWindow
        ? await dialog.showOpenDialog(mainWindow, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    takeOpenedFile: () => openedFiles.take(),
    pickSavePath: async (defaultFileName) => {
      const filter = saveFilter(defaultFileName);
      const options = {
        title: filter.title,
        defaultPath: path.join(app.getPath('documents'), defaultFileName),
        filters: [{ name: filter.name, extensions: [filter.extension] }],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const result = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  });
  // Whether there is a workspace decides what the menu offers, and the language what it says;
  // any call may have changed either.
  registerHandlers(
    afterEachCall(handlers, () => menu.update(menuState())),
    { webContents: () => mainWindow?.webContents ?? null, rendererUrl },
  );
  createWindow();
}

function aboutInput(dataFolder: string) {
  return { appVersion: app.getVersion(), versions: process.versions, dataFolder };
}

async function showAbout(dataFolder: string): Promise<void> {
  const text = aboutText(aboutInput(dataFolder));
  const options = {
    type: 'info' as const,
    title: text.title,
    message: text.message,
    detail: text.detail,
    buttons: ['OK'],
  };
  await (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

/** Where the sources' texts are: beside the app when installed (extraResources), in the repository otherwise. */
function sourcesFolder(): string | null {
  const folder = path.join(app.isPackaged ? process.resourcesPath : app.getAppPath(), 'resources', 'sources');
  return fs.existsSync(folder) ? folder : null;
}

async function showSources(): Promise<void> {
  const folder = sourcesFolder();
  const text = sourcesText(folder);
  const close = text.buttons.length - 1;
  const options = {
    type: 'info' as const,
    title: text.title,
    message: text.message,
    detail: text.detail,
    buttons: text.buttons,
    defaultId: close,
    cancelId: close,
  };
  const { response } = await (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
  if (folder !== null && response === 0 && close > 0) await shell.openPath(folder);
}

/** The window's size and place between starts, in `vindu.json` beside the workspace; never in the way of starting. */
function windowStateStore(): { read: () => unknown; write: (state: WindowState) => void } {
  try {
    const store = new Store<{ window?: unknown }>({ name: 'vindu', clearInvalidConfig: true });
    return {
      read: () => store.get('window'),
      write: (state) => {
        try {
          store.set('window', state);
        } catch (error) {
          console.warn('The window state could not be saved', error);
        }
      },
    };
  } catch (error) {
    console.warn('The window state could not be read', error);
    return { read: () => undefined, write: () => {} };
  }
}

/** The save dialog's title and filter, by what is being saved. */
function saveFilter(fileName: string): { title: string; name: string; extension: string } {
  if (fileName.endsWith('.json'))
    return { title: 'Eksporter arbeidsområdet', name: 'Digisos Klar-arbeidsområde', extension: 'json' };
  if (fileName.endsWith('.csv')) return { title: 'Lagre regneark', name: 'Regneark (CSV)', extension: 'csv' };
  return { title: 'Lagre PDF', name: 'PDF', extension: 'pdf' };
}

function createWindow(): void {
  const stateStore = windowStateStore();
  const placement = placeWindow(
    stateStore.read(),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow({
    ...(placement.x !== null && placement.y !== null ? { x: placement.x, y: placement.y } : { center: true }),
    width: placement.width,
    height: placement.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Digisos Klar',
    // The page's own background, in the OS theme: no white flash before it paints.
    backgroundColor: windowBackground(nativeTheme.shouldUseDarkColors),
    webPreferences: {
      preload: path.join(here, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  mainWindow = window;

  const saveState = debounced(() => {
    if (window.isDestroyed()) return;
    // The size it returns to from maximised, so a maximised window is remembered as both.
    stateStore.write({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  }, 500);
  window.on('resize', saveState.schedule);
  window.on('move', saveState.schedule);
  window.on('maximize', saveState.schedule);
  window.on('unmaximize', saveState.schedule);
  window.on('close', saveState.now);

  const followTheme = () => {
    if (!window.isDestroyed()) window.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors));
  };
  nativeTheme.on('updated', followTheme);

  window.once('ready-to-show', () => {
    // Maximising shows the window: only once it has something to show.
    if (placement.maximized) window.maximize();
    window.show();
  });
  window.webContents.on('did-finish-load', tellAboutOpenedFile);
  window.on('closed', () => {
    nativeTheme.removeListener('updated', followTheme);
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(rendererUrl);
}
