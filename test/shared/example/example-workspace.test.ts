import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/catalogue/checklist';
import { approvalState } from '../../../shared/domain/approval';
import { checklistRows } from '../../../shared/domain/checklist';
import { cooperationRole } from '../../../shared/domain/cooperation';
import { municipalityCosts } from '../../../shared/domain/costs';
import { exampleDocument, largeExampleDocument } from '../../../shared/example/example-workspace';
import { toIsoDate } from '../../../shared/format/date';
import { restoreDocument, restoreDocumentText } from '../../../shared/schema/restore';
import { ITEM_STATUSES, type StoredDocument } from '../../../shared/schema/workspace';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const TODAY = toIsoDate(NOW);

function restored(document: StoredDocument): StoredDocument {
  const result = restoreDocument(JSON.parse(JSON.stringify(document)));
  if (result.kind !== 'ok') throw new Error(`not valid: ${JSON.stringify(result)}`);
  return result.document;
}

describe('the example workspace', () => {
  const document = exampleDocument(NOW);
  const workspace = document.workspace!;
  const [host, partner] = workspace.municipalities;

  it('passes restoreDocument, also as the JSON text a file would hold', () => {
    expect(restored(document)).toEqual(document);
    expect(restoreDocumentText(JSON.stringify(document, null, 2)).kind).toBe('ok');
  });

  it('is a host cooperation of a host and a partner', () => {
    expect(workspace.municipalities).toHaveLength(2);
    expect(cooperationRole(host!, workspace)).toBe('host');
    expect(cooperationRole(partner!, workspace)).toBe('partner');
  });

  it('has items in every status, a not-relevant one with its reason, and overdue ones', () => {
    const entries = workspace.municipalities.flatMap((m) => m.checklist);
    for (const status of ITEM_STATUSES) expect(host!.checklist.map((e) => e.status)).toContain(status);
    for (const entry of entries.filter((e) => e.status === 'notRelevant')) {
      expect(entry.notRelevantReason.length).toBeGreaterThan(10);
    }
    for (const entry of entries) {
      expect(CATALOGUE.some((i) => i.id === entry.itemId)).toBe(true);
      expect(entry.history.length).toBeGreaterThan(0);
    }
    const overdue = workspace.municipalities.flatMap((m) =>
      checklistRows(m, workspace.cooperation, TODAY).filter((r) => r.dueState === 'overdue'),
    );
    expect(overdue.length).toBeGreaterThanOrEqual(2);
  });

  it('has agreements signed and sent, decisions and cost inputs', () => {
    const statuses = workspace.municipalities.flatMap((m) => m.agreements.map((a) => a.status));
    expect(statuses).toContain('signed');
    expect(statuses).toContain('sentForSigning');
    expect(host!.decisions.map((d) => d.kind)).toEqual(['startRollout', 'digifinMembership']);
    expect(host!.costInputs.digifinMember).toBe(true);
    const context = { prices: workspace.prices, adoptingInhabitants: 3_600_000, year: 2026 };
    expect(municipalityCosts(host!, context).connectionFee).toMatchObject({ ore: 15_910_000, rule: 'per-inhabitant' });
    expect(municipalityCosts(partner!, context).connectionFee).toMatchObject({ ore: 5_500_000, rule: 'fixed' });
  });

  it('has an approved, non-stale ROS analysis with risks and measures, and a DPIA with the DPO’s advice', () => {
    const state = approvalState(host!, 'ros', TODAY);
    expect(state.kind).toBe('approved');
    expect(host!.ros.risks.length).toBeGreaterThanOrEqual(3);
    expect(host!.ros.risks.every((r) => r.measures.length > 0)).toBe(true);
    expect(host!.dpia.dpoAdvice.advice).not.toBe('');
    expect(host!.dpia.dpoAdvice.who).not.toBe('');
    // Still approved after the round trip through a file.
    expect(approvalState(restored(document).workspace!.municipalities[0]!, 'ros', TODAY).kind).toBe('approved');
  });

  it('is the same for the same moment', () => {
    expect(JSON.stringify(exampleDocument(NOW))).toBe(JSON.stringify(document));
  });
});

describe('the large example workspace', () => {
  it('has 20 municipalities and 100 risks and passes restoreDocument', () => {
    const document = largeExampleDocument(NOW);
    const workspace = restored(document).workspace!;
    expect(workspace.municipalities).toHaveLength(20);
    expect(workspace.municipalities.flatMap((m) => m.ros.risks)).toHaveLength(100);
    expect(workspace.municipalities[0]!.checklist).toHaveLength(CATALOGUE.length);
  });

  it('still passes with the benchmark’s 500 entries per municipality', () => {
    expect(restoreDocument(largeExampleDocument(NOW, { municipalities: 10, items: 500 })).kind).toBe('ok');
  });
});
