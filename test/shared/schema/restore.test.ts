import { describe, expect, it } from 'vitest';
import { migrate, type Migration } from '../../../shared/schema/migrations';
import { restoreDocument, restoreDocumentText } from '../../../shared/schema/restore';
import { emptyDocument, SCHEMA_VERSION } from '../../../shared/schema/workspace';
import { bergenForm, NOW } from '../../support/fixtures';
import { documentOf, workspaceWith } from '../../support/workspace-builder';

const good = () => JSON.parse(JSON.stringify(emptyDocument('0.1.0', NOW))) as Record<string, unknown>;

describe('restoring what was read from disk', () => {
  it('accepts a document this version wrote', () => {
    const result = restoreDocument(good());
    expect(result).toMatchObject({ kind: 'ok', migratedFrom: null });
  });

  it('refuses text that is not JSON, saying so', () => {
    const result = restoreDocumentText('{"format": "digisos-klar/wor');
    expect(result.kind).toBe('invalid');
    if (result.kind === 'invalid') expect(result.issues[0]?.message).toMatch(/^Ikke gyldig JSON/);
  });

  it.each([
    ['an array', []],
    ['null', null],
    ['another program’s file', { format: 'something-else', schemaVersion: 1 }],
  ])('refuses %s as not ours', (_case, raw) => {
    expect(restoreDocument(raw).kind).toBe('invalid');
  });

  it('names the path to a bad field', () => {
    const doc = good();
    doc.settings = { userName: 'Kari', language: 'sv' };
    const result = restoreDocument(doc);
    expect(result).toMatchObject({ kind: 'invalid', issues: [{ path: 'settings.language' }] });
  });

  it('refuses a municipality with a broken organisation number deep in the file', () => {
    const workspace = workspaceWith([bergenForm]);
    const doc = JSON.parse(JSON.stringify(documentOf(workspace)));
    doc.workspace.municipalities[0].orgNumber = '964338532';
    expect(restoreDocument(doc)).toMatchObject({
      kind: 'invalid',
      issues: [{ path: 'workspace.municipalities[0 «Bergen kommune»].orgNumber' }],
    });
  });

  it('reports a file from a newer version as newer, not as broken', () => {
    expect(restoreDocument({ ...good(), schemaVersion: SCHEMA_VERSION + 1 })).toEqual({
      kind: 'newer',
      version: SCHEMA_VERSION + 1,
    });
  });

  it('migrates an older document step by step and says what changed', () => {
    // A pretend history: version 1 kept the user's name at the top, version 2 moved it into
    // settings, version 3 added the language.
    const steps: Migration[] = [
      {
        from: 1,
        changes: ['Brukernavnet er flyttet til innstillingene'],
        up: ({ user, ...rest }) => ({ ...rest, settings: { userName: user } }),
      },
      {
        from: 2,
        changes: ['Språk er lagt til, bokmål som standard'],
        up: (d) => ({ ...d, settings: { ...(d.settings as object), language: 'nb' } }),
      },
    ];
    expect(migrate({ schemaVersion: 1, user: 'Kari' }, 1, 3, steps)).toEqual({
      ok: true,
      document: { schemaVersion: 3, settings: { userName: 'Kari', language: 'nb' } },
      changes: ['Brukernavnet er flyttet til innstillingene', 'Språk er lagt til, bokmål som standard'],
    });
  });

  it('refuses an old document when a migration step is missing', () => {
    expect(migrate({}, 1, 3, [{ from: 1, changes: [], up: (d) => d }])).toEqual({ ok: false, missingFrom: 2 });
  });
});
