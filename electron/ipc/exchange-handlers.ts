import path from 'node:path';
import type { Handlers, ImportPreview } from '../../shared/ipc/contract';
import { IpcFailure } from '../../shared/ipc/errors';
import { exchangeEntry, exportFileName, knownExchanges, type Incoming } from '../../shared/exchange/format';
import { mergeWorkspaces, resolveMerge, type MergeResult } from '../../shared/exchange/merge';
import { formatDate, toIsoDate } from '../../shared/format/date';
import { toIssues } from '../../shared/schema/issues';
import { workspaceSchema, type Exchange, type Workspace } from '../../shared/schema/workspace';
import { writeFileAtomic } from '../services/atomic-file';
import {
  buildExport,
  forgetSharedBase,
  readImportFile,
  storeEmbeddedAttachments,
  writeSharedBase,
} from '../services/exchange';
import type { WorkspaceStorage } from '../services/workspace-storage';

type ExchangeMethods =
  | 'exportWorkspace'
  | 'pickImport'
  | 'previewOpenedFile'
  | 'applyImport'
  | 'cancelImport'
  | 'undoMerge'
  | 'exportCsv'
  | 'listBackups'
  | 'backupNow'
  | 'restoreBackup';

export interface ExchangeDeps {
  storage: WorkspaceStorage;
  appVersion: string;
  now: () => Date;
  newId: () => string;
  /** The OS open dialog for a workspace file; null if the user cancels. */
  pickWorkspaceFile: () => Promise<string | null>;
  /** The file the OS last asked the app to open, taken off the queue; null if there is none. */
  takeOpenedFile: () => string | null;
  pickSavePath: (defaultFileName: string) => Promise<string | null>;
}

/** An import the user has seen the preview of and not yet applied or cancelled. */
interface PendingImport {
  token: string;
  fileName: string;
  incoming: Incoming;
  mode: 'new' | 'replace' | 'merge';
  merge: MergeResult | null;
}

/** How many one-sided changes the preview lists by name (all are counted). */
const TAKEN_LISTED = 300;

/**
 * Export, import and merge, CSV files, backups and restore: the handlers for files between
 * laptops (issue 7). Nothing here changes the workspace before the user has seen what will
 * change; every change keeps the state it replaces as a backup first.
 */
export function createExchangeHandlers(deps: ExchangeDeps): Pick<Handlers, ExchangeMethods> {
  const { storage, now, newId } = deps;
  let pending: PendingImport | null = null;

  const userName = () => storage.document.settings.userName;
  const exchange = (kind: Exchange['kind'], extra: Partial<Exchange> = {}): Exchange =>
    exchangeEntry({ id: newId(), kind, at: now().toISOString(), by: userName(), ...extra });
  const backupList = () => ({
    folder: storage.backupFolder,
    keptFolder: storage.keptFolder,
    backupsToKeep: storage.backupsToKeep,
    backups: storage.listBackups(),
  });
  const requireWritable = () => {
    if (storage.readOnly) throw new IpcFailure('readOnly');
  };

  /** What importing a file would do; remembered for `applyImport`, nothing else changes. */
  const previewFile = (file: string): ImportPreview => {
    const fileName = path.basename(file);
    const read = readImportFile(file);
    if (read.kind === 'refused') {
      pending = null;
      return {
        kind: 'refused',
        fileName,
        reason: read.reason,
        version: read.version ?? null,
        issues: read.issues.slice(0, 50),
      };
    }
    const incoming = read.incoming;
    const mine = storage.document.workspace;
    const mode = mine === null ? 'new' : mine.id === incoming.workspace.id ? 'merge' : 'replace';
    let merge: MergeResult | null = null;
    if (mine !== null && mode === 'merge') {
      const known = knownExchanges(mine);
      const base = incoming.base && known.has(incoming.base.exchangeId) ? incoming.base.workspace : null;
      merge = mergeWorkspaces(mine, incoming.workspace, base);
    }
    const token = newId();
    pending = { token, fileName, incoming, mode, merge };
    return {
      kind: 'preview',
      token,
      fileName,
      mode,
      source: incoming.source,
      workspaceName: incoming.workspace.name,
      myWorkspaceName: mine?.name ?? null,
      exportedBy: incoming.exportedBy,
      exportedAt: incoming.exportedAt,
      appVersion: incoming.appVersion,
      migratedFrom: incoming.migratedFrom,
      changes: incoming.changes,
      attachments: { mode: incoming.attachments.mode, count: incoming.attachments.files.length },
      municipalities: incoming.workspace.municipalities.map((m) => m.name),
      alreadyImported:
        mine !== null &&
        incoming.exchangeId !== null &&
        mine.exchanges.some((e) => e.kind !== 'export' && e.fileExchangeId === incoming.exchangeId),
      baseKnown: merge?.baseKnown ?? false,
      takenCount: merge?.taken.length ?? 0,
      taken: (merge?.taken ?? []).slice(0, TAKEN_LISTED),
      conflicts: (merge?.conflicts ?? []).map((c) => ({
        id: c.id,
        path: c.path,
        field: c.field,
        mine: c.mine,
        theirs: c.theirs,
      })),
    };
  };

  return {
    exportWorkspace: async ({ includeAttachments }) => {
      const workspace = storage.document.workspace;
      if (!workspace) throw new IpcFailure('noWorkspace');
      const target = await deps.pickSavePath(exportFileName(workspace.name, formatDate(toIsoDate(now()))));
      if (target === null) return { document: storage.document, path: null, embedded: 0, missing: [] };
      const id = newId();
      const built = buildExport({
        dataFolder: storage.folder,
        workspace,
        includeAttachments,
        exchange: exchange('export', { id, fileExchangeId: id, fileName: path.basename(target) }),
        appVersion: deps.appVersion,
        now: now(),
      });
      // Written whole or not at all; a full disk or a locked file comes back as its own code.
      writeFileAtomic(target, built.text);
      let document = storage.document;
      if (!storage.readOnly) {
        document = storage.save({ ...storage.document, workspace: built.workspace });
        writeSharedBase(storage.folder, { exchangeId: id, workspace: built.workspace });
      }
      return { document, path: target, embedded: built.embedded, missing: built.missing };
    },

    pickImport: async () => {
      const file = await deps.pickWorkspaceFile();
      return file === null ? { kind: 'cancelled' } : previewFile(file);
    },

    // Exactly as if the file had been picked: the renderer never names a path.
    previewOpenedFile: () => {
      const file = deps.takeOpenedFile();
      return file === null ? { kind: 'cancelled' } : previewFile(file);
    },

    applyImport: ({ token, choices }) => {
      requireWritable();
      const current = pending;
      if (!current || current.token !== token) throw new IpcFailure('notFound', { detail: 'import' });
      const mine = storage.document.workspace;
      // The workspace must be as it was when the preview was made.
      if (current.mode === 'merge' && (mine === null || mine.id !== current.incoming.workspace.id)) {
        throw new IpcFailure('notFound', { detail: 'import' });
      }
      const { incoming } = current;
      const fileExchangeId = incoming.exchangeId;
      let workspace: Workspace;
      let summary = { taken: 0, conflicts: 0, keptMine: 0, tookTheirs: 0 };
      let backupId: string | null = null;
      if (current.mode === 'merge' && current.merge) {
        const resolved = resolveMerge(current.merge, choices);
        if (!resolved.ok) throw new IpcFailure('validation', { fieldErrors: { conflicts: 'undecided' } });
        const checked = workspaceSchema.safeParse(resolved.workspace);
        if (!checked.success) {
          const issue = toIssues(checked.error, resolved.workspace)[0];
          throw new IpcFailure('invalidFile', { detail: issue ? `${issue.path}: ${issue.message}` : '' });
        }
        summary = {
          taken: current.merge.taken.length,
          conflicts: current.merge.conflicts.length,
          keptMine: resolved.keptMine,
          tookTheirs: resolved.tookTheirs,
        };
        backupId = storage.keepBackup('beforeMerge');
        workspace = checked.data;
      } else {
        if (mine !== null) backupId = storage.keepBackup('beforeImport');
        workspace = incoming.workspace;
      }
      const attachmentsStored = storeEmbeddedAttachments(storage.folder, incoming);
      const kind = current.mode === 'merge' ? 'merge' : current.mode === 'new' ? 'importNew' : 'importReplace';
      const entry = exchange(kind, { fileExchangeId, fileName: current.fileName, backupId, ...summary });
      const document = storage.save({
        ...storage.document,
        workspace: { ...workspace, exchanges: [...workspace.exchanges, entry], updatedAt: entry.at },
      });
      if (fileExchangeId !== null) {
        writeSharedBase(storage.folder, { exchangeId: fileExchangeId, workspace: incoming.workspace });
      } else {
        forgetSharedBase(storage.folder);
      }
      pending = null;
      return { document, mode: current.mode, attachmentsStored, ...summary };
    },

    cancelImport: ({ token }) => {
      if (pending?.token === token) pending = null;
      return {};
    },

    undoMerge: ({ exchangeId }) => {
      requireWritable();
      const workspace = storage.document.workspace;
      // The merges made on this laptop (the log also holds the colleague's, whose backups are on theirs).
      const local = new Set(storage.listBackups().map((b) => b.id));
      const merges = (workspace?.exchanges ?? []).filter(
        (e) => e.kind === 'merge' && e.backupId && local.has(e.backupId),
      );
      const merge = merges.at(-1);
      // Only the latest merge can be undone: undoing an older one would also undo the later.
      if (!merge || merge.id !== exchangeId || merge.backupId === null) throw new IpcFailure('notFound');
      const document = storage.restoreBackup(merge.backupId, (restored, keptId) => ({
        ...restored,
        exchanges: [
          ...restored.exchanges,
          exchange('undoMerge', { fileExchangeId: merge.fileExchangeId, fileName: merge.fileName, backupId: keptId }),
        ],
      }));
      // This laptop no longer holds what it last shared: the next merge compares without a starting point.
      forgetSharedBase(storage.folder);
      return document;
    },

    exportCsv: async ({ fileName, content }) => {
      const target = await deps.pickSavePath(fileName.replace(/[\\/:*?"<>|]/g, '-'));
      if (target === null) return { path: null };
      writeFileAtomic(target, content);
      return { path: target };
    },

    listBackups: () => backupList(),

    backupNow: () => {
      if (!storage.document.workspace) throw new IpcFailure('noWorkspace');
      storage.keepBackup('manual');
      return backupList();
    },

    restoreBackup: ({ id }) => {
      requireWritable();
      const document = storage.restoreBackup(id, (restored, keptId) => ({
        ...restored,
        exchanges: [...restored.exchanges, exchange('restore', { backupId: keptId })],
      }));
      forgetSharedBase(storage.folder);
      return document;
    },
  };
}
