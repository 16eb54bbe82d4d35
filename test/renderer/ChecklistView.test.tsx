import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChecklistView } from '../../renderer/features/checklist/ChecklistView';
import { useAppStore } from '../../renderer/store/app-store';
import { CATALOGUE } from '../../shared/catalogue/checklist';
import { applyItemChange, blankEntry, withEntry } from '../../shared/domain/checklist';
import type { InputOf } from '../../shared/ipc/contract';
import type { StoredDocument, Workspace } from '../../shared/schema/workspace';
import { bergenForm, NOW, osloForm } from '../support/fixtures';
import { documentOf, entry, withMunicipality, workspaceWith } from '../support/workspace-builder';
import { installFakeApi } from './fake-api';

/** An item Bergen does itself, at the top level of its area. */
const own = CATALOGUE.find((i) => i.actor === 'each' && i.parentId === undefined)!;
/** An item the controller does: the host's job when controller responsibility is transferred. */
const controllers = CATALOGUE.find((i) => i.actor === 'controller' && i.parentId === undefined)!;

function bergenWithConnectionDate(): Workspace {
  return withMunicipality(workspaceWith([bergenForm]), 0, (m) => ({ ...m, plannedConnectionDate: '2026-06-05' }));
}

function show(document: StoredDocument, selectedMunicipalityId: string | null = null) {
  useAppStore.setState({ document, status: 'ready', selectedMunicipalityId });
  render(<ChecklistView />);
}

/** Answers `updateItem` the way the main process does: the change applied and recorded. */
function mainProcess() {
  return async ({ municipalityId, itemId, change }: InputOf<'updateItem'>) => {
    const document = useAppStore.getState().document!;
    const workspace = document.workspace!;
    const m = workspace.municipalities.find((x) => x.id === municipalityId)!;
    const current = m.checklist.find((e) => e.itemId === itemId) ?? blankEntry(itemId, NOW);
    const { dueDate: _typed, ...rest } = change;
    const result = applyItemChange(current, rest, { by: 'Kari Nordmann', now: NOW });
    if (!result.ok) {
      return {
        ok: false as const,
        error: { code: 'validation' as const, fieldErrors: { notRelevantReason: result.error } },
      };
    }
    const municipalities = workspace.municipalities.map((x) =>
      x.id === municipalityId ? withEntry(x, result.entry) : x,
    );
    return { ok: true as const, value: { ...document, workspace: { ...workspace, municipalities } } };
  };
}

const itemCard = (text: string) => screen.getByRole('article', { name: text });

describe('the checklist', () => {
  it('shows the planned connection date, or says that without it there are no default due dates', () => {
    installFakeApi({});
    show(documentOf(bergenWithConnectionDate()));
    expect(screen.getByRole('heading', { level: 1, name: 'Sjekkliste' })).toBeTruthy();
    expect(screen.getByText('05.06.2026')).toBeTruthy();
    expect(screen.queryByText(/ingen planlagt påkoblingsdato/)).toBeNull();

    act(() => useAppStore.setState({ document: documentOf(workspaceWith([bergenForm])) }));
    expect(screen.getByText(/ingen planlagt påkoblingsdato, så punktene har ingen standardfrister/)).toBeTruthy();
  });

  it('saves a new status straight from the row and confirms it', async () => {
    const api = installFakeApi({ updateItem: mainProcess() });
    show(documentOf(bergenWithConnectionDate()));
    const card = itemCard(own.text.nb);
    const select = within(card).getByRole('combobox', { name: `Status for: ${own.text.nb}` }) as HTMLSelectElement;
    expect(select.value).toBe('notStarted');

    await userEvent.selectOptions(select, 'Pågår');

    expect(api.updateItem).toHaveBeenCalledWith({
      municipalityId: 'm-1',
      itemId: own.id,
      change: { status: 'inProgress' },
    });
    expect(select.value).toBe('inProgress');
    expect(useAppStore.getState().announcement).toBe(`Pågår: ${own.text.nb}`);
  });

  it('asks why an item is not relevant, and saves the status only together with the reason', async () => {
    const api = installFakeApi({ updateItem: mainProcess() });
    show(documentOf(bergenWithConnectionDate()));
    const card = itemCard(own.text.nb);

    await userEvent.selectOptions(
      within(card).getByRole('combobox', { name: `Status for: ${own.text.nb}` }),
      'Ikke relevant',
    );
    expect(api.updateItem).not.toHaveBeenCalled();
    expect(
      within(card)
        .getByRole('button', { name: /Detaljer/ })
        .getAttribute('aria-expanded'),
    ).toBe('true');

    await userEvent.click(within(card).getByRole('button', { name: 'Lagre' }));
    const reason = within(card).getByLabelText('Hvorfor er punktet ikke relevant?');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(within(card).getByText('Skriv hvorfor punktet ikke er relevant.')).toBeTruthy();
    expect(api.updateItem).not.toHaveBeenCalled();

    await userEvent.type(reason, 'Kommunen har allerede vedtatt dette i 2024');
    await userEvent.click(within(card).getByRole('button', { name: 'Lagre' }));
    expect(api.updateItem).toHaveBeenCalledWith({
      municipalityId: 'm-1',
      itemId: own.id,
      change: { status: 'notRelevant', notRelevantReason: 'Kommunen har allerede vedtatt dette i 2024' },
    });
    expect(within(card).getByText('Ikke relevant: Kommunen har allerede vedtatt dette i 2024')).toBeTruthy();
  });

  it('refuses a due date that does not exist, and saves only what changed', async () => {
    const api = installFakeApi({
      updateItem: async () => ({ ok: true, value: useAppStore.getState().document! }),
    });
    show(documentOf(bergenWithConnectionDate()));
    const card = itemCard(own.text.nb);
    await userEvent.click(within(card).getByRole('button', { name: /Detaljer/ }));

    const due = within(card).getByLabelText('Frist');
    await userEvent.type(due, '30.02.2026');
    await userEvent.click(within(card).getByRole('button', { name: 'Lagre' }));
    expect(due.getAttribute('aria-invalid')).toBe('true');
    expect(within(card).getByText('Datoen finnes ikke i kalenderen.')).toBeTruthy();
    expect(api.updateItem).not.toHaveBeenCalled();

    await userEvent.clear(due);
    await userEvent.type(due, '15.05.2026');
    await userEvent.selectOptions(within(card).getByLabelText('Ansvarlig'), 'IT');
    await userEvent.click(within(card).getByRole('button', { name: 'Lagre' }));
    expect(api.updateItem).toHaveBeenCalledWith({
      municipalityId: 'm-1',
      itemId: own.id,
      change: { owner: { kind: 'role', role: 'it' }, dueDate: '15.05.2026' },
    });
  });

  it('lists an item’s history newest first, in words a person reads', async () => {
    installFakeApi({});
    const workspace = withMunicipality(bergenWithConnectionDate(), 0, (m) => ({
      ...m,
      checklist: [
        entry(own.id, {
          status: 'inProgress',
          owner: { kind: 'role', role: 'it' },
          history: [
            {
              at: '2026-11-20T09:30:00.000Z',
              by: 'Kari Nordmann',
              field: 'status',
              from: 'notStarted',
              to: 'inProgress',
            },
            { at: '2026-11-22T13:05:00.000Z', by: '', field: 'owner', from: null, to: 'role:it' },
          ],
        }),
      ],
    }));
    show(documentOf(workspace));
    const card = itemCard(own.text.nb);
    await userEvent.click(within(card).getByRole('button', { name: /Detaljer/ }));

    const history = within(card).getByRole('heading', { name: 'Historikk' }).nextElementSibling as HTMLElement;
    const lines = within(history)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^22\.11\.2026 kl\. \d\d\.05 – ukjent bruker: Ansvarlig endret fra «\(tom\)» til «IT»$/);
    expect(lines[1]).toMatch(
      /^20\.11\.2026 kl\. \d\d\.30 – Kari Nordmann: Status endret fra «Ikke startet» til «Pågår»$/,
    );
  });

  it('names the host for what the host does, and offers no controls for it', () => {
    installFakeApi({});
    const base = workspaceWith([bergenForm, osloForm]);
    const workspace: Workspace = {
      ...base,
      cooperation: { model: 'hostWithTransfer', legalForm: 'kl2018HostCooperation', hostId: 'm-1' },
    };
    show(documentOf(workspace), 'm-2');

    const covered = itemCard(controllers.text.nb);
    expect(
      within(covered).getByText('Gjøres av vertskommunen Bergen kommune, som er behandlingsansvarlig.'),
    ).toBeTruthy();
    expect(within(covered).queryByRole('combobox')).toBeNull();
    expect(within(itemCard(own.text.nb)).getByRole('combobox', { name: `Status for: ${own.text.nb}` })).toBeTruthy();
  });
});
