import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Dispatch from '../../../electron/ipc/dispatch';
import type { DiskFullMode, DiskFullReport } from '../../support/disk-full-child';
import type * as StorageSupport from '../../support/storage';
import { bergenForm, NOW } from '../../support/fixtures';
import { tempFolder } from '../../support/temp-folder';

/**
 * A full disk never costs the stored document: the save comes back as `diskFull`, the file on
 * disk and the document in memory are as they were, and once there is room again the next
 * save works. Shown twice: on a real full disk (a small tmpfs in a private mount namespace,
 * where the machine allows mounting) and, always, with a quota put on node's fs.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CHILD = path.join(ROOT, 'test/support/disk-full-child.ts');

// ---------------------------------------------------------------------------------------------
// The quota. The wrappers are put in place here, before the storage modules are imported (in
// `beforeAll`), so that any module keeping its own references to fs.openSync, fs.writeSync and
// fs.closeSync (as conf's `stubborn-fs` did) still goes through them; they stay for the file
// (vitest runs each test file in a fresh process).
// ---------------------------------------------------------------------------------------------

/**
 * Bytes that may still be written to files in `folder` (a budget of writes, not a model of
 * what the disk holds). A write that does not fit writes what does and reports it, as the
 * kernel does (a short write); a write when nothing fits fails with ENOSPC. `writeFileSync`
 * loops over short writes as node's does, so it writes what fits and then fails.
 */
const quota = { folder: '', free: Infinity };
const metered = new Set<number>();
const real = {
  openSync: fs.openSync,
  closeSync: fs.closeSync,
  writeSync: fs.writeSync as (fd: number, ...args: unknown[]) => number,
  writeFileSync: fs.writeFileSync as (file: unknown, data: unknown, options?: unknown) => void,
};

function noSpace(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), {
    code: 'ENOSPC',
    errno: -28,
    syscall: 'write',
  });
}

function isMetered(file: unknown): boolean {
  if (typeof file === 'number') return metered.has(file);
  if (quota.folder === '' || !(typeof file === 'string' || file instanceof URL || Buffer.isBuffer(file))) return false;
  const resolved = path.resolve(file instanceof URL ? file.pathname : file.toString());
  return resolved.startsWith(quota.folder + path.sep);
}

function asBytes(data: unknown, encoding: unknown): Buffer {
  if (typeof data === 'string') return Buffer.from(data, (encoding as BufferEncoding | undefined) ?? 'utf8');
  const view = data as NodeJS.ArrayBufferView;
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

const wrappers = {
  openSync(file: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode | null): number {
    const fd = real.openSync(file, flags ?? 'r', mode);
    if (isMetered(file)) metered.add(fd);
    return fd;
  },
  closeSync(fd: number): void {
    metered.delete(fd);
    real.closeSync(fd);
  },
  writeSync(fd: number, data: unknown, ...rest: unknown[]): number {
    if (!metered.has(fd)) return real.writeSync(fd, data, ...rest);
    let bytes: Buffer;
    let position: unknown;
    if (typeof data === 'string') {
      bytes = asBytes(data, rest[1]);
      position = rest[0];
    } else {
      const all = asBytes(data, undefined);
      const options = typeof rest[0] === 'object' && rest[0] !== null ? (rest[0] as Record<string, unknown>) : null;
      const offset = Number((options ? options.offset : rest[0]) ?? 0);
      const length = Number((options ? options.length : rest[1]) ?? all.length - offset);
      bytes = all.subarray(offset, offset + length);
      position = options ? options.position : rest[2];
    }
    if (bytes.length > 0 && quota.free <= 0) throw noSpace();
    const written = real.writeSync(fd, bytes, 0, Math.min(bytes.length, quota.free), position ?? null);
    quota.free -= written;
    return written;
  },
  writeFileSync(file: unknown, data: unknown, options?: unknown): void {
    if (!isMetered(file)) return real.writeFileSync(file, data, options);
    const given = typeof options === 'string' ? { encoding: options } : ((options ?? {}) as Record<string, unknown>);
    const bytes = asBytes(data, given.encoding);
    const fd =
      typeof file === 'number'
        ? file
        : real.openSync(file as fs.PathLike, (given.flag as fs.OpenMode | undefined) ?? 'w', given.mode as fs.Mode);
    try {
      // node's own loop (not calling it: it would go through the wrapped writeSync again).
      for (let offset = 0; offset < bytes.length;) {
        if (quota.free <= 0) throw noSpace();
        const written = real.writeSync(fd, bytes, offset, Math.min(bytes.length - offset, quota.free));
        quota.free -= written;
        offset += written;
      }
    } finally {
      if (typeof file !== 'number') real.closeSync(fd);
    }
  },
};
Object.assign(fs, wrappers);

afterAll(() => {
  Object.assign(fs, real);
});

let support: typeof StorageSupport;
let ipc: typeof Dispatch;

beforeAll(async () => {
  support = await import('../../support/storage');
  ipc = await import('../../../electron/ipc/dispatch');
});

afterEach(() => {
  quota.folder = '';
  quota.free = Infinity;
  vi.restoreAllMocks();
});

/** Every file under `folder` with a hash of its bytes: equal snapshots, byte-identical folders. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(folder, full)] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
    }
  };
  walk(folder);
  return files;
}

/** A data folder with a workspace and no municipality yet, the handler table over it. */
async function appWithWorkspace(options: { metered: boolean }) {
  const folder = fs.realpathSync(tempFolder());
  if (options.metered) quota.folder = folder;
  const storage = support.openStorage(folder, { now: () => NOW });
  const handlers = support.handlersFor(storage, () => NOW);
  const call = (method: string, input: unknown) => ipc.dispatch(handlers, method, input, { log: () => {} });
  expect(await call('createWorkspace', { name: 'Digisos Bergen' })).toMatchObject({ ok: true });
  const addBergen = () => call('saveMunicipality', { id: null, form: bergenForm });
  const afterRestart = () => support.openStorage(folder, { now: () => NOW });
  return { folder, storage, call, addBergen, afterRestart };
}

describe('a disk quota on the data folder (node fs wrapped; always runs)', () => {
  it('refuses a save when not one byte fits: diskFull, file and memory as before, and saves once there is room', async () => {
    const app = await appWithWorkspace({ metered: true });
    const before = snapshot(app.folder);
    const documentBefore = app.storage.document;

    quota.free = 0;
    const result = await app.addBergen();

    expect(
      result,
      'the quota must reach the storage’s writes: this file installs it before the storage modules load',
    ).toEqual({ ok: false, error: { code: 'diskFull' } });
    // Byte for byte the same folder: same document, no new backup, no temporary file left
    // (waited for, in case a writer removes its temporary file asynchronously).
    await vi.waitFor(() => expect(snapshot(app.folder)).toEqual(before));
    expect(app.storage.document).toBe(documentBefore);
    const session = await app.call('loadSession', {});
    expect(session.ok && session.value).toMatchObject({ document: { workspace: { municipalities: [] } } });
    expect(app.afterRestart().notices).toEqual([]);

    quota.free = Infinity;
    expect(await app.addBergen()).toMatchObject({ ok: true });
    const restarted = app.afterRestart();
    expect(restarted.notices).toEqual([]);
    expect(restarted.document.workspace?.municipalities.map((m) => m.name)).toEqual(['Bergen kommune']);
  });

  // This found a real bug: conf (electron-store) wrote through `atomically`, which called
  // fs.writeSync once and ignored a short write, then renamed the cut-off file over the
  // document and reported success. The document is now written by writeFileAtomic, whose
  // fs.writeFileSync keeps writing until it fails with ENOSPC.
  it('refuses a save that runs out of room halfway: diskFull, file and memory as before', async () => {
    const app = await appWithWorkspace({ metered: true });
    const before = snapshot(app.folder);
    const documentBefore = app.storage.document;

    vi.spyOn(console, 'warn').mockImplementation(() => {}); // today: 'Could not write a backup'
    quota.free = 4096; // a page: less than the ~9.5 kB the document with Bergen needs
    const result = await app.addBergen();

    expect(result).toEqual({ ok: false, error: { code: 'diskFull' } });
    await vi.waitFor(() => expect(snapshot(app.folder)).toEqual(before));
    expect(app.storage.document).toBe(documentBefore);
    expect(app.afterRestart().notices).toEqual([]);
  });

  it('still saves the document when only the backup no longer fits, and says so in the log', async () => {
    // How many bytes the document with Bergen takes, from a twin without a quota (same clock,
    // ids of the same length).
    const twin = await appWithWorkspace({ metered: false });
    expect(await twin.addBergen()).toMatchObject({ ok: true });
    const documentSize = fs.statSync(path.join(twin.folder, 'arbeidsomrade.json')).size;

    const app = await appWithWorkspace({ metered: true });
    const backupsBefore = fs.readdirSync(path.join(app.folder, 'backups'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    quota.free = documentSize + 100;
    const result = await app.addBergen();

    expect(result).toMatchObject({ ok: true });
    expect(quota.free).toBe(0);
    expect(warn).toHaveBeenCalledWith('Could not write a backup', expect.objectContaining({ code: 'ENOSPC' }));
    // No new backup and no half-written one: writeFileAtomic removed its temporary file.
    expect(fs.readdirSync(path.join(app.folder, 'backups'))).toEqual(backupsBefore);
    expect(fs.readdirSync(app.folder).sort()).toEqual(['arbeidsomrade.json', 'backups']);
    const restarted = app.afterRestart();
    expect(restarted.notices).toEqual([]);
    expect(restarted.document.workspace?.municipalities.map((m) => m.name)).toEqual(['Bergen kommune']);
  });
});

// ---------------------------------------------------------------------------------------------
// A real full disk: a 256 kB tmpfs, mounted in a private mount namespace by the child.
// ---------------------------------------------------------------------------------------------

let namespace: { args: string[] } | { reason: string } | undefined;

/**
 * How to get a mount namespace here: `unshare --mount` as root, else a user namespace that
 * maps us to root inside it. Tried once, with the very mount the child will make.
 */
function mountNamespace(): { args: string[] } | { reason: string } {
  if (namespace) return namespace;
  if (process.platform !== 'linux')
    return (namespace = { reason: `mount namespaces need Linux, not ${process.platform}` });
  const candidates = [...(process.getuid?.() === 0 ? [['--mount']] : []), ['--user', '--map-root-user', '--mount']];
  const reasons: string[] = [];
  const probe = tempFolder('digisos-tmpfs-probe-');
  for (const flags of candidates) {
    const args = [...flags, '--propagation', 'private'];
    const tried = spawnSync(
      'unshare',
      [...args, 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs "$1" && umount "$1"', 'sh', probe],
      { encoding: 'utf8', timeout: 10_000 },
    );
    if (tried.status === 0) return (namespace = { args });
    reasons.push(`unshare ${flags.join(' ')}: ${tried.error?.message ?? tried.stderr.trim()}`);
  }
  return (namespace = { reason: `cannot mount a tmpfs here (${reasons.join('; ')})` });
}

async function onFullDisk(args: string[], mode: DiskFullMode): Promise<DiskFullReport> {
  const mountPoint = tempFolder('digisos-tmpfs-');
  const { stdout } = await promisify(execFile)(
    'unshare',
    [...args, process.execPath, '--import', 'tsx', CHILD, mountPoint, mode],
    { cwd: ROOT, timeout: 30_000 },
  );
  // The mount lived and died with the namespace: the folder is an ordinary empty one again.
  expect(fs.readdirSync(mountPoint)).toEqual([]);
  return JSON.parse(stdout) as DiskFullReport;
}

function expectOldDocumentKept(report: DiskFullReport) {
  expect(report.result).toEqual({ ok: false, error: { code: 'diskFull' } });
  expect(report.fileUnchanged).toBe(true);
  expect(report.memoryUnchanged).toBe(true);
  // Nothing half-written left behind, nothing set aside, no new backup.
  expect(report.files).toEqual(['arbeidsomrade.json', 'backups']);
  expect(report.backups).toHaveLength(1);
  expect(report.reopened).toEqual({ notices: [], workspace: 'Digisos Bergen', municipalities: [] });
  expect(report.afterFreeing).toEqual({ result: { ok: true }, municipalities: ['Bergen kommune'] });
}

describe('a real full disk (tmpfs in a private mount namespace)', () => {
  it('refuses the save as diskFull when the disk is full to the last byte, and keeps the old document', async (ctx) => {
    const found = mountNamespace();
    if ('reason' in found) {
      console.warn(`Skipped the real full disk: ${found.reason}`);
      ctx.skip();
      return;
    }
    const report = await onFullDisk(found.args, 'full');
    expect(report.free).toBe(0);
    expectOldDocumentKept(report);
  }, 40_000);

  // The same on a real disk with one page free (conf's short write used to pass as a save).
  it('refuses the save as diskFull when some room is left but not enough, and keeps the old document', async (ctx) => {
    const found = mountNamespace();
    if ('reason' in found) {
      console.warn(`Skipped the real full disk: ${found.reason}`);
      ctx.skip();
      return;
    }
    const report = await onFullDisk(found.args, 'nearlyFull');
    expect(report.free).toBeGreaterThan(0);
    expectOldDocumentKept(report);
  }, 40_000);
});
