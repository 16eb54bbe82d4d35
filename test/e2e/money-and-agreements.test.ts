import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueItem } from '../../shared/catalogue/checklist';
import { desktop } from '../support/storage';
import { auditAccessibility } from './axe';
import { goTo, workspaceWithVestby } from './flows';
import { useBrowserSuite } from './harness';

const startApp = useBrowserSuite();

describe('agreements, decisions and attachments in Chromium', () => {
  it('registers the terms as signed with the signed copy attached, and finds the checklist item done', async () => {
    const app = await startApp();
    const { page } = app;
    await workspaceWithVestby(app);

    await goTo(app, 'Avtaler og vedtak');
    expect(await page.getByRole('table').first().getByRole('row').count()).toBe(10);
    await page.getByRole('button', { name: /^Rediger Vilkår for påkobling til Digisos/ }).click();
    await page.getByLabel('Status', { exact: true }).selectOption('signed');
    await page.getByLabel('Signatarens navn').fill('Ola Rådmann');
    await page.getByLabel('Signatarens rolle').fill('Rådmann');
    await page.getByLabel('Har signataren rollen kilden krever?').selectOption('yes');
    await page.getByLabel('Signert dato').fill('20.11.2026');

    const signed = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'digisos-vedlegg-')), 'vilkår-signert.pdf');
    fs.writeFileSync(signed, '%PDF-1.4 signert');
    desktop.nextPick = signed;
    await page.getByRole('button', { name: /^Legg ved signert kopi/ }).click();
    await page.getByText('vilkår-signert.pdf').first().waitFor();
    await page.getByRole('button', { name: 'Lagre avtalen' }).click();
    await page
      .getByText(/Sjekklistepunktet «.*» er også markert som ferdig/)
      .first()
      .waitFor();
    await app.screenshot('20-avtaler');
    expect(await auditAccessibility(page)).toEqual([]);

    // The checklist agrees.
    await goTo(app, 'Sjekkliste');
    const terms = catalogueItem('connection.ks-terms').text.nb;
    await expect(page.getByLabel(`Status for: ${terms}`).inputValue()).resolves.toBe('done');

    // The file is in the data folder; a changed copy is reported, not ignored.
    const stored = app.readDocument() as { workspace: { attachments: { sha256: string }[] } };
    const copy = path.join(app.folder, 'vedlegg', stored.workspace.attachments[0]!.sha256);
    expect(fs.readFileSync(copy, 'utf8')).toBe('%PDF-1.4 signert');
    fs.writeFileSync(copy, 'noen har endret fila');
    await goTo(app, 'Avtaler og vedtak');
    await page.getByText('Noen vedlegg mangler eller er endret').waitFor();
    fs.rmSync(path.dirname(signed), { recursive: true, force: true });
  });

  it('records the decision to start the rollout and completes its checklist item', async () => {
    const app = await startApp();
    const { page } = app;
    await workspaceWithVestby(app);
    await goTo(app, 'Avtaler og vedtak');
    await page.getByLabel('Type vedtak').selectOption('startRollout');
    await page.getByLabel('Hva ble vedtatt').fill('Innføre digital søknad om økonomisk sosialhjelp');
    await page.getByLabel('Vedtatt av').fill('Kommunestyret');
    await page.getByLabel('Dato', { exact: true }).fill('01.10.2026');
    await page.getByLabel('Saksnummer').fill('2026/123');
    await page.getByRole('button', { name: 'Legg til vedtaket' }).click();
    await page.getByRole('row', { name: /Kommunestyret/ }).waitFor();
    await goTo(app, 'Sjekkliste');
    const decision = catalogueItem('decision.start-project').text.nb;
    await expect(page.getByLabel(`Status for: ${decision}`).inputValue()).resolves.toBe('done');
  });
});

describe('the cost calculator in Chromium', () => {
  it('changes a price, sees the totals follow, and restores the source’s price', async () => {
    const app = await startApp();
    const { page } = app;
    await workspaceWithVestby(app);
    await goTo(app, 'Kostnader');
    const oneTime = page.getByRole('table', { name: 'Engangskostnader for Vestby kommune' });
    // 18 500 × kr 8,60 = kr 159 100; + DigiFin kr 20 × 18 500 = kr 370 000.
    await oneTime
      .getByText(/kr\s159\s100/)
      .first()
      .waitFor();
    await oneTime
      .getByText(/kr\s529\s100/)
      .first()
      .waitFor();
    expect(await auditAccessibility(page)).toEqual([]);

    await page
      .getByRole('button', { name: 'Endre: Tilknytningskostnad per innbygger (over 6 300 innbyggere)' })
      .click();
    await page.getByLabel('Tilknytningskostnad per innbygger (over 6 300 innbyggere), ny pris i kr').fill('9,10');
    await page.getByRole('button', { name: 'Lagre prisen' }).click();
    // 18 500 × kr 9,10 = kr 168 350
    await oneTime
      .getByText(/kr\s168\s350/)
      .first()
      .waitFor();
    await oneTime
      .getByText(/kr\s538\s350/)
      .first()
      .waitFor();
    await page.getByText(/Endret fra kilden \(kilden: kr\s8,60\)/).waitFor();
    await app.screenshot('21-kostnader');
    expect(await auditAccessibility(page)).toEqual([]);

    await page
      .getByRole('button', {
        name: 'Tilbakestill til kilden: Tilknytningskostnad per innbygger (over 6 300 innbyggere)',
      })
      .click();
    await oneTime
      .getByText(/kr\s159\s100/)
      .first()
      .waitFor();
    const stored = app.readDocument() as { workspace: { prices: unknown[] } };
    expect(stored.workspace.prices).toEqual([]);
  });
});
