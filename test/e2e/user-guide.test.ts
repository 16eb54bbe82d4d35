/**
 * The screenshots in the user guide (docs/user-guide.md), taken from the built app with the
 * example cooperation in it. The clock is fixed and the data folder has a fixed name, so a run
 * on the same machine gives the same pictures; every step waits for what the guide's text says
 * the picture shows, so a view that no longer shows it fails here rather than in the guide.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { catalogueItem } from '../../shared/catalogue/checklist';
import { exampleDocument } from '../../shared/example/example-workspace';
import type { ImportPreview } from '../../shared/ipc/contract';
import type { StoredDocument } from '../../shared/schema/workspace';
import { desktop, handlersFor, openStorage } from '../support/storage';
import { tempFolder } from '../support/temp-folder';
import { goTo } from './flows';
import { useBrowserSuite } from './harness';

const startApp = useBrowserSuite();

const IMAGES = path.resolve(import.meta.dirname, '../../docs/images');
/** A Monday morning six weeks before the example's connection date. */
const NOW = new Date(2026, 2, 2, 10, 0, 0);
const now = () => NOW;
const VIEWPORT = { width: 1280, height: 800 };

/** The images the guide embeds: each must be written by this file, and none left over. */
const GUIDE_IMAGES = [
  'velkommen',
  'kommuner',
  'oversikt',
  'sjekkliste',
  'paakoblingsplan',
  'avtaler',
  'kostnader',
  'ros-matrise',
  'godkjenning',
  'dokumenter',
  'sammenslaaing',
  'sikkerhetskopier',
] as const;
type ImageName = (typeof GUIDE_IMAGES)[number];

/** A fixed data folder: its path shows in Settings, and a random one would change the picture on every run. */
function dataFolder(name: string): string {
  const folder = path.join(os.tmpdir(), name);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

/** Light colours, the guide's window size, the clock at NOW, and a fresh page load to take it all in. */
async function prepare(page: Page, restart: () => Promise<void>): Promise<void> {
  await page.setViewportSize(VIEWPORT);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.clock.setFixedTime(NOW);
  await restart();
}

/** The pictures the running test has written. */
const shot = new Set<ImageName>();

/** Saves one picture for the guide: the window, or one part of it. */
async function shoot(page: Page, name: ImageName, part?: Locator): Promise<void> {
  const file = path.join(IMAGES, `${name}.png`);
  // No hover colour on whatever the mouse last clicked.
  await page.mouse.move(VIEWPORT.width - 1, VIEWPORT.height - 1);
  if (part) {
    await part.scrollIntoViewIfNeeded();
    await part.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  } else {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  }
  shot.add(name);
}

/** The colleague's laptop: its own data folder, driven through the app's real handler table in Node. */
function colleague() {
  const handlers = handlersFor(openStorage(tempFolder('digisos-guide-kollega-'), { now }), now);
  const call = async <T>(method: string, input: unknown = {}): Promise<T> => {
    const result = await dispatch(handlers, method, input, { checkOutput: true, log: () => {} });
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
    return result.value as T;
  };
  return { call };
}

describe('the user guide’s screenshots', () => {
  it('first start: the welcome page', async () => {
    const app = await startApp({ folder: dataFolder('digisos-klar-brukerveiledning-ny'), now });
    const { page } = app;
    await prepare(page, () => app.restart());
    await page.getByRole('heading', { level: 1, name: 'Velkommen til Digisos Klar' }).waitFor();
    await page.getByLabel('Navn på arbeidsområdet').fill('Digisos i Fjordvik og Lisund');
    await page.getByRole('button', { name: 'Importer et arbeidsområde…' }).waitFor();
    await shoot(page, 'velkommen');
  });

  it('the example cooperation, view by view', async () => {
    shot.clear();
    const folder = dataFolder('digisos-klar-brukerveiledning');
    const storage = openStorage(folder, { now });
    storage.save(exampleDocument(NOW));
    storage.keepBackup('manual');
    const app = await startApp({ folder, now });
    const { page } = app;
    await prepare(page, () => app.restart());
    const main = page.getByRole('main');

    // Kommuner: the two municipalities and the cooperation between them.
    await goTo(app, 'Kommuner');
    await main.getByRole('row', { name: /Fjordvik kommune\s+Vertskommune/ }).waitFor();
    await main.getByRole('row', { name: /Lisund kommune\s+Samarbeidskommune/ }).waitFor();
    await main.getByRole('heading', { level: 2, name: 'Samarbeid' }).waitFor();
    await expect(main.getByLabel('Vertskommune', { exact: true }).inputValue()).resolves.not.toBe('');
    await shoot(page, 'kommuner');

    // Oversikt: readiness and the counts that need attention.
    await goTo(app, 'Oversikt');
    await main.getByText('Alle kommunene samlet').waitFor();
    await main.getByText('Hindrer påkobling').first().waitFor();
    await main.getByText('Planlagt påkobling 13.04.2026').first().waitFor();
    await shoot(page, 'oversikt');

    // Sjekkliste: one item opened, with its source and its history.
    await goTo(app, 'Sjekkliste');
    const itemText = catalogueItem('decision.connection-fee-financed').text.nb;
    await main.getByRole('button', { name: `Detaljer om: ${itemText}` }).click();
    const item = main.getByRole('article', { name: itemText });
    await item.getByText('Kilde', { exact: true }).waitFor();
    await item.getByText('Historikk', { exact: true }).waitFor();
    await item.getByLabel('Notat', { exact: true }).waitFor();
    await shoot(page, 'sjekkliste', item);

    // Påkoblingsplan: the timeline counted from the planned connection date.
    await goTo(app, 'Påkoblingsplan');
    const timeline = main.getByRole('region', { name: 'Tidslinje' });
    await timeline.getByText('Påkobling 13.04').waitFor();
    await timeline.getByText('I dag 02.03').waitFor();
    await shoot(page, 'paakoblingsplan', timeline);

    // Avtaler og vedtak: the agreement register.
    await goTo(app, 'Avtaler og vedtak');
    await main.getByRole('row', { name: /Vilkår for påkobling til Digisos.*Signert/ }).waitFor();
    await shoot(page, 'avtaler');

    // Kostnader: the summary and the one-off costs, each with how it was counted.
    await goTo(app, 'Kostnader');
    await main.getByText('Engangskostnader').first().waitFor();
    await main.getByRole('row', { name: /Tilknytningskostnad til DigiFin/ }).waitFor();
    await shoot(page, 'kostnader');

    // ROS-analyse: the matrices before and after measures, and the sign-off.
    await goTo(app, 'ROS-analyse');
    const matrix = main.getByRole('region', { name: 'Risikomatrise' });
    await matrix.getByText('Før tiltak', { exact: true }).first().waitFor();
    await matrix.getByText('Etter tiltak', { exact: true }).first().waitFor();
    await shoot(page, 'ros-matrise', matrix);
    const signOff = main.getByRole('region', { name: /^Godkjenning/ });
    await signOff.getByText(/^Godkjent av /).waitFor();
    await shoot(page, 'godkjenning', signOff);

    // Dokumenter: the reports and the KS terms.
    await goTo(app, 'Dokumenter');
    await main.getByRole('button', { name: 'Statusrapport for Fjordvik kommune' }).waitFor();
    await main.getByRole('heading', { level: 2, name: 'Vilkår for påkobling til Digisos (KS)' }).waitFor();
    await shoot(page, 'dokumenter');

    // Innstillinger: the backups, before the merge below adds its own.
    await goTo(app, 'Innstillinger');
    const backups = main.getByRole('region', { name: 'Sikkerhetskopier' });
    const list = backups.getByRole('table', { name: 'Sikkerhetskopier, nyeste først' });
    await list.getByRole('cell', { name: 'Manuell' }).waitFor();
    await list.getByRole('cell', { name: 'Automatisk' }).first().waitFor();
    await shoot(page, 'sikkerhetskopier', backups);

    // Utveksling: a colleague's copy comes back with a note added and one item changed on both laptops.
    const files = tempFolder('digisos-guide-filer-');
    const first = path.join(files, 'Fjordvik og Lisund.digisos.json');
    await goTo(app, 'Utveksling');
    desktop.nextSavePath = first;
    await main.getByRole('button', { name: 'Eksporter arbeidsområdet…' }).click();
    await main.getByText(`Eksportert til ${first}.`).waitFor();

    const other = colleague();
    await other.call('updateSettings', { userName: 'Ingrid Ås' });
    desktop.nextPick = first;
    const preview = await other.call<ImportPreview>('pickImport');
    if (preview.kind !== 'preview') throw new Error(`the colleague could not import: ${preview.kind}`);
    await other.call('applyImport', { token: preview.token, choices: {} });
    const hostId = (app.readDocument() as unknown as StoredDocument).workspace!.municipalities[0]!.id;
    const benefits = 'decision.benefits-mapped';
    await other.call('updateItem', { municipalityId: hostId, itemId: benefits, change: { status: 'done' } });
    await other.call('updateItem', {
      municipalityId: hostId,
      itemId: 'organisation.mapping-form',
      change: { note: 'Sendt til Digisos 27.02.' },
    });
    const second = path.join(files, 'Fjordvik og Lisund fra Ingrid.digisos.json');
    desktop.nextSavePath = second;
    await other.call('exportWorkspace', { includeAttachments: true });

    const benefitsText = catalogueItem(benefits).text.nb;
    await goTo(app, 'Sjekkliste');
    await main.getByLabel(`Status for: ${benefitsText}`).selectOption('inProgress');
    await expect
      .poll(() => (app.readDocument() as unknown as StoredDocument).workspace?.municipalities[0]?.checklist)
      .toContainEqual(expect.objectContaining({ itemId: benefits, status: 'inProgress' }));

    await goTo(app, 'Utveksling');
    desktop.nextPick = second;
    await main.getByRole('button', { name: 'Importer eller slå sammen…' }).click();
    await main.getByRole('heading', { name: 'Slå sammen med «Digisos i Fjordvik og Lisund»' }).waitFor();
    const conflict = main.getByRole('group', { name: `Fjordvik kommune › Sjekkliste › ${benefitsText} › Status` });
    await conflict.getByRole('radio', { name: 'Behold min: Pågår' }).waitFor();
    await conflict.getByRole('radio', { name: 'Ta deres: Ferdig' }).waitFor();
    await main.getByText('1 endring fra deres side blir tatt inn.').waitFor();
    await main.getByText('1 konflikt er ikke avgjort ennå.').waitFor();
    await shoot(page, 'sammenslaaing', main.getByRole('region', { name: 'Importer eller slå sammen' }));

    expect([...shot].sort()).toEqual(GUIDE_IMAGES.filter((name) => name !== 'velkommen').sort());
  });

  it('the guide embeds every picture, and docs/images holds no other', () => {
    const guide = fs.readFileSync(path.resolve(IMAGES, '../user-guide.md'), 'utf8');
    const embedded = [...guide.matchAll(/!\[[^\]]+\]\(images\/([a-z0-9-]+)\.png\)/g)].map((m) => m[1]);
    expect([...new Set(embedded)].sort()).toEqual([...GUIDE_IMAGES].sort());
    const onDisk = fs.readdirSync(IMAGES).filter((f) => f.endsWith('.png'));
    expect(onDisk.sort()).toEqual(GUIDE_IMAGES.map((n) => `${n}.png`).sort());
  });
});
