/**
 * A full disk, for real, for test/electron/crash/disk-full.test.ts. Run inside a private
 * mount namespace (so the mount is seen by nothing else and vanishes with the process):
 *
 *   unshare --mount --propagation private \
 *     node --import tsx test/support/disk-full-child.ts <folder> full|nearlyFull
 *
 * It mounts a 256 kB tmpfs on <folder>, opens the storage there and creates a workspace (a
 * small document), fills the disk with a filler file — to the last byte (`full`) or leaving
 * one page, less than the next document needs (`nearlyFull`) — then adds a municipality
 * through the real handler table, looks at what happened, frees the space and saves again.
 * It prints one line of JSON (`DiskFullReport`) and unmounts.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { dispatch } from '../../electron/ipc/dispatch';
import { BACKUP_FOLDER, DOCUMENT_FILE } from '../../electron/services/workspace-storage';
import type { StorageNotice } from '../../shared/ipc/contract';
import type { IpcError } from '../../shared/ipc/errors';
import { bergenForm } from './fixtures';
import { handlersFor, openStorage } from './storage';

export type DiskFullMode = 'full' | 'nearlyFull';

/** An IpcResult without its value (a whole document). */
export type ResultSummary = { ok: true } | { ok: false; error: IpcError };

export interface DiskFullReport {
  /** Bytes free on the disk when the save was tried. */
  free: number;
  /** What adding the municipality returned. */
  result: ResultSummary;
  /** The document file is byte for byte what it was before the save. */
  fileUnchanged: boolean;
  /** The storage still holds the document from before the save. */
  memoryUnchanged: boolean;
  /** What is in the data folder and its backups folder afterwards (filler file left out). */
  files: string[];
  backups: string[];
  /** The storage opened again, as after a restart, or the error opening it threw. */
  reopened: { notices: StorageNotice[]; workspace: string | null; municipalities: string[] } | { threw: string };
  /** Adding the municipality again once the filler file is gone, and what a restart then shows. */
  afterFreeing: { result: ResultSummary; municipalities: string[] };
}

const FILLER = 'fyll.bin';
const PAGE = 4096;

/** Fills the disk with one file, leaving `leave` bytes; returns the bytes free afterwards. */
function fill(folder: string, leave: number): number {
  const fd = fs.openSync(path.join(folder, FILLER), 'w');
  const chunk = Buffer.alloc(64 * 1024, 0xff);
  let size = 0;
  try {
    for (;;) size += fs.writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
  if (leave > 0) fs.ftruncateSync(fd, Math.max(0, size - leave));
  fs.closeSync(fd);
  const stats = fs.statfsSync(folder);
  return stats.bavail * stats.bsize;
}

/**
 * After a failed write atomically removes its temporary file with an asynchronous unlink:
 * give it up to a second. One still there after that is reported in `files`.
 */
async function temporaryFilesGone(folder: string): Promise<void> {
  for (let waited = 0; waited < 1000; waited += 10) {
    if (!fs.readdirSync(folder).some((name) => /\.tmp-[0-9a-f]+$/.test(name))) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function summary(result: { ok: boolean; error?: IpcError }): ResultSummary {
  return result.ok ? { ok: true } : { ok: false, error: result.error! };
}

export async function runDiskFull(folder: string, mode: DiskFullMode): Promise<DiskFullReport> {
  const storage = openStorage(folder);
  const handlers = handlersFor(storage);
  const call = (method: string, input: unknown) => dispatch(handlers, method, input, { log: () => {} });
  const created = await call('createWorkspace', { name: 'Digisos Bergen' });
  if (!created.ok) throw new Error(`createWorkspace failed: ${JSON.stringify(created)}`);
  const documentPath = path.join(folder, DOCUMENT_FILE);
  const fileBefore = fs.readFileSync(documentPath);
  const memoryBefore = JSON.stringify(storage.document);

  const free = fill(folder, mode === 'full' ? 0 : PAGE);
  const result = summary(await call('saveMunicipality', { id: null, form: bergenForm }));

  await temporaryFilesGone(folder);
  const fileUnchanged = fs.readFileSync(documentPath).equals(fileBefore);
  const memoryUnchanged = JSON.stringify(storage.document) === memoryBefore;
  const files = fs
    .readdirSync(folder)
    .filter((name) => name !== FILLER)
    .sort();
  const backups = fs.readdirSync(path.join(folder, BACKUP_FOLDER)).sort();
  let reopened: DiskFullReport['reopened'];
  try {
    const again = openStorage(folder);
    reopened = {
      notices: [...again.notices],
      workspace: again.document.workspace?.name ?? null,
      municipalities: again.document.workspace?.municipalities.map((m) => m.name) ?? [],
    };
  } catch (error) {
    reopened = { threw: (error as NodeJS.ErrnoException).code ?? String(error) };
  }

  fs.rmSync(path.join(folder, FILLER));
  const retried = summary(await call('saveMunicipality', { id: null, form: bergenForm }));
  const restarted = openStorage(folder);
  return {
    free,
    result,
    fileUnchanged,
    memoryUnchanged,
    files,
    backups,
    reopened,
    afterFreeing: {
      result: retried,
      municipalities: restarted.document.workspace?.municipalities.map((m) => m.name) ?? [],
    },
  };
}

async function main(folder: string | undefined, mode: string | undefined): Promise<void> {
  if (!folder || (mode !== 'full' && mode !== 'nearlyFull')) {
    throw new Error('usage: disk-full-child.ts <folder> full|nearlyFull');
  }
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', folder]);
  try {
    const report = await runDiskFull(folder, mode);
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    execFileSync('umount', [folder]);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv[2], process.argv[3]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
