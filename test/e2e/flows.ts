import type { AppHarness } from './harness';

/** Opens a view from the sidebar and waits for its heading. */
export async function goTo(harness: AppHarness, view: string, heading: string | RegExp = view): Promise<void> {
  await harness.page.getByRole('navigation').getByRole('button', { name: view }).click();
  await harness.page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The municipality most browser tests start from. */
export const VESTBY: Readonly<Record<string, string>> = {
  Kommunenavn: 'Vestby kommune',
  Kommunenummer: '3019',
  Organisasjonsnummer: '940 155 223',
  Innbyggertall: '18 500',
  'Innbyggertall per dato': '01.01.2026',
  'NAV-kontor': 'NAV Vestby',
};

/** Fills the municipality form field by field, as a user would. */
export async function fillMunicipality(harness: AppHarness, values: Readonly<Record<string, string>>): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    await harness.page.getByLabel(label, { exact: true }).fill(value);
  }
}

/** A new user's first steps: a workspace "Digisos Follo" with Vestby kommune in it. */
export async function workspaceWithVestby(harness: AppHarness): Promise<void> {
  const { page } = harness;
  await page.getByLabel('Navn på arbeidsområdet').fill('Digisos Follo');
  await page.getByRole('button', { name: 'Opprett arbeidsområde' }).click();
  await goTo(harness, 'Kommuner');
  await page.getByRole('button', { name: 'Legg til kommune' }).click();
  await fillMunicipality(harness, VESTBY);
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await page.getByRole('row', { name: /Vestby kommune/ }).waitFor();
}
