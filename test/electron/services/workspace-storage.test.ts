import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_FOLDER, DOCUMENT_FILE } from '../../../electron/services/workspace-storage';
import { IpcFailure } from '../../../shared/ipc/errors';
import { createWorkspace } from '../../../shared/domain/workspace';
import { SCHEMA_VERSION, type StoredDocument } from '../../../shared/schema/workspace';
import { NOW, sequentialIds } from '../../support/fixtures';
import { openStorage } from '../../support/storage';
import { VERSION_1_DOCUMENT } from '../../support/version-1-document';
import { tempFolder } from '../../support/temp-folder';

function withWorkspace(doc: StoredDocument, name: string): StoredDocument {
  return { ...doc, workspace: createWorkspace(name, { now: NOW, newId: sequentialIds('w') }) };
}

function ticking(start = NOW): () => Date {
  let t = start.getTime();
  return () => new Date((t += 1000));
}

describe('workspace storage', () => {
  it('starts empty in a new folder and writes nothing until the first save', () => {
    const folder = tempFolder();
    const storage = openStorage(folder);
    expect(storage.document.workspace).toBeNull();
    expect(storage.notices).toEqual([]);
    expect(fs.existsSync(path.join(folder, DOCUMENT_FILE))).toBe(false);
  });

  it('finds what was saved after a restart', () => {
    const folder = tempFolder();
    const first = openStorage(folder);
    first.save(withWorkspace(first.document, 'Digisos Vestby'));
    const again = openStorage(folder);
    expect(again.document.workspace?.name).toBe('Digisos Vestby');
    expect(again.document.schemaVersion).toBe(SCHEMA_VERSION);
    expect(again.readOnly).toBe(false);
  });

  it('keeps only the newest N saves as backups', () => {
    const folder = tempFolder();
    const storage = openStorage(folder, { backupsToKeep: 3, now: ticking() });
    for (let i = 1; i <= 5; i += 1) storage.save(withWorkspace(storage.document, `Versjon ${i}`));
    const backups = fs.readdirSync(path.join(folder, BACKUP_FOLDER)).sort();
    expect(backups).toHaveLength(3);
    const names = backups.map(
      (f) => JSON.parse(fs.readFileSync(path.join(folder, BACKUP_FOLDER, f), 'utf8')).workspace.name,
    );
    expect(names).toEqual(['Versjon 3', 'Versjon 4', 'Versjon 5']);
  });

  it('keeps every backup apart even when saves land in the same millisecond', () => {
    const folder = tempFolder();
    const storage = openStorage(folder, { backupsToKeep: 5, now: () => NOW });
    for (let i = 1; i <= 3; i += 1) storage.save(withWorkspace(storage.document, `Versjon ${i}`));
    expect(storage.listBackups().map((b) => b.file)).toHaveLength(3);
    const newest = storage.listBackups()[0]?.file ?? '';
    expect(JSON.parse(fs.readFileSync(path.join(folder, BACKUP_FOLDER, newest), 'utf8')).workspace.name).toBe(
      'Versjon 3',
    );
  });

  it('sets a file that is not JSON aside, restores the newest good backup and says so', () => {
    const folder = tempFolder();
    const storage = openStorage(folder, { now: ticking() });
    storage.save(withWorkspace(storage.document, 'Første'));
    storage.save(withWorkspace(storage.document, 'Andre'));
    fs.writeFileSync(path.join(folder, DOCUMENT_FILE), '{"format": "digisos-klar/workspace", "schem');

    const reopened = openStorage(folder, { now: () => new Date('2026-11-23T12:00:00.000Z') });
    expect(reopened.document.workspace?.name).toBe('Andre');
    expect(reopened.notices).toEqual([
      {
        kind: 'recoveredFromBackup',
        setAsideFile: 'arbeidsomrade.skadet-2026-11-23T12-00-00-000Z.json',
        backupSavedAt: expect.any(String),
      },
    ]);
    // The broken file is kept byte for byte, and the restored file is whole again.
    expect(fs.readFileSync(path.join(folder, 'arbeidsomrade.skadet-2026-11-23T12-00-00-000Z.json'), 'utf8')).toBe(
      '{"format": "digisos-klar/workspace", "schem',
    );
    expect(openStorage(folder).document.workspace?.name).toBe('Andre');
  });

  it('treats a file that parses but breaks the schema as corrupt too', () => {
    const folder = tempFolder();
    const storage = openStorage(folder, { now: ticking() });
    storage.save(withWorkspace(storage.document, 'God'));
    const onDisk = JSON.parse(fs.readFileSync(path.join(folder, DOCUMENT_FILE), 'utf8'));
    onDisk.workspace.municipalities = [{ name: 'Halvferdig' }];
    fs.writeFileSync(path.join(folder, DOCUMENT_FILE), JSON.stringify(onDisk));
    const reopened = openStorage(folder);
    expect(reopened.document.workspace?.name).toBe('God');
    expect(reopened.notices[0]?.kind).toBe('recoveredFromBackup');
  });

  it('skips broken backups and takes the newest good one', () => {
    const folder = tempFolder();
    const storage = openStorage(folder, { now: ticking() });
    storage.save(withWorkspace(storage.document, 'Eldre'));
    storage.save(withWorkspace(storage.document, 'Nyere'));
    const [newest] = storage.listBackups();
    fs.writeFileSync(path.join(folder, BACKUP_FOLDER, newest?.file ?? ''), 'ødelagt');
    fs.writeFileSync(path.join(folder, DOCUMENT_FILE), 'ødelagt');
    expect(openStorage(folder).document.workspace?.name).toBe('Eldre');
  });

  it('starts empty, and says so, when the file is broken and there is no backup', () => {
    const folder = tempFolder();
    fs.writeFileSync(path.join(folder, DOCUMENT_FILE), '\u0000\u0000\u0000');
    const storage = openStorage(folder);
    expect(storage.document.workspace).toBeNull();
    expect(storage.notices[0]?.kind).toBe('corruptNoBackup');
    expect(fs.readdirSync(folder).some((f) => f.startsWith('arbeidsomrade.skadet-'))).toBe(true);
  });

  it('opens a file from a newer version read-only and never writes over it', () => {
    const folder = tempFolder();
    const newer = JSON.stringify({ format: 'digisos-klar/workspace', schemaVersion: SCHEMA_VERSION + 1, future: true });
    fs.writeFileSync(path.join(folder, DOCUMENT_FILE), newer);
    const storage = openStorage(folder);
    expect(storage.readOnly).toBe(true);
    expect(storage.notices).toEqual([{ kind: 'newerVersion', version: SCHEMA_VERSION + 1 }]);
    expect(() => storage.save(withWorkspace(storage.document, 'Overskriv'))).toThrow(IpcFailure);
    expect(fs.readFileSync(path.join(folder, DOCUMENT_FILE), 'utf8')).toBe(newer);
    expect(fs.readdirSync(folder)).toEqual([DOCUMENT_FILE]);
  });

  it('upgrades a file from an older version, keeps a copy of it and says what changed', () => {
    const folder = tempFolder();
    const old = JSON.stringify(VERSION_1_DOCUMENT);
    fs.writeFileSync(path.join(folder, DOCUMENT_FILE), old);
    const storage = openStorage(folder, { now: () => NOW });
    expect(storage.document.schemaVersion).toBe(SCHEMA_VERSION);
    expect(storage.document.workspace?.municipalities[0]?.name).toBe('Vestby kommune');
    expect(storage.notices).toEqual([{ kind: 'migrated', from: 1, to: SCHEMA_VERSION, changes: expect.any(Array) }]);
    expect(fs.readFileSync(path.join(folder, 'arbeidsomrade.v1-2026-11-23T10-00-00-000Z.json'), 'utf8')).toBe(old);
  });

  it('leaves file and memory as they were when the disk is full', () => {
    const folder = tempFolder();
    const good = openStorage(folder);
    const saved = good.save(withWorkspace(good.document, 'Lagret'));
    const before = fs.readFileSync(path.join(folder, DOCUMENT_FILE), 'utf8');

    const fullDisk = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    const storage = openStorage(folder, { writeFile: fullDisk });
    expect(() => storage.save(withWorkspace(storage.document, 'Ikke lagret'))).toThrow(/ENOSPC/);
    expect(storage.document).toEqual(saved);
    expect(fs.readFileSync(path.join(folder, DOCUMENT_FILE), 'utf8')).toBe(before);
  });
});
