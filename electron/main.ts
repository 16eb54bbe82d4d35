/**
 * The main process: the thin shell around the app. It owns the window and its security
 * posture, opens the storage in the OS user-data folder, and registers the handler table.
 * All logic lives in shared/ and electron/services, which run without Electron.
 */
import { app, BrowserWindow, clipboard, dialog, session, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHandlers } from './ipc/handlers';
import { registerHandlers } from './ipc/register';
import { isAllowedExternalUrl } from './services/external-links';
import { fontsFolder, readFonts } from './services/fonts';
import { WorkspaceStorage } from './services/workspace-storage';

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const rendererUrl = devServerUrl ?? pathToFileURL(path.join(here, '../renderer/index.html')).href;

/** The same policy as the meta tag in renderer/index.html, also sent as a header where headers apply. */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-src 'none'; object-src 'none'";

let mainWindow: BrowserWindow | null = null;

// A separate data folder on request: used by the real-Electron test suite, and by anyone who
// wants to keep a second, independent set of workspaces.
if (process.env.DIGISOS_KLAR_DATA_DIR) app.setPath('userData', path.resolve(process.env.DIGISOS_KLAR_DATA_DIR));

if (!app.requestSingleInstanceLock()) {
  // One instance at a time: two writers on one data folder would overwrite each other.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
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

function start(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    // No remote content: only the app's own files (and the dev server in development).
    const allowed =
      details.url.startsWith('file:') ||
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
  registerHandlers(handlers, { webContents: () => mainWindow?.webContents ?? null, rendererUrl });
  createWindow();
}

/** The save dialog's title and filter, by what is being saved. */
function saveFilter(fileName: string): { title: string; name: string; extension: string } {
  if (fileName.endsWith('.json'))
    return { title: 'Eksporter arbeidsområdet', name: 'Digisos Klar-arbeidsområde', extension: 'json' };
  if (fileName.endsWith('.csv')) return { title: 'Lagre regneark', name: 'Regneark (CSV)', extension: 'csv' };
  return { title: 'Lagre PDF', name: 'PDF', extension: 'pdf' };
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Digisos Klar',
    backgroundColor: '#f6f7f9',
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
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(rendererUrl);
}
