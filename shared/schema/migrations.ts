/**
 * Our own migration pipeline (electron-store's `migrations` option is documented as
 * unsupported). Each step lifts a raw document one schema version and says, in Norwegian,
 * what it changed, so the user can be told.
 */
import { newDpia, newEmergency, newRos } from '../domain/assessments';

export interface Migration {
  /** The version this step reads; it writes `from + 1`. */
  readonly from: number;
  /** One line per change, shown to the user after an upgrade. */
  readonly changes: readonly string[];
  readonly up: (document: Record<string, unknown>) => Record<string, unknown>;
}

type Raw = Record<string, unknown>;
const asRecord = (value: unknown): Raw => (typeof value === 'object' && value !== null ? (value as Raw) : {});
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Version 1 → 2: municipality profiles, cooperation, live capabilities, item owners and history. */
const v1ToV2: Migration = {
  from: 1,
  changes: [
    'Kommunene har fått profil: fagsystemleverandør, kontaktpersoner, planlagt påkoblingsdato, pulje og de tre funksjonene (mottak, innsyn, NKS).',
    'Arbeidsområdet har fått samarbeidsmodell (ingen samarbeid som utgangspunkt).',
    'Sjekklistepunktene har fått historikk; en ansvarlig skrevet som tekst er tatt vare på som en person.',
  ],
  up: (document) => {
    const workspace = document.workspace === null ? null : asRecord(document.workspace);
    if (workspace === null) return document;
    const notStarted = { state: 'notStarted', since: null };
    return {
      ...document,
      workspace: {
        ...workspace,
        cooperation: { model: 'none', legalForm: 'notSet', hostId: null },
        municipalities: asArray(workspace.municipalities).map((raw) => {
          const m = asRecord(raw);
          return {
            ...m,
            vendor: { name: '', product: '' },
            contacts: [],
            plannedConnectionDate: null,
            batch: '',
            caseSystemUpgrade: 'unknown',
            capabilities: { receiving: notStarted, statusView: notStarted, nksAccess: notStarted },
            checklist: asArray(m.checklist).map((rawEntry) => {
              const entry = asRecord(rawEntry);
              const owner = typeof entry.owner === 'string' ? entry.owner.trim() : '';
              return {
                ...entry,
                notRelevantReason: '',
                owner: owner === '' ? null : { kind: 'person', name: owner },
                history: [],
              };
            }),
          };
        }),
      },
    };
  },
};

/** Version 2 → 3: prices, costs, agreements, decisions and attachments. */
const v2ToV3: Migration = {
  from: 2,
  changes: ['Arbeidsområdet har fått prisliste, kostnadsberegning, avtaleregister, vedtakslogg og vedlegg.'],
  up: (document) => {
    const workspace = document.workspace === null ? null : asRecord(document.workspace);
    if (workspace === null) return document;
    const savedAt = typeof document.savedAt === 'string' ? document.savedAt : '';
    const year = Number(savedAt.slice(0, 4)) || 2026;
    return {
      ...document,
      workspace: {
        ...workspace,
        prices: [],
        costSettings: { adoptingInhabitants: null, year: Math.max(2020, year) },
        attachments: [],
        municipalities: asArray(workspace.municipalities).map((raw) => ({
          ...asRecord(raw),
          costInputs: {
            digifinMember: false,
            usageStart: null,
            shipmentsPerMonth: 0,
            indexedDocumentsPerMonth: 0,
            storageGb: 0,
            vendorUpgradeOre: 0,
          },
          agreements: [],
          decisions: [],
        })),
      },
    };
  },
};

/** Version 3 → 4: DPIA, ROS analysis, emergency routines and the on-call phone. */
const v3ToV4: Migration = {
  from: 3,
  changes: [
    'Hver kommune har fått personvernkonsekvensvurdering (med veiledningstekster), ROS-analyse og beredskapsrutiner, med godkjenning.',
  ],
  up: (document) => {
    const workspace = document.workspace === null ? null : asRecord(document.workspace);
    if (workspace === null) return document;
    return {
      ...document,
      workspace: {
        ...workspace,
        municipalities: asArray(workspace.municipalities).map((raw) => ({
          ...asRecord(raw),
          dpia: newDpia(),
          ros: newRos(),
          emergency: newEmergency(),
          onCallPhone: '',
        })),
      },
    };
  },
};

/** Version 4 → 5: the exchange log (exports, imports, merges). */
const v4ToV5: Migration = {
  from: 4,
  changes: ['Arbeidsområdet har fått en utvekslingslogg: eksport, import og sammenslåing med en kollegas kopi.'],
  up: (document) => {
    if (document.workspace === null || document.workspace === undefined) return document;
    return { ...document, workspace: { ...asRecord(document.workspace), exchanges: [] } };
  },
};

/** The steps from every older schema version to the current one, in order. */
export const MIGRATIONS: readonly Migration[] = [v1ToV2, v2ToV3, v3ToV4, v4ToV5];

export type MigrationOutcome =
  { ok: true; document: Record<string, unknown>; changes: string[] } | { ok: false; missingFrom: number };

/** Runs the chain from `fromVersion` up to `toVersion`; fails if a step is missing. */
export function migrate(
  document: Record<string, unknown>,
  fromVersion: number,
  toVersion: number,
  migrations: readonly Migration[],
): MigrationOutcome {
  let current = document;
  const changes: string[] = [];
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return { ok: false, missingFrom: version };
    current = { ...step.up(current), schemaVersion: version + 1 };
    changes.push(...step.changes);
  }
  return { ok: true, document: current, changes };
}
