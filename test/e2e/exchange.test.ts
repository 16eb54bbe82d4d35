import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { catalogueItem } from '../../shared/catalogue/checklist';
import type { ImportPreview } from '../../shared/ipc/contract';
import type { ChecklistEntry, StoredDocument } from '../../shared/schema/workspace';
import { desktop, handlersFor, openStorage } from '../support/storage';
import { tempFolder } from '../support/temp-folder';
import { auditAccessibility } from './axe';
import { goTo, workspaceWithVestby } from './flows';
import { useBrowserSuite, type AppHarness } from './harness';

const startApp = useBrowserSuite();

/** Changed differently on both laptops: the one conflict. */
const X = 'decision.start-project';
/** Changed by the colleague only. */
const Y = 'decision.digifin-member';
/** Changed in the app only. */
const Z = 'privacy.dpia';
const text = (id: string) => catalogueItem(id).text.nb;

/** The colleague's laptop: its own data folder, driven through the app's real handler table in Node. */
async function otherLaptop(userName: string) {
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
    municipalityId: () => storage.document.workspace!.municipalities[0]!.id,
    async importFile(file: string) {
      desktop.nextPick = file;
      const preview = await call<ImportPreview>('pickImport');
      if (preview.kind !== 'preview') throw new Error(`the colleague could not import: ${preview.kind}`);
      await call('applyImport', { token: preview.token, choices: {} });
    },
    async exportTo(file: string) {
      desktop.nextSavePath = file;
      await call('exportWorkspace', { includeAttachments: true });
    },
  };
}

function storedItem(app: AppHarness, itemId: string): ChecklistEntry | undefined {
  const document = app.readDocument() as unknown as StoredDocument;
  return document.workspace!.municipalities[0]!.checklist.find((e) => e.itemId === itemId);
}

async function statusShown(app: AppHarness, itemId: string): Promise<string> {
  return app.page.getByLabel(`Status for: ${text(itemId)}`).inputValue();
}

describe('files between laptops in Chromium', () => {
  it('exports, merges a colleague’s changes with one conflict decided side by side, and undoes the merge', async () => {
    const app = await startApp();
    const { page } = app;
    await workspaceWithVestby(app);
    await goTo(app, 'Innstillinger');
    await page.getByLabel('Ditt navn').fill('Kari Leder');
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();

    // This laptop exports the workspace.
    const out = tempFolder('digisos-utveksling-');
    const first = path.join(out, 'Digisos Follo 1.digisos.json');
    await goTo(app, 'Utveksling');
    await app.screenshot('40-utveksling');
    desktop.nextSavePath = first;
    await page.getByRole('button', { name: 'Eksporter arbeidsområdet…' }).click();
    await page.getByText(`Eksportert til ${first}.`).waitFor();
    expect(JSON.parse(fs.readFileSync(first, 'utf8'))).toMatchObject({ exportedBy: 'Kari Leder' });
    await page.getByRole('cell', { name: 'Eksport', exact: true }).waitFor();

    // The other laptop imports it, marks X done and writes a note on Y, and exports.
    const other = await otherLaptop('Per Kollega');
    await other.importFile(first);
    await other.call('updateItem', { municipalityId: other.municipalityId(), itemId: X, change: { status: 'done' } });
    await other.call('updateItem', {
      municipalityId: other.municipalityId(),
      itemId: Y,
      change: { note: 'Per sin merknad' },
    });
    const second = path.join(out, 'Digisos Follo 2.digisos.json');
    await other.exportTo(second);

    // Meanwhile, in the app: X in progress, and Z in progress too.
    await goTo(app, 'Sjekkliste');
    await page.getByLabel(`Status for: ${text(X)}`).selectOption('inProgress');
    await page.getByLabel(`Status for: ${text(Z)}`).selectOption('inProgress');
    await expect.poll(() => storedItem(app, Z)?.status).toBe('inProgress');
    expect(storedItem(app, X)?.status).toBe('inProgress');

    // The colleague's file comes back: one conflict, shown side by side.
    await goTo(app, 'Utveksling');
    desktop.nextPick = second;
    await page.getByRole('button', { name: 'Importer eller slå sammen…' }).click();
    await page.getByRole('heading', { name: 'Slå sammen med «Digisos Follo»' }).waitFor();
    await page.getByText('Fra Per Kollega, eksportert').waitFor();
    await page.getByText('1 konflikt: det samme er endret ulikt på begge sider.', { exact: false }).waitFor();
    const conflict = page.getByRole('group', { name: `Vestby kommune › Sjekkliste › ${text(X)} › Status` });
    await expect(page.getByRole('radio').count()).resolves.toBe(2);
    const mine = conflict.getByRole('radio', { name: 'Behold min: Pågår' });
    const theirs = conflict.getByRole('radio', { name: 'Ta deres: Ferdig' });
    await expect(mine.isVisible()).resolves.toBe(true);
    await expect(theirs.isVisible()).resolves.toBe(true);
    const [mineBox, theirsBox] = [(await mine.boundingBox())!, (await theirs.boundingBox())!];
    expect(Math.abs(mineBox.y - theirsBox.y)).toBeLessThan(4);
    expect(theirsBox.x).toBeGreaterThan(mineBox.x + 100);
    const finish = page.getByRole('button', { name: 'Fullfør sammenslåingen' });
    await expect(finish.isDisabled()).resolves.toBe(true);
    await page.getByText('1 konflikt er ikke avgjort ennå.').waitFor();
    await page.getByText('Endringer som tas inn fra deres side', { exact: false }).click();
    await page.getByText(`Vestby kommune › Sjekkliste › ${text(Y)} (endret hos dem)`).waitFor();
    await app.screenshot('41-sammenslaaing-konflikt');
    expect(await auditAccessibility(page)).toEqual([]);

    await theirs.check();
    await finish.click();
    await page.getByRole('heading', { name: 'Sammenslått' }).waitFor();
    await page.getByText('1 konflikt er avgjort: 0 beholdt slik du hadde det, 1 tatt fra dem.').waitFor();

    // X is theirs, Y and Z are both kept: on disk …
    expect(storedItem(app, X)).toMatchObject({ status: 'done', completedBy: 'Per Kollega' });
    expect(storedItem(app, Y)?.note).toBe('Per sin merknad');
    expect(storedItem(app, Z)?.status).toBe('inProgress');
    // … and in the checklist.
    await goTo(app, 'Sjekkliste');
    await expect(statusShown(app, X)).resolves.toBe('done');
    await expect(statusShown(app, Z)).resolves.toBe('inProgress');
    await page.getByRole('button', { name: `Detaljer om: ${text(Y)}` }).click();
    await expect(page.getByLabel('Notat', { exact: true }).inputValue()).resolves.toBe('Per sin merknad');

    // Undo: back to X in progress, with the merge's outcome kept as a backup.
    await goTo(app, 'Utveksling');
    await page.getByRole('heading', { name: 'Siste sammenslåing' }).waitFor();
    await page.getByRole('button', { name: 'Angre sammenslåingen' }).click();
    await page.getByText(/Det som er endret siden, blir først tatt vare på som sikkerhetskopi/).waitFor();
    await page.getByRole('button', { name: 'Ja, angre sammenslåingen' }).click();
    await page
      .getByRole('main')
      .getByText(/^Sammenslåingen er angret\. Arbeidsområdet/)
      .waitFor();
    expect(storedItem(app, X)?.status).toBe('inProgress');
    expect(storedItem(app, Y)?.note ?? '').toBe('');
    await page.getByRole('cell', { name: 'Sammenslåing angret' }).waitFor();
    await goTo(app, 'Sjekkliste');
    await expect(statusShown(app, X)).resolves.toBe('inProgress');
    await expect(statusShown(app, Z)).resolves.toBe('inProgress');

    // Every step left a backup the user can see and restore from.
    await goTo(app, 'Innstillinger');
    const backups = page.getByRole('table', { name: 'Sikkerhetskopier, nyeste først' });
    await backups.getByRole('cell', { name: 'Før sammenslåing' }).waitFor();
    await backups.getByRole('cell', { name: 'Før gjenoppretting' }).first().waitFor();
    await page.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click();
    await backups.getByRole('cell', { name: 'Manuell' }).waitFor();
    await app.screenshot('43-sikkerhetskopier');
    expect(await auditAccessibility(page)).toEqual([]);
  });

  it('refuses a broken file on an empty laptop, then starts from the colleague’s file', async () => {
    const out = tempFolder('digisos-utveksling-');
    const other = await otherLaptop('Per Kollega');
    await other.call('createWorkspace', { name: 'Digisos Vest' });
    await other.call('saveMunicipality', {
      id: null,
      form: {
        name: 'Vestby kommune',
        number: '3019',
        orgNumber: '940155223',
        inhabitants: '18500',
        inhabitantsDate: '01.01.2026',
        navUnit: 'NAV Vestby',
      },
    });
    const good = path.join(out, 'Digisos Vest.digisos.json');
    await other.exportTo(good);
    const broken = path.join(out, 'Ødelagt.digisos.json');
    const content = JSON.parse(fs.readFileSync(good, 'utf8'));
    content.workspace.municipalities[0].inhabitantsDate = '2025-02-30';
    fs.writeFileSync(broken, JSON.stringify(content));

    const app = await startApp();
    const { page } = app;
    desktop.nextPick = broken;
    await page.getByRole('button', { name: 'Importer et arbeidsområde…' }).click();
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { name: 'Fila «Ødelagt.digisos.json» kan ikke importeres' }).waitFor();
    await expect(alert.innerText()).resolves.toMatch(
      /workspace\.municipalities\[0 «Vestby kommune»\]\.inhabitantsDate — Ugyldig dato/,
    );
    await alert.getByText('Ingenting er endret.').waitFor();
    await app.screenshot('42-import-avvist');
    expect(await auditAccessibility(page)).toEqual([]);
    expect(fs.existsSync(app.documentPath)).toBe(false);

    desktop.nextPick = good;
    await page.getByRole('button', { name: 'Importer et arbeidsområde…' }).click();
    await page.getByRole('heading', { name: 'Importer «Digisos Vest»' }).waitFor();
    await page.getByText('Vestby kommune', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
    await expect(page.locator('.sidebar__workspace').innerText()).resolves.toBe('Digisos Vest');
    await goTo(app, 'Utveksling');
    await page.getByRole('cell', { name: 'Import (nytt arbeidsområde)' }).waitFor();
  });
});
