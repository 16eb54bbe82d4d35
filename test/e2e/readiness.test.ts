import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueItem } from '../../shared/catalogue/checklist';
import { addDays } from '../../shared/domain/plan';
import { formatDate, toIsoDate } from '../../shared/format/date';
import { clipboard } from '../support/storage';
import { auditAccessibility } from './axe';
import { goTo } from './flows';
import { useBrowserSuite, type AppHarness } from './harness';

const startApp = useBrowserSuite();

const municipalities = {
  host: {
    Kommunenavn: 'Vestby kommune',
    Kommunenummer: '3019',
    Organisasjonsnummer: '940 155 223',
    Innbyggertall: '18 500',
    'Innbyggertall per dato': '01.01.2026',
    'NAV-kontor': 'NAV Vestby',
  },
  partner: {
    Kommunenavn: 'Oslo kommune',
    Kommunenummer: '0301',
    Organisasjonsnummer: '958 935 420',
    Innbyggertall: '717 710',
    'Innbyggertall per dato': '01.01.2026',
    'NAV-kontor': 'NAV Vestby',
  },
};

/** The text a municipality's card on the dashboard shows for its overall readiness. */
async function overallOf(harness: AppHarness, name: string): Promise<string> {
  const card = harness.page.getByRole('region', { name: new RegExp(`^${name}`) });
  return card
    .getByRole('progressbar')
    .first()
    .getAttribute('aria-valuetext')
    .then((v) => v ?? '');
}

describe('a new user gets a host and a partner ready for connection', () => {
  it('sets up the cooperation and the plan, completes items and sees the dashboard follow, also after a restart', async () => {
    const app = await startApp();
    const { page } = app;
    const connection = addDays(toIsoDate(new Date()), 21);

    await page.getByLabel('Navn på arbeidsområdet').fill('Digisos Follo');
    await page.getByRole('button', { name: 'Opprett arbeidsområde' }).click();
    await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();

    // Two municipalities.
    await goTo(app, 'Kommuner');
    for (const values of [municipalities.host, municipalities.partner]) {
      await page.getByRole('button', { name: 'Legg til kommune' }).click();
      for (const [label, value] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(value);
      await page.getByRole('button', { name: 'Lagre', exact: true }).click();
      await page.getByRole('row', { name: new RegExp(values.Kommunenavn) }).waitFor();
    }

    // Host-municipality cooperation without transfer of controller responsibility, Vestby as host.
    await page.getByLabel('Samarbeidsmodell').selectOption('hostWithoutTransfer');
    await page.getByLabel('Vertskommune', { exact: true }).selectOption({ label: 'Vestby kommune' });
    await page.getByLabel('Samarbeidsform etter kommuneloven').selectOption('kl2018HostCooperation');
    await page.getByRole('button', { name: 'Lagre samarbeid' }).click();
    await page.getByRole('row', { name: /Vestby kommune.*Vertskommune/ }).waitFor();
    await page.getByRole('row', { name: /Oslo kommune.*Samarbeidskommune/ }).waitFor();

    // The planned connection date, three weeks from today.
    await page.getByRole('button', { name: 'Profil for Vestby kommune' }).click();
    await page.getByLabel('Planlagt påkoblingsdato').fill(formatDate(connection));
    await page.getByLabel('Pulje').fill('Pulje 4');
    await page.getByRole('button', { name: 'Lagre plan og fagsystem' }).click();
    await page
      .getByRole('row', { name: new RegExp(`Vestby kommune.*${formatDate(connection).replace(/\./g, '\\.')}`) })
      .waitFor();
    await app.screenshot('10-kommuner-samarbeid-profil');
    expect(await auditAccessibility(page)).toEqual([]);

    // The plan.
    await goTo(app, 'Påkoblingsplan');
    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Vestby kommune' });
    await page.getByText('om 21 dager').first().waitFor();
    const videoFrom = formatDate(addDays(connection, -14));
    await expect(page.getByRole('table').filter({ hasText: 'videomøte' }).first().innerText()).resolves.toContain(
      videoFrom,
    );
    await expect(page.getByRole('img').first().getAttribute('aria-label')).resolves.toBeTruthy();
    await app.screenshot('11-plan');
    expect(await auditAccessibility(page)).toEqual([]);
    await page
      .getByRole('button', { name: /^Kopier e-posten/ })
      .first()
      .click();
    expect(clipboard.text).toContain('digisos@nav.no');
    expect(clipboard.text).toContain('Vestby kommune');

    // The dashboard before any work: nothing done.
    const hostTotal = CATALOGUE.length;
    const partnerTotal = CATALOGUE.filter((i) => i.actor !== 'navUnit').length;
    await goTo(app, 'Oversikt');
    await expect(overallOf(app, 'Vestby kommune')).resolves.toBe(`0 %, 0 av ${hostTotal} punkter`);
    await expect(overallOf(app, 'Oslo kommune')).resolves.toBe(`0 %, 0 av ${partnerTotal} punkter`);

    // Complete one item, and mark one not relevant with a reason.
    await goTo(app, 'Sjekkliste');
    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Vestby kommune' });
    const decision = catalogueItem('decision.start-project').text.nb;
    await page.getByLabel(`Status for: ${decision}`).selectOption('done');
    await expect(page.getByLabel(`Status for: ${decision}`).inputValue()).resolves.toBe('done');
    const testStep = catalogueItem('test.own-test-applications').text.nb;
    await page.getByLabel(`Status for: ${testStep}`).selectOption('notRelevant');
    await page.getByLabel('Hvorfor er punktet ikke relevant?').fill('Leverandøren tester for oss');
    await page.getByRole('button', { name: 'Lagre', exact: true }).click();
    await page.getByText('Ikke relevant: Leverandøren tester for oss').waitFor();
    await app.screenshot('12-sjekkliste');
    expect(await auditAccessibility(page)).toEqual([]);

    // The dashboard has followed.
    await goTo(app, 'Oversikt');
    const expected = `${Math.floor(100 / (hostTotal - 1))} %, 1 av ${hostTotal - 1} punkter`;
    await expect(overallOf(app, 'Vestby kommune')).resolves.toBe(expected);
    await app.screenshot('13-oversikt');
    expect(await auditAccessibility(page)).toEqual([]);

    // And everything is still there after a restart.
    await app.restart();
    await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
    await expect(overallOf(app, 'Vestby kommune')).resolves.toBe(expected);
    await goTo(app, 'Sjekkliste');
    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Vestby kommune' });
    await expect(page.getByLabel(`Status for: ${decision}`).inputValue()).resolves.toBe('done');
    await page.getByText('Ikke relevant: Leverandøren tester for oss').waitFor();
    const stored = app.readDocument() as {
      workspace: { municipalities: { checklist: { itemId: string; history: { field: string; to: string }[] }[] }[] };
    };
    const entry = stored.workspace.municipalities[0]!.checklist.find((e) => e.itemId === 'test.own-test-applications');
    expect(entry?.history.map((h) => [h.field, h.to])).toEqual([
      ['status', 'notRelevant'],
      ['notRelevantReason', 'Leverandøren tester for oss'],
    ]);
  });
});
