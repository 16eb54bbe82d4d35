import { CATALOGUE } from '../../shared/catalogue/checklist';
import { orgNumberCheckDigit } from '../../shared/domain/org-number';
import { addDays } from '../../shared/domain/plan';
import { newDpia, newEmergency, newRos } from '../../shared/domain/assessments';
import {
  emptyDocument,
  ITEM_STATUSES,
  type ChecklistEntry,
  type Municipality,
  type Risk,
  type StoredDocument,
} from '../../shared/schema/workspace';

/** A valid organisation number derived from a seed (skipping bases with no check digit). */
function orgNumber(seed: number): string {
  for (let base = 90_000_000 + seed * 37; ; base += 1) {
    const digits = String(base);
    const check = orgNumberCheckDigit(digits);
    if (check !== null) return `${digits}${check}`;
  }
}

const AT = '2026-11-23T10:00:00.000Z';

function entries(count: number, municipalityIndex: number): ChecklistEntry[] {
  return Array.from({ length: count }, (_, i) => {
    const itemId = CATALOGUE[i % CATALOGUE.length]!.id + (i < CATALOGUE.length ? '' : `-extra-${i}`);
    const status = ITEM_STATUSES[(i + municipalityIndex) % ITEM_STATUSES.length] ?? 'notStarted';
    return {
      itemId,
      status,
      notRelevantReason: status === 'notRelevant' ? 'Gjelder ikke kommunen' : '',
      owner:
        i % 3 === 0 ? { kind: 'person', name: 'Kari Nordmann' } : i % 3 === 1 ? { kind: 'role', role: 'it' } : null,
      dueDate: i % 7 === 0 ? `2026-${String((i % 12) + 1).padStart(2, '0')}-15` : null,
      note:
        i % 5 === 0 ? 'Avklart med leverandøren i møte; venter på bekreftelse på e-post før vi går videre – æøå.' : '',
      completedAt: status === 'done' ? '2026-10-01' : null,
      completedBy: status === 'done' ? 'Ola Nordmann' : '',
      updatedAt: AT,
      history: [
        { at: AT, by: 'Kari Nordmann', field: 'status', from: 'notStarted', to: status },
        { at: AT, by: 'Kari Nordmann', field: 'note', from: null, to: 'Første notat' },
      ],
    };
  });
}

/** Five risks per municipality, with measures, spread over the matrix (100 for 20 municipalities). */
function benchRisks(municipalityIndex: number): Risk[] {
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
      { id: `t-${municipalityIndex}-${i}`, text: 'Tiltak', owner: 'Kari', deadline: '2026-12-01', done: false },
    ],
    residualLikelihood: 1,
    residualConsequence: ((i + municipalityIndex) % 5) + 1,
    riskOwner: 'Kari',
    acceptedBy: '',
  }));
}

/**
 * The benchmark's workspace: `municipalities` municipalities (the first the host) with
 * `items` checklist entries each, spread over every status, with owners, notes and history.
 */
export function largeDocument(municipalities = 10, items = 500): StoredDocument {
  const list: Municipality[] = Array.from({ length: municipalities }, (_, m) => ({
    id: `m-${m + 1}`,
    name: `Testkommune ${m + 1}`,
    number: String(3001 + m).padStart(4, '0'),
    orgNumber: orgNumber(m + 1),
    inhabitants: 2_000 + m * 3_517,
    inhabitantsDate: '2026-01-01',
    navUnit: `NAV Testkommune ${m + 1}`,
    vendor: { name: 'Leverandør AS', product: 'Sosialsystem 5' },
    contacts: [{ role: 'navManagement', name: 'Kari Nordmann', email: 'kari@example.no', phone: '12345678' }],
    plannedConnectionDate: addDays('2026-11-23', -30 + m * 7),
    batch: `Pulje ${(m % 4) + 1}`,
    caseSystemUpgrade: 'planned',
    capabilities: {
      receiving: { state: 'inTest', since: '2026-10-01' },
      statusView: { state: 'notStarted', since: null },
      nksAccess: { state: 'notStarted', since: null },
    },
    checklist: entries(items, m),
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
    ros: { ...newRos(), risks: benchRisks(m) },
    emergency: newEmergency(),
    onCallPhone: '',
    createdAt: AT,
    updatedAt: AT,
  }));
  return {
    ...emptyDocument('bench', new Date(AT)),
    settings: { userName: 'Kari Nordmann', language: 'nb' },
    workspace: {
      id: 'w-bench',
      name: 'Benchmark',
      cooperation: { model: 'hostWithoutTransfer', legalForm: 'kl2018HostCooperation', hostId: 'm-1' },
      prices: [],
      costSettings: { adoptingInhabitants: 3_500_000, year: 2027 },
      attachments: [],
      municipalities: list,
      createdAt: AT,
      updatedAt: AT,
    },
  };
}
