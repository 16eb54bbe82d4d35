/**
 * The real app in real Electron, through Playwright's _electron. It runs where the Electron
 * binary has been downloaded (a developer machine with internet, after the first `npm start`)
 * and is skipped, saying why, where it has not — as on our build machines and in CI.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const electronPackage = path.join(root, 'node_modules/electron');
const pathFile = path.join(electronPackage, 'path.txt');
const binary = fs.existsSync(pathFile)
  ? path.join(electronPackage, 'dist', fs.readFileSync(pathFile, 'utf8').trim())
  : null;
const skipReason =
  binary === null
    ? 'the Electron binary is not installed (node_modules/electron/path.txt is missing; it is fetched on the first `npm start` on a machine with internet)'
    : !fs.existsSync(binary)
      ? `the Electron binary is missing at ${binary}`
      : null;

if (skipReason) console.warn(`Real-Electron suite skipped: ${skipReason}.`);

describe.skipIf(skipReason !== null)('the app in real Electron', () => {
  it('creates a municipality and finds it again after a restart', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'digisos-klar-electron-'));
    const launch = () =>
      electron.launch({
        executablePath: binary ?? '',
        args: [root],
        env: { ...process.env, DIGISOS_KLAR_DATA_DIR: dataDir },
      });

    let app = await launch();
    let page = await app.firstWindow();
    await page.getByLabel('Navn på arbeidsområdet').fill('Digisos Follo');
    await page.getByRole('button', { name: 'Opprett arbeidsområde' }).click();
    await page.getByRole('button', { name: 'Legg til kommune' }).click();
    const values: Record<string, string> = {
      Kommunenavn: 'Vestby kommune',
      Kommunenummer: '3019',
      Organisasjonsnummer: '940 155 223',
      Innbyggertall: '18 500',
      'Innbyggertall per dato': '01.01.2026',
      'NAV-kontor': 'NAV Vestby',
    };
    for (const [label, value] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByRole('row', { name: /Vestby kommune/ }).waitFor();
    // The renderer has no Node: the sandbox holds.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    await app.close();

    app = await launch();
    page = await app.firstWindow();
    await page.getByRole('row', { name: /Vestby kommune/ }).waitFor();
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
