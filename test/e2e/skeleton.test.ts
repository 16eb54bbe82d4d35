import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../shared/schema/workspace';
import { auditAccessibility } from './axe';
import { goTo } from './flows';
import { useBrowserSuite, type AppHarness } from './harness';

const startApp = useBrowserSuite();

async function createWorkspace(harness: AppHarness, name: string) {
  const { page } = harness;
  await page.getByLabel('Navn på arbeidsområdet').fill(name);
  await page.getByRole('button', { name: 'Opprett arbeidsområde' }).click();
  await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
  await page.getByRole('navigation').getByRole('button', { name: 'Kommuner' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kommuner' }).waitFor();
}

async function fillMunicipality(harness: AppHarness, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    await harness.page.getByLabel(label, { exact: true }).fill(value);
  }
}

const vestby = {
  Kommunenavn: 'Vestby kommune',
  Kommunenummer: '3019',
  Organisasjonsnummer: '940 155 223',
  Innbyggertall: '18 500',
  'Innbyggertall per dato': '01.01.2026',
  'NAV-kontor': 'NAV Vestby',
};

describe('the walking skeleton in Chromium', () => {
  it('creates a workspace and a municipality, and finds them again after a restart', async () => {
    const app = await startApp();
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Velkommen til Digisos Klar' }).isVisible()).resolves.toBe(true);
    await app.screenshot('01-velkommen');

    await createWorkspace(app, 'Digisos Follo');
    await page.getByRole('button', { name: 'Legg til kommune' }).click();
    await fillMunicipality(app, vestby);
    await app.screenshot('02-ny-kommune');
    await page.getByRole('button', { name: 'Lagre' }).click();

    const row = page.getByRole('row', { name: /Vestby kommune/ });
    await row.waitFor();
    await expect(row.innerText()).resolves.toMatch(
      /3019\s+940\u00a0155\u00a0223\s+18\u00a0500\s+per 01\.01\.2026\s+NAV Vestby/,
    );
    await app.screenshot('03-kommuneliste');

    await app.restart();
    await goTo(app, 'Kommuner');
    await page.getByRole('row', { name: /Vestby kommune/ }).waitFor();
    await expect(page.locator('.sidebar__workspace').innerText()).resolves.toBe('Digisos Follo');
    const stored = app.readDocument() as {
      schemaVersion: number;
      workspace: { municipalities: { orgNumber: string; inhabitants: number }[] };
    };
    expect(stored.schemaVersion).toBe(SCHEMA_VERSION);
    expect(stored.workspace.municipalities).toMatchObject([{ orgNumber: '940155223', inhabitants: 18500 }]);
  });

  it('shows each bad field’s message next to it and saves nothing', async () => {
    const app = await startApp();
    const { page } = app;
    await createWorkspace(app, 'Digisos Follo');
    const before = fs.readFileSync(app.documentPath, 'utf8');

    await page.getByRole('button', { name: 'Legg til kommune' }).click();
    await fillMunicipality(app, {
      ...vestby,
      Organisasjonsnummer: '940 155 224',
      Innbyggertall: '-200',
      'Innbyggertall per dato': '31.02.2026',
    });
    await page.getByRole('button', { name: 'Lagre' }).click();

    const orgNumber = page.getByLabel('Organisasjonsnummer', { exact: true });
    await expect(orgNumber.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#municipality-orgNumber-error').innerText()).resolves.toContain(
      'kontrollsifferet stemmer ikke',
    );
    await expect(page.locator('#municipality-inhabitants-error').innerText()).resolves.toContain(
      'kan ikke være negativt',
    );
    await expect(page.locator('#municipality-inhabitantsDate-error').innerText()).resolves.toContain(
      'finnes ikke i kalenderen',
    );
    await expect(page.locator('#municipality-name-error').count()).resolves.toBe(0);
    // The first wrong field has the focus, so a keyboard user lands where the work is.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('municipality-orgNumber');
    await app.screenshot('04-feil-i-skjema');

    expect(fs.readFileSync(app.documentPath, 'utf8')).toBe(before);
  });

  it('edits a municipality and keeps the change', async () => {
    const app = await startApp();
    const { page } = app;
    await createWorkspace(app, 'Digisos Follo');
    await page.getByRole('button', { name: 'Legg til kommune' }).click();
    await fillMunicipality(app, vestby);
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByRole('button', { name: 'Rediger Vestby kommune' }).click();
    await expect(page.getByLabel('Organisasjonsnummer', { exact: true }).inputValue()).resolves.toBe('940155223');
    await page.getByLabel('Innbyggertall', { exact: true }).fill('18 900');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByRole('row', { name: /18\s900/ }).waitFor();
    await app.restart();
    await goTo(app, 'Kommuner');
    await page.getByRole('row', { name: /18\s900/ }).waitFor();
  });

  it('recovers from a corrupt file: the user is told and sees the backup’s data', async () => {
    const app = await startApp();
    const { page } = app;
    await createWorkspace(app, 'Digisos Follo');
    await page.getByRole('button', { name: 'Legg til kommune' }).click();
    await fillMunicipality(app, vestby);
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByRole('row', { name: /Vestby kommune/ }).waitFor();

    fs.writeFileSync(app.documentPath, '{"format":"digisos-klar/workspace","schemaVersion":1,"workspace":{"name":"Dig');
    await app.restart();

    const alert = page.getByRole('alert').filter({ hasText: 'sikkerhetskopi' });
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toMatch(/var skadet.*lagt til side som «arbeidsomrade\.skadet-.*\.json»/s);
    await goTo(app, 'Kommuner');
    await page.getByRole('row', { name: /Vestby kommune/ }).waitFor();
    await app.screenshot('05-gjenopprettet');
    expect(fs.readdirSync(app.folder).some((f) => f.startsWith('arbeidsomrade.skadet-'))).toBe(true);
  });

  it('refuses to write over a file from a newer version, and says so', async () => {
    const app = await startApp();
    fs.writeFileSync(
      app.documentPath,
      JSON.stringify({ format: 'digisos-klar/workspace', schemaVersion: SCHEMA_VERSION + 1 }),
    );
    await app.restart();
    const { page } = app;
    await page.getByRole('alert').filter({ hasText: 'nyere versjon' }).waitFor();
    await expect(page.getByRole('button', { name: 'Opprett arbeidsområde' }).isDisabled()).resolves.toBe(true);
    await app.screenshot('06-nyere-versjon');
  });

  it('can be used with the keyboard alone', async () => {
    const app = await startApp();
    const { page } = app;
    await page.keyboard.press('Tab'); // skip link
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Hopp til innholdet');
    await page.getByLabel('Navn på arbeidsområdet').focus();
    await page.keyboard.type('Digisos Follo');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
    await page.getByRole('navigation').getByRole('button', { name: 'Kommuner' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Kommuner' }).waitFor();
    await page.getByRole('button', { name: 'Legg til kommune' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Kommunenavn').waitFor();
    await page.getByLabel('Kommunenavn').focus();
    for (const value of Object.values(vestby)) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Lagre');
    await page.keyboard.press('Enter');
    await page.getByRole('row', { name: /Vestby kommune/ }).waitFor();
  });

  it('passes an axe-core WCAG 2.1 AA audit on every view', async () => {
    const app = await startApp();
    const { page } = app;
    expect(await auditAccessibility(page)).toEqual([]);
    await createWorkspace(app, 'Digisos Follo');
    await page.getByRole('button', { name: 'Legg til kommune' }).click();
    await page.getByRole('button', { name: 'Lagre' }).click(); // every field refused
    expect(await auditAccessibility(page)).toEqual([]);
    await fillMunicipality(app, vestby);
    await page.getByRole('button', { name: 'Lagre' }).click();
    await page.getByRole('row', { name: /Vestby kommune/ }).waitFor();
    expect(await auditAccessibility(page)).toEqual([]);
    await page.getByRole('button', { name: 'Innstillinger' }).click();
    await page.getByRole('heading', { name: 'Innstillinger' }).waitFor();
    expect(await auditAccessibility(page)).toEqual([]);
    await app.screenshot('07-innstillinger');
  });
});
