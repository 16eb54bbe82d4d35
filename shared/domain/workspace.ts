import type { MunicipalityFacts } from './municipality';
import { newDpia, newEmergency, newRos } from './assessments';
import type { Language } from './language';
import type { Municipality, StoredDocument, Workspace } from '../schema/workspace';

export const MAX_WORKSPACE_NAME_LENGTH = 120;

/** A new municipality's profile: nothing planned, nothing started. */
const NEW_PROFILE: Pick<
  Municipality,
  | 'vendor'
  | 'contacts'
  | 'plannedConnectionDate'
  | 'batch'
  | 'caseSystemUpgrade'
  | 'capabilities'
  | 'costInputs'
  | 'agreements'
  | 'decisions'
  | 'onCallPhone'
> = {
  vendor: { name: '', product: '' },
  contacts: [],
  plannedConnectionDate: null,
  batch: '',
  caseSystemUpgrade: 'unknown',
  capabilities: {
    receiving: { state: 'notStarted', since: null },
    statusView: { state: 'notStarted', since: null },
    nksAccess: { state: 'notStarted', since: null },
  },
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
  onCallPhone: '',
};

/** Replaces one municipality by applying `change` to it; null when there is no such municipality. */
export function updateMunicipality(
  workspace: Workspace,
  id: string,
  change: (m: Municipality) => Municipality,
  now: Date,
): Workspace | null {
  const existing = workspace.municipalities.find((m) => m.id === id);
  if (!existing) return null;
  const at = now.toISOString();
  const updated = { ...change(existing), updatedAt: at };
  return {
    ...workspace,
    municipalities: workspace.municipalities.map((m) => (m.id === id ? updated : m)),
    updatedAt: at,
  };
}

export type WorkspaceNameError = 'required' | 'tooLong';

/** Checks a workspace name; returns the trimmed name or why it was refused. */
export function validateWorkspaceName(
  input: string,
): { ok: true; value: string } | { ok: false; error: WorkspaceNameError } {
  const name = input.trim();
  if (name === '') return { ok: false, error: 'required' };
  if (name.length > MAX_WORKSPACE_NAME_LENGTH) return { ok: false, error: 'tooLong' };
  return { ok: true, value: name };
}

/** Stamps for a change: when it happened and a fresh id when something is created. */
export interface ChangeStamp {
  now: Date;
  newId: () => string;
  /** The language new guidance texts are written in (bokmål unless the user chose another). */
  language?: Language;
}

/** A new, empty workspace. */
export function createWorkspace(name: string, stamp: ChangeStamp): Workspace {
  const at = stamp.now.toISOString();
  return {
    id: stamp.newId(),
    name,
    cooperation: { model: 'none', legalForm: 'notSet', hostId: null },
    prices: [],
    costSettings: { adoptingInhabitants: null, year: stamp.now.getFullYear() },
    attachments: [],
    exchanges: [],
    municipalities: [],
    createdAt: at,
    updatedAt: at,
  };
}

/** Adds a municipality (id null) or replaces the facts of an existing one; its checklist is kept. */
export function upsertMunicipality(
  workspace: Workspace,
  id: string | null,
  facts: MunicipalityFacts,
  stamp: ChangeStamp,
): { workspace: Workspace; municipality: Municipality } | null {
  const at = stamp.now.toISOString();
  if (id === null) {
    const municipality: Municipality = {
      id: stamp.newId(),
      ...facts,
      ...NEW_PROFILE,
      dpia: newDpia(stamp.language),
      ros: newRos(),
      emergency: newEmergency(stamp.language),
      checklist: [],
      createdAt: at,
      updatedAt: at,
    };
    return {
      workspace: { ...workspace, municipalities: [...workspace.municipalities, municipality], updatedAt: at },
      municipality,
    };
  }
  const existing = workspace.municipalities.find((m) => m.id === id);
  if (!existing) return null;
  const municipality: Municipality = { ...existing, ...facts, updatedAt: at };
  return {
    workspace: {
      ...workspace,
      municipalities: workspace.municipalities.map((m) => (m.id === id ? municipality : m)),
      updatedAt: at,
    },
    municipality,
  };
}

/** Removes a municipality (and its place as host); null when there is no such municipality. */
export function removeMunicipality(workspace: Workspace, id: string, now: Date): Workspace | null {
  if (!workspace.municipalities.some((m) => m.id === id)) return null;
  return {
    ...workspace,
    cooperation:
      workspace.cooperation.hostId === id ? { ...workspace.cooperation, hostId: null } : workspace.cooperation,
    municipalities: workspace.municipalities.filter((m) => m.id !== id),
    updatedAt: now.toISOString(),
  };
}

/** The other municipalities of the document's workspace, for duplicate checks. */
export function otherMunicipalities(document: StoredDocument, exceptId: string | null): Municipality[] {
  return (document.workspace?.municipalities ?? []).filter((m) => m.id !== exceptId);
}
