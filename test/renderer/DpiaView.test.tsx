import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DpiaView } from '../../renderer/features/dpia/DpiaView';
import { useAppStore } from '../../renderer/store/app-store';
import { DPIA_GUIDANCE } from '../../shared/catalogue/assessments';
import { approve } from '../../shared/domain/approval';
import type { InputOf } from '../../shared/ipc/contract';
import type { Municipality, Risk, StoredDocument, Workspace } from '../../shared/schema/workspace';
import { bergenForm, NOW, osloForm } from '../support/fixtures';
import { documentOf, withMunicipality, workspaceWith } from '../support/workspace-builder';
import { installFakeApi } from './fake-api';

const processing = DPIA_GUIDANCE.processing.title.nb;
const retention = DPIA_GUIDANCE.retention.title.nb;

function show(document: StoredDocument, selectedMunicipalityId: string | null = null) {
  useAppStore.setState({ document, status: 'ready', selectedMunicipalityId });
  render(<DpiaView />);
}

const current = () => useAppStore.getState().document!;

const withDpiaText = (workspace: Workspace, texts: Partial<Municipality['dpia']['sections']>): Workspace =>
  withMunicipality(workspace, 0, (m) => ({ ...m, dpia: { ...m.dpia, sections: { ...m.dpia.sections, ...texts } } }));

/** Answers `updateDpia` as the main process does for sections: the changed ones replace the stored ones. */
async function mainUpdateDpia({ municipalityId, patch }: InputOf<'updateDpia'>) {
  const document = current();
  const workspace = document.workspace!;
  const municipalities = workspace.municipalities.map((m) =>
    m.id === municipalityId ? { ...m, dpia: { ...m.dpia, sections: { ...m.dpia.sections, ...patch.sections } } } : m,
  );
  return { ok: true as const, value: { ...document, workspace: { ...workspace, municipalities } } };
}

describe('the DPIA', () => {
  it('shows each section under its guidance title, with the text the municipality has written', () => {
    installFakeApi({});
    show(documentOf(withDpiaText(workspaceWith([bergenForm]), { processing: 'Vestby tar i bruk Digisos fra mars.' })));

    expect(screen.getByRole('heading', { level: 1, name: 'Personvernkonsekvensvurdering (PVK)' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Kommune' })).toBeTruthy();
    expect(screen.getByText('Kommunen er selv behandlingsansvarlig og har sin egen PVK.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Systematisk beskrivelse' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: processing })).toBeTruthy();
    const field = screen.getByRole('textbox', { name: processing }) as HTMLTextAreaElement;
    expect(field.value).toBe('Vestby tar i bruk Digisos fra mars.');
    expect(field.getAttribute('aria-describedby')).toBe('dpia-processing-hint');
    expect(document.getElementById('dpia-processing-hint')!.textContent).toBe(DPIA_GUIDANCE.processing.question.nb);
  });

  it('saves only the section the user changed, and then has nothing unsaved', async () => {
    const api = installFakeApi({ updateDpia: mainUpdateDpia });
    show(documentOf(workspaceWith([bergenForm])));
    expect(screen.getByText('Alt er lagret.')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: `Tøm – ${retention}` }));
    await userEvent.type(screen.getByRole('textbox', { name: retention }), 'Slettes etter fem år.');
    expect(screen.getAllByText('Ulagrede endringer').length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Lagre PVK' }));

    expect(api.updateDpia).toHaveBeenCalledTimes(1);
    expect(api.updateDpia).toHaveBeenCalledWith({
      municipalityId: 'm-1',
      patch: { sections: { retention: 'Slettes etter fem år.' } },
    });
    expect(await screen.findByText('Alt er lagret.')).toBeTruthy();
    expect(screen.queryByText('Ulagrede endringer')).toBeNull();
    expect((screen.getByRole('textbox', { name: retention }) as HTMLTextAreaElement).value).toBe(
      'Slettes etter fem år.',
    );
  });

  it('keeps unsaved text when the user looks at another municipality, and says where it is unsaved', async () => {
    installFakeApi({});
    show(documentOf(workspaceWith([bergenForm, osloForm])), 'm-1');
    await userEvent.type(screen.getByRole('textbox', { name: retention }), ' Utkast.');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kommune' }), 'm-2');
    expect(screen.getByText(/i PVK-en for Bergen kommune – lagre før du går til en annen side/)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: retention }) as HTMLTextAreaElement).value).not.toContain('Utkast.');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kommune' }), 'm-1');
    expect((screen.getByRole('textbox', { name: retention }) as HTMLTextAreaElement).value).toMatch(/ Utkast\.$/);
    expect(screen.getByText('Lagre PVK-en før du godkjenner: godkjenningen gjelder det som er lagret.')).toBeTruthy();
  });

  it('puts the guidance draft in after asking, when the field already has other text', async () => {
    installFakeApi({});
    show(documentOf(withDpiaText(workspaceWith([bergenForm]), { processing: 'Vår egen tekst.' })));
    const field = screen.getByRole('textbox', { name: processing }) as HTMLTextAreaElement;

    await userEvent.click(screen.getByRole('button', { name: `Sett inn veiledningstekst – ${processing}` }));
    const confirm = screen.getByRole('group', { name: /Vil du erstatte den med veiledningsteksten/ });
    expect(field.value).toBe('Vår egen tekst.');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Ja, erstatt teksten' }));

    expect(field.value).toBe(DPIA_GUIDANCE.processing.draft.nb);
    expect(document.activeElement).toBe(field);
  });

  it('inserts the draft in the user’s language straight away when the field is empty', async () => {
    installFakeApi({});
    const document = documentOf(withDpiaText(workspaceWith([bergenForm]), { necessity: '' }));
    document.settings.language = 'en';
    show(document);
    const title = DPIA_GUIDANCE.necessity.title.en;

    await userEvent.click(screen.getByRole('button', { name: `Insert guidance text – ${title}` }));

    expect((screen.getByRole('textbox', { name: title }) as HTMLTextAreaElement).value).toBe(
      DPIA_GUIDANCE.necessity.draft.en,
    );
    expect(screen.queryByRole('group', { name: /Replace it with the guidance text/ })).toBeNull();
  });

  it('tells a partner whose host is controller that the DPIA is the host’s, with nothing to edit', async () => {
    installFakeApi({});
    const workspace: Workspace = {
      ...workspaceWith([bergenForm, osloForm]),
      cooperation: { model: 'hostWithTransfer', legalForm: 'kl2018HostCooperation', hostId: 'm-1' },
    };
    show(documentOf(workspace), 'm-2');

    expect(
      screen.getByText('PVK-en for Oslo kommune er vertskommunen Bergen kommune sin, som behandlingsansvarlig.'),
    ).toBeTruthy();
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Lagre PVK' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Vis PVK-en til Bergen kommune' }));
    expect(useAppStore.getState().selectedMunicipalityId).toBe('m-1');
    expect(screen.getByText(/Kommunen er vertskommune og behandlingsansvarlig også for Oslo kommune/)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: processing })).toBeTruthy();
  });

  it('shows an impossible date of the DPO’s advice next to the date field', async () => {
    const api = installFakeApi({
      updateDpia: async () => ({
        ok: false,
        error: { code: 'validation', fieldErrors: { dpoDate: 'date.impossible' } },
      }),
    });
    show(documentOf(workspaceWith([bergenForm])));

    await userEvent.type(screen.getByRole('textbox', { name: 'Personvernombud' }), 'Per Ombud');
    await userEvent.type(screen.getByRole('textbox', { name: 'Dato for rådet' }), '30.02.2026');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre PVK' }));

    expect(api.updateDpia).toHaveBeenCalledWith({
      municipalityId: 'm-1',
      patch: { dpoAdvice: { who: 'Per Ombud', date: '30.02.2026', advice: '' } },
    });
    const date = screen.getByRole('textbox', { name: 'Dato for rådet' });
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    const errorId = date
      .getAttribute('aria-describedby')!
      .split(' ')
      .find((id) => id.endsWith('-error'))!;
    expect(document.getElementById(errorId)!.textContent).toContain('Datoen finnes ikke i kalenderen.');
    expect(document.activeElement).toBe(date);
  });

  it('explains prior consultation with Datatilsynet when the conclusion says it is needed', async () => {
    installFakeApi({});
    show(documentOf(workspaceWith([bergenForm])));
    const prior = screen.getByRole('group', { name: 'Forhåndsdrøfting med Datatilsynet (art. 36)' });
    expect((within(prior).getByRole('radio', { name: 'Ikke avklart' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByText(/svarer innen 8 uker/)).toBeNull();

    await userEvent.click(within(prior).getByRole('radio', { name: 'Nødvendig' }));

    expect(screen.getByText(/Datatilsynet svarer innen 8 uker, og fristen kan forlenges med 6 uker/)).toBeTruthy();
  });

  it('lists the ROS analysis’s risks with their level before and after measures, and its open measures', () => {
    installFakeApi({});
    const risk: Risk = {
      id: 'r-1',
      starterId: null,
      event: 'Søknader blir liggende i FIKS',
      cause: '',
      values: ['availability'],
      existingMeasures: '',
      likelihood: 4,
      consequence: 5,
      uncertainty: 'medium',
      measures: [
        { id: 'x-1', text: 'Varsel til felles e-post', owner: 'Arkivleder', deadline: '2027-01-15', done: false },
        { id: 'x-2', text: 'Rutine for manuell henting', owner: '', deadline: null, done: true },
      ],
      residualLikelihood: 2,
      residualConsequence: 2,
      riskOwner: '',
      acceptedBy: '',
    };
    const workspace = withMunicipality(workspaceWith([bergenForm]), 0, (m) => ({
      ...m,
      ros: { ...m.ros, risks: [risk] },
    }));
    show(documentOf(workspace));

    const risks = screen.getByRole('table', { name: 'Risikoer i ROS-analysen for Bergen kommune' });
    const row = within(risks).getByRole('row', { name: /Søknader blir liggende i FIKS/ });
    const [before, after] = within(row).getAllByRole('cell');
    expect(before!.textContent).toContain('Rød – tiltak nødvendig');
    expect(after!.textContent).toContain('Grønn – akseptabel');

    const measures = screen.getByRole('table', { name: 'Åpne tiltak i ROS-analysen for Bergen kommune' });
    expect(within(measures).getAllByRole('row')).toHaveLength(2);
    expect(within(measures).getByText('Varsel til felles e-post')).toBeTruthy();
    expect(within(measures).getByText('15.01.2027')).toBeTruthy();
    expect(within(measures).queryByText('Rutine for manuell henting')).toBeNull();
  });

  it('marks the approval as outdated once a section changes after it was approved', async () => {
    installFakeApi({ updateDpia: mainUpdateDpia });
    const workspace = withMunicipality(workspaceWith([bergenForm]), 0, (m) => ({
      ...m,
      dpia: {
        ...m.dpia,
        approval: approve(
          m,
          'dpia',
          { approver: 'Kari Nordmann', role: 'Kommunedirektør', attestation: 'Godkjent slik den står.' },
          NOW,
          '2026-11-23',
        ),
      },
    }));
    show(documentOf(workspace));
    const signOff = screen.getByRole('region', { name: /Godkjenning/ });
    expect(within(signOff).getByText('Godkjent')).toBeTruthy();
    expect(within(signOff).queryByText('Utdatert godkjenning')).toBeNull();

    await userEvent.type(screen.getByRole('textbox', { name: retention }), ' Endret.');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre PVK' }));

    expect(await within(signOff).findByText('Utdatert godkjenning')).toBeTruthy();
  });
});
