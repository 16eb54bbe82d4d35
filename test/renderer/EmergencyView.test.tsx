import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EmergencyView } from '../../renderer/features/emergency/EmergencyView';
import { useAppStore } from '../../renderer/store/app-store';
import { ROUTINE_GUIDANCE } from '../../shared/catalogue/assessments';
import { applyItemChange, blankEntry } from '../../shared/domain/checklist';
import type { InputOf } from '../../shared/ipc/contract';
import { ROUTINE_PARTS } from '../../shared/schema/enums';
import type { Municipality, RoutineLogEntry, StoredDocument, Workspace } from '../../shared/schema/workspace';
import { bergenForm, NOW, osloForm } from '../support/fixtures';
import { documentOf, entry, withMunicipality, workspaceWith } from '../support/workspace-builder';
import { installFakeApi } from './fake-api';

const STEPS = [
  'nks.step-1-login',
  'nks.step-2-choose-digisos',
  'nks.step-3-choose-nks-access',
  'nks.step-4-grant-permission',
];

function show(document: StoredDocument, selectedMunicipalityId: string | null = null) {
  useAppStore.setState({ document, status: 'ready', selectedMunicipalityId });
  render(<EmergencyView />);
}

const current = () => useAppStore.getState().document!;

/** Answers with the current document, one municipality changed as the main process would. */
function changed(municipalityId: string, change: (m: Municipality) => Municipality) {
  const document = current();
  const workspace = document.workspace!;
  const municipalities = workspace.municipalities.map((m) => (m.id === municipalityId ? change(m) : m));
  return { ok: true as const, value: { ...document, workspace: { ...workspace, municipalities } } };
}

async function mainUpdateEmergency({ municipalityId, parts, onCallPhone }: InputOf<'updateEmergency'>) {
  return changed(municipalityId, (m) => ({
    ...m,
    emergency: { ...m.emergency, parts: { ...m.emergency.parts, ...parts } },
    onCallPhone: onCallPhone ?? m.onCallPhone,
  }));
}

async function mainUpdateItem({ municipalityId, itemId, change }: InputOf<'updateItem'>) {
  return changed(municipalityId, (m) => {
    const before = m.checklist.find((e) => e.itemId === itemId) ?? blankEntry(itemId, NOW);
    const { dueDate: _typed, ...rest } = change;
    const applied = applyItemChange(before, rest, { by: 'Kari Nordmann', now: NOW });
    if (!applied.ok) throw new Error(applied.error);
    return { ...m, checklist: [...m.checklist.filter((e) => e.itemId !== itemId), applied.entry] };
  });
}

const log = (id: string, kind: RoutineLogEntry['kind'], date: string, description: string): RoutineLogEntry => ({
  id,
  kind,
  date,
  description,
  outcome: '',
});

function bergenWith(change: (m: Municipality) => Municipality): Workspace {
  return withMunicipality(workspaceWith([bergenForm]), 0, change);
}

describe('the emergency routines', () => {
  it('shows the five parts of the routines with their guidance titles, questions and fields', () => {
    installFakeApi({});
    show(documentOf(workspaceWith([bergenForm])));
    expect(screen.getByRole('heading', { level: 1, name: 'Beredskap og NKS' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Kommune' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Beredskapsrutiner' })).toBeTruthy();

    for (const part of ROUTINE_PARTS) {
      const guidance = ROUTINE_GUIDANCE[part];
      const heading = screen.getByRole('heading', { level: 3, name: guidance.title.nb });
      const card = heading.closest('section')!;
      const field = within(card).getByRole('textbox');
      expect((field as HTMLTextAreaElement).value).toBe(guidance.draft.nb);
      expect(field.getAttribute('aria-describedby')).toBeTruthy();
      expect(within(card).getByText(guidance.question.nb)).toBeTruthy();
    }
    expect(screen.getAllByRole('button', { name: /^Sett inn veiledningstekst/ })).toHaveLength(5);
  });

  it('saves only the part that was changed', async () => {
    const api = installFakeApi({ updateEmergency: mainUpdateEmergency });
    show(documentOf(workspaceWith([bergenForm])));
    const title = ROUTINE_GUIDANCE.correction.title.nb;
    const field = screen.getByRole('textbox', { name: `Rutinetekst: ${title}` });

    await userEvent.click(screen.getByRole('button', { name: `Tøm: ${title}` }));
    await userEvent.type(field, 'Vi henter søknadene manuelt i SvarUt.');
    expect(screen.getByText(`Ikke lagret ennå: ${title}.`)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Lagre rutinene' }));

    expect(api.updateEmergency).toHaveBeenCalledTimes(1);
    expect(api.updateEmergency).toHaveBeenCalledWith({
      municipalityId: 'm-1',
      parts: { correction: 'Vi henter søknadene manuelt i SvarUt.' },
    });
    expect(useAppStore.getState().announcement).toBe('Rutinene er lagret (én del er endret).');
    expect(screen.queryByText(/Ikke lagret ennå/)).toBeNull();
  });

  it('asks before the guidance text replaces text the user wrote', async () => {
    installFakeApi({});
    show(
      documentOf(
        bergenWith((m) => ({
          ...m,
          emergency: { ...m.emergency, parts: { ...m.emergency.parts, detection: 'Vår egen tekst.' } },
        })),
      ),
    );
    const title = ROUTINE_GUIDANCE.detection.title.nb;
    const field = screen.getByRole('textbox', { name: `Rutinetekst: ${title}` }) as HTMLTextAreaElement;

    await userEvent.click(screen.getByRole('button', { name: `Sett inn veiledningstekst: ${title}` }));
    const question = screen.getByRole('group', { name: /Erstatte teksten i «Oppdage feil»/ });
    expect(field.value).toBe('Vår egen tekst.');
    await userEvent.click(within(question).getByRole('button', { name: 'Avbryt' }));
    expect(field.value).toBe('Vår egen tekst.');

    await userEvent.click(screen.getByRole('button', { name: `Sett inn veiledningstekst: ${title}` }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, erstatt teksten' }));
    expect(field.value).toBe(ROUTINE_GUIDANCE.detection.draft.nb);
  });

  it('names the escalation contacts with the vendor and the right Digisos address', () => {
    installFakeApi({});
    show(documentOf(bergenWith((m) => ({ ...m, vendor: { name: 'Visma', product: 'Visma Flyt Sosial' } }))));
    const contacts = screen.getByRole('complementary', { name: 'Hvem kontaktes ved feil' });
    expect(within(contacts).getByText('Kundesupport hos Visma')).toBeTruthy();
    expect(within(contacts).getByText('fiks@ks.no')).toBeTruthy();
    expect(within(contacts).getByText(/Riktig adresse er digisos@nav\.no/)).toBeTruthy();
    expect(within(contacts).getByText('Melder feil i Porten.')).toBeTruthy();
  });
});

describe('the log of drills and incidents', () => {
  it('shows the date of the last drill and lists the log newest first', () => {
    installFakeApi({});
    show(
      documentOf(
        bergenWith((m) => ({
          ...m,
          emergency: {
            ...m.emergency,
            log: [
              log('l-1', 'drill', '2025-03-10', 'Første øvelse'),
              log('l-2', 'incident', '2026-08-01', 'Søknader ble liggende i SvarUt'),
              log('l-3', 'drill', '2026-06-05', 'Manuell henting i SvarUt'),
            ],
          },
        })),
      ),
    );
    expect(screen.getByText('Siste øvelse: 05.06.2026')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Øvelser og hendelser for Bergen kommune' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual([
      '01.08.2026',
      '05.06.2026',
      '10.03.2025',
    ]);
    expect(within(rows[0]!).getByText('Hendelse')).toBeTruthy();
  });

  it('says when no drill is recorded and suggests the manual SvarUt procedure as background', () => {
    installFakeApi({});
    show(documentOf(workspaceWith([bergenForm])));
    expect(screen.getByText('Ingen øvelse registrert')).toBeTruthy();
    expect(screen.getByText(/hente søknadene manuelt i SvarUt/)).toBeTruthy();
    expect(screen.getByText('Bakgrunn fra KS, ikke fra kildedokumentene.')).toBeTruthy();
  });

  it('shows a refused date next to the field', async () => {
    const api = installFakeApi({
      saveRoutineLog: async () => ({
        ok: false as const,
        error: { code: 'validation' as const, fieldErrors: { date: 'date.future' } },
      }),
    });
    show(documentOf(workspaceWith([bergenForm])));
    await userEvent.type(screen.getByRole('textbox', { name: 'Dato' }), '01.01.2099');
    await userEvent.type(screen.getByRole('textbox', { name: 'Hva skjedde' }), 'Øvelse');
    await userEvent.click(screen.getByRole('button', { name: 'Legg til i loggen' }));

    expect(api.saveRoutineLog).toHaveBeenCalledWith({
      municipalityId: 'm-1',
      entry: { id: null, kind: 'drill', date: '01.01.2099', description: 'Øvelse', outcome: '' },
    });
    const date = screen.getByRole('textbox', { name: 'Dato' });
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Datoen kan ikke være fram i tid/)).toBeTruthy();
    expect(document.activeElement).toBe(date);
  });
});

describe('NKS access', () => {
  it('marks step 2 as done in the checklist', async () => {
    const api = installFakeApi({ updateItem: mainUpdateItem });
    show(documentOf(workspaceWith([bergenForm])));
    expect(screen.getByRole('heading', { level: 2, name: 'Tilgang for NAV Kontaktsenter (NKS)' })).toBeTruthy();
    expect(screen.getByText(/fristen til 1\. februar 2023\. Det er kildens dato, og den er passert/)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: /^Marker som gjort: steg 2,/ }));
    expect(api.updateItem).toHaveBeenCalledWith({
      municipalityId: 'm-1',
      itemId: 'nks.step-2-choose-digisos',
      change: { status: 'done' },
    });
    expect(screen.getByText('Gjort 23.11.2026 av Kari Nordmann')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Angre: steg 2,/ })).toBeTruthy();
    expect(screen.getByText('1 av 4 steg er gjort.')).toBeTruthy();
  });

  it('while access is not activated, asks for the on-call phone staffed every day 09.00–15.00', () => {
    installFakeApi({});
    show(documentOf(workspaceWith([bergenForm])));
    expect(screen.getByText(/bemannet hver dag kl\. 09\.00–15\.00/)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Vakttelefon for NKS' })).toBeTruthy();
    expect(screen.getAllByRole('combobox', { name: /^Status / })).toHaveLength(3);
  });

  it('with all four steps done, says the on-call requirements no longer apply', () => {
    installFakeApi({});
    const done = { status: 'done' as const, completedAt: '2026-06-05', completedBy: 'Kari Nordmann' };
    show(documentOf(bergenWith((m) => ({ ...m, checklist: STEPS.map((id) => entry(id, done)) }))));

    expect(screen.getByText('Alle fire stegene er gjort: tilgangen for NKS er aktivert.')).toBeTruthy();
    expect(screen.getByText(/kravene om vakttelefon, oppdatert kompetanse .* gjelder ikke lenger/)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Vakttelefon for NKS' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Marker som gjort/ })).toBeNull();
    expect(screen.getByText(/Sett «Tilgang for NAV Kontaktsenter» til «I produksjon»/)).toBeTruthy();
  });

  it('shows the optional agreement’s status from the agreements register', async () => {
    installFakeApi({});
    show(documentOf(workspaceWith([bergenForm])));
    const heading = screen.getByRole('heading', { name: /Avtalen om tilgjengeliggjøring/ });
    const card = heading.closest('section')!;
    expect(within(card).getByText('Ikke startet')).toBeTruthy();
    expect(within(card).getByText(/ikke et krav, men anbefalt/)).toBeTruthy();
    await userEvent.click(within(card).getByRole('button', { name: 'Gå til Avtaler og vedtak' }));
    expect(useAppStore.getState().view).toBe('agreements');
  });
});

describe('a partner municipality whose host is controller', () => {
  it('is covered by the host’s routines but still takes its own NKS steps', () => {
    installFakeApi({});
    const workspace: Workspace = {
      ...withMunicipality(workspaceWith([bergenForm, osloForm]), 0, (m) => ({ ...m, onCallPhone: '55 56 00 00' })),
      cooperation: { model: 'hostWithTransfer', legalForm: 'kl2018HostCooperation', hostId: 'm-1' },
    };
    show(documentOf(workspace), 'm-2');

    expect(screen.getByText(/Vertskommunen Bergen kommune er behandlingsansvarlig/)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: /^Rutinetekst/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lagre rutinene' })).toBeNull();
    expect(screen.getAllByRole('button', { name: /^Marker som gjort: steg/ })).toHaveLength(4);
    expect(screen.getAllByText('Gjøres av det felles NAV-kontoret hos vertskommunen Bergen kommune.')).toHaveLength(3);
    expect(screen.queryByRole('textbox', { name: 'Vakttelefon for NKS' })).toBeNull();
    expect(screen.getByText(/registrert hos vertskommunen Bergen kommune: 55 56 00 00/)).toBeTruthy();
  });
});
