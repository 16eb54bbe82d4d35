/**
 * The application menu and files the OS opens, in Chromium: each command the main process can
 * send (electron/services/menu-template.ts) arrives through `window.appEvents` as the preload
 * delivers it, and lands where it should — the right view, the right dialog, the focus moved.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { nb } from '../../renderer/i18n/nb';
import { APP_VIEWS } from '../../shared/ipc/app-events';
import type { ImportPreview } from '../../shared/ipc/contract';
import type { StoredDocument } from '../../shared/schema/workspace';
import { desktop, handlersFor, openStorage } from '../support/storage';
import { tempFolder } from '../support/temp-folder';
import { workspaceWithVestby } from './flows';
import { useBrowserSuite, type AppHarness } from './harness';

const startApp = useBrowserSuite();
const ITEM = 'decision.start-project';

/** A colleague's laptop, driven through the real handler table in Node. */
async function colleague(userName: string) {
  const storage = openStorage(tempFolder('digisos-kollega-'));
  const handlers = handlersFor(storage);
  const call = async <T>(method: string, input: unknown = {}): Promise<T> => {
    const result = await dispatch(handlers, method, input, { checkOutput: true, log: () => {} });
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
    return result.value as T;
  };
  await call('updateSettings', { userName });
  return {
    call,
    async exportTo(file: string) {
      desktop.nextSavePath = file;
      await call('exportWorkspace', { includeAttachments: true });
    },
    async importFile(file: string) {
      desktop.nextPick = file;
      const preview = await call<ImportPreview>('pickImport');
      if (preview.kind !== 'preview') throw new Error(`the colleague could not import: ${preview.kind}`);
      await call('applyImport', { token: preview.token, choices: {} });
    },
    municipalityId: () => storage.document.workspace!.municipalities[0]!.id,
  };
}

/** A workspace of the colleague's own, «Digisos Vest», exported to a file. */
async function colleaguesOwnFile(): Promise<string> {
  const per = await colleague('Per Kollega');
  await per.call('createWorkspace', { name: 'Digisos Vest' });
  const file = path.join(tempFolder('digisos-meny-'), 'Digisos Vest.digisos.json');
  await per.exportTo(file);
  return file;
}

const focusedId = (app: AppHarness) => app.page.evaluate(() => document.activeElement?.id ?? '');
const currentView = (app: AppHarness) => app.page.getByRole('navigation').locator('[aria-current="page"]').innerText();
/** A note in the view (not its copy in the screen reader's status line). */
const note = (app: AppHarness, text: string) => app.page.getByRole('main').getByText(text, { exact: true });
const stored = (app: AppHarness) => app.readDocument() as unknown as StoredDocument;

describe('the menu’s commands in Chromium', () => {
  it('goes to every view by its command, with the focus at the top of the view', async () => {
    const app = await startApp();
    await workspaceWithVestby(app);
    for (const view of [...APP_VIEWS].reverse()) {
      await app.command(`goTo:${view}`);
      await expect.poll(() => currentView(app)).toBe(nb.nav[view]);
      await app.page.getByRole('heading', { level: 1 }).waitFor();
      await expect.poll(() => focusedId(app)).toBe('main');
    }
  });

  it('«Nytt arbeidsområde…» on an empty app goes to the welcome screen’s name field', async () => {
    const app = await startApp();
    await app.command('goTo:settings');
    await app.page.getByRole('heading', { level: 1, name: 'Innstillinger' }).waitFor();
    await app.command('newWorkspace');
    await app.page.getByRole('heading', { level: 1, name: 'Velkommen til Digisos Klar' }).waitFor();
    await expect.poll(() => focusedId(app)).toBe('workspace-name');
    await app.page.keyboard.type('Digisos Follo');
    await app.page.keyboard.press('Enter');
    await app.page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
    expect(stored(app).workspace?.name).toBe('Digisos Follo');
  });

  it('«Importer arbeidsområde…» opens the file dialog in Utveksling and shows what the file would do', async () => {
    const file = await colleaguesOwnFile();
    const app = await startApp();
    await workspaceWithVestby(app);
    await app.command('goTo:checklist');
    await app.page.getByRole('heading', { level: 1, name: 'Sjekkliste' }).waitFor();

    desktop.nextPick = file;
    await app.command('import');
    await app.page.getByRole('heading', { level: 1, name: 'Utveksling' }).waitFor();
    await app.page.getByRole('heading', { name: 'Erstatt arbeidsområdet med «Digisos Vest»' }).waitFor();
    // The preview has the focus; nothing has changed yet.
    await expect.poll(() => focusedId(app)).toBe('import-exchange-outcome');
    expect(stored(app).workspace?.name).toBe('Digisos Follo');
    await app.page.getByRole('button', { name: 'Avbryt' }).click();
    await note(app, 'Importen ble avbrutt. Ingenting er endret.').waitFor();
  });

  it('«Importer arbeidsområde…» on an empty app uses the welcome screen’s import', async () => {
    const file = await colleaguesOwnFile();
    const app = await startApp();
    desktop.nextPick = file;
    await app.command('import');
    await app.page.getByRole('heading', { name: 'Importer «Digisos Vest»' }).waitFor();
    await app.page.getByRole('button', { name: 'Importer', exact: true }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
    expect(stored(app).workspace?.name).toBe('Digisos Vest');
  });

  it('says so quietly when the file dialog is closed without a file', async () => {
    const app = await startApp();
    await workspaceWithVestby(app);
    await app.command('import');
    await note(app, 'Ingen fil ble valgt.').waitFor();
  });

  it('«Eksporter arbeidsområdet…» saves the export from wherever the user is', async () => {
    const app = await startApp();
    await workspaceWithVestby(app);
    const file = path.join(tempFolder('digisos-meny-'), 'Digisos Follo.digisos.json');
    desktop.nextSavePath = file;
    desktop.suggestedNames.length = 0;
    await app.command('export');
    await app.page.getByRole('heading', { level: 1, name: 'Utveksling' }).waitFor();
    await app.page.getByText(`Eksportert til ${file}.`).waitFor();
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ workspace: { name: 'Digisos Follo' } });
    // Once: going back to Utveksling does not export again.
    await app.command('goTo:plan');
    await app.command('goTo:exchange');
    await app.page.getByRole('heading', { name: 'Eksporter arbeidsområdet', level: 2 }).waitFor();
    expect(desktop.suggestedNames.filter((n) => n.endsWith('.digisos.json'))).toHaveLength(1);
    desktop.suggestedNames.length = 0;
  });

  it('«Skriv ut / eksporter PDF…» goes to Dokumenter', async () => {
    const app = await startApp();
    await workspaceWithVestby(app);
    await app.command('exportPdf');
    await app.page.getByRole('heading', { level: 1, name: 'Dokumenter' }).waitFor();
    await expect.poll(() => currentView(app)).toBe('Dokumenter');
    await expect.poll(() => focusedId(app)).toBe('main');
  });
});

describe('a file the OS opens with the app, in Chromium', () => {
  it('shows the merge of a colleague’s copy, and changes nothing until the user finishes it', async () => {
    const app = await startApp();
    await workspaceWithVestby(app);
    const out = tempFolder('digisos-meny-');
    const mine = path.join(out, 'Digisos Follo.digisos.json');
    desktop.nextSavePath = mine;
    await app.command('export');
    await app.page.getByText(`Eksportert til ${mine}.`).waitFor();

    const per = await colleague('Per Kollega');
    await per.importFile(mine);
    await per.call('updateItem', { municipalityId: per.municipalityId(), itemId: ITEM, change: { status: 'done' } });
    const theirs = path.join(out, 'Digisos Follo fra Per.digisos.json');
    await per.exportTo(theirs);

    await app.command('goTo:costs');
    await app.page.getByRole('heading', { level: 1, name: 'Kostnader' }).waitFor();
    const before = fs.readFileSync(app.documentPath, 'utf8');
    await app.openFileFromOs(theirs);
    await app.page.getByRole('heading', { level: 1, name: 'Utveksling' }).waitFor();
    await app.page.getByRole('heading', { name: 'Slå sammen med «Digisos Follo»' }).waitFor();
    await app.page.getByText('Fra Per Kollega, eksportert', { exact: false }).waitFor();
    await app.page.getByText('1 endring fra deres side blir tatt inn.').waitFor();
    await expect.poll(() => focusedId(app)).toBe('import-exchange-outcome');
    await app.screenshot('44-fil-aapnet-fra-os');
    expect(fs.readFileSync(app.documentPath, 'utf8')).toBe(before);

    await app.page.getByRole('button', { name: 'Fullfør sammenslåingen' }).click();
    await app.page.getByRole('heading', { name: 'Sammenslått' }).waitFor();
    const item = stored(app).workspace!.municipalities[0]!.checklist.find((e) => e.itemId === ITEM);
    expect(item).toMatchObject({ status: 'done', completedBy: 'Per Kollega' });
  });

  it('previews a file the app was started with, once it is ready', async () => {
    const file = await colleaguesOwnFile();
    const app = await startApp({ openedFile: file });
    await app.page.getByRole('heading', { name: 'Importer «Digisos Vest»' }).waitFor();
    await app.page.getByRole('button', { name: 'Importer', exact: true }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
    expect(stored(app).workspace?.name).toBe('Digisos Vest');
  });

  it('refuses a file that is not a workspace, naming it, with nothing changed', async () => {
    const app = await startApp();
    await workspaceWithVestby(app);
    const file = path.join(tempFolder('digisos-meny-'), 'handleliste.json');
    fs.writeFileSync(file, '{"melk": 2}');
    await app.openFileFromOs(file);
    const alert = app.page.getByRole('alert');
    await alert.getByRole('heading', { name: 'Fila «handleliste.json» kan ikke importeres' }).waitFor();
    await alert.getByText('Ingenting er endret.').waitFor();
  });
});
