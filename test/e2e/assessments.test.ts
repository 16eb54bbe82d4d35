import { describe, expect, it } from 'vitest';
import { DPIA_GUIDANCE } from '../../shared/catalogue/assessments';
import { auditAccessibility } from './axe';
import { goTo, workspaceWithVestby } from './flows';
import { useBrowserSuite } from './harness';

const startApp = useBrowserSuite();

describe('the DPIA and the ROS analysis in Chromium', () => {
  it('fills a DPIA section and keeps it', async () => {
    const app = await startApp();
    const { page } = app;
    await workspaceWithVestby(app);
    await goTo(app, 'Personvern (PVK)', 'Personvernkonsekvensvurdering (PVK)');
    const retention = page.getByRole('textbox', { name: DPIA_GUIDANCE.retention.title.nb, exact: true });
    await retention.fill('Søknadene slettes fra FIKS etter 30 dager; saken arkiveres i fagsystemet.');
    await page.getByRole('button', { name: 'Lagre PVK' }).click();
    await page.getByText('Ulagrede endringer').waitFor({ state: 'detached' });
    await app.screenshot('30-pvk');
    expect(await auditAccessibility(page)).toEqual([]);
    await app.restart();
    await goTo(app, 'Personvern (PVK)', 'Personvernkonsekvensvurdering (PVK)');
    await expect(
      page.getByRole('textbox', { name: DPIA_GUIDANCE.retention.title.nb, exact: true }).inputValue(),
    ).resolves.toBe('Søknadene slettes fra FIKS etter 30 dager; saken arkiveres i fagsystemet.');
  });

  it('adds a risk, moves it on the matrix with a measure, approves, edits, and sees the approval turn stale', async () => {
    const app = await startApp();
    const { page } = app;
    await workspaceWithVestby(app);
    await goTo(app, 'ROS-analyse');

    await page.getByRole('button', { name: 'Ny risiko' }).click();
    await page.getByLabel('Uønsket hendelse', { exact: true }).fill('Fagsystemet slutter å hente søknader fra FIKS');
    const before = page.getByRole('group', { name: 'Risiko før nye tiltak' });
    await before.getByLabel('Sannsynlighet').selectOption('4');
    await before.getByLabel('Konsekvens').selectOption('4');
    await page.getByRole('button', { name: 'Legg til tiltak' }).click();
    await page.getByLabel('Tiltak', { exact: true }).fill('Daglig kontroll av felles varslingsadresse');
    await page.getByLabel('Frist', { exact: true }).fill('01.12.2026');
    const after = page.getByRole('group', { name: 'Restrisiko etter nye tiltak' });
    await after.getByLabel('Sannsynlighet').selectOption('1');
    await after.getByLabel('Konsekvens').selectOption('4');
    await page.getByRole('button', { name: 'Lagre risikoen' }).click();

    // Before measures: likelihood 4 × consequence 4 = 16, red. After: 1 × 4 = 4, green.
    const redCell = page.getByRole('button', {
      name: /^Sannsynlighet Sannsynlig, konsekvens Svært alvorlig: 1 risiko, rødt/i,
    });
    const greenCell = page.getByRole('button', {
      name: /^Sannsynlighet Svært lite sannsynlig, konsekvens Svært alvorlig: 1 risiko, grønt/i,
    });
    await redCell.waitFor();
    await greenCell.waitFor();

    // Keyboard only: Tab to a cell, Enter filters the register, Enter again shows all.
    await redCell.focus();
    await page.keyboard.press('Enter');
    await expect(redCell.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    await expect(redCell.getAttribute('aria-pressed')).resolves.toBe('false');
    expect(await auditAccessibility(page)).toEqual([]);

    // Approve the analysis.
    const signOff = page.getByRole('region', { name: /^Godkjenning/ });
    await signOff.getByLabel('Godkjent av (navn)').fill('Kari Nordmann');
    await signOff.getByLabel('Rolle').fill('Kommunedirektør');
    await signOff.getByRole('button', { name: 'Godkjenn' }).click();
    await signOff.getByText('Godkjent', { exact: true }).waitFor();
    await app.screenshot('31-ros-godkjent');

    // Edit the risk: the approval turns stale.
    await page.getByRole('button', { name: 'Rediger Fagsystemet slutter å hente søknader fra FIKS' }).click();
    await page.getByRole('group', { name: 'Restrisiko etter nye tiltak' }).getByLabel('Konsekvens').selectOption('3');
    await page.getByRole('button', { name: 'Lagre risikoen' }).click();
    await signOff.getByText('Utdatert godkjenning').waitFor();
    await signOff.getByText(/innholdet er endret etter at Kari Nordmann godkjente det/).waitFor();
    await app.screenshot('32-ros-utdatert');
    expect(await auditAccessibility(page)).toEqual([]);

    // The open measure is on the dashboard.
    await goTo(app, 'Oversikt');
    await page.getByRole('button', { name: 'Daglig kontroll av felles varslingsadresse' }).waitFor();
  });

  it('guides the NKS steps and remembers who did them', async () => {
    const app = await startApp();
    const { page } = app;
    await workspaceWithVestby(app);
    await goTo(app, 'Beredskap og NKS');
    await page.getByRole('button', { name: /^Marker som gjort: steg 1/ }).click();
    await page
      .getByText(/Gjort \d\d\.\d\d\.\d{4}/)
      .first()
      .waitFor();
    await app.screenshot('33-beredskap-nks');
    expect(await auditAccessibility(page)).toEqual([]);
  });
});
