import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CostsView } from '../../renderer/features/costs/CostsView';
import { useAppStore } from '../../renderer/store/app-store';
import type { Municipality, PriceOverride, StoredDocument, Workspace } from '../../shared/schema/workspace';
import { bergenForm } from '../support/fixtures';
import { documentOf, withMunicipality, workspaceWith } from '../support/workspace-builder';
import { installFakeApi } from './fake-api';

const NBSP = '\u00a0';
/** `kr 55 000` as the app writes it, with no-break spaces. */
const kr = (text: string) => `kr${NBSP}${text.replace(/ /g, NBSP)}`;

function documentWith(
  change: (m: Municipality) => Municipality,
  workspaceChange: (w: Workspace) => Workspace = (w) => w,
): StoredDocument {
  const document = documentOf(workspaceChange(withMunicipality(workspaceWith([bergenForm]), 0, change)));
  document.settings.userName = 'Kari Nordmann';
  return document;
}

function show(document: StoredDocument) {
  useAppStore.setState({ document, status: 'ready', view: 'costs' });
  render(<CostsView />);
}

const inhabitants =
  (n: number) =>
  (m: Municipality): Municipality => ({ ...m, inhabitants: n });

/** The row of a cost line in the breakdown (not the price list), found by its title. */
const costLine = (title: string) => {
  const tables = screen.getAllByRole('table', { name: /^(Engangskostnader|Årlige kostnader) for Bergen kommune/ });
  const rows = tables.flatMap((table) => within(table).queryAllByRole('rowheader', { name: title }));
  expect(rows).toHaveLength(1);
  return rows[0]!.closest('tr')!;
};

const changedFeePrice: PriceOverride = {
  priceId: 'connectionFeePerInhabitant',
  ore: 910,
  changedAt: '2026-11-20T09:30:00.000Z',
  changedBy: 'Kari Nordmann',
};

describe('the costs view', () => {
  it('warns that exactly 6 300 inhabitants is covered by neither fee rule, and budgets kr 55 000', () => {
    installFakeApi({});
    show(documentWith(inhabitants(6300)));
    const warning = screen.getByRole('heading', {
      level: 3,
      name: /Bekreft tilknytningskostnaden med KS/,
    }).parentElement!;
    expect(warning.textContent).toContain('ingen av dem dekker nøyaktig 6 300');
    expect(warning.textContent).toContain(`Appen budsjetterer med det høyeste beløpet: ${kr('55 000')} (fast beløp)`);
    expect(warning.textContent).toContain(`Den andre regelen gir ${kr('54 180')}`);
    const fee = costLine('Tilknytningskostnad til DigiFin');
    expect(fee.textContent).toContain(kr('55 000'));
    expect(fee.textContent).toContain('det høyeste av de to reglene');
    expect(screen.getByRole('heading', { name: 'Merk' }).parentElement!.textContent).toContain(
      'Nøyaktig 6 300 innbyggere dekkes av ingen av reglene',
    );
  });

  it('charges 8,60 per inhabitant above 6 300: 18 500 inhabitants make kr 159 100, plus VAT', () => {
    installFakeApi({});
    show(documentWith(inhabitants(18_500)));
    expect(screen.queryByRole('heading', { name: /Bekreft tilknytningskostnaden/ })).toBeNull();
    const fee = costLine('Tilknytningskostnad til DigiFin');
    expect(fee.textContent).toContain(`kr 8,60 per innbygger × 18${NBSP}500 innbyggere`);
    const cells = within(fee)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(expect.arrayContaining([kr('159 100'), kr('39 775'), kr('198 875')]));
    expect(costLine('Medlemskap i DigiFin').textContent).toContain(kr('370 000'));
  });

  it('saves the DigiFin membership, and the membership line then costs nothing', async () => {
    const before = documentWith(inhabitants(18_500));
    const after = documentWith((m) => ({
      ...inhabitants(18_500)(m),
      costInputs: { ...m.costInputs, digifinMember: true },
    }));
    const api = installFakeApi({ setCostInputs: async () => ({ ok: true, value: after }) });
    show(before);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Allerede medlem av DigiFin' }));
    await userEvent.click(screen.getByRole('button', { name: 'Lagre beregningsgrunnlaget' }));

    expect(api.setCostInputs).toHaveBeenCalledTimes(1);
    expect(api.setCostInputs.mock.calls[0]![0]).toMatchObject({
      municipalityId: 'm-1',
      inputs: { digifinMember: true, usageStart: null },
    });
    expect(costLine('Medlemskap i DigiFin').textContent).toContain('0 – allerede medlem');
    expect(useAppStore.getState().announcement).toContain('Beregningsgrunnlaget for Bergen kommune er lagret');
  });

  it('shows a refused figure next to its field and keeps what was typed', async () => {
    const api = installFakeApi({});
    show(documentWith(inhabitants(18_500)));
    const shipments = screen.getByLabelText('SvarUt-forsendelser per måned');
    await userEvent.clear(shipments);
    await userEvent.type(shipments, '12,5');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre beregningsgrunnlaget' }));

    expect(api.setCostInputs).not.toHaveBeenCalled();
    expect(shipments.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('costs-shipmentsPerMonth-error')?.textContent).toContain('Skriv et helt tall');
    expect((shipments as HTMLInputElement).value).toBe('12,5');
  });

  it('changes a price to the amount typed, and the connection fee follows', async () => {
    const after = documentWith(inhabitants(18_500), (w) => ({ ...w, prices: [changedFeePrice] }));
    const api = installFakeApi({ setPrice: async () => ({ ok: true, value: after }) });
    show(documentWith(inhabitants(18_500)));

    await userEvent.click(screen.getByRole('button', { name: /^Endre: Tilknytningskostnad per innbygger/ }));
    const field = screen.getByLabelText(/^Tilknytningskostnad per innbygger .*, ny pris i kr$/);
    expect((field as HTMLInputElement).value).toBe('8,60');
    await userEvent.clear(field);
    await userEvent.type(field, '9,10');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre prisen' }));

    expect(api.setPrice).toHaveBeenCalledWith({ priceId: 'connectionFeePerInhabitant', amount: '9,10' });
    // 18 500 × 9,10 = 168 350
    expect(costLine('Tilknytningskostnad til DigiFin').textContent).toContain(kr('168 350'));
  });

  it('marks a changed price with the source’s figure and who changed it, and resets it to the source', async () => {
    const changed = documentWith(inhabitants(18_500), (w) => ({ ...w, prices: [changedFeePrice] }));
    const api = installFakeApi({ resetPrice: async () => ({ ok: true, value: documentWith(inhabitants(18_500)) }) });
    show(changed);

    const prices = screen.getByRole('table', { name: 'Prisene beregningen bruker, med kilde og mva' });
    const row = within(prices)
      .getByRole('rowheader', { name: /^Tilknytningskostnad per innbygger/ })
      .closest('tr')!;
    expect(row.textContent).toContain(`Endret fra kilden (kilden: ${kr('8,60')})`);
    expect(row.textContent).toContain(kr('9,10'));
    expect(row.textContent).toContain('av Kari Nordmann, 20.11.2026');
    expect(screen.getByRole('button', { name: 'Tilbakestill alle priser' })).toBeTruthy();

    await userEvent.click(within(row).getByRole('button', { name: /^Tilbakestill til kilden/ }));
    expect(api.resetPrice).toHaveBeenCalledWith({ priceId: 'connectionFeePerInhabitant' });
    expect(screen.queryByText(/Endret fra kilden/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tilbakestill alle priser' })).toBeNull();
  });

  it('resets every changed price at once, after asking', async () => {
    const changed = documentWith(inhabitants(18_500), (w) => ({ ...w, prices: [changedFeePrice] }));
    const api = installFakeApi({ resetPrice: async () => ({ ok: true, value: documentWith(inhabitants(18_500)) }) });
    show(changed);

    await userEvent.click(screen.getByRole('button', { name: 'Tilbakestill alle priser' }));
    expect(api.resetPrice).not.toHaveBeenCalled();
    expect(screen.getByText('Tilbakestille den endrede prisen til kildens tall?')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Ja, tilbakestill alle' }));
    expect(api.resetPrice).toHaveBeenCalledWith({ priceId: null });
    expect(costLine('Tilknytningskostnad til DigiFin').textContent).toContain(kr('159 100'));
  });

  it('says NAV’s share cannot be computed without the inhabitants of all adopting municipalities', () => {
    installFakeApi({});
    show(documentWith(inhabitants(18_500)));
    const nav = costLine('NAVs drift og forvaltning, kommunens andel');
    expect(nav.textContent).toContain('kan ikke beregnes');
    expect(nav.textContent).toContain('Kildene oppgir ikke hvor mange innbyggere');
    expect(within(nav).getByRole('button', { name: 'Gå til innstillingen' })).toBeTruthy();
  });

  it('shares NAV’s 3,4 million by own inhabitants over all, for the quarters in use', () => {
    installFakeApi({});
    show(
      documentWith(
        (m) => ({
          ...m,
          inhabitants: 18_500,
          costInputs: { ...m.costInputs, usageStart: { year: 2026, quarter: 3 } },
        }),
        (w) => ({ ...w, costSettings: { adoptingInhabitants: 1_850_000, year: 2026 } }),
      ),
    );
    const nav = costLine('NAVs drift og forvaltning, kommunens andel');
    // 3 400 000 × 18 500 / 1 850 000 = 34 000 a full year; two quarters of four = 17 000.
    expect(nav.textContent).toContain('2 av 4 kvartaler i 2026 belastes (i bruk fra 3. kvartal 2026)');
    expect(nav.textContent).toContain(`Helt år: ${kr('34 000')}`);
    expect(
      within(nav)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toContain(kr('17 000'));
  });

  it('refuses a denominator below the workspace’s own inhabitants, next to the field', async () => {
    installFakeApi({
      setCostSettings: async () => ({
        ok: false,
        error: { code: 'validation', fieldErrors: { adoptingInhabitants: 'belowOwn' } },
      }),
    });
    show(documentWith(inhabitants(18_500)));
    const field = screen.getByLabelText('Innbyggere i alle kommuner som bruker løsningen');
    await userEvent.type(field, '1000');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre innstillingene' }));
    expect(document.getElementById('costs-adopting-error')?.textContent).toContain(
      `kan ikke være mindre enn innbyggerne i arbeidsområdets egne kommuner (18${NBSP}500)`,
    );
    expect(useAppStore.getState().error).toBeNull();
  });
});
