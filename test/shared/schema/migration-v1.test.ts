import { describe, expect, it } from 'vitest';
import { restoreDocument } from '../../../shared/schema/restore';
import { VERSION_1_DOCUMENT } from '../../support/version-1-document';

describe('upgrading a workspace saved by version 1', () => {
  it('keeps every fact and every item, and adds the new fields with safe defaults', () => {
    const result = restoreDocument(structuredClone(VERSION_1_DOCUMENT));
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.migratedFrom).toBe(1);
    expect(result.changes.length).toBeGreaterThan(0);
    const m = result.document.workspace!.municipalities[0]!;
    expect(m).toMatchObject({
      name: 'Vestby kommune',
      orgNumber: '940155223',
      plannedConnectionDate: null,
      caseSystemUpgrade: 'unknown',
      capabilities: { receiving: { state: 'notStarted', since: null } },
    });
    expect(m.checklist).toMatchObject([
      {
        itemId: 'decision.start-project',
        status: 'done',
        owner: { kind: 'person', name: 'Kari Nordmann' },
        dueDate: '2026-03-01',
        note: 'Vedtatt i formannskapet',
        history: [],
      },
      { itemId: 'decision.digifin-member', owner: null, notRelevantReason: '' },
    ]);
    expect(result.document.workspace!.cooperation).toEqual({ model: 'none', legalForm: 'notSet', hostId: null });
  });

  it('upgrades a document with no workspace yet', () => {
    expect(restoreDocument({ ...structuredClone(VERSION_1_DOCUMENT), workspace: null }).kind).toBe('ok');
  });
});
