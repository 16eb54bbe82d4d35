/**
 * A file the OS opened with the app (double-click on a `.digisos.json`, a second start with a
 * file): previewed exactly as a picked file — same preview, same import, nothing changed until
 * the user confirms — and the renderer never names the path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { afterEachCall, createHandlers } from '../../../electron/ipc/handlers';
import { METHODS, type Handlers, type ImportPreview } from '../../../shared/ipc/contract';
import { IpcFailure } from '../../../shared/ipc/errors';
import { bergenForm } from '../../support/fixtures';
import { desktop, handlersFor, openStorage } from '../../support/storage';
import { tempFolder } from '../../support/temp-folder';

async function laptop(userName: string) {
  const storage = openStorage(tempFolder('digisos-laptop-'));
  const handlers = handlersFor(storage);
  const call = async <T = unknown>(method: string, input: unknown = {}) => {
    const result = await dispatch(handlers, method, input, { checkOutput: true, log: () => {} });
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
    return result.value as T;
  };
  await call('updateSettings', { userName });
  return { storage, call };
}

afterEach(() => {
  desktop.nextPick = null;
  desktop.nextSavePath = null;
  desktop.openedFiles.take();
});

describe('previewing the file the OS opened', () => {
  it('shows what a picked file would show, and imports it only when confirmed', async () => {
    const kari = await laptop('Kari');
    await kari.call('createWorkspace', { name: 'Digisos Vest' });
    await kari.call('saveMunicipality', { id: null, form: bergenForm });
    const file = path.join(tempFolder('digisos-out-'), 'Digisos Vest.digisos.json');
    desktop.nextSavePath = file;
    await kari.call('exportWorkspace', { includeAttachments: true });

    const per = await laptop('Per');
    desktop.nextPick = file;
    const picked = await per.call<ImportPreview>('pickImport');
    desktop.openedFiles.add(file);
    const opened = await per.call<ImportPreview>('previewOpenedFile');
    expect(opened).toEqual({ ...picked, token: expect.any(String) });
    expect(opened).toMatchObject({ kind: 'preview', mode: 'new', fileName: 'Digisos Vest.digisos.json' });
    expect(per.storage.document.workspace).toBeNull();

    if (opened.kind !== 'preview') throw new Error('no preview');
    await per.call('applyImport', { token: opened.token, choices: {} });
    expect(per.storage.document.workspace?.name).toBe('Digisos Vest');
    expect(per.storage.document.workspace?.exchanges.at(-1)).toMatchObject({
      kind: 'importNew',
      fileName: 'Digisos Vest.digisos.json',
    });
  });

  it('offers the merge when the file is a copy of the workspace here', async () => {
    const kari = await laptop('Kari');
    await kari.call('createWorkspace', { name: 'Digisos Vest' });
    const file = path.join(tempFolder('digisos-out-'), 'vest.digisos.json');
    desktop.nextSavePath = file;
    await kari.call('exportWorkspace', { includeAttachments: false });
    await kari.call('saveMunicipality', { id: null, form: bergenForm });

    desktop.openedFiles.add(file);
    await expect(kari.call('previewOpenedFile')).resolves.toMatchObject({ kind: 'preview', mode: 'merge' });
  });

  it('refuses a file that is not a workspace, naming it, and changes nothing', async () => {
    const kari = await laptop('Kari');
    const file = path.join(tempFolder('digisos-out-'), 'handleliste.json');
    fs.writeFileSync(file, '{"melk": 2}');
    const before = JSON.stringify(kari.storage.document);
    desktop.openedFiles.add(file);
    await expect(kari.call('previewOpenedFile')).resolves.toMatchObject({
      kind: 'refused',
      fileName: 'handleliste.json',
      reason: 'notOurs',
    });
    expect(JSON.stringify(kari.storage.document)).toBe(before);
  });

  it('says «cancelled» when no file is waiting, and takes each file once', async () => {
    const kari = await laptop('Kari');
    await expect(kari.call('previewOpenedFile')).resolves.toEqual({ kind: 'cancelled' });
    const file = path.join(tempFolder('digisos-out-'), 'x.json');
    fs.writeFileSync(file, 'not json');
    desktop.openedFiles.add(file);
    await expect(kari.call('previewOpenedFile')).resolves.toMatchObject({ kind: 'refused', reason: 'notJson' });
    await expect(kari.call('previewOpenedFile')).resolves.toEqual({ kind: 'cancelled' });
  });

  it('takes no path from the renderer', async () => {
    const kari = await laptop('Kari');
    const result = await dispatch(handlersFor(kari.storage), 'previewOpenedFile', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });

  it('finds nothing opened when the main process gives no queue', async () => {
    const handlers = createHandlers({
      storage: openStorage(tempFolder()),
      appVersion: 't',
      openExternal: () => Promise.resolve(false),
      copyText: () => {},
      pickFile: () => Promise.resolve(null),
      openPath: () => Promise.resolve(),
      readFonts: () => ({ regular: new Uint8Array(), bold: new Uint8Array() }),
      pickSavePath: () => Promise.resolve(null),
      pickWorkspaceFile: () => Promise.resolve(null),
    });
    await expect(dispatch(handlers, 'previewOpenedFile', {})).resolves.toEqual({
      ok: true,
      value: { kind: 'cancelled' },
    });
  });
});

describe('the table with a call-back after each call', () => {
  it('keeps every method and calls back after each call, whether it succeeds, throws or fails later', async () => {
    const after = vi.fn();
    const table = {
      ...handlersFor(openStorage(tempFolder())),
      copyText: () => {
        throw new IpcFailure('notAllowed');
      },
      openExternal: () => Promise.reject(new IpcFailure('notAllowed')),
    } as Handlers;
    const wrapped = afterEachCall(table, after);
    expect(Object.keys(wrapped).sort()).toEqual([...METHODS].sort());

    await expect(dispatch(wrapped, 'createWorkspace', { name: 'Digisos Vest' })).resolves.toMatchObject({ ok: true });
    expect(after).toHaveBeenCalledTimes(1);
    await dispatch(wrapped, 'copyText', { text: 'x' });
    expect(after).toHaveBeenCalledTimes(2);
    await dispatch(wrapped, 'openExternal', { url: 'https://www.nav.no/' });
    expect(after).toHaveBeenCalledTimes(3);
    // Input refused before the handler: nothing ran, nothing to call back for.
    await dispatch(wrapped, 'createWorkspace', { name: 5 });
    expect(after).toHaveBeenCalledTimes(3);
  });

  it('calls back only once an asynchronous handler has finished', async () => {
    let release: () => void = () => {};
    const after = vi.fn();
    const table = {
      ...handlersFor(openStorage(tempFolder())),
      listBackups: () =>
        new Promise((resolve) => {
          release = () => resolve({ folder: '', keptFolder: '', backupsToKeep: 10, backups: [] });
        }),
    } as Handlers;
    const pending = afterEachCall(table, after).listBackups({});
    await Promise.resolve();
    expect(after).not.toHaveBeenCalled();
    release();
    await pending;
    expect(after).toHaveBeenCalledTimes(1);
  });
});
