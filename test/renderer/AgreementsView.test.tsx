import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AgreementsView } from '../../renderer/features/agreements/AgreementsView';
import { useAppStore } from '../../renderer/store/app-store';
import { AGREEMENTS } from '../../shared/catalogue/agreements';
import { catalogueItem } from '../../shared/catalogue/checklist';
import { updateAgreement, type AgreementChange } from '../../shared/domain/agreements';
import { parseOptionalDate } from '../../shared/domain/profile';
import type { InputOf } from '../../shared/ipc/contract';
import type { Attachment, StoredDocument, Workspace } from '../../shared/schema/workspace';
import { bergenForm, NOW, osloForm } from '../support/fixtures';
import { documentOf, withMunicipality, workspaceWith } from '../support/workspace-builder';
import { installFakeApi } from './fake-api';

const terms = AGREEMENTS[0]!;
const signedCopy: Attachment = {
  id: 'a-1',
  fileName: 'vilkar-signert.pdf',
  sha256: 'a'.repeat(64),
  size: 123_456,
  addedAt: NOW.toISOString(),
  addedBy: 'Kari Nordmann',
};

function show(document: StoredDocument, selectedMunicipalityId: string | null = null) {
  useAppStore.setState({ document, status: 'ready', selectedMunicipalityId });
  render(<AgreementsView />);
}

const allOk = async () => ({ ok: true as const, value: [] });
const current = () => useAppStore.getState().document!;
const agreementsTable = () => screen.getByRole('table', { name: 'Avtaler for Bergen kommune' });
const editTerms = () => screen.getByRole('button', { name: `Rediger ${terms.title.nb}` });

/** Answers `updateAgreement` the way the main process does: dates parsed, the change applied. */
async function mainUpdateAgreement({ municipalityId, agreementId, change }: InputOf<'updateAgreement'>) {
  const { sentDate, signedDate, ...rest } = change;
  const parsed: AgreementChange = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (signedDate !== undefined) {
    const date = parseOptionalDate(signedDate);
    if (!date.ok)
      return { ok: false as const, error: { code: 'validation' as const, fieldErrors: { signedDate: date.error } } };
    parsed.signedDate = date.iso;
  }
  if (sentDate !== undefined) {
    const date = parseOptionalDate(sentDate);
    if (date.ok) parsed.sentDate = date.iso;
  }
  const document = current();
  const workspace = document.workspace!;
  const municipalities = workspace.municipalities.map((m) =>
    m.id === municipalityId ? updateAgreement(m, agreementId, parsed, { by: 'Kari Nordmann', now: NOW }) : m,
  );
  return { ok: true as const, value: { ...document, workspace: { ...workspace, municipalities } } };
}

function bergenWithSignedCopy(): Workspace {
  const workspace = withMunicipality(workspaceWith([bergenForm]), 0, (m) =>
    updateAgreement(m, 'ksTerms', { status: 'signed', attachmentIds: ['a-1'] }, { by: 'Kari Nordmann', now: NOW }),
  );
  return { ...workspace, attachments: [signedCopy] };
}

describe('the agreements register', () => {
  it('lists the nine agreements with their numbers, titles and whether they are required', async () => {
    const api = installFakeApi({ checkAttachments: allOk });
    show(documentOf(workspaceWith([bergenForm])));
    expect(screen.getByRole('heading', { level: 1, name: 'Avtaler og vedtak' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Kommune' })).toBeTruthy();

    const rows = within(agreementsTable()).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(9);
    rows.forEach((row, index) => {
      const info = AGREEMENTS[index]!;
      const cells = within(row).getAllByRole('cell');
      expect(cells[0]!.textContent).toBe(String(index + 1));
      expect(within(row).getByRole('rowheader').textContent).toContain(info.title.nb);
      expect(within(row).getByText(info.requirement === 'required' ? 'Påkrevd' : 'Anbefalt')).toBeTruthy();
      expect(within(row).getByText('Ikke startet')).toBeTruthy();
    });
    await waitFor(() => expect(api.checkAttachments).toHaveBeenCalledTimes(1));
  });

  it('signs agreement 1, sends only what changed and says the checklist item is done too', async () => {
    const api = installFakeApi({ checkAttachments: allOk, updateAgreement: mainUpdateAgreement });
    show(documentOf(workspaceWith([bergenForm])));

    await userEvent.click(editTerms());
    const status = screen.getByLabelText('Status');
    expect(document.activeElement).toBe(status);
    expect(screen.getByText(`Kilden krever: ${terms.requiredSigner.nb}`)).toBeTruthy();

    await userEvent.selectOptions(status, 'Signert');
    await userEvent.type(screen.getByLabelText('Signatarens navn'), 'Ola Rådmann');
    await userEvent.type(screen.getByLabelText('Signert dato'), '05.06.2026');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre avtalen' }));

    expect(api.updateAgreement).toHaveBeenCalledWith({
      municipalityId: 'm-1',
      agreementId: 'ksTerms',
      change: { status: 'signed', signerName: 'Ola Rådmann', signedDate: '05.06.2026' },
    });
    const itemText = catalogueItem(terms.checklistItemId!).text.nb;
    const message = `Lagret: ${terms.title.nb}. Sjekklistepunktet «${itemText}» er også markert som ferdig.`;
    expect(useAppStore.getState().announcement).toBe(message);
    expect(screen.getByText(message)).toBeTruthy();

    const row = within(agreementsTable()).getAllByRole('row')[1]!;
    expect(within(row).getByText('Signert')).toBeTruthy();
    expect(within(row).getByText('Ola Rådmann')).toBeTruthy();
    expect(within(row).getByText('05.06.2026')).toBeTruthy();
    expect(document.activeElement).toBe(editTerms());
  });

  it('warns when the signer does not hold the role the source requires', async () => {
    installFakeApi({ checkAttachments: allOk });
    show(documentOf(workspaceWith([bergenForm])));
    await userEvent.click(editTerms());
    expect(screen.queryByText(/Avtalen er signert av noen uten rollen kilden krever/)).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText('Har signataren rollen kilden krever?'), 'Nei');
    expect(screen.getByText(/Avtalen er signert av noen uten rollen kilden krever/)).toBeTruthy();
  });

  it('attaches a signed copy to the agreement and checks the files again', async () => {
    const api = installFakeApi({
      checkAttachments: allOk,
      addAttachment: async () => ({
        ok: true,
        value: { document: documentOf(bergenWithSignedCopy()), attachmentId: 'a-1' },
      }),
    });
    show(documentOf(workspaceWith([bergenForm])));
    await userEvent.click(editTerms());
    expect(screen.getByText('Ingen vedlegg ennå.')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: /Legg ved signert kopi/ }));

    expect(api.addAttachment).toHaveBeenCalledWith({
      target: { kind: 'agreement', municipalityId: 'm-1', agreementId: 'ksTerms' },
    });
    const list = screen.getByRole('list', { name: `Vedlegg til ${terms.title.nb}` });
    expect(within(list).getByText('vilkar-signert.pdf')).toBeTruthy();
    expect(within(list).getByRole('button', { name: 'Åpne vilkar-signert.pdf' })).toBeTruthy();
    expect(useAppStore.getState().announcement).toBe('Lagt ved: vilkar-signert.pdf.');
    await waitFor(() => expect(api.checkAttachments).toHaveBeenCalledTimes(2));
  });

  it('shows an attachment whose file is missing as missing, at the top and where it belongs', async () => {
    installFakeApi({ checkAttachments: async () => ({ ok: true, value: [{ id: 'a-1', state: 'missing' }] }) });
    show(documentOf(bergenWithSignedCopy()));

    expect(await screen.findByText('Noen vedlegg mangler eller er endret')).toBeTruthy();
    expect(screen.getByText(`vilkar-signert.pdf (Bergen kommune, avtale 1: ${terms.title.nb}): Mangler`)).toBeTruthy();
    const row = within(agreementsTable()).getAllByRole('row')[1]!;
    expect(within(row).getByText('1 mangler/endret')).toBeTruthy();
    expect(useAppStore.getState().announcement).toBe('Ett vedlegg mangler eller er endret.');

    await userEvent.click(editTerms());
    const list = screen.getByRole('list', { name: `Vedlegg til ${terms.title.nb}` });
    expect(within(list).getByText('Mangler')).toBeTruthy();
    expect(within(list).getByText('Fila finnes ikke lenger i datamappen.')).toBeTruthy();
    expect(within(list).queryByRole('button', { name: /Åpne/ })).toBeNull();
  });

  it('says the host signs for a partner, and offers no editing there', () => {
    installFakeApi({ checkAttachments: allOk });
    const workspace: Workspace = {
      ...workspaceWith([bergenForm, osloForm]),
      cooperation: { model: 'hostWithTransfer', legalForm: 'kl2018HostCooperation', hostId: 'm-1' },
    };
    show(documentOf(workspace), 'm-2');
    const cooperation = AGREEMENTS.find((a) => a.id === 'directorateCooperation')!;
    const table = screen.getByRole('table', { name: 'Avtaler for Oslo kommune' });
    const row = within(table).getByRole('row', { name: new RegExp(cooperation.title.nb) });
    expect(within(row).getByText('Gjøres av vertskommunen Bergen kommune, som er behandlingsansvarlig.')).toBeTruthy();
    expect(within(row).queryByRole('button')).toBeNull();
    expect(within(table).getByRole('button', { name: `Rediger ${terms.title.nb}` })).toBeTruthy();
  });
});

describe('the decision log', () => {
  it('adds a decision to start the rollout with the date as typed', async () => {
    const api = installFakeApi({
      checkAttachments: allOk,
      saveDecision: async () => ({ ok: true, value: current() }),
    });
    show(documentOf(workspaceWith([bergenForm])));
    expect(screen.getByText('Ingen vedtak registrert ennå.')).toBeTruthy();

    const kind = screen.getByLabelText('Type vedtak');
    expect((kind as HTMLSelectElement).value).toBe('startRollout');
    expect(
      screen.getByText(/Markerer sjekklistepunktet om beslutningen om å starte innføringen som ferdig/),
    ).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Hva ble vedtatt'), 'Innføring av digital søknad');
    await userEvent.type(screen.getByLabelText('Vedtatt av'), 'Kommunestyret');
    await userEvent.type(screen.getByLabelText('Dato'), '12.03.2026');
    await userEvent.type(screen.getByLabelText('Saksnummer'), '2026/1234');
    await userEvent.click(screen.getByRole('button', { name: 'Legg til vedtaket' }));

    expect(api.saveDecision).toHaveBeenCalledWith({
      municipalityId: 'm-1',
      decision: {
        id: null,
        kind: 'startRollout',
        title: 'Innføring av digital søknad',
        decidedBy: 'Kommunestyret',
        date: '12.03.2026',
        caseReference: '2026/1234',
        attachmentIds: [],
      },
    });
    expect(useAppStore.getState().announcement).toMatch(/^Vedtaket er lagret: Innføring av digital søknad\./);
    expect((screen.getByLabelText('Hva ble vedtatt') as HTMLInputElement).value).toBe('');
  });

  it('shows a date the main process refuses next to the date field', async () => {
    installFakeApi({
      checkAttachments: allOk,
      saveDecision: async () => ({
        ok: false,
        error: { code: 'validation', fieldErrors: { date: 'date.impossible' } },
      }),
    });
    show(documentOf(workspaceWith([bergenForm])));
    await userEvent.type(screen.getByLabelText('Hva ble vedtatt'), 'Medlemskap i DigiFin');
    const date = screen.getByLabelText('Dato');
    await userEvent.type(date, '30.02.2026');
    await userEvent.click(screen.getByRole('button', { name: 'Legg til vedtaket' }));

    expect(date.getAttribute('aria-invalid')).toBe('true');
    const error = screen.getByText('Datoen finnes ikke i kalenderen.');
    expect(date.getAttribute('aria-describedby')).toContain(error.closest('p')!.id);
    expect(document.activeElement).toBe(date);
    expect(useAppStore.getState().error).toBeNull();
  });

  it('lists decisions newest first, attaches a file to one and deletes one only after confirmation', async () => {
    const base = withMunicipality(workspaceWith([bergenForm]), 0, (m) => ({
      ...m,
      decisions: [
        {
          id: 'd-1',
          kind: 'startRollout',
          title: 'Starte innføringen',
          decidedBy: 'Kommunestyret',
          date: '2026-01-15',
          caseReference: '2026/1',
          attachmentIds: [],
          createdAt: NOW.toISOString(),
        },
        {
          id: 'd-2',
          kind: 'digifinMembership',
          title: 'Medlemskap i DigiFin',
          decidedBy: 'Formannskapet',
          date: '2026-03-01',
          caseReference: '2026/2',
          attachmentIds: [],
          createdAt: NOW.toISOString(),
        },
      ],
    }));
    const api = installFakeApi({
      checkAttachments: allOk,
      addAttachment: async () => ({ ok: true, value: { document: current(), attachmentId: null } }),
      removeDecision: async ({ id }) => {
        const workspace = current().workspace!;
        return {
          ok: true,
          value: documentOf(
            withMunicipality(workspace, 0, (m) => ({ ...m, decisions: m.decisions.filter((d) => d.id !== id) })),
          ),
        };
      },
    });
    show(documentOf(base));

    const table = screen.getByRole('table', { name: 'Vedtak for Bergen kommune' });
    const titles = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent);
    expect(titles).toEqual(['Medlemskap i DigiFin', 'Starte innføringen']);

    await userEvent.click(within(table).getByRole('button', { name: 'Legg ved fil til vedtaket Starte innføringen' }));
    expect(api.addAttachment).toHaveBeenCalledWith({
      target: { kind: 'decision', municipalityId: 'm-1', decisionId: 'd-1' },
    });
    expect(useAppStore.getState().announcement).toBe('Ingen fil ble lagt ved.');

    await userEvent.click(within(table).getByRole('button', { name: 'Slett vedtaket Starte innføringen' }));
    expect(api.removeDecision).not.toHaveBeenCalled();
    const confirm = within(table).getByRole('group', { name: /Slette vedtaket «Starte innføringen»/ });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Avbryt' }));
    await userEvent.click(within(confirm).getByRole('button', { name: 'Ja, slett vedtaket' }));

    expect(api.removeDecision).toHaveBeenCalledWith({ municipalityId: 'm-1', id: 'd-1' });
    expect(screen.queryByText('Starte innføringen')).toBeNull();
    expect(useAppStore.getState().announcement).toBe('Vedtaket er slettet: Starte innføringen.');
  });

  it('edits an existing decision in the form, focusing its first field', async () => {
    const base = withMunicipality(workspaceWith([bergenForm]), 0, (m) => ({
      ...m,
      decisions: [
        {
          id: 'd-1',
          kind: 'other',
          title: 'Budsjettvedtak',
          decidedBy: 'Kommunestyret',
          date: '2026-01-15',
          caseReference: '',
          attachmentIds: ['a-9'],
          createdAt: NOW.toISOString(),
        },
      ],
    }));
    const api = installFakeApi({ checkAttachments: allOk, saveDecision: async () => ({ ok: true, value: current() }) });
    show(documentOf(base));

    await userEvent.click(screen.getByRole('button', { name: 'Rediger vedtaket Budsjettvedtak' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Rediger vedtaket: Budsjettvedtak' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Type vedtak'));
    expect((screen.getByLabelText('Dato') as HTMLInputElement).value).toBe('15.01.2026');

    await userEvent.type(screen.getByLabelText('Saksnummer'), '2026/7');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre endringene' }));
    expect(api.saveDecision).toHaveBeenCalledWith({
      municipalityId: 'm-1',
      decision: {
        id: 'd-1',
        kind: 'other',
        title: 'Budsjettvedtak',
        decidedBy: 'Kommunestyret',
        date: '15.01.2026',
        caseReference: '2026/7',
        attachmentIds: ['a-9'],
      },
    });
    expect(screen.getByRole('heading', { level: 3, name: 'Nytt vedtak' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rediger vedtaket Budsjettvedtak' }));
  });
});
