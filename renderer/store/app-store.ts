import { create } from 'zustand';
import type { MunicipalityForm } from '../../shared/domain/municipality';
import type { InputOf, OutputOf, Session, StorageNotice } from '../../shared/ipc/contract';
import { NO_FILTERS, type DashboardFilters } from '../../shared/domain/readiness';
import type { IpcError, IpcResult } from '../../shared/ipc/errors';
import type { Language } from '../../shared/domain/language';
import type { StoredDocument } from '../../shared/schema/workspace';
import type { AppCommand, AppView } from '../../shared/ipc/app-events';
import { getApi } from '../api';
import { COMMAND_ROUTES, type RequestKind } from '../commands';

export type View = AppView;

/** Something a command asked a view to start (the import's file dialog, say), until the view takes it. */
export interface PendingRequest {
  kind: RequestKind;
  seq: number;
}

/**
 * What the user is editing in the municipalities view: nothing, a new municipality (id null),
 * an existing one's facts, or its profile.
 */
export type Editing = { id: string | null; section: 'facts' | 'profile' } | null;

interface SessionSlice {
  status: 'loading' | 'ready' | 'failed';
  document: StoredDocument | null;
  readOnly: boolean;
  dataFolder: string;
  appVersion: string;
  notices: StorageNotice[];
  /** The last refused operation, shown until the next one succeeds or the user closes it. */
  error: IpcError | null;
  /** A short confirmation of the last change, read out by screen readers. */
  announcement: string;
  load: () => Promise<void>;
  dismissNotice: (index: number) => void;
  dismissError: () => void;
  announce: (message: string) => void;
  createWorkspace: (name: string) => Promise<IpcResult<StoredDocument>>;
  renameWorkspace: (name: string) => Promise<IpcResult<StoredDocument>>;
  saveMunicipality: (
    id: string | null,
    form: MunicipalityForm,
  ) => Promise<IpcResult<{ document: StoredDocument; municipalityId: string }>>;
  removeMunicipality: (id: string) => Promise<IpcResult<StoredDocument>>;
  updateSettings: (patch: { userName?: string; language?: Language }) => Promise<IpcResult<StoredDocument>>;
  setCooperation: (input: InputOf<'setCooperation'>) => Promise<IpcResult<StoredDocument>>;
  updateProfile: (input: InputOf<'updateProfile'>) => Promise<IpcResult<StoredDocument>>;
  setContacts: (input: InputOf<'setContacts'>) => Promise<IpcResult<StoredDocument>>;
  setCapability: (input: InputOf<'setCapability'>) => Promise<IpcResult<StoredDocument>>;
  /** Changes one checklist item; a refused change (validation) is returned, not shown as a banner. */
  updateItem: (input: InputOf<'updateItem'>) => Promise<IpcResult<StoredDocument>>;
  copyText: (text: string) => Promise<boolean>;
  updateAgreement: (input: InputOf<'updateAgreement'>) => Promise<IpcResult<StoredDocument>>;
  saveDecision: (input: InputOf<'saveDecision'>) => Promise<IpcResult<StoredDocument>>;
  removeDecision: (input: InputOf<'removeDecision'>) => Promise<IpcResult<StoredDocument>>;
  setCostInputs: (input: InputOf<'setCostInputs'>) => Promise<IpcResult<StoredDocument>>;
  setCostSettings: (input: InputOf<'setCostSettings'>) => Promise<IpcResult<StoredDocument>>;
  setPrice: (input: InputOf<'setPrice'>) => Promise<IpcResult<StoredDocument>>;
  resetPrice: (input: InputOf<'resetPrice'>) => Promise<IpcResult<StoredDocument>>;
  /** Lets the user pick a file and links it; `attachmentId` is null if they cancelled. */
  addAttachment: (
    input: InputOf<'addAttachment'>,
  ) => Promise<IpcResult<{ document: StoredDocument; attachmentId: string | null }>>;
  openAttachment: (id: string) => Promise<IpcResult<Record<string, never>>>;
  checkAttachments: () => Promise<IpcResult<{ id: string; state: 'ok' | 'missing' | 'changed' }[]>>;
  updateDpia: (input: InputOf<'updateDpia'>) => Promise<IpcResult<StoredDocument>>;
  updateRosSettings: (input: InputOf<'updateRosSettings'>) => Promise<IpcResult<StoredDocument>>;
  saveRisk: (input: InputOf<'saveRisk'>) => Promise<IpcResult<{ document: StoredDocument; riskId: string }>>;
  removeRisk: (input: InputOf<'removeRisk'>) => Promise<IpcResult<StoredDocument>>;
  dismissStarter: (input: InputOf<'dismissStarter'>) => Promise<IpcResult<StoredDocument>>;
  updateEmergency: (input: InputOf<'updateEmergency'>) => Promise<IpcResult<StoredDocument>>;
  saveRoutineLog: (input: InputOf<'saveRoutineLog'>) => Promise<IpcResult<StoredDocument>>;
  removeRoutineLog: (input: InputOf<'removeRoutineLog'>) => Promise<IpcResult<StoredDocument>>;
  approve: (input: InputOf<'approve'>) => Promise<IpcResult<StoredDocument>>;
  /** Makes a PDF and saves it where the user chooses; `path` is null if they cancelled. */
  exportPdf: (input: InputOf<'exportPdf'>) => Promise<IpcResult<{ document: StoredDocument; path: string | null }>>;
  openPdf: (path: string) => Promise<IpcResult<Record<string, never>>>;
  /** Writes the workspace to a file the user chooses; `path` is null if they cancelled. */
  exportWorkspace: (input: InputOf<'exportWorkspace'>) => Promise<IpcResult<OutputOf<'exportWorkspace'>>>;
  /** Lets the user pick a file and says what importing it would do; changes nothing. */
  pickImport: () => Promise<IpcResult<OutputOf<'pickImport'>>>;
  /** The same for the file the OS opened with the app; `cancelled` when there is none. */
  previewOpenedFile: () => Promise<IpcResult<OutputOf<'previewOpenedFile'>>>;
  /** Imports the previewed file; undecided conflicts come back as `validation`. */
  applyImport: (input: InputOf<'applyImport'>) => Promise<IpcResult<OutputOf<'applyImport'>>>;
  cancelImport: (token: string) => Promise<IpcResult<OutputOf<'cancelImport'>>>;
  undoMerge: (exchangeId: string) => Promise<IpcResult<StoredDocument>>;
  /** Saves a spreadsheet the view made; `path` is null if the user cancelled. */
  exportCsv: (input: InputOf<'exportCsv'>) => Promise<IpcResult<OutputOf<'exportCsv'>>>;
  listBackups: () => Promise<IpcResult<OutputOf<'listBackups'>>>;
  backupNow: () => Promise<IpcResult<OutputOf<'backupNow'>>>;
  restoreBackup: (id: string) => Promise<IpcResult<StoredDocument>>;
}

interface UiSlice {
  view: View;
  editing: Editing;
  /** The municipality the checklist, plan and profile views show. */
  selectedMunicipalityId: string | null;
  filters: DashboardFilters;
  setView: (view: View) => void;
  setEditing: (editing: Editing) => void;
  selectMunicipality: (id: string | null) => void;
  /** Opens the checklist of one municipality (from the dashboard, say). */
  openChecklist: (municipalityId: string) => void;
  setFilters: (patch: Partial<DashboardFilters>) => void;
  /** Counts the commands from the main process (menu, opened files); the app moves focus on each. */
  commandSeq: number;
  request: PendingRequest | null;
  /** A command from the main process: shows its view and leaves its request for the view to take. */
  runCommand: (command: AppCommand) => void;
  /** The pending request if it is one of `kinds`, removed so it runs once; null otherwise. */
  takeRequest: (kinds: readonly RequestKind[]) => PendingRequest | null;
}

export type AppState = SessionSlice & UiSlice;

const initialState = {
  status: 'loading' as const,
  document: null,
  readOnly: false,
  dataFolder: '',
  appVersion: '',
  notices: [],
  error: null,
  announcement: '',
  view: 'dashboard' as View,
  editing: null,
  selectedMunicipalityId: null,
  filters: NO_FILTERS,
  commandSeq: 0,
  request: null,
};

export const useAppStore = create<AppState>()((set, get) => {
  /** Applies a call's outcome: a new document on success, the error otherwise. Returns the result unchanged. */
  const settle = <T>(result: IpcResult<T>, documentOf: (value: T) => StoredDocument): IpcResult<T> => {
    if (result.ok) set({ document: documentOf(result.value), error: null });
    else if (result.error.code !== 'validation') set({ error: result.error });
    return result;
  };
  const same = (document: StoredDocument): StoredDocument => document;
  /** For calls that change no document: shows a refusal as a banner. Returns the result unchanged. */
  const report = <T>(result: IpcResult<T>): IpcResult<T> => {
    if (!result.ok) set({ error: result.error });
    return result;
  };

  return {
    ...initialState,

    load: async () => {
      set({ status: 'loading' });
      const result = await getApi().loadSession({});
      if (!result.ok) {
        set({ status: 'failed', error: result.error });
        return;
      }
      const session: Session = result.value;
      set({
        status: 'ready',
        document: session.document,
        readOnly: session.readOnly,
        notices: session.notices,
        dataFolder: session.dataFolder,
        appVersion: session.appVersion,
        error: null,
      });
    },
    dismissNotice: (index) => set((state) => ({ notices: state.notices.filter((_, i) => i !== index) })),
    dismissError: () => set({ error: null }),
    announce: (message) => set({ announcement: message }),

    createWorkspace: async (name) => settle(await getApi().createWorkspace({ name }), same),
    renameWorkspace: async (name) => settle(await getApi().renameWorkspace({ name }), same),
    saveMunicipality: async (id, form) =>
      settle(await getApi().saveMunicipality({ id, form }), (value) => value.document),
    removeMunicipality: async (id) => settle(await getApi().removeMunicipality({ id }), same),
    updateSettings: async (patch) => settle(await getApi().updateSettings(patch), same),
    setCooperation: async (input) => settle(await getApi().setCooperation(input), same),
    updateProfile: async (input) => settle(await getApi().updateProfile(input), same),
    setContacts: async (input) => settle(await getApi().setContacts(input), same),
    setCapability: async (input) => settle(await getApi().setCapability(input), same),
    updateItem: async (input) => settle(await getApi().updateItem(input), same),
    updateAgreement: async (input) => settle(await getApi().updateAgreement(input), same),
    saveDecision: async (input) => settle(await getApi().saveDecision(input), same),
    removeDecision: async (input) => settle(await getApi().removeDecision(input), same),
    setCostInputs: async (input) => settle(await getApi().setCostInputs(input), same),
    setCostSettings: async (input) => settle(await getApi().setCostSettings(input), same),
    setPrice: async (input) => settle(await getApi().setPrice(input), same),
    resetPrice: async (input) => settle(await getApi().resetPrice(input), same),
    addAttachment: async (input) => settle(await getApi().addAttachment(input), (value) => value.document),
    openAttachment: async (id) => {
      const result = await getApi().openAttachment({ id });
      if (!result.ok) set({ error: result.error });
      return result;
    },
    checkAttachments: async () => getApi().checkAttachments({}),
    updateDpia: async (input) => settle(await getApi().updateDpia(input), same),
    updateRosSettings: async (input) => settle(await getApi().updateRosSettings(input), same),
    saveRisk: async (input) => settle(await getApi().saveRisk(input), (value) => value.document),
    removeRisk: async (input) => settle(await getApi().removeRisk(input), same),
    dismissStarter: async (input) => settle(await getApi().dismissStarter(input), same),
    updateEmergency: async (input) => settle(await getApi().updateEmergency(input), same),
    saveRoutineLog: async (input) => settle(await getApi().saveRoutineLog(input), same),
    removeRoutineLog: async (input) => settle(await getApi().removeRoutineLog(input), same),
    approve: async (input) => settle(await getApi().approve(input), same),
    exportPdf: async (input) => settle(await getApi().exportPdf(input), (value) => value.document),
    openPdf: async (path) => {
      const result = await getApi().openPdf({ path });
      if (!result.ok) set({ error: result.error });
      return result;
    },
    exportWorkspace: async (input) => settle(await getApi().exportWorkspace(input), (value) => value.document),
    pickImport: async () => report(await getApi().pickImport({})),
    previewOpenedFile: async () => report(await getApi().previewOpenedFile({})),
    applyImport: async (input) => settle(await getApi().applyImport(input), (value) => value.document),
    cancelImport: async (token) => report(await getApi().cancelImport({ token })),
    undoMerge: async (exchangeId) => settle(await getApi().undoMerge({ exchangeId }), same),
    exportCsv: async (input) => report(await getApi().exportCsv(input)),
    listBackups: async () => report(await getApi().listBackups({})),
    backupNow: async () => report(await getApi().backupNow({})),
    restoreBackup: async (id) => settle(await getApi().restoreBackup({ id }), same),
    copyText: async (text) => {
      const result = await getApi().copyText({ text });
      if (!result.ok) set({ error: result.error });
      return result.ok;
    },

    setView: (view) => set({ view, editing: null, request: null }),
    setEditing: (editing) => set({ editing }),
    selectMunicipality: (id) => set({ selectedMunicipalityId: id }),
    openChecklist: (municipalityId) =>
      set({ view: 'checklist', selectedMunicipalityId: municipalityId, editing: null }),
    setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
    runCommand: (command) => {
      const route = COMMAND_ROUTES[command];
      const state = get();
      const seq = state.commandSeq + 1;
      // A request no view will take would wait and surprise the user later (an export dialog
      // opening once a workspace exists): the workspace must be there for an export, absent for a new one.
      const hasWorkspace = state.document?.workspace != null;
      const stale =
        state.status === 'ready' &&
        ((route.request === 'export' && !hasWorkspace) || (route.request === 'newWorkspace' && hasWorkspace));
      set({
        view: route.view,
        editing: null,
        commandSeq: seq,
        request: route.request === null || stale ? null : { kind: route.request, seq },
      });
    },
    takeRequest: (kinds) => {
      const request = get().request;
      if (request === null || !kinds.includes(request.kind)) return null;
      set({ request: null });
      return request;
    },
  };
});

/** Puts the store back as it was at start; for tests. */
export function resetAppStore(): void {
  useAppStore.setState(initialState);
}
