import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../shared/ipc/contract';
import { IpcFailure } from '../../shared/ipc/errors';
import {
  createWorkspace,
  otherMunicipalities,
  removeMunicipality,
  updateMunicipality,
  upsertMunicipality,
  validateWorkspaceName,
} from '../../shared/domain/workspace';
import { applyItemChange, blankEntry, withEntry, type ItemChange } from '../../shared/domain/checklist';
import {
  parseOptionalDate,
  validateCapability,
  validateContacts,
  validateProfileForm,
} from '../../shared/domain/profile';
import { CATALOGUE_BY_ID } from '../../shared/catalogue/checklist';
import { validateMunicipalityForm } from '../../shared/domain/municipality';
import { toIsoDate } from '../../shared/format/date';
import type { Municipality, StoredDocument, Workspace } from '../../shared/schema/workspace';
import type { WorkspaceStorage } from '../services/workspace-storage';

export interface HandlerDeps {
  storage: WorkspaceStorage;
  appVersion: string;
  /** Opens an allow-listed link in the OS browser; refuses anything else. */
  openExternal: (url: string) => Promise<boolean>;
  /** Puts text on the system clipboard. */
  copyText: (text: string) => void;
  now?: () => Date;
  newId?: () => string;
}

/**
 * The handler table: one entry per channel of the contract. The main process registers
 * exactly this table, and the browser suite wires `window.api` to it as well.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? randomUUID;
  const { storage } = deps;

  const requireWorkspace = (): Workspace => {
    const workspace = storage.document.workspace;
    if (!workspace) throw new IpcFailure('noWorkspace');
    return workspace;
  };
  const saveWorkspace = (workspace: Workspace): StoredDocument => storage.save({ ...storage.document, workspace });
  const changeMunicipality = (id: string, change: (m: Municipality) => Municipality): StoredDocument => {
    const next = updateMunicipality(requireWorkspace(), id, change, now());
    if (!next) throw new IpcFailure('notFound');
    return saveWorkspace(next);
  };
  const checkedName = (name: string): string => {
    const result = validateWorkspaceName(name);
    if (!result.ok) throw new IpcFailure('validation', { fieldErrors: { name: result.error } });
    return result.value;
  };

  return {
    loadSession: () => ({
      document: storage.document,
      readOnly: storage.readOnly,
      notices: [...storage.notices],
      dataFolder: storage.folder,
      appVersion: deps.appVersion,
    }),

    createWorkspace: ({ name }) => {
      if (storage.document.workspace) throw new IpcFailure('notAllowed', { detail: 'workspaceExists' });
      return saveWorkspace(createWorkspace(checkedName(name), { now: now(), newId }));
    },

    renameWorkspace: ({ name }) => {
      const workspace = requireWorkspace();
      return saveWorkspace({ ...workspace, name: checkedName(name), updatedAt: now().toISOString() });
    },

    saveMunicipality: ({ id, form }) => {
      const workspace = requireWorkspace();
      const checked = validateMunicipalityForm(form, {
        today: toIsoDate(now()),
        others: otherMunicipalities(storage.document, id),
      });
      if (!checked.ok) throw new IpcFailure('validation', { fieldErrors: checked.errors });
      const result = upsertMunicipality(workspace, id, checked.value, { now: now(), newId });
      if (!result) throw new IpcFailure('notFound');
      return { document: saveWorkspace(result.workspace), municipalityId: result.municipality.id };
    },

    removeMunicipality: ({ id }) => {
      const next = removeMunicipality(requireWorkspace(), id, now());
      if (!next) throw new IpcFailure('notFound');
      return saveWorkspace(next);
    },

    setCooperation: ({ model, legalForm, hostId }) => {
      const workspace = requireWorkspace();
      if (hostId !== null && !workspace.municipalities.some((m) => m.id === hostId)) throw new IpcFailure('notFound');
      const cooperation =
        model === 'none' ? { model, legalForm: 'notSet' as const, hostId: null } : { model, legalForm, hostId };
      return saveWorkspace({ ...workspace, cooperation, updatedAt: now().toISOString() });
    },

    updateProfile: ({ id, profile }) => {
      const checked = validateProfileForm(profile);
      if (!checked.ok) throw new IpcFailure('validation', { fieldErrors: checked.errors });
      return changeMunicipality(id, (m) => ({ ...m, ...checked.value }));
    },

    setContacts: ({ id, contacts }) => {
      const checked = validateContacts(contacts);
      if (!checked.ok) throw new IpcFailure('validation', { fieldErrors: checked.errors });
      return changeMunicipality(id, (m) => ({ ...m, contacts: checked.value }));
    },

    setCapability: ({ id, capability, state, since }) => {
      const checked = validateCapability(state, since);
      if (!checked.ok) throw new IpcFailure('validation', { fieldErrors: { since: checked.error } });
      return changeMunicipality(id, (m) => ({
        ...m,
        capabilities: { ...m.capabilities, [capability]: checked.value },
      }));
    },

    updateItem: ({ municipalityId, itemId, change }) => {
      if (!CATALOGUE_BY_ID.has(itemId)) throw new IpcFailure('notFound', { detail: itemId });
      const itemChange: ItemChange = { ...change, dueDate: undefined };
      if (change.dueDate !== undefined) {
        const date = parseOptionalDate(change.dueDate);
        if (!date.ok) throw new IpcFailure('validation', { fieldErrors: { dueDate: date.error } });
        itemChange.dueDate = date.iso;
      }
      const at = now();
      return changeMunicipality(municipalityId, (m) => {
        const entry = m.checklist.find((e) => e.itemId === itemId) ?? blankEntry(itemId, at);
        const result = applyItemChange(entry, itemChange, { by: storage.document.settings.userName, now: at });
        if (!result.ok) throw new IpcFailure('validation', { fieldErrors: { notRelevantReason: result.error } });
        return withEntry(m, result.entry);
      });
    },

    updateSettings: (patch) => {
      const settings = { ...storage.document.settings };
      if (patch.userName !== undefined) settings.userName = patch.userName.trim();
      if (patch.language !== undefined) settings.language = patch.language;
      return storage.save({ ...storage.document, settings });
    },

    openExternal: async ({ url }) => {
      if (!(await deps.openExternal(url))) throw new IpcFailure('notAllowed');
      return {};
    },

    copyText: ({ text }) => {
      deps.copyText(text);
      return {};
    },
  };
}
