import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, exportJsonSchema, exportText, readImportText } from '../../../shared/exchange/format';
import { SCHEMA_VERSION } from '../../../shared/schema/workspace';
import { bergenForm, NOW } from '../../support/fixtures';
import { workspaceWith } from '../../support/workspace-builder';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function exported() {
  return JSON.parse(
    exportText({
      workspace: workspaceWith([bergenForm]),
      base: null,
      exchangeId: 'x-1',
      appVersion: '1.0.0',
      exportedAt: NOW,
      exportedBy: 'Kari',
      attachments: { mode: 'omitted', files: [] },
    }),
  ) as Record<string, unknown> & { workspace: Record<string, unknown> };
}

describe('the exchange file', () => {
  it('reads back what it wrote', () => {
    const result = readImportText(JSON.stringify(exported()));
    expect(result).toMatchObject({
      kind: 'ok',
      incoming: { source: 'export', exchangeId: 'x-1', exportedBy: 'Kari', migratedFrom: null },
    });
  });

  it('lifts an export written by schema version 4 to the current version and says what changed', () => {
    const old = exported();
    delete old.workspace.exchanges;
    const result = readImportText(JSON.stringify({ ...old, schemaVersion: 4 }));
    expect(result).toMatchObject({ kind: 'ok', incoming: { migratedFrom: 4 } });
    if (result.kind !== 'ok') return;
    expect(result.incoming.workspace.exchanges).toEqual([]);
    expect(result.incoming.changes.join(' ')).toMatch(/utvekslingslogg/);
  });

  it('accepts a byte-order mark, as editors on Windows write one', () => {
    expect(readImportText(`\uFEFF${JSON.stringify(exported())}`).kind).toBe('ok');
  });

  it.each([
    ['an array', '[1,2,3]', 'notOurs'],
    ['an empty file', '', 'notJson'],
    [
      'a schema version that is not a number',
      JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 'fem' }),
      'invalid',
    ],
    ['an unknown extra field', JSON.stringify({ ...exported(), hemmelig: true }), 'invalid'],
  ])('refuses %s', (_name, text, reason) => {
    expect(readImportText(text)).toMatchObject({ kind: 'refused', reason });
  });

  it('names unknown fields in Norwegian', () => {
    const result = readImportText(JSON.stringify({ ...exported(), hemmelig: true }));
    expect(result).toMatchObject({ kind: 'refused', issues: [{ path: '', message: 'Ukjent felt: hemmelig' }] });
  });

  it('says what type a field should have had', () => {
    const doc = exported();
    (doc.workspace as { name: unknown }).name = 42;
    expect(readImportText(JSON.stringify(doc))).toMatchObject({
      issues: [{ path: 'workspace.name', message: 'Skal være tekst, men er et tall' }],
    });
  });

  it('has a published JSON Schema generated from the schema the import checks with', () => {
    const published = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/file-format.schema.json'), 'utf8'));
    // If this fails, run `npm run schema` and describe the change in docs/file-format.md.
    expect(published).toEqual(exportJsonSchema());
    expect(published.properties.schemaVersion.const).toBe(SCHEMA_VERSION);
    expect(published.required).toEqual(expect.arrayContaining(['format', 'schemaVersion', 'workspace', 'attachments']));
  });
});
