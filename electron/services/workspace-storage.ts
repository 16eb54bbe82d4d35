import fs from 'node:fs';
import path from 'node:path';
import type { StorageNotice } from '../../shared/ipc/contract';
import { IpcFailure } from '../../shared/ipc/errors';
import { restoreDocumentText } from '../../shared/schema/restore';
import { emptyDocument, SCHEMA_VERSION, type StoredDocument, type Workspace } from '../../shared/schema/workspace';
import { writeFileAtomic } from './atomic-file';

/**
 * Writes a whole file so that a reader sees the old content or the new, never a mix or a
 * part (`writeFileAtomic`). Injected so tests can make the disk full.
 *
 * Not electron-store/conf: their writer (`atomically`) does not check that every byte was
 * written, so on a nearly full disk it renamed a cut-off file over the good one and reported
 * success (found by test/electron/crash/disk-full.test.ts).
 */
export type WriteFile = (target: string, data: string) => void;

export interface StorageOptions {
  /** The data folder: the OS user-data folder in the app, a temporary folder in tests. */
  folder: string;
  writeFile?: WriteFile;
  appVersion: string;
  /** How many good versions to keep in `backups/`. */
  backupsToKeep?: number;
  now?: () => Date;
}

export const DOCUMENT_NAME = 'arbeidsomrade';
export const DOCUMENT_FILE = `${DOCUMENT_NAME}.json`;
export const BACKUP_FOLDER = 'backups';
export const DEFAULT_BACKUPS_TO_KEEP = 10;
/** Backups that are never rolled away: taken by hand, or before a restore, an import or a merge. */
export const KEPT_FOLDER = 'beholdt';

export type BackupKind = 'automatic' | 'manual' | 'beforeRestore' | 'beforeImport' | 'beforeMerge';
const KEPT_SUFFIX: Record<Exclude<BackupKind, 'automatic'>, string> = {
  manual: 'manuell',
  beforeRestore: 'for-gjenoppretting',
  beforeImport: 'for-import',
  beforeMerge: 'for-sammenslaing',
};

export interface BackupInfo {
  /** `auto/<file>` or `kept/<file>`: what `readBackup` and `restoreBackup` take. */
  id: string;
  file: string;
  kind: BackupKind;
  savedAt: string | null;
  workspaceName: string | null;
  municipalities: number;
}

/**
 * Local storage that never loses work. On open it checks the stored file before anything
 * else touches it: a file that does not parse or fails the schema is moved aside and the
 * newest good backup is restored; a file from a newer version is left alone and opened
 * read-only. Every save is atomic and leaves a rolling backup.
 */
export class WorkspaceStorage {
  readonly folder: string;
  readonly readOnly: boolean;
  readonly notices: readonly StorageNotice[];
  private current: StoredDocument;
  private readonly options: Required<Omit<StorageOptions, 'folder'>>;

  private constructor(
    folder: string,
    options: Required<Omit<StorageOptions, 'folder'>>,
    document: StoredDocument,
    readOnly: boolean,
    notices: StorageNotice[],
  ) {
    this.folder = folder;
    this.options = options;
    this.current = document;
    this.readOnly = readOnly;
    this.notices = notices;
  }

  /** Opens the data folder, recovering from a broken file if it must. */
  static open(options: StorageOptions): WorkspaceStorage {
    const resolved = {
      writeFile: options.writeFile ?? writeFileAtomic,
      appVersion: options.appVersion,
      backupsToKeep: options.backupsToKeep ?? DEFAULT_BACKUPS_TO_KEEP,
      now: options.now ?? (() => new Date()),
    };
    const folder = options.folder;
    fs.mkdirSync(folder, { recursive: true });
    const documentPath = path.join(folder, DOCUMENT_FILE);
    const notices: StorageNotice[] = [];

    const text = readIfExists(documentPath);
    if (text === null) {
      return new WorkspaceStorage(folder, resolved, emptyDocument(resolved.appVersion, resolved.now()), false, notices);
    }

    const restored = restoreDocumentText(text);
    switch (restored.kind) {
      case 'ok':
        if (restored.migratedFrom !== null) {
          // Keep the file as the older version wrote it, in case the user needs that version again.
          fs.copyFileSync(
            documentPath,
            path.join(folder, `${DOCUMENT_NAME}.v${restored.migratedFrom}-${fileStamp(resolved.now())}.json`),
          );
          notices.push({
            kind: 'migrated',
            from: restored.migratedFrom,
            to: SCHEMA_VERSION,
            changes: restored.changes,
          });
        }
        return new WorkspaceStorage(folder, resolved, restored.document, false, notices);
      case 'newer':
        notices.push({ kind: 'newerVersion', version: restored.version });
        // This version cannot validate a newer format: show nothing of it, write nothing over it.
        return new WorkspaceStorage(
          folder,
          resolved,
          emptyDocument(resolved.appVersion, resolved.now()),
          true,
          notices,
        );
      case 'invalid': {
        const setAsideFile = setAside(documentPath, resolved.now());
        const backup = newestGoodBackup(path.join(folder, BACKUP_FOLDER));
        if (backup) {
          writeFileAtomic(documentPath, backup.text);
          notices.push({ kind: 'recoveredFromBackup', setAsideFile, backupSavedAt: backup.document.savedAt });
          return new WorkspaceStorage(folder, resolved, backup.document, false, notices);
        }
        notices.push({ kind: 'corruptNoBackup', setAsideFile });
        return new WorkspaceStorage(
          folder,
          resolved,
          emptyDocument(resolved.appVersion, resolved.now()),
          false,
          notices,
        );
      }
    }
  }

  /** The document as last loaded or saved. */
  get document(): StoredDocument {
    return this.current;
  }

  get documentPath(): string {
    return path.join(this.folder, DOCUMENT_FILE);
  }

  /** How many rolling backups are kept. */
  get backupsToKeep(): number {
    return this.options.backupsToKeep;
  }

  get backupFolder(): string {
    return path.join(this.folder, BACKUP_FOLDER);
  }

  /**
   * Saves a whole new document. The write is atomic; if it fails (full disk, locked file)
   * the error is thrown as an `IpcFailure`, the file on disk and the document in memory are
   * both still the previous version.
   */
  save(next: StoredDocument): StoredDocument {
    if (this.readOnly) throw new IpcFailure('readOnly');
    const stamped: StoredDocument = {
      ...next,
      schemaVersion: SCHEMA_VERSION,
      appVersion: this.options.appVersion,
      savedAt: this.options.now().toISOString(),
    };
    const serialised = JSON.stringify(stamped);
    this.options.writeFile(this.documentPath, serialised);
    this.current = stamped;
    try {
      this.writeBackup(serialised);
    } catch (error) {
      // The document itself is safely saved; a missing backup must not turn that into a failure.
      console.warn('Could not write a backup', error);
    }
    return stamped;
  }

  /**
   * Every backup, newest first: the rolling ones (`backups/`) and the kept ones
   * (`backups/beholdt/`: taken by hand, or before a restore, an import or a merge — never
   * rolled away). Each with when it was saved and what it holds.
   */
  listBackups(): BackupInfo[] {
    const describe = (id: string, file: string, kind: BackupKind): BackupInfo => {
      const text = readIfExists(this.backupFile(id));
      const restored = text === null ? null : restoreDocumentText(text);
      const document = restored?.kind === 'ok' ? restored.document : null;
      return {
        id,
        file,
        kind,
        savedAt: document?.savedAt ?? null,
        workspaceName: document?.workspace?.name ?? null,
        municipalities: document?.workspace?.municipalities.length ?? 0,
      };
    };
    const automatic = backupFiles(this.backupFolder).map((file) => describe(`auto/${file}`, file, 'automatic'));
    const kept = keptFiles(this.keptFolder).map((file) => describe(`kept/${file}`, file, keptKind(file)));
    return [...automatic, ...kept].sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? ''));
  }

  get keptFolder(): string {
    return path.join(this.backupFolder, KEPT_FOLDER);
  }

  /**
   * Copies the document as it is now to `backups/beholdt/`, where it stays until the user
   * removes it. Returns its id for `restoreBackup`.
   */
  keepBackup(reason: Exclude<BackupKind, 'automatic'>): string {
    const stamp = fileStamp(this.options.now());
    let name = `${DOCUMENT_NAME}-${stamp}.${KEPT_SUFFIX[reason]}.json`;
    for (let n = 2; fs.existsSync(path.join(this.keptFolder, name)); n += 1) {
      name = `${DOCUMENT_NAME}-${stamp}-${n}.${KEPT_SUFFIX[reason]}.json`;
    }
    writeFileAtomic(path.join(this.keptFolder, name), JSON.stringify(this.current));
    return `kept/${name}`;
  }

  /** Reads a backup by the id `listBackups` gave it; refuses ids it did not give. */
  readBackup(id: string): StoredDocument {
    if (!this.listBackups().some((b) => b.id === id)) throw new IpcFailure('notFound');
    const text = readIfExists(this.backupFile(id));
    if (text === null) throw new IpcFailure('fileMissing');
    const restored = restoreDocumentText(text);
    if (restored.kind === 'newer') throw new IpcFailure('invalidFile', { detail: `schemaVersion ${restored.version}` });
    if (restored.kind === 'invalid') throw new IpcFailure('invalidFile', { detail: restored.issues[0]?.path ?? '' });
    return restored.document;
  }

  /**
   * Puts a backup's workspace back. The state it replaces is kept first (`beforeRestore`),
   * so a restore can itself be undone. The user's settings stay as they are.
   */
  restoreBackup(id: string, record: (workspace: Workspace, keptId: string) => Workspace = (w) => w): StoredDocument {
    if (this.readOnly) throw new IpcFailure('readOnly');
    const backup = this.readBackup(id);
    const keptId = this.keepBackup('beforeRestore');
    const workspace = backup.workspace === null ? null : record(backup.workspace, keptId);
    return this.save({ ...this.current, workspace });
  }

  private backupFile(id: string): string {
    const [folder, file] = id.split('/');
    if (!file || file.includes('..') || file.includes('\\')) return '';
    return path.join(folder === 'kept' ? this.keptFolder : this.backupFolder, file);
  }

  private writeBackup(serialised: string): void {
    const stamp = fileStamp(this.options.now());
    let name = `${DOCUMENT_NAME}-${stamp}.json`;
    for (let n = 2; fs.existsSync(path.join(this.backupFolder, name)); n += 1) {
      name = `${DOCUMENT_NAME}-${stamp}-${n}.json`;
    }
    writeFileAtomic(path.join(this.backupFolder, name), serialised);
    for (const old of backupFiles(this.backupFolder).slice(this.options.backupsToKeep)) {
      fs.rmSync(path.join(this.backupFolder, old), { force: true });
    }
  }
}

function keptFiles(folder: string): string[] {
  try {
    return fs.readdirSync(folder).filter((name) => name.startsWith(`${DOCUMENT_NAME}-`) && name.endsWith('.json'));
  } catch {
    return [];
  }
}

function keptKind(file: string): BackupKind {
  const suffix = /\.([a-z-]+)\.json$/.exec(file)?.[1];
  const found = Object.entries(KEPT_SUFFIX).find(([, s]) => s === suffix);
  return (found?.[0] as BackupKind | undefined) ?? 'manual';
}

function readIfExists(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Moves a broken file aside under a name that says when; never overwrites it. Returns the new name. */
function setAside(file: string, now: Date): string {
  const base = `${path.basename(file, '.json')}.skadet-${fileStamp(now)}`;
  let target = path.join(path.dirname(file), `${base}.json`);
  for (let n = 2; fs.existsSync(target); n += 1) {
    target = path.join(path.dirname(file), `${base}-${n}.json`);
  }
  fs.renameSync(file, target);
  return path.basename(target);
}

function backupFiles(folder: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(`${DOCUMENT_NAME}-`) && name.endsWith('.json'))
    .sort(compareBackupNames)
    .reverse();
}

/** Orders `…-<stamp>.json` before `…-<stamp>-2.json` before `…-<stamp>-10.json`. */
function compareBackupNames(a: string, b: string): number {
  const key = (name: string): [string, number] => {
    const match = /^(.*?)(?:-(\d+))?\.json$/.exec(name.slice(DOCUMENT_NAME.length + 1));
    return [match?.[1] ?? name, Number(match?.[2] ?? 1)];
  };
  const [stampA, nA] = key(a);
  const [stampB, nB] = key(b);
  return stampA === stampB ? nA - nB : stampA < stampB ? -1 : 1;
}

function newestGoodBackup(folder: string): { text: string; document: StoredDocument } | null {
  for (const name of backupFiles(folder)) {
    const text = readIfExists(path.join(folder, name));
    if (text === null) continue;
    const restored = restoreDocumentText(text);
    if (restored.kind === 'ok') return { text, document: restored.document };
  }
  return null;
}

/** `2026-11-23T11-35-19-123Z`: sortable, and legal in a Windows file name. */
function fileStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}
