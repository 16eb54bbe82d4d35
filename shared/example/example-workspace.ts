/**
 * Example workspaces, built the way the app builds them — through the domain functions, so
 * that they pass the same checks as anything a user saves. `exampleDocument` is a small,
 * realistic cooperation to show and try the app with; `largeExampleDocument` is the
 * benchmark's workspace (20 municipalities, 100 risks).
 */
import { STARTER_RISKS } from '../catalogue/assessments';
import { CATALOGUE } from '../catalogue/checklist';
import { saveDecision, updateAgreement, type ChangeContext } from '../domain/agreements';
import { approve } from '../domain/approval';
import { newDpia, newEmergency, newRos } from '../domain/assessments';
import { applyItemChange, blankEntry, withEntry, type ItemChange } from '../domain/checklist';
import { validateMunicipalityForm, type MunicipalityForm } from '../domain/municipality';
import { orgNumberCheckDigit } from '../domain/org-number';
import { addDays } from '../domain/plan';
import { validateCapability, validateContacts, validateProfileForm, type ContactForm } from '../domain/profile';
import { createWorkspace, upsertMunicipality } from '../domain/workspace';
import { formatDate, toIsoDate } from '../format/date';
import type { Capability, CapabilityState, DecisionKind } from '../schema/enums';
import {
  emptyDocument,
  ITEM_STATUSES,
  type ChecklistEntry,
  type CostInputs,
  type Municipality,
  type Risk,
  type StoredDocument,
  type Workspace,
} from '../schema/workspace';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A valid organisation number derived from a seed (skipping bases with no check digit). */
export function exampleOrgNumber(seed: number): string {
  for (let base = 90_000_000 + seed * 37; ; base += 1) {
    const digits = String(base);
    const check = orgNumberCheckDigit(digits);
    if (check !== null) return `${digits}${check}`;
  }
}

function fail(what: string, detail: unknown): never {
  throw new Error(`Eksempelet er ugyldig (${what}): ${JSON.stringify(detail)}`);
}

/** The names people in the example go by. */
const COORDINATOR = 'Kari Nordmann';
const DIRECTOR = 'Ola Hansen';
const NAV_LEADER = 'Ingrid Ås';
const PARTNER_DIRECTOR = 'Siri Bø';

/**
 * A host cooperation between Fjordvik (host, 18 500 inhabitants) and Lisund (partner, 4 200),
 * planned to connect six weeks after `now`: items in every state (some overdue, some not
 * relevant with a reason), agreements signed and sent, decisions, cost inputs, an approved
 * ROS analysis with risks and measures, and a DPIA with the data protection officer's advice.
 */
export function exampleDocument(now: Date): StoredDocument {
  const today = toIsoDate(now);
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  let counter = 0;
  const newId = () => {
    counter += 1;
    return `ex-${counter}`;
  };
  const by = (days: number, who = COORDINATOR): ChangeContext => ({ by: who, now: ago(days) });

  let workspace: Workspace = createWorkspace('Digisos i Fjordvik og Lisund', { now: ago(90), newId });
  const inhabitantsDate = formatDate(`${now.getFullYear()}-01-01`);
  const forms: MunicipalityForm[] = [
    {
      name: 'Fjordvik kommune',
      number: '4699',
      orgNumber: exampleOrgNumber(4699),
      inhabitants: '18 500',
      inhabitantsDate,
      navUnit: 'NAV Fjordvik og Lisund',
    },
    {
      name: 'Lisund kommune',
      number: '4698',
      orgNumber: exampleOrgNumber(4698),
      inhabitants: '4 200',
      inhabitantsDate,
      navUnit: 'NAV Fjordvik og Lisund',
    },
  ];
  for (const form of forms) {
    const checked = validateMunicipalityForm(form, { today, others: workspace.municipalities });
    if (!checked.ok) fail(form.name, checked.errors);
    const added = upsertMunicipality(workspace, null, checked.value, { now: ago(90), newId });
    if (!added) fail(form.name, 'ikke lagt til');
    workspace = added.workspace;
  }
  const [hostId, partnerId] = workspace.municipalities.map((m) => m.id);
  if (hostId === undefined || partnerId === undefined) fail('kommunene', workspace.municipalities.length);
  workspace = {
    ...workspace,
    cooperation: { model: 'hostWithTransfer', legalForm: 'kl2018HostCooperation', hostId },
    costSettings: { adoptingInhabitants: 3_600_000, year: now.getFullYear() },
  };

  const connection = formatDate(addDays(today, 42));
  const change = (id: string, fn: (m: Municipality) => Municipality) => {
    workspace = {
      ...workspace,
      municipalities: workspace.municipalities.map((m) =>
        m.id === id ? { ...fn(m), updatedAt: now.toISOString() } : m,
      ),
      updatedAt: now.toISOString(),
    };
  };

  const profile = (batch: string) => {
    const checked = validateProfileForm({
      vendorName: 'Visma',
      vendorProduct: 'Visma Flyt Sosial',
      plannedConnectionDate: connection,
      batch,
      caseSystemUpgrade: 'planned',
    });
    if (!checked.ok) fail('profilen', checked.errors);
    return checked.value;
  };
  const contacts = (forms: ContactForm[]) => {
    const checked = validateContacts(forms);
    if (!checked.ok) fail('kontaktene', checked.errors);
    return checked.value;
  };
  const capability = (m: Municipality, which: Capability, state: CapabilityState, sinceDaysAgo: number) => {
    const checked = validateCapability(state, formatDate(toIsoDate(ago(sinceDaysAgo))));
    if (!checked.ok) fail('tjenesten', checked.error);
    return { ...m, capabilities: { ...m.capabilities, [which]: checked.value } };
  };
  /** Changes an item as the user would: through the item's history. */
  const item = (m: Municipality, itemId: string, itemChange: ItemChange, context: ChangeContext): Municipality => {
    if (!CATALOGUE.some((i) => i.id === itemId)) fail('punktet', itemId);
    const entry = m.checklist.find((e) => e.itemId === itemId) ?? blankEntry(itemId, context.now);
    const result = applyItemChange(entry, itemChange, context);
    if (!result.ok) fail(itemId, result.error);
    return withEntry(m, result.entry);
  };
  const decision = (
    m: Municipality,
    kind: DecisionKind,
    title: string,
    decidedBy: string,
    daysAgo: number,
    caseReference: string,
  ) =>
    saveDecision(
      m,
      {
        id: newId(),
        kind,
        title,
        decidedBy,
        date: toIsoDate(ago(daysAgo)),
        caseReference,
        attachmentIds: [],
        createdAt: ago(daysAgo).toISOString(),
      },
      by(daysAgo),
    );
  const costs = (inputs: CostInputs) => (m: Municipality) => ({ ...m, costInputs: inputs });

  // Fjordvik, the host: controller and case system for both, and the shared NAV office.
  change(hostId, (start) => {
    let m: Municipality = { ...start, ...profile('Pulje 3') };
    m = {
      ...m,
      contacts: contacts([
        { role: 'navManagement', name: NAV_LEADER, email: 'ingrid.as@nav.no', phone: '55 10 20 30' },
        { role: 'it', name: 'Per Ulstein', email: 'per.ulstein@fjordvik.kommune.no', phone: '55 10 20 40' },
        { role: 'archive', name: 'Mona Lie', email: 'mona.lie@fjordvik.kommune.no', phone: '' },
        { role: 'legal', name: 'Åse Ørnes', email: 'personvernombud@fjordvik.kommune.no', phone: '' },
      ]),
      onCallPhone: '55 10 20 99',
    };
    m = capability(m, 'receiving', 'inTest', 6);

    m = decision(
      m,
      'startRollout',
      'Kommunedirektøren vedtar å innføre digital søknad om sosialhjelp i vertskommunesamarbeidet',
      DIRECTOR,
      80,
      '2025/1432-3',
    );
    m = decision(
      m,
      'digifinMembership',
      'Fjordvik kommune slutter seg til DigiFin-ordningen',
      DIRECTOR,
      75,
      '2025/1432-5',
    );

    m = updateAgreement(
      m,
      'ksTerms',
      {
        status: 'signed',
        signerName: DIRECTOR,
        signerRole: 'Kommunedirektør',
        signerHasRequiredRole: 'yes',
        sentDate: toIsoDate(ago(40)),
        signedDate: toIsoDate(ago(38)),
        archiveReference: '2025/1432-9',
      },
      by(38),
    );
    m = updateAgreement(
      m,
      'directorateCooperation',
      {
        status: 'archived',
        signerName: DIRECTOR,
        signerRole: 'Kommunedirektør',
        signerHasRequiredRole: 'yes',
        sentDate: toIsoDate(ago(35)),
        signedDate: toIsoDate(ago(30)),
        archiveReference: '2025/1432-12',
      },
      by(30),
    );
    m = updateAgreement(
      m,
      'directorateDataProcessing',
      {
        status: 'sentForSigning',
        signerName: DIRECTOR,
        signerRole: 'Kommunedirektør',
        signerHasRequiredRole: 'yes',
        sentDate: toIsoDate(ago(9)),
      },
      by(9),
    );
    m = updateAgreement(
      m,
      'vendor',
      {
        status: 'signed',
        signerName: 'Per Ulstein',
        signerRole: 'IT-sjef',
        sentDate: toIsoDate(ago(50)),
        signedDate: toIsoDate(ago(45)),
      },
      by(45),
    );

    m = item(
      m,
      'decision.connection-fee-financed',
      { status: 'done', note: 'Innarbeidet i budsjettet for året.' },
      by(60),
    );
    m = item(
      m,
      'decision.case-system-cost-financed',
      {
        status: 'notRelevant',
        notRelevantReason: 'Oppgraderingen av fagsystemet inngår i den løpende driftsavtalen med leverandøren.',
      },
      by(58),
    );
    m = item(
      m,
      'decision.resources-agreed',
      { status: 'inProgress', owner: { kind: 'person', name: NAV_LEADER } },
      by(20),
    );
    m = item(m, 'vendor.technical-preparations', { status: 'inProgress', owner: { kind: 'role', role: 'it' } }, by(14));
    m = item(m, 'vendor.svarut-archive', { status: 'done', owner: { kind: 'role', role: 'archive' } }, by(25));
    m = item(m, 'privacy.ros', { status: 'done', owner: { kind: 'person', name: COORDINATOR } }, by(3));
    m = item(
      m,
      'privacy.dpia',
      {
        status: 'inProgress',
        owner: { kind: 'person', name: COORDINATOR },
        note: 'Personvernombudet har gitt sitt råd; venter på godkjenning fra kommunedirektøren.',
      },
      by(5),
    );
    m = item(
      m,
      'organisation.staff-informed',
      { owner: { kind: 'person', name: NAV_LEADER }, dueDate: toIsoDate(ago(5)) },
      by(30, NAV_LEADER),
    );
    m = item(
      m,
      'organisation.mapping',
      { status: 'inProgress', owner: { kind: 'role', role: 'navManagement' }, dueDate: toIsoDate(ago(2)) },
      by(21, NAV_LEADER),
    );
    m = item(
      m,
      'organisation.mapping-portfolio-cleanup',
      {
        status: 'notRelevant',
        notRelevantReason: 'Porteføljen ble ryddet ved overgangen til nytt fagsystem i fjor.',
      },
      by(19, NAV_LEADER),
    );
    m = item(m, 'organisation.training', { owner: { kind: 'role', role: 'socialWork' } }, by(12, NAV_LEADER));
    m = item(m, 'connection.emergency-routines', { status: 'inProgress', owner: { kind: 'role', role: 'it' } }, by(7));
    m = item(
      m,
      'test.firewall',
      {
        status: 'inProgress',
        owner: { kind: 'role', role: 'it' },
        dueDate: toIsoDate(ago(1)),
        note: 'Bestilling sendt driftsleverandøren; venter på åpning.',
      },
      by(10),
    );
    m = item(m, 'test.receiving-area', { status: 'done', owner: { kind: 'role', role: 'it' } }, by(8));
    m = item(m, 'plan.placed-in-batch', { status: 'done' }, by(30));
    m = item(m, 'ksSupplement.agreement', { owner: { kind: 'role', role: 'procurement' } }, by(15));

    m = costs({
      ...m.costInputs,
      usageStart: null,
      shipmentsPerMonth: 120,
      indexedDocumentsPerMonth: 3_000,
      storageGb: 4,
      vendorUpgradeOre: 8_500_000,
    })(m);

    // The ROS analysis: three of the starter risks and one of the municipality's own, then approved.
    const starters = STARTER_RISKS.slice(0, 3);
    const risks: Risk[] = starters.map((s, i) => ({
      id: newId(),
      starterId: s.id,
      event: s.event.nb,
      cause: s.cause.nb,
      values: [...s.values],
      existingMeasures: s.existingMeasures.nb,
      likelihood: s.likelihood,
      consequence: s.consequence,
      uncertainty: i === 1 ? 'high' : 'medium',
      measures: [
        {
          id: newId(),
          text: s.suggestedMeasure.nb,
          owner: i === 0 ? 'Per Ulstein, IT' : NAV_LEADER,
          deadline: addDays(today, 14 + i * 14),
          done: i === 2,
        },
      ],
      residualLikelihood: Math.max(1, s.likelihood - 2),
      residualConsequence: s.consequence,
      riskOwner: i === 0 ? 'Per Ulstein, IT-sjef' : `${NAV_LEADER}, leder NAV Fjordvik og Lisund`,
      acceptedBy: `${DIRECTOR}, kommunedirektør`,
    }));
    risks.push({
      id: newId(),
      starterId: null,
      event: 'Vedlegg med helseopplysninger blir liggende i felles postkasse',
      cause: 'Søkere sender helseopplysninger som vedlegg, og fellespostkassen ryddes ikke jevnlig.',
      values: ['confidentiality'],
      existingMeasures: 'Tilgang til fellespostkassen er begrenset til saksbehandlerne.',
      likelihood: 3,
      consequence: 4,
      uncertainty: 'low',
      measures: [
        {
          id: newId(),
          text: 'Rutine for ukentlig rydding og logging av fellespostkassen',
          owner: 'Mona Lie, arkiv',
          deadline: addDays(today, -3),
          done: false,
        },
        { id: newId(), text: 'Opplæring av saksbehandlerne', owner: NAV_LEADER, deadline: null, done: true },
      ],
      residualLikelihood: 1,
      residualConsequence: 4,
      riskOwner: `${NAV_LEADER}, leder NAV Fjordvik og Lisund`,
      acceptedBy: `${DIRECTOR}, kommunedirektør`,
    });
    const dpia = newDpia('nb');
    m = {
      ...m,
      ros: { ...newRos(), risks, dismissedStarters: STARTER_RISKS.slice(3, 4).map((s) => s.id) },
      dpia: {
        ...dpia,
        dpoAdvice: {
          who: 'Åse Ørnes, personvernombud',
          date: toIsoDate(ago(6)),
          advice:
            'Ombudet anbefaler at tilgangen til søknadene logges og følges opp månedlig, og at vedlegg slettes etter arkivplanen.',
        },
        conclusion: {
          text: 'Behandlingen kan starte når tiltakene i ROS-analysen er gjennomført.',
          priorConsultation: 'notNeeded',
        },
      },
      emergency: {
        ...newEmergency('nb'),
        log: [
          {
            id: newId(),
            kind: 'drill',
            date: toIsoDate(ago(4)),
            description: 'Øvelse: søknader hentet manuelt fra SvarUt mens integrasjonen var stengt.',
            outcome: 'Rutinen fungerte; telefonlisten må oppdateres.',
          },
        ],
      },
    };
    const approvedAt = ago(3);
    return {
      ...m,
      ros: {
        ...m.ros,
        approval: approve(
          m,
          'ros',
          {
            approver: DIRECTOR,
            role: 'Kommunedirektør',
            attestation: 'Jeg har gått gjennom ROS-analysen og godtar restrisikoen.',
          },
          approvedAt,
          toIsoDate(approvedAt),
        ),
      },
    };
  });

  // Lisund, the partner: its own decisions, the KS terms and the NKS activation.
  change(partnerId, (start) => {
    let m: Municipality = { ...start, ...profile('Pulje 3') };
    m = {
      ...m,
      contacts: contacts([
        { role: 'navManagement', name: NAV_LEADER, email: 'ingrid.as@nav.no', phone: '55 10 20 30' },
      ]),
    };
    m = decision(
      m,
      'startRollout',
      'Lisund kommune deltar i innføringen av Digisos gjennom vertskommunesamarbeidet',
      PARTNER_DIRECTOR,
      70,
      '25/388-2',
    );
    m = updateAgreement(
      m,
      'ksTerms',
      {
        status: 'sentForSigning',
        signerName: PARTNER_DIRECTOR,
        signerRole: 'Kommunedirektør',
        signerHasRequiredRole: 'yes',
        sentDate: toIsoDate(ago(4)),
      },
      by(4),
    );
    m = item(
      m,
      'connection.ks-terms',
      { status: 'inProgress', owner: { kind: 'person', name: PARTNER_DIRECTOR }, dueDate: toIsoDate(ago(3)) },
      by(4),
    );
    m = item(m, 'decision.digifin-member', { owner: { kind: 'person', name: PARTNER_DIRECTOR } }, by(30));
    m = item(m, 'decision.connection-fee-financed', { status: 'done' }, by(40));
    m = item(
      m,
      'decision.case-system-cost-financed',
      {
        status: 'notRelevant',
        notRelevantReason: 'Lisund bruker vertskommunens fagsystem; Fjordvik dekker oppgraderingen.',
      },
      by(40),
    );
    m = item(m, 'nks.agreement', { status: 'inProgress', owner: { kind: 'role', role: 'navManagement' } }, by(2));
    m = costs({
      digifinMember: false,
      usageStart: null,
      shipmentsPerMonth: 25,
      indexedDocumentsPerMonth: 600,
      storageGb: 1,
      vendorUpgradeOre: 0,
    })(m);
    return m;
  });

  return {
    ...emptyDocument('eksempel', now),
    settings: { userName: COORDINATOR, language: 'nb' },
    workspace,
  };
}

/** Entries for the large workspace: `count` of them, spread over every status, with owners, notes and history. */
function largeEntries(count: number, municipalityIndex: number, now: Date): ChecklistEntry[] {
  const at = now.toISOString();
  const today = toIsoDate(now);
  return Array.from({ length: count }, (_, i) => {
    const base = CATALOGUE[i % CATALOGUE.length]?.id ?? 'item';
    // Beyond the catalogue (only the benchmark asks for more), the ids are made unique.
    const itemId = base + (i < CATALOGUE.length ? '' : `-extra-${i}`);
    const status = ITEM_STATUSES[(i + municipalityIndex) % ITEM_STATUSES.length] ?? 'notStarted';
    return {
      itemId,
      status,
      notRelevantReason: status === 'notRelevant' ? 'Gjelder ikke kommunen' : '',
      owner: i % 3 === 0 ? { kind: 'person', name: COORDINATOR } : i % 3 === 1 ? { kind: 'role', role: 'it' } : null,
      dueDate: i % 7 === 0 ? addDays(today, (i % 12) * 30 - 180) : null,
      note:
        i % 5 === 0 ? 'Avklart med leverandøren i møte; venter på bekreftelse på e-post før vi går videre – æøå.' : '',
      completedAt: status === 'done' ? addDays(today, -53) : null,
      completedBy: status === 'done' ? 'Ola Nordmann' : '',
      updatedAt: at,
      history: [
        { at, by: COORDINATOR, field: 'status', from: 'notStarted', to: status },
        { at, by: COORDINATOR, field: 'note', from: null, to: 'Første notat' },
      ],
    };
  });
}

/** Five risks per municipality, each with a measure, spread over the matrix (100 for 20 municipalities). */
function largeRisks(municipalityIndex: number, today: string): Risk[] {
  return Array.from({ length: 5 }, (_, i) => ({
    id: `r-${municipalityIndex}-${i}`,
    starterId: null,
    event: `Uønsket hendelse ${i + 1}`,
    cause: 'Årsak',
    values: ['availability'],
    existingMeasures: '',
    likelihood: (i % 5) + 1,
    consequence: ((i + municipalityIndex) % 5) + 1,
    uncertainty: 'medium',
    measures: [
      { id: `t-${municipalityIndex}-${i}`, text: 'Tiltak', owner: 'Kari', deadline: addDays(today, 8), done: false },
    ],
    residualLikelihood: 1,
    residualConsequence: ((i + municipalityIndex) % 5) + 1,
    riskOwner: 'Kari',
    acceptedBy: '',
  }));
}

export interface LargeExampleOptions {
  /** How many municipalities (the first is the host); 20 unless told. */
  municipalities?: number;
  /** Checklist entries per municipality; one per catalogue item unless told. */
  items?: number;
}

/**
 * A large workspace: `municipalities` municipalities (the first the host, without transfer of
 * the controller role) with `items` checklist entries each, spread over every status, with
 * owners, notes and history, and five risks each. What `npm run bench` measures.
 */
export function largeExampleDocument(now: Date, options: LargeExampleOptions = {}): StoredDocument {
  const count = options.municipalities ?? 20;
  const items = options.items ?? CATALOGUE.length;
  const at = now.toISOString();
  const today = toIsoDate(now);
  const list: Municipality[] = Array.from({ length: count }, (_, m) => ({
    id: `m-${m + 1}`,
    name: `Testkommune ${m + 1}`,
    number: String(3001 + m).padStart(4, '0'),
    orgNumber: exampleOrgNumber(m + 1),
    inhabitants: 2_000 + m * 3_517,
    inhabitantsDate: `${now.getFullYear()}-01-01`,
    navUnit: `NAV Testkommune ${m + 1}`,
    vendor: { name: 'Leverandør AS', product: 'Sosialsystem 5' },
    contacts: [{ role: 'navManagement', name: COORDINATOR, email: 'kari@example.no', phone: '12345678' }],
    plannedConnectionDate: addDays(today, -30 + m * 7),
    batch: `Pulje ${(m % 4) + 1}`,
    caseSystemUpgrade: 'planned',
    capabilities: {
      receiving: { state: 'inTest', since: addDays(today, -53) },
      statusView: { state: 'notStarted', since: null },
      nksAccess: { state: 'notStarted', since: null },
    },
    checklist: largeEntries(items, m, now),
    costInputs: {
      digifinMember: m % 2 === 0,
      usageStart: null,
      shipmentsPerMonth: 40 + m,
      indexedDocumentsPerMonth: 2_000,
      storageGb: 3,
      vendorUpgradeOre: 12_500_000,
    },
    agreements: [],
    decisions: [],
    dpia: newDpia(),
    ros: { ...newRos(), risks: largeRisks(m, today) },
    emergency: newEmergency(),
    onCallPhone: '',
    createdAt: at,
    updatedAt: at,
  }));
  return {
    ...emptyDocument('bench', now),
    settings: { userName: COORDINATOR, language: 'nb' },
    workspace: {
      id: 'w-bench',
      name: 'Benchmark',
      cooperation: { model: 'hostWithoutTransfer', legalForm: 'kl2018HostCooperation', hostId: 'm-1' },
      prices: [],
      costSettings: { adoptingInhabitants: 3_500_000, year: now.getFullYear() + 1 },
      attachments: [],
      exchanges: [],
      municipalities: list,
      createdAt: at,
      updatedAt: at,
    },
  };
}
