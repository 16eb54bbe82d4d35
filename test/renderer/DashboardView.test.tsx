import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DashboardView } from '../../renderer/features/dashboard/DashboardView';
import { today } from '../../renderer/hooks';
import { useAppStore } from '../../renderer/store/app-store';
import { CATALOGUE } from '../../shared/catalogue/checklist';
import type { CatalogueItem } from '../../shared/catalogue/types';
import { blankEntry } from '../../shared/domain/checklist';
import { validateMunicipalityForm } from '../../shared/domain/municipality';
import { addDays } from '../../shared/domain/plan';
import { createWorkspace, upsertMunicipality } from '../../shared/domain/workspace';
import { formatDate } from '../../shared/format/date';
import { emptyDocument, type ChecklistEntry, type StoredDocument } from '../../shared/schema/workspace';
import { bergenForm, NOW, osloForm, sequentialIds } from '../support/fixtures';

const day = today();

// The plan's earliest default deadline: with the connection day set so that it fell yesterday,
// exactly these items are overdue.
const earliestDays = Math.min(...CATALOGUE.flatMap((item) => (item.due ? [item.due.days] : [])));
const earliest = CATALOGUE.filter((item) => item.due?.days === earliestDays);
const [doneEarly, ownedByKari] = earliest as [CatalogueItem, CatalogueItem, ...CatalogueItem[]];
const laterItems = CATALOGUE.filter((item) => !earliest.includes(item));
const [doneLate1, doneLate2, notRelevant] = laterItems as [CatalogueItem, CatalogueItem, CatalogueItem];

function entry(item: CatalogueItem, change: Partial<Omit<ChecklistEntry, 'itemId'>>): ChecklistEntry {
  return { ...blankEntry(item.id, NOW), ...change } as ChecklistEntry;
}

/** Bergen: connection soon enough that the earliest items are late, a few done; Oslo: no date, nothing done. */
function twoMunicipalities(): { document: StoredDocument; bergenId: string } {
  const newId = sequentialIds('m');
  let workspace = createWorkspace('Digisos Vest', { now: NOW, newId: () => 'w-1' });
  for (const form of [bergenForm, osloForm]) {
    const checked = validateMunicipalityForm(form, { today: day, others: workspace.municipalities });
    if (!checked.ok) throw new Error(`fixture form refused: ${JSON.stringify(checked.errors)}`);
    workspace = upsertMunicipality(workspace, null, checked.value, { now: NOW, newId })!.workspace;
  }
  const [bergen, oslo] = workspace.municipalities as [
    (typeof workspace.municipalities)[number],
    (typeof workspace.municipalities)[number],
  ];
  const done = { status: 'done', completedAt: day, completedBy: 'Ola Nordmann' } as const;
  workspace = {
    ...workspace,
    municipalities: [
      {
        ...bergen,
        plannedConnectionDate: addDays(day, -earliestDays - 1),
        checklist: [
          entry(doneEarly, done),
          entry(ownedByKari, { status: 'inProgress', owner: { kind: 'person', name: 'Kari Nordmann' } }),
          entry(doneLate1, done),
          entry(doneLate2, done),
          entry(notRelevant, { status: 'notRelevant', notRelevantReason: 'Løst på annen måte' }),
        ],
      },
      oslo,
    ],
  };
  return { document: { ...emptyDocument('test', NOW), workspace }, bergenId: bergen.id };
}

function showDashboard(): { bergenId: string } {
  const { document, bergenId } = twoMunicipalities();
  useAppStore.setState({ status: 'ready', document });
  render(<DashboardView />);
  return { bergenId };
}

const named = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const countText = (n: number) => (n === 1 ? '1 punkt passer.' : `${n} punkter passer.`);
const matchesTable = () => screen.getByRole('table', { name: 'Punkter som passer filtrene og søket' });

describe('the dashboard', () => {
  it('shows each municipality’s readiness as the share of its counted items that are done', () => {
    showDashboard();
    const bergen = screen.getByRole('region', { name: 'Bergen kommune' });
    // Three of the catalogue's items are done; the one marked not relevant no longer counts.
    const total = CATALOGUE.length - 1;
    const percent = Math.floor((3 * 100) / total);
    const overall = within(bergen).getByRole('progressbar', { name: 'Alle punkter' });
    expect(overall.getAttribute('aria-valuetext')).toBe(`${percent} %, 3 av ${total} punkter`);
    expect(bergen.textContent).toContain(`Planlagt påkobling ${formatDate(addDays(day, -earliestDays - 1))}`);

    const oslo = screen.getByRole('region', { name: 'Oslo kommune' });
    expect(within(oslo).getByRole('progressbar', { name: 'Alle punkter' }).getAttribute('aria-valuetext')).toBe(
      `0 %, 0 av ${CATALOGUE.length} punkter`,
    );
    expect(oslo.textContent).toContain('Ingen påkoblingsdato satt');
  });

  it('lists the late items with their owner, and counts them for the whole workspace', () => {
    showDashboard();
    const overdue = screen.getByRole('region', { name: /^Forfalt/ });
    const row = within(overdue)
      .getByRole('button', { name: named(ownedByKari.text.nb) })
      .closest('tr')!;
    expect(row.textContent).toContain('Bergen kommune');
    expect(row.textContent).toContain('Kari Nordmann');
    expect(within(row).getByText('Forfalt').className).toContain('badge');
    // The done one of the earliest items is not late any more.
    expect(within(overdue).queryByRole('button', { name: named(doneEarly.text.nb) })).toBeNull();

    const summary = screen.getByRole('list', { name: 'Åpne punkter i alle kommunene' });
    expect(within(summary).getByText('Forfalt').closest('li')?.textContent).toBe(`${earliest.length - 1} Forfalt`);
  });

  it('narrows the items with the overdue filter and the search', async () => {
    showDashboard();
    const user = userEvent.setup();
    expect(screen.getByText(countText(2 * CATALOGUE.length))).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: 'Bare forfalte' }));
    expect(screen.getByText(countText(earliest.length - 1))).toBeTruthy();
    const rows = within(matchesTable()).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(earliest.length - 1);
    for (const row of rows) expect(within(row).getByText('Forfalt')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Nullstill filtre' }));
    expect(screen.getByText(countText(2 * CATALOGUE.length))).toBeTruthy();

    await user.type(screen.getByRole('searchbox', { name: 'Søk' }), 'kari nordmann');
    expect(screen.getByText(countText(1))).toBeTruthy();
    const [match] = within(matchesTable()).getAllByRole('row').slice(1);
    expect(match?.textContent).toContain(ownedByKari.text.nb);
  });

  it('opens a municipality’s checklist from its card', async () => {
    const { bergenId } = showDashboard();
    await userEvent.click(screen.getByRole('button', { name: 'Åpne sjekklisten for Bergen kommune' }));
    expect(useAppStore.getState().view).toBe('checklist');
    expect(useAppStore.getState().selectedMunicipalityId).toBe(bergenId);
  });

  it('points to Kommuner when the workspace has no municipalities yet', async () => {
    const workspace = createWorkspace('Digisos Vest', { now: NOW, newId: () => 'w-1' });
    useAppStore.setState({ status: 'ready', document: { ...emptyDocument('test', NOW), workspace } });
    render(<DashboardView />);
    expect(screen.getByText(/Ingen kommuner ennå/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Gå til Kommuner' }));
    expect(useAppStore.getState().view).toBe('municipalities');
  });
});
