import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RosView } from '../../renderer/features/ros/RosView';
import { useAppStore } from '../../renderer/store/app-store';
import { STARTER_RISKS } from '../../shared/catalogue/assessments';
import { DEFAULT_ACCEPTANCE } from '../../shared/domain/ros';
import type { InputOf } from '../../shared/ipc/contract';
import type { Risk, Ros, StoredDocument, Workspace } from '../../shared/schema/workspace';
import { bergenForm, osloForm } from '../support/fixtures';
import { documentOf, withMunicipality, workspaceWith } from '../support/workspace-builder';
import { installFakeApi } from './fake-api';

function risk(patch: Partial<Risk> & Pick<Risk, 'id' | 'event'>): Risk {
  return {
    starterId: null,
    cause: '',
    values: ['availability'],
    existingMeasures: '',
    likelihood: 3,
    consequence: 3,
    uncertainty: 'medium',
    measures: [],
    residualLikelihood: 2,
    residualConsequence: 2,
    riskOwner: '',
    acceptedBy: '',
    ...patch,
  };
}

/** Bergen's analysis: two risks at "Mulig"/"Alvorlig" (score 9, yellow) and one red at the top corner. */
const fetching = risk({ id: 'r-1', event: 'Fagsystemet slutter å hente søknader' });
const firewall = risk({ id: 'r-2', event: 'Brannmuren stopper leveransen', residualLikelihood: 1 });
const outage = risk({
  id: 'r-3',
  event: 'FIKS er nede i flere dager',
  likelihood: 5,
  consequence: 5,
  residualLikelihood: 3,
  residualConsequence: 3,
});

function bergenWith(change: (ros: Ros) => Ros): Workspace {
  return withMunicipality(workspaceWith([bergenForm]), 0, (m) => ({ ...m, ros: change(m.ros) }));
}

function show(document: StoredDocument, selectedMunicipalityId: string | null = null) {
  useAppStore.setState({ document, status: 'ready', selectedMunicipalityId });
  render(<RosView />);
}

const current = () => useAppStore.getState().document!;
const register = () => screen.queryByRole('table', { name: 'Risikoer for Bergen kommune' });
const registeredEvents = () =>
  within(register()!)
    .getAllByRole('rowheader')
    .map((th) => th.textContent);
const matrix = (which: 'Før tiltak' | 'Etter tiltak') =>
  screen.getByRole('table', { name: `${which}: sannsynlighet (rader) mot konsekvens (kolonner)` });
/** The cell of a matrix, found the way a sighted user reads it: by the row's likelihood and the column. */
function matrixCell(table: HTMLElement, likelihoodHeader: string, consequence: number): HTMLElement {
  const row = within(table).getByRole('rowheader', { name: likelihoodHeader }).closest('tr')!;
  return within(row).getAllByRole('cell')[consequence - 1]!;
}
const yellowCellName = 'Sannsynlighet Mulig, konsekvens Alvorlig: 2 risikoer, gult. Vis bare disse.';

/** Answers `saveRisk` by keeping what was sent, the way the main process would (without parsing dates). */
function savesTo(riskId: string) {
  return async ({ municipalityId, risk: sent }: InputOf<'saveRisk'>) => {
    const document = current();
    const workspace = document.workspace!;
    const saved: Risk = {
      ...sent,
      id: riskId,
      measures: sent.measures.map((m, i) => ({ ...m, id: `${riskId}-m${i}`, deadline: null })),
    };
    const municipalities = workspace.municipalities.map((m) =>
      m.id === municipalityId ? { ...m, ros: { ...m.ros, risks: [...m.ros.risks, saved] } } : m,
    );
    return {
      ok: true as const,
      value: { document: { ...document, workspace: { ...workspace, municipalities } }, riskId },
    };
  };
}

describe('the risk matrix', () => {
  it('counts the risks of a cell and names it with its levels and colour in words', () => {
    installFakeApi({});
    show(documentOf(bergenWith((ros) => ({ ...ros, risks: [fetching, firewall, outage] }))));

    expect(screen.getByRole('heading', { level: 1, name: 'ROS-analyse' })).toBeTruthy();
    const cell = matrixCell(matrix('Før tiltak'), '3 Mulig', 3);
    const button = within(cell).getByRole('button', { name: yellowCellName });
    expect(button.textContent).toBe('2');
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(
      within(matrixCell(matrix('Før tiltak'), '5 Svært sannsynlig', 5)).getByRole('button', {
        name: 'Sannsynlighet Svært sannsynlig, konsekvens Kritisk: 1 risiko, rødt. Vis bare disse.',
      }),
    ).toBeTruthy();
    expect(registeredEvents()).toHaveLength(3);
  });

  it('narrows the register to the risks of the clicked cell, and "Vis alle" shows them all again', async () => {
    const api = installFakeApi({});
    show(documentOf(bergenWith((ros) => ({ ...ros, risks: [fetching, firewall, outage] }))));

    await userEvent.click(screen.getByRole('button', { name: yellowCellName }));

    expect(screen.getByRole('button', { name: yellowCellName }).getAttribute('aria-pressed')).toBe('true');
    expect(registeredEvents()).toEqual([fetching.event, firewall.event]);
    expect(
      screen.getByText('Viser 2 av 3 risikoer: før tiltak, sannsynlighet Mulig, konsekvens Alvorlig.'),
    ).toBeTruthy();
    expect(useAppStore.getState().announcement).toBe(
      'Viser 2 risikoer før tiltak med sannsynlighet Mulig, konsekvens Alvorlig.',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Vis alle' }));
    expect(registeredEvents()).toHaveLength(3);
    expect(screen.getByRole('button', { name: yellowCellName }).getAttribute('aria-pressed')).toBe('false');
    expect(api.saveRisk).not.toHaveBeenCalled();
  });

  it('filters by the residual levels in the "Etter tiltak" matrix', async () => {
    installFakeApi({});
    show(documentOf(bergenWith((ros) => ({ ...ros, risks: [fetching, firewall, outage] }))));

    await userEvent.click(
      within(matrixCell(matrix('Etter tiltak'), '1 Svært lite sannsynlig', 2)).getByRole('button', {
        name: 'Sannsynlighet Svært lite sannsynlig, konsekvens Mindre alvorlig: 1 risiko, grønt. Vis bare disse.',
      }),
    );

    expect(registeredEvents()).toEqual([firewall.event]);
  });

  it('works from the keyboard: the cell is reached with Tab and chosen with Enter or Space', async () => {
    installFakeApi({});
    show(documentOf(bergenWith((ros) => ({ ...ros, risks: [fetching, firewall, outage] }))));
    const button = screen.getByRole('button', { name: yellowCellName });

    for (let i = 0; i < 40 && document.activeElement !== button; i++) await userEvent.tab();
    expect(document.activeElement).toBe(button);

    await userEvent.keyboard('{Enter}');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(registeredEvents()).toEqual([fetching.event, firewall.event]);

    await userEvent.keyboard(' ');
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(registeredEvents()).toHaveLength(3);
  });

  it('colours a score at "greenMax" green and one above "yellowMax" red, with the level in text too', () => {
    installFakeApi({});
    show(documentOf(workspaceWith([bergenForm])));
    const before = matrix('Før tiltak');
    expect(DEFAULT_ACCEPTANCE[5]).toEqual({ greenMax: 4, yellowMax: 9 });

    const atGreenMax = matrixCell(before, '2 Lite sannsynlig', 2);
    expect(atGreenMax.className).toContain('ros-level--green');
    expect(atGreenMax.textContent).toBe('Ingen risikoer, grønt');

    const atYellowMax = matrixCell(before, '3 Mulig', 3);
    expect(atYellowMax.className).toContain('ros-level--yellow');

    const aboveYellowMax = matrixCell(before, '2 Lite sannsynlig', 5);
    expect(aboveYellowMax.className).toContain('ros-level--red');
    expect(aboveYellowMax.textContent).toBe('Ingen risikoer, rødt');
  });
});

describe('the risk register and form', () => {
  it('saves a new risk with a measure and its residual levels, showing the level live', async () => {
    const api = installFakeApi({ saveRisk: savesTo('r-new') });
    show(documentOf(workspaceWith([bergenForm])));

    await userEvent.click(screen.getByRole('button', { name: 'Ny risiko' }));
    const form = screen.getByRole('form', { name: 'Ny risiko' });
    expect(document.activeElement).toBe(within(form).getByLabelText('Uønsket hendelse'));
    await userEvent.type(within(form).getByLabelText('Uønsket hendelse'), 'Søknader havner i feil kommune');
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Konfidensialitet' }));

    const before = within(form).getByRole('group', { name: 'Risiko før nye tiltak' });
    await userEvent.selectOptions(within(before).getByLabelText('Sannsynlighet'), '4 – Sannsynlig');
    await userEvent.selectOptions(within(before).getByLabelText('Konsekvens'), '5 – Kritisk');
    expect(within(before).getByText('Poengsum 20: Rød – tiltak nødvendig')).toBeTruthy();

    await userEvent.click(within(form).getByRole('button', { name: 'Legg til tiltak' }));
    const measure = within(form).getByRole('group', { name: 'Tiltak 1' });
    expect(document.activeElement).toBe(within(measure).getByLabelText('Tiltak'));
    await userEvent.type(within(measure).getByLabelText('Tiltak'), 'Kontroller organisasjonsnummeret i Fiks');
    await userEvent.type(within(measure).getByLabelText('Ansvarlig'), 'Kari Nordmann');
    await userEvent.type(within(measure).getByLabelText('Frist'), '01.03.2027');

    const after = within(form).getByRole('group', { name: 'Restrisiko etter nye tiltak' });
    await userEvent.selectOptions(within(after).getByLabelText('Sannsynlighet'), '2 – Lite sannsynlig');
    await userEvent.selectOptions(within(after).getByLabelText('Konsekvens'), '2 – Mindre alvorlig');
    expect(within(after).getByText('Poengsum 4: Grønn – akseptabel')).toBeTruthy();

    await userEvent.type(within(form).getByLabelText('Risikoeier'), 'Ola Leder');
    await userEvent.type(within(form).getByLabelText('Restrisiko akseptert av'), 'Rådmannen');
    await userEvent.click(within(form).getByRole('button', { name: 'Lagre risikoen' }));

    expect(api.saveRisk).toHaveBeenCalledWith({
      municipalityId: 'm-1',
      risk: {
        id: null,
        starterId: null,
        event: 'Søknader havner i feil kommune',
        cause: '',
        values: ['confidentiality'],
        existingMeasures: '',
        likelihood: 4,
        consequence: 5,
        uncertainty: 'medium',
        measures: [
          {
            id: null,
            text: 'Kontroller organisasjonsnummeret i Fiks',
            owner: 'Kari Nordmann',
            deadline: '01.03.2027',
            done: false,
          },
        ],
        residualLikelihood: 2,
        residualConsequence: 2,
        riskOwner: 'Ola Leder',
        acceptedBy: 'Rådmannen',
      },
    });
    expect(screen.queryByRole('form', { name: 'Ny risiko' })).toBeNull();
    expect(registeredEvents()).toEqual(['Søknader havner i feil kommune']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rediger Søknader havner i feil kommune' }));
  });

  it('shows refused fields next to the fields and keeps the form open', async () => {
    installFakeApi({
      saveRisk: async () => ({
        ok: false as const,
        error: {
          code: 'validation' as const,
          fieldErrors: { event: 'required', 'measures.0.deadline': 'date.format' },
        },
      }),
    });
    show(documentOf(workspaceWith([bergenForm])));

    await userEvent.click(screen.getByRole('button', { name: 'Ny risiko' }));
    await userEvent.click(screen.getByRole('button', { name: 'Legg til tiltak' }));
    await userEvent.type(screen.getByLabelText('Frist'), '1. mars');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre risikoen' }));

    const event = screen.getByLabelText('Uønsket hendelse');
    expect(event.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(event.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toContain(
      'Beskriv den uønskede hendelsen.',
    );
    expect(screen.getByLabelText('Frist').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Skriv datoen som dd.mm.åååå.')).toBeTruthy();
    expect(document.activeElement).toBe(event);
  });

  it('deletes a risk only after confirmation', async () => {
    const api = installFakeApi({
      removeRisk: async () => ({
        ok: true as const,
        value: documentOf(bergenWith((ros) => ({ ...ros, risks: [outage] }))),
      }),
    });
    show(documentOf(bergenWith((ros) => ({ ...ros, risks: [fetching, outage] }))));

    await userEvent.click(screen.getByRole('button', { name: `Slett ${fetching.event}` }));
    expect(api.removeRisk).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Ja, slett' }));

    expect(api.removeRisk).toHaveBeenCalledWith({ municipalityId: 'm-1', id: 'r-1' });
    expect(registeredEvents()).toEqual([outage.event]);
  });
});

describe('the starter events', () => {
  const starter = STARTER_RISKS[0]!;

  it('adds a starter in the form, its 5×5 levels moved to the 3×3 scale, with its starterId', async () => {
    const api = installFakeApi({ saveRisk: savesTo('r-new') });
    show(documentOf(bergenWith((ros) => ({ ...ros, scale: 3, acceptance: DEFAULT_ACCEPTANCE[3] }))));

    await userEvent.click(screen.getByRole('button', { name: `Legg til: ${starter.event.nb}` }));
    const form = screen.getByRole('form', { name: `Ny risiko fra forslag: ${starter.event.nb}` });
    expect((within(form).getByLabelText('Uønsket hendelse') as HTMLInputElement).value).toBe(starter.event.nb);
    await userEvent.click(within(form).getByRole('button', { name: 'Lagre risikoen' }));

    expect(api.saveRisk).toHaveBeenCalledTimes(1);
    const sent = (api.saveRisk.mock.calls[0]![0] as InputOf<'saveRisk'>).risk;
    expect(sent.starterId).toBe(starter.id);
    expect(sent.event).toBe(starter.event.nb);
    expect(sent.values).toEqual(starter.values);
    // 5×5 suggestion (3, 4) on a 3×3 scale: ⌈3·3/5⌉ = 2, ⌈4·3/5⌉ = 3.
    expect([starter.likelihood, starter.consequence]).toEqual([3, 4]);
    expect([sent.likelihood, sent.consequence]).toEqual([2, 3]);
    expect(sent.measures).toEqual([
      { id: null, text: starter.suggestedMeasure.nb, owner: '', deadline: '', done: false },
    ]);
    // A used starter is no longer offered.
    expect(screen.queryByRole('button', { name: `Legg til: ${starter.event.nb}` })).toBeNull();
  });

  it('dismisses a starter and lets the user bring it back', async () => {
    const api = installFakeApi({
      dismissStarter: async ({ dismissed }: InputOf<'dismissStarter'>) => ({
        ok: true as const,
        value: documentOf(bergenWith((ros) => ({ ...ros, dismissedStarters: dismissed ? [starter.id] : [] }))),
      }),
    });
    show(documentOf(workspaceWith([bergenForm])));

    await userEvent.click(screen.getByRole('button', { name: `Avvis: ${starter.event.nb}` }));
    expect(api.dismissStarter).toHaveBeenCalledWith({ municipalityId: 'm-1', starterId: starter.id, dismissed: true });
    expect(screen.queryByRole('button', { name: `Legg til: ${starter.event.nb}` })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Vis avviste forslag (1)' }));
    await userEvent.click(screen.getByRole('button', { name: `Ta tilbake: ${starter.event.nb}` }));
    expect(api.dismissStarter).toHaveBeenLastCalledWith({
      municipalityId: 'm-1',
      starterId: starter.id,
      dismissed: false,
    });
    expect(screen.getByRole('button', { name: `Legg til: ${starter.event.nb}` })).toBeTruthy();
  });
});

describe('settings and cooperation', () => {
  it('saves new acceptance criteria and refuses criteria out of order without calling the main process', async () => {
    const api = installFakeApi({ updateRosSettings: async () => ({ ok: true as const, value: current() }) });
    show(documentOf(workspaceWith([bergenForm])));

    const green = screen.getByLabelText('Akseptabelt (grønt) til og med poengsum');
    const yellow = screen.getByLabelText('Vurder tiltak (gult) til og med poengsum');
    await userEvent.clear(yellow);
    await userEvent.type(yellow, '3');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre skala og kriterier' }));
    expect(api.updateRosSettings).not.toHaveBeenCalled();
    expect(yellow.getAttribute('aria-invalid')).toBe('true');

    await userEvent.clear(green);
    await userEvent.type(green, '5');
    await userEvent.clear(yellow);
    await userEvent.type(yellow, '12');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre skala og kriterier' }));
    expect(api.updateRosSettings).toHaveBeenCalledWith({ municipalityId: 'm-1', scale: 5, greenMax: 5, yellowMax: 12 });
  });

  it('warns that changing the scale moves the risks and resets the criteria', async () => {
    const api = installFakeApi({ updateRosSettings: async () => ({ ok: true as const, value: current() }) });
    show(documentOf(bergenWith((ros) => ({ ...ros, risks: [fetching, outage] }))));

    await userEvent.selectOptions(screen.getByLabelText('Skala'), '3 × 3');
    expect(screen.getByText(/Alle 2 risikoene flyttes forholdsmessig fra 5 × 5/)).toBeTruthy();
    expect((screen.getByLabelText('Akseptabelt (grønt) til og med poengsum') as HTMLInputElement).value).toBe('2');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre skala og kriterier' }));
    expect(api.updateRosSettings).toHaveBeenCalledWith({ municipalityId: 'm-1', scale: 3, greenMax: 2, yellowMax: 4 });
  });

  it('tells a partner that the host, as controller, owns the analysis, and offers nothing to edit', () => {
    installFakeApi({});
    const workspace = workspaceWith([bergenForm, osloForm]);
    show(
      documentOf({ ...workspace, cooperation: { model: 'hostWithTransfer', legalForm: 'notSet', hostId: 'm-1' } }),
      'm-2',
    );

    expect(screen.getByText('Gjøres av vertskommunen Bergen kommune, som er behandlingsansvarlig.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ny risiko' })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getAllByRole('combobox').map((c) => c.id)).toEqual(['ros-municipality']);
    expect(screen.getByRole('button', { name: 'Vis ROS-analysen til Bergen kommune' })).toBeTruthy();
  });
});
