import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { DOCUMENT_FILE } from '../../../electron/services/workspace-storage';
import { bergenForm, osloForm } from '../../support/fixtures';
import { handlersFor, openStorage } from '../../support/storage';
import { tempFolder } from '../../support/temp-folder';

const NOW = () => new Date('2026-11-23T10:00:00.000Z');

function app(folder = tempFolder()) {
  const handlers = handlersFor(openStorage(folder), NOW);
  const call = (method: string, input: unknown) =>
    dispatch(handlers, method, input, { checkOutput: true, log: () => {} });
  return { folder, call };
}

describe('the handler table, through the dispatcher', () => {
  it('creates a workspace, adds a municipality and finds both after a restart', async () => {
    const { folder, call } = app();
    expect(await call('createWorkspace', { name: '  Digisos Bergen  ' })).toMatchObject({
      ok: true,
      value: { workspace: { name: 'Digisos Bergen' } },
    });
    const saved = await call('saveMunicipality', { id: null, form: bergenForm });
    expect(saved).toMatchObject({ ok: true });

    const { call: afterRestart } = app(folder);
    const session = await afterRestart('loadSession', {});
    expect(session).toMatchObject({
      ok: true,
      value: {
        document: {
          workspace: {
            name: 'Digisos Bergen',
            municipalities: [
              { name: 'Bergen kommune', orgNumber: '964338531', inhabitants: 291940, inhabitantsDate: '2025-01-01' },
            ],
          },
        },
      },
    });
  });

  it('edits a municipality in place and keeps its id', async () => {
    const { call } = app();
    await call('createWorkspace', { name: 'W' });
    const added = await call('saveMunicipality', { id: null, form: bergenForm });
    const id = added.ok ? (added.value as { municipalityId: string }).municipalityId : '';
    const edited = await call('saveMunicipality', { id, form: { ...bergenForm, inhabitants: '292 000' } });
    expect(edited).toMatchObject({
      ok: true,
      value: { municipalityId: id, document: { workspace: { municipalities: [{ id, inhabitants: 292000 }] } } },
    });
  });

  it('refuses a form with a bad field whole, saving nothing', async () => {
    const { folder, call } = app();
    await call('createWorkspace', { name: 'W' });
    const before = fs.readFileSync(path.join(folder, DOCUMENT_FILE), 'utf8');
    const result = await call('saveMunicipality', {
      id: null,
      form: { ...bergenForm, orgNumber: '964338532', inhabitants: '-3' },
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'validation',
        fieldErrors: { orgNumber: 'orgNumber.checksum', inhabitants: 'inhabitants.negative' },
      },
    });
    expect(fs.readFileSync(path.join(folder, DOCUMENT_FILE), 'utf8')).toBe(before);
  });

  it('refuses a second municipality with the same municipality number', async () => {
    const { call } = app();
    await call('createWorkspace', { name: 'W' });
    await call('saveMunicipality', { id: null, form: osloForm });
    const result = await call('saveMunicipality', { id: null, form: { ...bergenForm, number: '0301' } });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', fieldErrors: { number: 'number.duplicate' } },
    });
  });

  it('refuses a municipality before there is a workspace', async () => {
    const { call } = app();
    expect(await call('saveMunicipality', { id: null, form: bergenForm })).toEqual({
      ok: false,
      error: { code: 'noWorkspace' },
    });
  });

  it('removes a municipality, and says so when it is already gone', async () => {
    const { call } = app();
    await call('createWorkspace', { name: 'W' });
    const added = await call('saveMunicipality', { id: null, form: bergenForm });
    const id = added.ok ? (added.value as { municipalityId: string }).municipalityId : '';
    expect(await call('removeMunicipality', { id })).toMatchObject({
      ok: true,
      value: { workspace: { municipalities: [] } },
    });
    expect(await call('removeMunicipality', { id })).toEqual({ ok: false, error: { code: 'notFound' } });
  });

  it('stores the user’s name and language', async () => {
    const { call } = app();
    expect(await call('updateSettings', { userName: ' Kari Nordmann ', language: 'nn' })).toMatchObject({
      ok: true,
      value: { settings: { userName: 'Kari Nordmann', language: 'nn' } },
    });
  });

  it.each([
    ['an unknown channel', 'deleteEverything', {}],
    ['a missing argument', 'createWorkspace', undefined],
    ['a field of the wrong type', 'createWorkspace', { name: 42 }],
    ['an unexpected extra field', 'createWorkspace', { name: 'W', admin: true }],
    ['a language that does not exist', 'updateSettings', { language: 'sv' }],
    ['an oversized text', 'createWorkspace', { name: 'x'.repeat(5000) }],
  ])('refuses %s as invalid input', async (_case, method, input) => {
    const { call } = app();
    const result = await call(method, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
  });

  it('refuses links that are not on the allow-list', async () => {
    const folder = tempFolder();
    const { createHandlers } = await import('../../../electron/ipc/handlers');
    const { isAllowedExternalUrl } = await import('../../../electron/services/external-links');
    const opened: string[] = [];
    const handlers = createHandlers({
      storage: openStorage(folder),
      appVersion: 't',
      openExternal: async (url) => {
        if (!isAllowedExternalUrl(url)) return false;
        opened.push(url);
        return true;
      },
      copyText: () => {},
      pickFile: () => Promise.resolve(null),
      openPath: () => Promise.resolve(),
      readFonts: () => ({ regular: new Uint8Array(), bold: new Uint8Array() }),
      pickSavePath: () => Promise.resolve(null),
      pickWorkspaceFile: () => Promise.resolve(null),
    });
    expect(await dispatch(handlers, 'openExternal', { url: 'https://www.nav.no/sosialhjelp' })).toEqual({
      ok: true,
      value: {},
    });
    expect(await dispatch(handlers, 'openExternal', { url: 'https://evil.example/' })).toEqual({
      ok: false,
      error: { code: 'notAllowed' },
    });
    expect(opened).toEqual(['https://www.nav.no/sosialhjelp']);
  });
});

describe('the dispatcher under objects that make the parser itself throw', () => {
  it.each([
    ['a length with no primitive value', { name: { length: Object.create(null) } }],
    [
      'a throwing getter',
      Object.defineProperty({}, 'name', {
        enumerable: true,
        get: () => {
          throw new Error('boom');
        },
      }),
    ],
    [
      'a hostile proxy',
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('boom');
          },
          get: () => {
            throw new Error('boom');
          },
        },
      ),
    ],
  ])('answers %s with invalidInput instead of rejecting', async (_name, input) => {
    const { call, folder } = app();
    await expect(call('createWorkspace', input)).resolves.toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(fs.existsSync(path.join(folder, DOCUMENT_FILE))).toBe(false);
  });
});
