import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../shared/ipc/contract';
import { IpcFailure } from '../../shared/ipc/errors';
import {
  otherMunicipalities,
  createWorkspace,
  removeMunicipality,
  upsertMunicipality,
  validateWorkspaceName,
} from '../../shared/domain/workspace';
import { validateMunicipalityForm } from '../../shared/domain/municipality';
import { toIsoDate } from '../../shared/format/date';
import type { StoredDocument, Workspace } from '../../shared/schema/workspace';
import type { WorkspaceStorage } from '../services/workspace-storage';

export interface HandlerDeps {
  storage: WorkspaceStorage;
  appVersion: string;
  /** Opens an allow-listed link in the OS browser; refuses anything else. */
  openExternal: (url: string) => Promise<boolean>;
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
  };
}
