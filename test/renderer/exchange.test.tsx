import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../renderer/App';
import { ExchangeView } from '../../renderer/features/exchange/ExchangeView';
import { SettingsView } from '../../renderer/features/settings/SettingsView';
import { useAppStore } from '../../renderer/store/app-store';
import { areaInfo } from '../../shared/catalogue/areas';
import { CATALOGUE, catalogueItem } from '../../shared/catalogue/checklist';
import { roleInfo } from '../../shared/catalogue/roles';
import { csvDecimal } from '../../shared/exchange/csv';
import { formatDate, toIsoDate } from '../../shared/format/date';
import type { ImportPreview, OutputOf } from '../../shared/ipc/contract';
import { emptyDocument, type Exchange, type StoredDocument, type Workspace } from '../../shared/schema/workspace';
import { bergenForm, NOW } from '../support/fixtures';
import { documentOf, entry, withMunicipality, workspaceWith } from '../support/workspace-builder';
import { installFakeApi, session } from './fake-api';

type Preview = Extract<ImportPreview, { kind: 'preview' }>;

const ITEM = 'decision.start-project';
const itemText = catalogueItem(ITEM).text.nb;

function show(document: StoredDocument, extra: { readOnly?: boolean } = {}) {
  useAppStore.setState({ document, status: 'ready', readOnly: extra.readOnly ?? false });
  render(<ExchangeView />);
}

function exchange(kind: Exchange['kind'], at: string, extra: Partial<Exchange> = {}): Exchange {
  return {
    id: `x-${kind}-${at}`,
    kind,
    at,
    by: 'Kari',
    fileExchangeId: null,
    fileName: '',
    taken: 0,
    conflicts: 0,
    keptMine: 0,
    tookTheirs: 0,
    backupId: null,
    ...extra,
  };
}

function preview(patch: Partial<Preview> = {}): Preview {
  return {
    kind: 'preview',
    token: 't-1',
    fileName: 'Digisos Test 23.11.2026.digisos.json',
    mode: 'merge',
    source: 'export',
    workspaceName: 'Digisos Test',
    myWorkspaceName: 'Digisos Test',
    exportedBy: 'Per Kollega',
    exportedAt: '2026-11-23T09:30:00.000Z',
    appVersion: '0.1.0',
    migratedFrom: null,
    changes: [],
    attachments: { mode: 'embedded', count: 0 },
    municipalities: ['Bergen kommune'],
    alreadyImported: false,
    baseKnown: true,
    takenCount: 0,
    taken: [],
    conflicts: [],
    ...patch,
  };
}

const bergen = { id: 'm-1', label: 'Bergen kommune' };
const twoConflicts: Preview['conflicts'] = [
  {
    id: 'municipalities/[m-1]/checklist/[decision.start-project]/status',
    path: ['municipalities', bergen, 'checklist', { id: ITEM, label: ITEM }],
    field: 'status',
    mine: { present: true, value: 'inProgress' },
    theirs: { present: true, value: 'done' },
  },
  {
    id: 'municipalities/[m-1]/navUnit',
    path: ['municipalities', bergen],
    field: 'navUnit',
    mine: { present: true, value: 'NAV Bergenhus' },
    theirs: { present: true, value: '' },
  },
];

function merged(workspace: Workspace): OutputOf<'applyImport'> {
  const merge = exchange('merge', '2026-11-23T10:05:00.000Z', {
    id: 'x-merge',
    fileName: 'Digisos Test 23.11.2026.digisos.json',
    backupId: 'kept/arbeidsomrade-x.foer-sammenslaaing.json',
    taken: 3,
    conflicts: 2,
    keptMine: 1,
    tookTheirs: 1,
  });
  return {
    document: documentOf({ ...workspace, exchanges: [...workspace.exchanges, merge] }),
    mode: 'merge',
    taken: 3,
    conflicts: 2,
    keptMine: 1,
    tookTheirs: 1,
    attachmentsStored: 0,
  };
}

describe('importing a file', () => {
  it('shows why a file is refused, with every issue as path — message, and changes nothing', async () => {
    const api = installFakeApi({
      pickImport: async () => ({
        ok: true,
        value: {
          kind: 'refused',
          fileName: 'vest.digisos.json',
          reason: 'invalid',
          version: null,
          issues: [
            {
              path: 'workspace.municipalities[1 «Oslo kommune»].inhabitantsDate',
              message: 'Ugyldig dato (ÅÅÅÅ-MM-DD)',
            },
            { path: 'workspace.municipalities[0 «Bergen kommune»].inhabitants', message: 'For lite: minst 1' },
          ],
        },
      }),
    });
    const document = documentOf(workspaceWith([bergenForm]));
    show(document);

    await userEvent.click(screen.getByRole('button', { name: 'Importer eller slå sammen…' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Fila «vest.digisos.json» kan ikke importeres' })).toBeTruthy();
    expect(alert.textContent).toContain('Fila har innhold som ikke er gyldig');
    const issues = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(issues).toEqual([
      'workspace.municipalities[1 «Oslo kommune»].inhabitantsDate — Ugyldig dato (ÅÅÅÅ-MM-DD)',
      'workspace.municipalities[0 «Bergen kommune»].inhabitants — For lite: minst 1',
    ]);
    expect(within(alert).getByText('Ingenting er endret.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Importer' })).toBeNull();
    expect(api.applyImport).not.toHaveBeenCalled();
    expect(useAppStore.getState().document).toBe(document);
  });

  it('names the newer version when a file comes from a newer app', async () => {
    installFakeApi({
      pickImport: async () => ({
        ok: true,
        value: { kind: 'refused', fileName: 'ny.digisos.json', reason: 'newer', version: 9, issues: [] },
      }),
    });
    show(documentOf(workspaceWith([bergenForm])));
    await userEvent.click(screen.getByRole('button', { name: 'Importer eller slå sammen…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('nyere versjon av Digisos Klar (skjemaversjon 9)');
  });

  it('warns that my workspace is replaced and kept as a backup first, and imports only when asked', async () => {
    const workspace = workspaceWith([bergenForm], 'Mitt område');
    const api = installFakeApi({
      pickImport: async () => ({
        ok: true,
        value: preview({
          mode: 'replace',
          workspaceName: 'Digisos Vest',
          myWorkspaceName: 'Mitt område',
          municipalities: ['Bergen kommune', 'Oslo kommune'],
          attachments: { mode: 'embedded', count: 2 },
          migratedFrom: 4,
          changes: ['La til utvekslingsloggen.'],
        }),
      }),
      applyImport: async () => ({
        ok: true,
        value: {
          document: documentOf(workspaceWith([bergenForm], 'Digisos Vest')),
          mode: 'replace',
          taken: 0,
          conflicts: 0,
          keptMine: 0,
          tookTheirs: 0,
          attachmentsStored: 2,
        },
      }),
    });
    show(documentOf(workspace));

    await userEvent.click(screen.getByRole('button', { name: 'Importer eller slå sammen…' }));

    const heading = await screen.findByRole('heading', { name: 'Erstatt arbeidsområdet med «Digisos Vest»' });
    expect(document.activeElement).toBe(heading);
    expect(
      screen.getByText(
        'Arbeidsområdet ditt «Mitt område» blir erstattet av «Digisos Vest». Det blir først tatt vare på som sikkerhetskopi, så du kan hente det tilbake under Innstillinger.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Bergen kommune, Oslo kommune')).toBeTruthy();
    expect(screen.getByText('Per Kollega')).toBeTruthy();
    expect(screen.getByText('2 filer følger med')).toBeTruthy();
    expect(screen.getByText('La til utvekslingsloggen.')).toBeTruthy();
    expect(api.applyImport).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Importer' }));

    expect(api.applyImport).toHaveBeenCalledWith({ token: 't-1', choices: {} });
    expect(await screen.findByRole('heading', { name: 'Importert' })).toBeTruthy();
    expect(screen.getByText(/Det forrige er tatt vare på som sikkerhetskopi/)).toBeTruthy();
    expect(useAppStore.getState().document?.workspace?.name).toBe('Digisos Vest');
  });

  it('cancels a previewed import through the main process and says nothing changed', async () => {
    const api = installFakeApi({
      pickImport: async () => ({ ok: true, value: preview({ mode: 'replace', workspaceName: 'Digisos Vest' }) }),
      cancelImport: async () => ({ ok: true, value: {} }),
    });
    show(documentOf(workspaceWith([bergenForm])));
    await userEvent.click(screen.getByRole('button', { name: 'Importer eller slå sammen…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Avbryt' }));
    expect(api.cancelImport).toHaveBeenCalledWith({ token: 't-1' });
    expect(screen.getByText('Importen ble avbrutt. Ingenting er endret.')).toBeTruthy();
    expect(api.applyImport).not.toHaveBeenCalled();
  });
});

describe('merging a colleague’s copy', () => {
  it('lets the merge finish only when every conflict is chosen, and sends each choice', async () => {
    const workspace = workspaceWith([bergenForm], 'Digisos Test');
    const api = installFakeApi({
      pickImport: async () => ({
        ok: true,
        value: preview({
          conflicts: twoConflicts,
          takenCount: 5,
          taken: [
            { path: ['municipalities', bergen, 'checklist', { id: ITEM, label: ITEM }], field: 'note' },
            { path: ['municipalities', bergen, 'ros', 'risks', { id: 'r-1', label: 'Phishing' }], field: null },
            {
              path: ['municipalities', bergen, 'checklist', { id: 'privacy.dpia', label: 'privacy.dpia' }],
              field: null,
            },
            { path: ['municipalities', bergen], field: null },
          ],
        }),
      }),
      applyImport: async () => ({ ok: true, value: merged(workspace) }),
    });
    show(documentOf(workspace));

    await userEvent.click(screen.getByRole('button', { name: 'Importer eller slå sammen…' }));

    expect(await screen.findByRole('heading', { name: 'Slå sammen med «Digisos Test»' })).toBeTruthy();
    expect(screen.getByText(/^Fra Per Kollega, eksportert 23\.11\.2026 kl\. \d\d\.30\.$/)).toBeTruthy();
    expect(screen.getByText('5 endringer fra deres side blir tatt inn.')).toBeTruthy();
    expect(screen.getByText(/^2 konflikter: det samme er endret ulikt på begge sider/)).toBeTruthy();
    const taken = screen.getByText('Endringer som tas inn fra deres side (5)').closest('details')!;
    expect(within(taken).getByText(`Bergen kommune › Sjekkliste › ${itemText} › Notat`)).toBeTruthy();
    expect(within(taken).getByText('Bergen kommune › ROS-analyse › Risikoer › Phishing (ny hos dem)')).toBeTruthy();
    expect(
      within(taken).getByText(
        `Bergen kommune › Sjekkliste › ${catalogueItem('privacy.dpia').text.nb} (endret hos dem)`,
      ),
    ).toBeTruthy();
    expect(within(taken).getByText('Bergen kommune (slettet hos dem)')).toBeTruthy();
    expect(within(taken).getByText('… og 1 til.')).toBeTruthy();

    const status = screen.getByRole('group', { name: `Bergen kommune › Sjekkliste › ${itemText} › Status` });
    const navUnit = screen.getByRole('group', { name: 'Bergen kommune › NAV-kontor' });
    expect(within(status).getByRole('radio', { name: 'Behold min: Pågår' })).toBeTruthy();
    expect(within(navUnit).getByRole('radio', { name: 'Ta deres: (tom)' })).toBeTruthy();
    const finish = screen.getByRole('button', { name: 'Fullfør sammenslåingen' }) as HTMLButtonElement;
    expect(finish.disabled).toBe(true);
    expect(screen.getByText('2 konflikter er ikke avgjort ennå.')).toBeTruthy();

    await userEvent.click(within(status).getByRole('radio', { name: 'Ta deres: Ferdig' }));
    expect(finish.disabled).toBe(true);
    expect(screen.getByText('1 konflikt er ikke avgjort ennå.')).toBeTruthy();
    await userEvent.click(finish);
    expect(api.applyImport).not.toHaveBeenCalled();

    await userEvent.click(within(navUnit).getByRole('radio', { name: 'Behold min: NAV Bergenhus' }));
    expect(finish.disabled).toBe(false);
    await userEvent.click(finish);

    expect(api.applyImport).toHaveBeenCalledWith({
      token: 't-1',
      choices: { [twoConflicts[0]!.id]: 'theirs', [twoConflicts[1]!.id]: 'mine' },
    });
    expect(await screen.findByRole('heading', { name: 'Sammenslått' })).toBeTruthy();
    expect(screen.getByText('3 endringer fra deres side er tatt inn.')).toBeTruthy();
    expect(screen.getByText('2 konflikter er avgjort: 1 beholdt slik du hadde det, 1 tatt fra dem.')).toBeTruthy();
    expect(useAppStore.getState().announcement).toBe('Sammenslåingen er fullført.');
  });

  it('speaks the user’s language in the conflicts too', async () => {
    installFakeApi({ pickImport: async () => ({ ok: true, value: preview({ conflicts: twoConflicts }) }) });
    const document = documentOf(workspaceWith([bergenForm]));
    document.settings.language = 'en';
    show(document);
    await userEvent.click(screen.getByRole('button', { name: 'Import or merge…' }));
    const status = await screen.findByRole('group', {
      name: `Bergen kommune › Checklist › ${catalogueItem(ITEM).text.en} › Status`,
    });
    expect(within(status).getByRole('radio', { name: 'Keep mine: In progress' })).toBeTruthy();
    expect(within(status).getByRole('radio', { name: 'Take theirs: Done' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Bergen kommune › NAV office' })).toBeTruthy();
  });

  it('chooses one side for every conflict at once', async () => {
    const api = installFakeApi({
      pickImport: async () => ({ ok: true, value: preview({ conflicts: twoConflicts }) }),
      applyImport: async () => ({ ok: true, value: merged(workspaceWith([bergenForm])) }),
    });
    show(documentOf(workspaceWith([bergenForm])));
    await userEvent.click(screen.getByRole('button', { name: 'Importer eller slå sammen…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Velg deres for alle' }));
    expect(screen.getAllByRole('radio', { checked: true }).map((r) => r.getAttribute('name'))).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Fullfør sammenslåingen' }));
    expect(api.applyImport).toHaveBeenCalledWith({
      token: 't-1',
      choices: { [twoConflicts[0]!.id]: 'theirs', [twoConflicts[1]!.id]: 'theirs' },
    });
  });

  it('explains that without a common starting point every difference outside the checklist is asked', async () => {
    installFakeApi({
      pickImport: async () => ({ ok: true, value: preview({ baseKnown: false, alreadyImported: true }) }),
    });
    show(documentOf(workspaceWith([bergenForm])));
    await userEvent.click(screen.getByRole('button', { name: 'Importer eller slå sammen…' }));
    expect(await screen.findByText(/hver annen forskjell må du avgjøre selv/)).toBeTruthy();
    expect(screen.getByText('Denne fila er importert før.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Fullfør sammenslåingen' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('undoes the merge after a confirming step that says changes since are kept as a backup', async () => {
    const workspace = workspaceWith([bergenForm], 'Digisos Test');
    const api = installFakeApi({
      pickImport: async () => ({ ok: true, value: preview({ conflicts: [twoConflicts[0]!] }) }),
      applyImport: async () => ({ ok: true, value: merged(workspace) }),
      undoMerge: async () => ({ ok: true, value: documentOf(workspace) }),
    });
    show(documentOf(workspace));
    await userEvent.click(screen.getByRole('button', { name: 'Importer eller slå sammen…' }));
    await userEvent.click(await screen.findByRole('radio', { name: 'Behold min: Pågår' }));
    await userEvent.click(screen.getByRole('button', { name: 'Fullfør sammenslåingen' }));

    await userEvent.click(await screen.findByRole('button', { name: 'Angre sammenslåingen' }));
    const confirm = screen.getByRole('group', { name: /^Angre sammenslåingen\?/ });
    expect(confirm.textContent).toContain('Det som er endret siden, blir først tatt vare på som sikkerhetskopi.');
    expect(api.undoMerge).not.toHaveBeenCalled();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Ja, angre sammenslåingen' }));

    expect(api.undoMerge).toHaveBeenCalledWith({ exchangeId: 'x-merge' });
    expect(await screen.findByText(/^Sammenslåingen er angret\./)).toBeTruthy();
    expect(useAppStore.getState().document?.workspace?.exchanges).toEqual([]);
  });

  it('offers to undo the last merge later, when nothing has changed the workspace since', () => {
    installFakeApi({});
    const workspace = workspaceWith([bergenForm]);
    const merge = exchange('merge', '2026-11-22T12:00:00.000Z', { fileName: 'per.digisos.json', backupId: 'kept/b' });
    show(documentOf({ ...workspace, exchanges: [merge, exchange('export', '2026-11-22T13:00:00.000Z')] }));
    expect(screen.getByRole('heading', { name: 'Siste sammenslåing' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Angre sammenslåingen' })).toBeTruthy();
  });
});

describe('exporting', () => {
  it('exports with or without attachments and names the attachments that were left out as missing', async () => {
    const workspace = {
      ...workspaceWith([bergenForm]),
      attachments: [1, 2, 3].map((n) => ({
        id: `a-${n}`,
        fileName: `vedlegg-${n}.pdf`,
        sha256: String(n).repeat(64),
        size: 10,
        addedAt: NOW.toISOString(),
        addedBy: 'Kari',
      })),
    };
    const api = installFakeApi({
      exportWorkspace: async () => ({
        ok: true,
        value: {
          document: documentOf(workspace),
          path: '/ut/Digisos.digisos.json',
          embedded: 2,
          missing: ['vedlegg-3.pdf'],
        },
      }),
    });
    show(documentOf(workspace));

    const include = screen.getByRole('checkbox', { name: 'Ta med vedlegg (3 filer)' }) as HTMLInputElement;
    expect(include.checked).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Eksporter arbeidsområdet…' }));

    expect(api.exportWorkspace).toHaveBeenCalledWith({ includeAttachments: true });
    expect(await screen.findByText('Eksportert til /ut/Digisos.digisos.json.')).toBeTruthy();
    expect(screen.getByText('2 vedlegg er med i fila.')).toBeTruthy();
    expect(screen.getByText('vedlegg-3.pdf')).toBeTruthy();

    await userEvent.click(include);
    await userEvent.click(screen.getByRole('button', { name: 'Eksporter arbeidsområdet…' }));
    expect(api.exportWorkspace).toHaveBeenLastCalledWith({ includeAttachments: false });
  });
});

describe('spreadsheets', () => {
  it('makes the checklist CSV in the user’s language, one row per item that applies, with the area’s progress', async () => {
    const own = CATALOGUE.find((i) => i.actor === 'each' && i.parentId === undefined)!;
    const workspace = withMunicipality(workspaceWith([bergenForm], 'Digisos Vest'), 0, (m) => ({
      ...m,
      checklist: [
        entry(own.id, {
          status: 'done',
          completedAt: '2026-11-20',
          completedBy: 'Kari',
          note: 'Ring "Per"; så NAV',
          owner: { kind: 'role', role: 'it' },
        }),
      ],
    }));
    const api = installFakeApi({ exportCsv: async () => ({ ok: true, value: { path: '/ut/sjekkliste.csv' } }) });
    show(documentOf(workspace));

    await userEvent.click(screen.getByRole('button', { name: 'Sjekkliste (CSV)' }));

    await waitFor(() => expect(api.exportCsv).toHaveBeenCalled());
    const input = api.exportCsv.mock.calls[0]![0] as { kind: string; fileName: string; content: string };
    expect(input.kind).toBe('checklist');
    expect(input.fileName).toBe(`Sjekkliste Digisos Vest ${formatDate(toIsoDate(new Date()))}.csv`);
    const lines = input.content.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFKommune;Kommunenr.;Område;Punkt-ID;Punkt;Påkrevd/Anbefalt;Status;Ansvarlig;Frist (dd.mm.åååå);Fristgrunnlag;Fullført;Fullført av;Merknad;Kilde;Områdets framdrift (%)',
    );
    expect(lines.filter((l) => l.startsWith('Bergen kommune;'))).toHaveLength(CATALOGUE.length);
    const inArea = CATALOGUE.filter((i) => i.area === own.area).length;
    const row = lines.find((l) => l.includes(`;${own.id};`))!;
    expect(row).toContain(`Bergen kommune;4601;${areaInfo(own.area).title.nb};${own.id};`);
    expect(row).toContain(`;Ferdig;${roleInfo('it').title.nb};`);
    expect(row).toContain(';20.11.2026;Kari;"Ring ""Per""; så NAV";');
    expect(row.endsWith(`;${csvDecimal(100 / inArea, 1)}`)).toBe(true);
    expect(await screen.findByText('Regnearket er lagret som /ut/sjekkliste.csv.')).toBeTruthy();
  });

  it('makes the risk measures and agreements CSVs with yes/no and the agreements’ titles', async () => {
    const workspace = withMunicipality(workspaceWith([bergenForm], 'Digisos Vest'), 0, (m) => ({
      ...m,
      ros: {
        ...m.ros,
        risks: [
          {
            id: 'r-1',
            starterId: null,
            event: 'Søknad sendt til feil kommune',
            cause: '',
            values: ['confidentiality'],
            existingMeasures: '',
            likelihood: 4,
            consequence: 3,
            uncertainty: 'low',
            measures: [{ id: 'x-1', text: 'Sjekk kommunenummer', owner: 'Kari', deadline: '2026-12-01', done: true }],
            residualLikelihood: 2,
            residualConsequence: 3,
            riskOwner: '',
            acceptedBy: '',
          },
        ],
      },
    }));
    const api = installFakeApi({ exportCsv: async () => ({ ok: true, value: { path: null } }) });
    show(documentOf(workspace));

    await userEvent.click(screen.getByRole('button', { name: 'Risikotiltak (CSV)' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Avtaler (CSV)' }));

    const [measures, agreements] = api.exportCsv.mock.calls.map((c) => c[0] as { content: string; kind: string });
    expect(measures!.kind).toBe('measures');
    expect(measures!.content).toBe(
      '\uFEFFKommune;Risiko;Risikoverdi før;Risikoverdi etter;Tiltak;Ansvarlig;Frist;Utført\r\n' +
        'Bergen kommune;Søknad sendt til feil kommune;12;6;Sjekk kommunenummer;Kari;01.12.2026;Ja\r\n',
    );
    expect(agreements!.kind).toBe('agreements');
    expect(agreements!.content.split('\r\n')[1]).toBe(
      'Bergen kommune;1. Vilkår for påkobling til Digisos;Ikke startet;;;KS: e-post til fiks@ks.no;;;;0',
    );
    expect(screen.getByText('Lagringen ble avbrutt. Ingen fil ble skrevet.')).toBeTruthy();
  });
});

describe('the exchange log', () => {
  it('lists every exchange newest first, with who, what, file and counts', () => {
    installFakeApi({});
    const workspace = {
      ...workspaceWith([bergenForm]),
      exchanges: [
        exchange('export', '2026-11-20T08:00:00.000Z', { fileName: 'a.digisos.json' }),
        exchange('merge', '2026-11-21T08:00:00.000Z', {
          by: 'Per',
          fileName: 'b.digisos.json',
          taken: 4,
          conflicts: 2,
          keptMine: 1,
          tookTheirs: 1,
        }),
        exchange('restore', '2026-11-22T08:00:00.000Z', { by: '' }),
      ],
    };
    show(documentOf(workspace));
    const table = screen.getByRole('table', { name: 'Utvekslinger, nyeste først' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['(ikke oppgitt)', 'Sikkerhetskopi gjenopprettet', '–', '–'],
      ['Per', 'Sammenslåing', 'b.digisos.json', '4 tatt inn; 2 konflikter (1 min, 1 deres)'],
      ['Kari', 'Eksport', 'a.digisos.json', '–'],
    ]);
  });
});

describe('an empty app', () => {
  it('offers to import a workspace beside creating one, and opens it when imported', async () => {
    const imported = workspaceWith([bergenForm], 'Digisos Vest');
    const api = installFakeApi({
      loadSession: async () => ({ ok: true, value: session(emptyDocument('0.1.0', NOW)) }),
      pickImport: async () => ({
        ok: true,
        value: preview({ mode: 'new', myWorkspaceName: null, workspaceName: 'Digisos Vest' }),
      }),
      applyImport: async () => ({
        ok: true,
        value: {
          document: documentOf(imported),
          mode: 'new',
          taken: 0,
          conflicts: 0,
          keptMine: 0,
          tookTheirs: 0,
          attachmentsStored: 0,
        },
      }),
    });
    render(<App />);
    expect(await screen.findByRole('button', { name: 'Opprett arbeidsområde' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Importer et arbeidsområde…' }));
    expect(await screen.findByRole('heading', { name: 'Importer «Digisos Vest»' })).toBeTruthy();
    expect(screen.queryByText(/blir erstattet/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Importer' }));

    expect(api.applyImport).toHaveBeenCalledWith({ token: 't-1', choices: {} });
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Velkommen til Digisos Klar' })).toBeNull());
    expect(screen.getByRole('navigation').textContent).toContain('Utveksling');
    expect(useAppStore.getState().announcement).toBe('Arbeidsområdet «Digisos Vest» er importert.');
  });
});

describe('backups in the settings', () => {
  const list: OutputOf<'listBackups'> = {
    folder: '/data/backups',
    keptFolder: '/data/backups/beholdt',
    backupsToKeep: 10,
    backups: [
      {
        id: 'kept/arbeidsomrade-1.foer-sammenslaaing.json',
        file: 'arbeidsomrade-1.foer-sammenslaaing.json',
        kind: 'beforeMerge',
        savedAt: '2026-11-23T09:00:00.000Z',
        workspaceName: 'Digisos Vest',
        municipalities: 2,
      },
      {
        id: 'auto/arbeidsomrade-0.json',
        file: 'arbeidsomrade-0.json',
        kind: 'automatic',
        savedAt: '2026-11-22T09:00:00.000Z',
        workspaceName: 'Digisos Vest',
        municipalities: 1,
      },
    ],
  };

  it('says how many versions are kept and where, and restores one after a confirming step', async () => {
    const restored = documentOf(workspaceWith([bergenForm], 'Gammelt navn'));
    const api = installFakeApi({
      listBackups: async () => ({ ok: true, value: list }),
      restoreBackup: async () => ({ ok: true, value: restored }),
    });
    useAppStore.setState({ document: documentOf(workspaceWith([bergenForm], 'Digisos Vest')), status: 'ready' });
    render(<SettingsView />);

    expect(await screen.findByText(/de 10 siste lagrede versjonene automatisk/)).toBeTruthy();
    expect(screen.getByText('/data/backups')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Sikkerhetskopier, nyeste først' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByText('Før sammenslåing')).toBeTruthy();
    expect(within(rows[1]!).getByText('Automatisk')).toBeTruthy();

    await userEvent.click(
      within(rows[1]!).getByRole('button', { name: /^Gjenopprett… sikkerhetskopien fra 22\.11\.2026/ }),
    );
    const confirm = within(rows[1]!).getByRole('group');
    expect(confirm.textContent).toContain('blir først tatt vare på som sikkerhetskopi');
    expect(api.restoreBackup).not.toHaveBeenCalled();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Ja, gjenopprett' }));

    expect(api.restoreBackup).toHaveBeenCalledWith({ id: 'auto/arbeidsomrade-0.json' });
    expect(useAppStore.getState().document).toBe(restored);
    expect((screen.getByLabelText('Navn på arbeidsområdet') as HTMLInputElement).value).toBe('Gammelt navn');
  });

  it('takes a backup by hand, and allows nothing of it when read-only', async () => {
    const api = installFakeApi({
      listBackups: async () => ({ ok: true, value: list }),
      backupNow: async () => ({
        ok: true,
        value: { ...list, backups: [{ ...list.backups[1]!, id: 'kept/m', kind: 'manual' as const }, ...list.backups] },
      }),
    });
    useAppStore.setState({ document: documentOf(workspaceWith([bergenForm])), status: 'ready' });
    const { unmount } = render(<SettingsView />);
    await userEvent.click(await screen.findByRole('button', { name: 'Ta sikkerhetskopi nå' }));
    expect(api.backupNow).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Manuell')).toBeTruthy();
    unmount();

    useAppStore.setState({ readOnly: true });
    render(<SettingsView />);
    expect(await screen.findByText(/sikkerhetskopier kan ikke tas eller gjenopprettes/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Ta sikkerhetskopi nå' }) as HTMLButtonElement).disabled).toBe(true);
    for (const button of screen.getAllByRole('button', { name: /^Gjenopprett…/ })) {
      expect((button as HTMLButtonElement).disabled).toBe(true);
    }
  });
});
