import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/dispatch';
import { attachmentPath } from '../../../electron/services/attachments';
import { EXPORT_FORMAT } from '../../../shared/exchange/format';
import type { ImportPreview } from '../../../shared/ipc/contract';
import { SCHEMA_VERSION, type StoredDocument } from '../../../shared/schema/workspace';
import { bergenForm, osloForm } from '../../support/fixtures';
import { desktop, handlersFor, openStorage } from '../../support/storage';
import { tempFolder } from '../../support/temp-folder';
import { VERSION_1_DOCUMENT } from '../../support/version-1-document';

const ITEM = 'decision.start-project';
const SECOND = 'decision.digifin-member';
const THIRD = 'privacy.dpia';

let clock = Date.parse('2026-11-23T10:00:00.000Z');
const tick = () => new Date((clock += 1000));

/** One laptop: its own data folder and the app's real handler table. */
async function laptop(userName: string) {
  const folder = tempFolder('digisos-laptop-');
  const storage = openStorage(folder, { now: tick });
  const handlers = handlersFor(storage, tick);
  const call = async <T = unknown>(method: string, input: unknown = {}) => {
    const result = await dispatch(handlers, method, input, { checkOutput: true, log: () => {} });
    return result as { ok: true; value: T } | { ok: false; error: { code: string; detail?: string } };
  };
  await call('updateSettings', { userName });
  const document = () => storage.document;
  const workspace = () => storage.document.workspace!;
  const item = (m: number, itemId: string) => workspace().municipalities[m]!.checklist.find((e) => e.itemId === itemId);
  const exportTo = async (file: string, includeAttachments = true) => {
    desktop.nextSavePath = file;
    return call<{ path: string | null; embedded: number; missing: string[] }>('exportWorkspace', {
      includeAttachments,
    });
  };
  const preview = async (file: string) => {
    desktop.nextPick = file;
    const result = await call<ImportPreview>('pickImport');
    if (!result.ok) throw new Error(`pickImport failed: ${result.error.code}`);
    return result.value;
  };
  return { folder, storage, call, document, workspace, item, exportTo, preview };
}

async function laptopWithWorkspace(userName: string) {
  const a = await laptop(userName);
  await a.call('createWorkspace', { name: 'Digisos Vest' });
  await a.call('saveMunicipality', { id: null, form: bergenForm });
  await a.call('saveMunicipality', { id: null, form: osloForm });
  return a;
}

const idOf = (l: { workspace: () => { municipalities: { id: string }[] } }, index: number) =>
  l.workspace().municipalities[index]!.id;

afterEach(() => {
  desktop.nextPick = null;
  desktop.nextSavePath = null;
  desktop.suggestedNames = [];
});

describe('exporting a workspace to one file', () => {
  it('writes a .digisos.json file with format, schema version, app version, time and who exported it', async () => {
    const a = await laptopWithWorkspace('Kari Leder');
    const file = path.join(tempFolder('digisos-out-'), 'vest.digisos.json');

    const result = await a.exportTo(file);

    expect(result).toMatchObject({ ok: true, value: { path: file, embedded: 0, missing: [] } });
    expect(desktop.suggestedNames).toEqual(['Digisos Vest 23.11.2026.digisos.json']);
    const written = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(written).toMatchObject({
      format: EXPORT_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      appVersion: '0.1.0-test',
      exportedBy: 'Kari Leder',
      attachments: { mode: 'embedded', files: [] },
      workspace: { name: 'Digisos Vest' },
      base: null,
    });
    expect(Date.parse(written.exportedAt)).not.toBeNaN();
    // The export is in the log, in the file and at home.
    expect(a.workspace().exchanges).toMatchObject([
      { kind: 'export', by: 'Kari Leder', fileName: 'vest.digisos.json' },
    ]);
    expect(written.workspace.exchanges).toEqual(a.workspace().exchanges);
  });

  it('embeds attachments with their SHA-256, or leaves them out when the user says so', async () => {
    const a = await laptopWithWorkspace('Kari');
    const source = path.join(tempFolder(), 'vedtak.pdf');
    fs.writeFileSync(source, '%PDF-1.4 vedtak');
    desktop.nextPick = source;
    await a.call('addAttachment', {
      target: { kind: 'agreement', municipalityId: idOf(a, 0), agreementId: 'ksTerms' },
    });
    const out = tempFolder('digisos-out-');
    const attachments = a.workspace().attachments;

    await a.exportTo(path.join(out, 'med.digisos.json'), true);
    await a.exportTo(path.join(out, 'uten.digisos.json'), false);

    const withFiles = JSON.parse(fs.readFileSync(path.join(out, 'med.digisos.json'), 'utf8'));
    const without = JSON.parse(fs.readFileSync(path.join(out, 'uten.digisos.json'), 'utf8'));
    expect(attachments).toHaveLength(1);
    expect(withFiles.attachments.files).toEqual([
      { sha256: attachments[0]!.sha256, size: 15, base64: Buffer.from('%PDF-1.4 vedtak').toString('base64') },
    ]);
    expect(without.attachments).toEqual({ mode: 'omitted', files: [] });
  });

  it('changes nothing when the user cancels the save dialog', async () => {
    const a = await laptopWithWorkspace('Kari');
    const before = fs.readFileSync(a.storage.documentPath);
    expect(await a.call('exportWorkspace', { includeAttachments: true })).toMatchObject({
      ok: true,
      value: { path: null },
    });
    expect(fs.readFileSync(a.storage.documentPath)).toEqual(before);
  });
});

describe('importing refuses cleanly and changes nothing', () => {
  const cases: [string, string | ((valid: Record<string, unknown>) => unknown), string, RegExp][] = [
    ['a file that is not JSON', 'Dette er et brev, ikke et arbeidsområde.', '', /ikke gyldig JSON/],
    ['a truncated file', (valid) => JSON.stringify(valid).slice(0, 500), '', /avkuttet/],
    ['JSON that is not ours', JSON.stringify({ name: 'regneark' }), 'format', /ikke fra Digisos Klar/],
    ['a file from a newer version', (valid) => ({ ...valid, schemaVersion: 99 }), 'schemaVersion', /nyere versjon/],
    [
      'a file with one impossible date',
      (valid) => {
        const copy = structuredClone(valid) as { workspace: { municipalities: { inhabitantsDate: string }[] } };
        copy.workspace.municipalities[1]!.inhabitantsDate = '2025-02-30';
        return copy;
      },
      'workspace.municipalities[1 «Oslo kommune»].inhabitantsDate',
      /Ugyldig dato/,
    ],
    [
      'a file with a negative population',
      (valid) => {
        const copy = structuredClone(valid) as { workspace: { municipalities: { inhabitants: number }[] } };
        copy.workspace.municipalities[0]!.inhabitants = -5;
        return copy;
      },
      'workspace.municipalities[0 «Bergen kommune»].inhabitants',
      /For lite: minst 1/,
    ],
  ];

  it.each(cases)('refuses %s, naming what is wrong and where', async (_name, make, expectedPath, message) => {
    const other = await laptopWithWorkspace('Per');
    const out = tempFolder('digisos-out-');
    await other.exportTo(path.join(out, 'gyldig.digisos.json'));
    const valid = JSON.parse(fs.readFileSync(path.join(out, 'gyldig.digisos.json'), 'utf8'));
    const content = typeof make === 'string' ? make : make(valid);
    const file = path.join(out, 'importer.digisos.json');
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));

    const mine = await laptopWithWorkspace('Kari');
    const before = fs.readFileSync(mine.storage.documentPath);
    const preview = await mine.preview(file);

    expect(preview).toMatchObject({ kind: 'refused', fileName: 'importer.digisos.json' });
    if (preview.kind !== 'refused') return;
    expect(preview.issues[0]).toMatchObject({ path: expectedPath, message: expect.stringMatching(message) });
    expect(fs.readFileSync(mine.storage.documentPath)).toEqual(before);
    expect(await mine.call('applyImport', { token: 'anything', choices: {} })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
  });

  it('refuses an embedded attachment whose bytes do not match their SHA-256', async () => {
    const other = await laptopWithWorkspace('Per');
    const out = tempFolder('digisos-out-');
    const file = path.join(out, 'x.digisos.json');
    await other.exportTo(file);
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    doc.attachments.files = [{ sha256: 'a'.repeat(64), size: 3, base64: Buffer.from('abc').toString('base64') }];
    fs.writeFileSync(file, JSON.stringify(doc));
    const mine = await laptop('Kari');
    expect(await mine.preview(file)).toMatchObject({ kind: 'refused', issues: [{ path: 'attachments.files[0]' }] });
    expect(mine.document().workspace).toBeNull();
  });

  it('migrates a data file from an older version and says what changed', async () => {
    const file = path.join(tempFolder('digisos-out-'), 'arbeidsomrade.json');
    fs.writeFileSync(file, JSON.stringify(VERSION_1_DOCUMENT));
    const mine = await laptop('Kari');

    const preview = await mine.preview(file);

    expect(preview).toMatchObject({ kind: 'preview', mode: 'new', source: 'document', migratedFrom: 1 });
    if (preview.kind !== 'preview') return;
    expect(preview.changes.length).toBeGreaterThan(3);
    const applied = await mine.call('applyImport', { token: preview.token, choices: {} });
    expect(applied).toMatchObject({ ok: true, value: { mode: 'new' } });
    expect(mine.workspace().municipalities[0]!.name).toBe('Vestby kommune');
  });
});

describe('two laptops, one workspace', () => {
  it('imports a colleague’s export as a new workspace on an empty laptop, attachments and all', async () => {
    const a = await laptopWithWorkspace('Kari');
    const source = path.join(tempFolder(), 'avtale.pdf');
    fs.writeFileSync(source, '%PDF-1.4 avtale');
    desktop.nextPick = source;
    await a.call('addAttachment', {
      target: { kind: 'agreement', municipalityId: idOf(a, 0), agreementId: 'ksTerms' },
    });
    const file = path.join(tempFolder('digisos-out-'), 'vest.digisos.json');
    await a.exportTo(file);

    const b = await laptop('Per');
    const preview = await b.preview(file);
    expect(preview).toMatchObject({ kind: 'preview', mode: 'new', municipalities: ['Bergen kommune', 'Oslo kommune'] });
    if (preview.kind !== 'preview') return;
    const applied = await b.call('applyImport', { token: preview.token, choices: {} });

    expect(applied).toMatchObject({ ok: true, value: { mode: 'new' } });
    expect(b.workspace().municipalities).toEqual(a.workspace().municipalities);
    for (const attachment of a.workspace().attachments) {
      expect(fs.readFileSync(attachmentPath(b.folder, attachment.sha256), 'utf8')).toBe('%PDF-1.4 avtale');
    }
    expect(b.workspace().exchanges.map((e) => e.kind)).toEqual(['export', 'importNew']);
  });

  it('merges: one-sided changes from both kept, the conflict decided by the user, recorded, and undoable', async () => {
    const a = await laptopWithWorkspace('Kari');
    const out = tempFolder('digisos-out-');
    await a.exportTo(path.join(out, '1.digisos.json'));
    const b = await laptop('Per');
    const first = await b.preview(path.join(out, '1.digisos.json'));
    if (first.kind !== 'preview') throw new Error('expected a preview');
    await b.call('applyImport', { token: first.token, choices: {} });

    // The other laptop: the same item one way, another item, and a new risk.
    await b.call('updateItem', { municipalityId: idOf(b, 0), itemId: ITEM, change: { status: 'done' } });
    await b.call('updateItem', { municipalityId: idOf(b, 1), itemId: SECOND, change: { note: 'Per sin merknad' } });
    await b.exportTo(path.join(out, '2.digisos.json'));
    // This laptop: the same item another way, and a third item.
    await a.call('updateItem', { municipalityId: idOf(a, 0), itemId: ITEM, change: { status: 'inProgress' } });
    await a.call('updateItem', { municipalityId: idOf(a, 0), itemId: THIRD, change: { dueDate: '15.01.2027' } });
    const beforeMerge = structuredClone(a.workspace());

    const preview = await a.preview(path.join(out, '2.digisos.json'));

    expect(preview).toMatchObject({ kind: 'preview', mode: 'merge', baseKnown: true, exportedBy: 'Per' });
    if (preview.kind !== 'preview') return;
    expect(preview.conflicts).toEqual([
      expect.objectContaining({
        field: 'status',
        mine: { present: true, value: 'inProgress' },
        theirs: { present: true, value: 'done' },
      }),
    ]);
    // Nothing changes before the user decides.
    expect(a.workspace()).toEqual(beforeMerge);
    expect(await a.call('applyImport', { token: preview.token, choices: {} })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });

    const applied = await a.call('applyImport', {
      token: preview.token,
      choices: { [preview.conflicts[0]!.id]: 'theirs' },
    });

    expect(applied).toMatchObject({ ok: true, value: { mode: 'merge', conflicts: 1, tookTheirs: 1, keptMine: 0 } });
    expect(a.item(0, ITEM)).toMatchObject({ status: 'done', completedBy: 'Per' });
    expect(a.item(1, SECOND)?.note).toBe('Per sin merknad');
    expect(a.item(0, THIRD)?.dueDate).toBe('2027-01-15');
    // Both sides' history of the contested item is kept.
    expect(a.item(0, ITEM)?.history.map((h) => `${h.by}:${h.to}`)).toEqual(
      expect.arrayContaining(['Kari:inProgress', 'Per:done']),
    );
    const merge = a.workspace().exchanges.at(-1)!;
    expect(merge).toMatchObject({ kind: 'merge', by: 'Kari', fileName: '2.digisos.json', tookTheirs: 1 });
    expect(
      a.storage.listBackups().some((backup) => backup.id === merge.backupId && backup.kind === 'beforeMerge'),
    ).toBe(true);

    // Undo: back to exactly before, with the undo itself in the log.
    const undone = await a.call<StoredDocument>('undoMerge', { exchangeId: merge.id });
    expect(undone.ok).toBe(true);
    const { exchanges, updatedAt: _u, ...rest } = a.workspace();
    const { exchanges: beforeExchanges, updatedAt: _b, ...beforeRest } = beforeMerge;
    expect(rest).toEqual(beforeRest);
    expect(exchanges.map((e) => e.kind)).toEqual([...beforeExchanges.map((e) => e.kind), 'undoMerge']);
  });

  it('without a known common starting point, asks rather than guesses', async () => {
    const a = await laptopWithWorkspace('Kari');
    // A copy from before anything was shared.
    const kept = await a.call<{ backups: { id: string; kind: string }[] }>('backupNow');
    const beforeSharing = kept.ok ? kept.value.backups.find((x) => x.kind === 'manual')!.id : '';
    const out = tempFolder('digisos-out-');
    await a.exportTo(path.join(out, '1.digisos.json'));
    const b = await laptop('Per');
    const first = await b.preview(path.join(out, '1.digisos.json'));
    if (first.kind !== 'preview') throw new Error('expected a preview');
    await b.call('applyImport', { token: first.token, choices: {} });
    await b.call('renameWorkspace', { name: 'Digisos Bjørgvin' });
    await b.exportTo(path.join(out, '2.digisos.json'));
    // Laptop A goes back to before the export: it no longer holds what it shared.
    await a.call('restoreBackup', { id: beforeSharing });

    const preview = await a.preview(path.join(out, '2.digisos.json'));

    expect(preview).toMatchObject({ kind: 'preview', mode: 'merge', baseKnown: false });
    if (preview.kind !== 'preview') return;
    expect(preview.conflicts.map((c) => c.field)).toEqual(['name']);
  });

  it('replaces a different workspace only after keeping it as a backup', async () => {
    const a = await laptopWithWorkspace('Kari');
    const file = path.join(tempFolder('digisos-out-'), 'a.digisos.json');
    await a.exportTo(file);
    const b = await laptop('Per');
    await b.call('createWorkspace', { name: 'Et annet område' });

    const preview = await b.preview(file);
    expect(preview).toMatchObject({ kind: 'preview', mode: 'replace', myWorkspaceName: 'Et annet område' });
    if (preview.kind !== 'preview') return;
    await b.call('applyImport', { token: preview.token, choices: {} });

    expect(b.workspace().name).toBe('Digisos Vest');
    const kept = b.storage.listBackups().find((x) => x.kind === 'beforeImport');
    expect(kept?.workspaceName).toBe('Et annet område');
  });
});

describe('backups and restore', () => {
  it('lists the rolling backups with where and how many, keeps a manual one, and restores after keeping the current state', async () => {
    const a = await laptopWithWorkspace('Kari');
    const listed = await a.call<{ folder: string; backupsToKeep: number; backups: { id: string; kind: string }[] }>(
      'backupNow',
    );
    if (!listed.ok) throw new Error('backupNow failed');
    expect(listed.value.folder).toBe(path.join(a.folder, 'backups'));
    expect(listed.value.backupsToKeep).toBe(10);
    const manual = listed.value.backups.find((x) => x.kind === 'manual')!;
    expect(listed.value.backups.filter((x) => x.kind === 'automatic').length).toBeGreaterThan(0);

    await a.call('renameWorkspace', { name: 'Nytt navn' });
    const restored = await a.call('restoreBackup', { id: manual.id });

    expect(restored.ok).toBe(true);
    expect(a.workspace().name).toBe('Digisos Vest');
    expect(a.workspace().exchanges.at(-1)?.kind).toBe('restore');
    const before = a.storage.listBackups().find((x) => x.kind === 'beforeRestore');
    expect(before?.workspaceName).toBe('Nytt navn');
  });

  it('refuses a backup id it did not list (no path tricks)', async () => {
    const a = await laptopWithWorkspace('Kari');
    const before = fs.readFileSync(a.storage.documentPath);
    for (const id of ['kept/../../arbeidsomrade.json', 'auto/../arbeidsomrade.json', '/etc/passwd']) {
      expect(await a.call('restoreBackup', { id })).toMatchObject({ ok: false, error: { code: 'notFound' } });
    }
    expect(fs.readFileSync(a.storage.documentPath)).toEqual(before);
  });
});

describe('spreadsheets', () => {
  it('saves the CSV the view made where the user chose, byte for byte', async () => {
    const a = await laptopWithWorkspace('Kari');
    const file = path.join(tempFolder('digisos-out-'), 'sjekkliste.csv');
    desktop.nextSavePath = file;
    const content = '\uFEFFKommune;Status\r\nBergen kommune;Fullført\r\n';

    const result = await a.call('exportCsv', { kind: 'checklist', fileName: 'Sjekkliste.csv', content });

    expect(result).toMatchObject({ ok: true, value: { path: file } });
    expect(fs.readFileSync(file)).toEqual(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(content.slice(1))]),
    );
  });
});
