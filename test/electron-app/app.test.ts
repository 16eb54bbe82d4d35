/**
 * The real app in real Electron, through Playwright's _electron: the built main process,
 * preload and renderer, the real IPC, dialogs and data folder. It runs where the Electron
 * binary has been downloaded (a developer machine with internet, after the first `npm start`)
 * and is skipped, saying why, where it has not — as on our build machines and in CI.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { VESTBY } from '../e2e/flows';

const root = path.resolve(import.meta.dirname, '../..');
const builtMain = path.join(root, 'out/main/main.js');

/** The Electron binary of node_modules/electron, or why there is none. */
function findElectron(): { binary: string } | { skip: string } {
  const electronPackage = path.join(root, 'node_modules/electron');
  const pathFile = path.join(electronPackage, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!fs.existsSync(pathFile) && !override) {
    return {
      skip: 'the Electron binary is not installed (node_modules/electron/path.txt is missing; it is fetched on the first `npm start` on a machine with internet)',
    };
  }
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : 'electron';
  const expected = override ? path.join(override, relative) : path.join(electronPackage, 'dist', relative);
  if (!fs.existsSync(expected)) return { skip: `the Electron binary is missing at ${expected}` };
  // Only now: asked for a binary that is not there, require('electron') starts downloading one.
  const binary: unknown = createRequire(import.meta.url)('electron');
  if (typeof binary !== 'string' || !fs.existsSync(binary)) {
    return { skip: `require('electron') names no binary that exists (${String(binary)})` };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { skip: 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset); run the suite under `xvfb-run`' };
  }
  return { binary };
}

const found = findElectron();
const skipReason = 'skip' in found ? found.skip : null;
if (skipReason !== null) console.warn(`Real-Electron suite skipped: ${skipReason}.`);

/** The status report's text, as pdftotext (poppler-utils, as for the browser suite) reads it. */
function pdfText(file: string): string {
  try {
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`pdftotext could not read ${file} (is poppler-utils installed?)`, { cause: error });
  }
}

describe.skipIf(skipReason !== null)('the app in real Electron', () => {
  const binary = 'binary' in found ? found.binary : '';
  const folders: string[] = [];
  let running: ElectronApplication | null = null;

  afterEach(async () => {
    await running?.close().catch(() => undefined);
    running = null;
    for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
  });

  function tempFolder(prefix: string): string {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    folders.push(folder);
    return folder;
  }

  /** Starts the built app on a data folder and waits for its window. */
  async function launch(dataDir: string): Promise<{ app: ElectronApplication; page: Page }> {
    if (!fs.existsSync(builtMain)) {
      throw new Error('out/main/main.js is missing: run `npm run build` before this suite (npm test does).');
    }
    const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main?: string };
    expect(path.resolve(root, packageJson.main ?? ''), 'package.json "main" is the built main process').toBe(builtMain);
    const app = await electron.launch({
      executablePath: binary,
      // The app folder, not out/main/main.js itself: Electron then starts package.json's "main"
      // (the built out/main/main.js) with the app's own name and version, and app.getAppPath()
      // is the folder that holds resources/ (the PDF fonts) — as in the packaged app.
      args: [root],
      env: { ...process.env, DIGISOS_KLAR_DATA_DIR: dataDir },
      timeout: 60_000,
    });
    running = app;
    const page = await app.firstWindow();
    page.setDefaultTimeout(15_000);
    await page.getByRole('main').waitFor();
    return { app, page };
  }

  /** Quits the app the way a user does, and waits until the process is gone. */
  async function quit(app: ElectronApplication): Promise<void> {
    await app.close();
    running = null;
  }

  /**
   * The OS save dialog cannot be driven by Playwright: in the main process, the next
   * showSaveDialog answers with `file` as if the user had picked it. Fails if the stub did
   * not take, rather than leaving a real dialog open.
   */
  async function answerSaveDialogWith(app: ElectronApplication, file: string): Promise<void> {
    const stubbed = await app.evaluate(({ dialog }, chosen) => {
      const stub = () => Promise.resolve({ canceled: false, filePath: chosen });
      dialog.showSaveDialog = stub as unknown as typeof dialog.showSaveDialog;
      return dialog.showSaveDialog === (stub as unknown);
    }, file);
    expect(stubbed, 'dialog.showSaveDialog replaced in the main process').toBe(true);
  }

  it('creates a municipality, exports the status report, and finds the data again after a restart', async () => {
    const dataDir = tempFolder('digisos-klar-electron-');
    const out = tempFolder('digisos-klar-electron-pdf-');
    const report = path.join(out, 'Statusrapport – Vestby kommune.pdf');

    let { app, page } = await launch(dataDir);
    // The data folder is the one asked for, and the renderer has no Node: the sandbox holds.
    await expect(app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))).resolves.toBe(
      path.resolve(dataDir),
    );
    await expect(page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).resolves.toBe('undefined');

    // A workspace and a municipality, through the UI.
    await page.getByRole('heading', { level: 1, name: 'Velkommen til Digisos Klar' }).waitFor();
    await page.getByLabel('Navn på arbeidsområdet').fill('Digisos Follo');
    await page.getByRole('button', { name: 'Opprett arbeidsområde' }).click();
    await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
    await page.getByRole('navigation').getByRole('button', { name: 'Kommuner', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kommuner' }).waitFor();
    await page.getByRole('button', { name: 'Legg til kommune' }).click();
    for (const [label, value] of Object.entries(VESTBY)) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    await page.getByRole('row', { name: /Vestby kommune/ }).waitFor();

    // The status report, saved where the (stubbed) dialog says.
    await answerSaveDialogWith(app, report);
    await page.getByRole('navigation').getByRole('button', { name: 'Dokumenter', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Dokumenter' }).waitFor();
    await page.getByRole('button', { name: 'Statusrapport for Vestby kommune' }).click();
    await page.getByRole('heading', { name: 'PDF-en er lagret' }).waitFor();
    await page.getByText(`Lagret som ${report}`).waitFor();
    expect(fs.readFileSync(report).subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdfText(report)).toContain('Vestby kommune');

    expect(fs.existsSync(path.join(dataDir, 'arbeidsomrade.json'))).toBe(true);
    await quit(app);

    // Started again on the same data folder: everything is still there.
    ({ app, page } = await launch(dataDir));
    await page.getByRole('navigation').getByRole('button', { name: 'Kommuner', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Kommuner' }).waitFor();
    await expect(page.title()).resolves.toBe('Digisos Follo – Digisos Klar');
    const row = page.getByRole('row', { name: /Vestby kommune/ });
    await row.waitFor();
    await expect(row.innerText()).resolves.toMatch(/3019\s+940\u00a0155\u00a0223\s+18\u00a0500/);
    await quit(app);
  });
});
