import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogueItem } from '../../../shared/catalogue/checklist';
import { updateAgreement } from '../../../shared/domain/agreements';
import { approve } from '../../../shared/domain/approval';
import { newDpia, newRos } from '../../../shared/domain/assessments';
import { formatKroner } from '../../../shared/domain/costs';
import { buildDashboard, NO_FILTERS } from '../../../shared/domain/readiness';
import { MAX_ITEM_ROWS, statusReport, type StatusReportOptions } from '../../../shared/pdf/status-report';
import type { Municipality, Risk, StoredDocument, Workspace } from '../../../shared/schema/workspace';
import { bergenForm, NOW, osloForm } from '../../support/fixtures';
import { documentOf, entry, withMunicipality, workspaceWith } from '../../support/workspace-builder';

const fontDir = join(__dirname, '..', '..', '..', 'resources', 'fonts');
const fonts = {
  regular: new Uint8Array(readFileSync(join(fontDir, 'DejaVuSans.ttf'))),
  bold: new Uint8Array(readFileSync(join(fontDir, 'DejaVuSans-Bold.ttf'))),
};
const createdAt = new Date(2026, 10, 24, 9, 30);
const TODAY = '2026-11-24';
const GENERATED = '24.11.2026';
const context = { by: 'Kari Nordmann', now: NOW };

/** 18 500 inhabitants × kr 8,60 gives a connection fee of kr 159 100. */
const asForm = {
  name: 'Ås kommune',
  number: '3218',
  orgNumber: '964 948 798',
  inhabitants: '18 500',
  inhabitantsDate: '01.01.2025',
  navUnit: 'NAV Ås',
};

/** An item overdue since September, with an owner: first in the overdue list. */
const OVERDUE_ITEM = 'decision.start-project';

function risk(id: string, patch: Partial<Risk>): Risk {
  return {
    id,
    starterId: null,
    event: 'Fagsystemet slutter å hente søknader fra FIKS',
    cause: 'Utløpt sertifikat',
    values: ['availability'],
    existingMeasures: 'Varsel-e-post til fellespostkassen',
    likelihood: 4,
    consequence: 5,
    uncertainty: 'medium',
    measures: [],
    residualLikelihood: 2,
    residualConsequence: 3,
    riskOwner: 'Kari Nordmann',
    acceptedBy: 'Ola Hansen',
    ...patch,
  };
}

/** Bergen, the host: well under way, a stale DPIA, an approved ROS analysis, no approved routines. */
function bergen(m: Municipality): Municipality {
  const dpia = newDpia('nb');
  dpia.conclusion = { text: 'Behandlingen kan starte.', priorConsultation: 'notNeeded' };
  const ros = {
    ...newRos(),
    risks: [
      risk('r-1', {
        measures: [
          { id: 'm-1', text: 'Overvåk hentingen daglig', owner: 'IT-drift', deadline: '2026-11-01', done: false },
        ],
      }),
      risk('r-2', { event: 'Søknader til feil mottaker', likelihood: 3, consequence: 3, residualLikelihood: 1 }),
      risk('r-3', { event: 'Varselpostkassen blir ikke fulgt opp', likelihood: 2, consequence: 2 }),
    ],
  };
  let next: Municipality = {
    ...m,
    plannedConnectionDate: '2026-12-07',
    batch: 'Pulje 4',
    vendor: { name: 'Visma', product: 'Velferd' },
    onCallPhone: '55 56 00 00',
    dpia,
    ros,
    capabilities: {
      receiving: { state: 'inTest', since: '2026-11-02' },
      statusView: { state: 'notStarted', since: null },
      nksAccess: { state: 'notStarted', since: null },
    },
    costInputs: {
      ...m.costInputs,
      shipmentsPerMonth: 900,
      indexedDocumentsPerMonth: 20_000,
      storageGb: 50,
      vendorUpgradeOre: 12_500_000,
    },
    checklist: [
      entry(OVERDUE_ITEM, { dueDate: '2026-09-01', owner: { kind: 'person', name: 'Øystein Å. Ærlig' } }),
      entry('decision.digifin-member', { status: 'done', completedAt: '2026-10-01', completedBy: 'Kari Nordmann' }),
      entry('nks.step-1-login', { status: 'done', completedAt: '2026-11-20', completedBy: 'Åse Ørnes' }),
      entry('nks.step-2-choose-digisos', { status: 'done', completedAt: '2026-11-20', completedBy: 'Åse Ørnes' }),
      entry('nks.step-3-choose-nks-access', { status: 'inProgress', owner: { kind: 'role', role: 'archive' } }),
    ],
  };
  next = updateAgreement(
    next,
    'ksTerms',
    {
      status: 'signed',
      signerName: 'Ola Hansen',
      signerRole: 'Kommunedirektør',
      signerHasRequiredRole: 'yes',
      sentDate: '2026-10-01',
      signedDate: '2026-10-15',
    },
    context,
  );
  next = updateAgreement(next, 'ksDataProcessing', { status: 'sentForSigning', sentDate: '2026-11-18' }, context);
  const signer = { approver: 'Ola Hansen', role: 'Kommunedirektør', attestation: 'Jeg godkjenner.' };
  const dpiaApproval = approve(next, 'dpia', signer, NOW, '2026-11-23');
  const rosApproval = approve(next, 'ros', signer, NOW, '2026-11-23');
  return {
    ...next,
    // Edited after the approval: stale.
    dpia: { ...next.dpia, approval: dpiaApproval, conclusion: { ...next.dpia.conclusion, text: 'Endret etterpå.' } },
    ros: { ...next.ros, approval: rosApproval },
  };
}

function workspace(): Workspace {
  let w: Workspace = workspaceWith([bergenForm, osloForm, asForm], 'Digisos Vest');
  const hostId = w.municipalities[0]!.id;
  w = {
    ...w,
    cooperation: { model: 'hostWithoutTransfer', legalForm: 'kl2018HostCooperation', hostId },
    costSettings: { adoptingInhabitants: 1_500_000, year: 2027 },
  };
  w = withMunicipality(w, 0, bergen);
  // Oslo: no connection date, so NAV's share cannot be computed; everything open.
  // Ås: connection in January, agreements not started.
  w = withMunicipality(w, 2, (m) => ({ ...m, plannedConnectionDate: '2027-01-11' }));
  return w;
}

const document: StoredDocument = documentOf(workspace());
const [bergenId, osloId, asId] = document.workspace!.municipalities.map((m) => m.id) as [string, string, string];

// Made at once: the describe blocks generate their PDFs while the tests are collected.
const dir = mkdtempSync(join(tmpdir(), 'pdf-status-'));
afterAll(() => {
  // KEEP_PDFS=1 leaves the files for rendering with pdftoppm and looking at them.
  if (process.env['KEEP_PDFS']) console.warn(`PDFs kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
});

function report(municipalityId: string): Uint8Array {
  const options: StatusReportOptions = { fonts, createdAt, municipalityId };
  return statusReport(document, options);
}

/** The text twice: laid out (columns side by side) and raw (each table cell's lines together). */
function textOf(bytes: Uint8Array, name: string): { layout: string; raw: string } {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return {
    layout: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    raw: execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }),
  };
}

const squash = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();
/** An amount as formatKroner writes it, matching a no-break or plain space. */
const amount = (ore: number) => new RegExp(formatKroner(ore).replace(/\u00a0/g, '[\\s\\u00a0]'));

function expectPageNumbers(text: string): number {
  const pages = [...text.matchAll(/Side (\d+) av (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const total = pages[0]?.[1] ?? 0;
  expect(total).toBeGreaterThan(1);
  expect(pages).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
  return total;
}

describe('the status report for one municipality', () => {
  const { layout, raw } = textOf(report(bergenId), 'status-bergen.pdf');
  const text = squash(raw);

  it('has a cover with the municipality and the date, and numbered pages', () => {
    expect(layout).toContain('Statusrapport for Digisos');
    expect(layout).toContain('Bergen kommune');
    expect(layout).toMatch(/964[\s\u00a0]338[\s\u00a0]531/);
    expect(layout).toContain(`Generert ${GENERATED}`);
    expect(text).toContain(`Dato ${GENERATED}`);
    expectPageNumbers(layout);
    // Only Bergen: the other municipalities' items are not listed.
    expect(layout).not.toContain('Oslo kommune');
  });

  it('writes æøå and Norwegian amounts', () => {
    expect(text).toContain('Øystein Å. Ærlig');
    expect(text).toContain('Påkoblingsdagen');
    // 291 940 inhabitants × kr 8,60 and the vendor's kr 125 000 + 25 % VAT.
    expect(raw).toMatch(amount(291_940 * 860));
    expect(raw).toMatch(/kr[\s\u00a0]156[\s\u00a0]250/);
  });

  it('draws readiness as bars with "x av y"', () => {
    expect(text).toMatch(/Alle punkter \d+ % – 4 av \d+/);
    expect(text).toMatch(/Tilgang for NAV Kontaktsenter \(NKS\) \d+ % – 2 av \d+/);
  });

  it('lists the overdue item in full, with its owner and due date', () => {
    expect(text).toContain(squash(catalogueItem(OVERDUE_ITEM).text.nb));
    expect(text).toContain('01.09.2026');
    expect(text).toMatch(/Forfalt for 84 dager siden/);
  });

  it('lists every open item once: overdue, then without and with an owner', () => {
    const dashboard = buildDashboard(document, TODAY, NO_FILTERS, 'nb');
    const mine = (refs: typeof dashboard.overdue) => refs.filter((r) => r.municipalityId === bergenId);
    const overdue = mine(dashboard.overdue).length;
    const unowned = mine(dashboard.unowned);
    const unownedOverdue = unowned.filter((r) => r.row.dueState === 'overdue').length;
    expect(text).toContain(`Forfalte punkter (${overdue})`);
    expect(text).toContain(`Åpne punkter uten ansvarlig (${unowned.length})`);
    expect(text).toContain(`${unownedOverdue} punkter uten ansvarlig er forfalt og står i listen over.`);
    expect(text).toContain('Andre åpne punkter med ansvarlig (1)');
    expect(text).toContain('Dokument/arkiv (rolle)');
  });

  it('shows the agreements, the capabilities and the NKS steps', () => {
    expect(text).toContain('Vilkår for påkobling til Digisos');
    expect(text).toMatch(/Signert Ola Hansen, Kommunedirektør 15\.10\.2026/);
    expect(text).toContain('Sendt til signering 18.11.2026');
    expect(text).toMatch(/Mottak av søknader I test 02\.11\.2026/);
    expect(text).toContain('Steg i Fiks forvaltning 2 av 4 gjort');
    expect(text).toContain('20.11.2026 av Åse Ørnes');
  });

  it('shows the costs, the matrices and the timeline', () => {
    expect(text).toContain('Sum engangskostnader');
    expect(text).toContain('Før tiltak 1 røde, 1 gule, 1 grønne');
    expect(text).toContain('Påkobling 07.12.2026');
    expect(text).toContain('Pågår nå');
  });

  it('calls out the stale DPIA and the unapproved routines in a red notice', () => {
    expect(text).toContain('Godkjenninger som mangler eller er utdatert');
    expect(text).toContain(
      'Bergen kommune: personvernkonsekvensvurderingen (PVK) ble godkjent 23.11.2026 av Ola Hansen, men innholdet er endret etterpå.',
    );
    expect(text).toContain('Bergen kommune: beredskapsrutinene er ikke godkjent.');
    expect(text).not.toContain('ROS-analysen er ikke godkjent');
  });

  it('gives the same bytes for the same input and date', () => {
    expect(report(bergenId)).toEqual(report(bergenId));
  });
});

describe('the status report for the whole cooperation', () => {
  const { layout, raw } = textOf(report('all'), 'status-all.pdf');
  const text = squash(raw);

  it('names every municipality and numbers the pages', () => {
    for (const name of ['Bergen kommune', 'Oslo kommune', 'Ås kommune']) expect(layout).toContain(name);
    expect(text).toContain('Samarbeid Digisos Vest');
    expect(text).toContain('Vertskommune Bergen kommune');
    expectPageNumbers(layout);
  });

  it('caps a long list with "og N til"', () => {
    const dashboard = buildDashboard(document, TODAY, NO_FILTERS, 'nb');
    const later = dashboard.unowned.filter((r) => r.row.dueState !== 'overdue').length;
    expect(later).toBeGreaterThan(MAX_ITEM_ROWS);
    expect(text).toContain(`… og ${later - MAX_ITEM_ROWS} til.`);
  });

  it('computes each municipality’s costs, and says where it cannot', () => {
    expect(raw).toMatch(/kr[\s\u00a0]159[\s\u00a0]100/);
    expect(text).toContain('kan ikke beregnes');
  });

  it('lists the items with their municipality and calls out every missing approval', () => {
    expect(text).toContain(squash(catalogueItem(OVERDUE_ITEM).text.nb));
    expect(text).toContain('Oslo kommune: personvernkonsekvensvurderingen (PVK) er ikke godkjent.');
    expect(text).toContain('Ås kommune: ROS-analysen er ikke godkjent.');
    expect(text).toContain('Ingen planlagt påkoblingsdato er satt');
  });

  it('flags a municipality of exactly 6 300 inhabitants', () => {
    const w = withMunicipality(document.workspace!, 2, (m) => ({ ...m, inhabitants: 6300 }));
    const options: StatusReportOptions = { fonts, createdAt, municipalityId: asId };
    const flagged = squash(textOf(statusReport(documentOf(w), options), 'status-6300.pdf').raw);
    expect(flagged).toContain('Grensetilfellet 6 300 innbyggere');
    expect(flagged).toContain('nøyaktig 6 300');
    expect(flagged).toContain('fast beløp – det høyeste av de to reglene');
    expect(flagged).not.toContain('under 6 300 innbyggere –');
  });

  it('refuses a municipality that is not there', () => {
    expect(() => statusReport(document, { fonts, createdAt, municipalityId: 'nope' })).toThrow(/nope/);
    expect(osloId).not.toBe(bergenId);
  });

  it('gives the same bytes for the same input and date', () => {
    expect(report('all')).toEqual(report('all'));
  });
});
