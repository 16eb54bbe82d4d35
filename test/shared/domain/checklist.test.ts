import { describe, expect, it } from 'vitest';
import { applyItemChange, blankEntry } from '../../../shared/domain/checklist';

const at = (iso: string) => ({ by: 'Kari Nordmann', now: new Date(iso) });

describe('changing a checklist item', () => {
  it('stamps who completed it and when, and records the change', () => {
    const result = applyItemChange(
      blankEntry('decision.x', new Date('2026-11-01T08:00:00Z')),
      { status: 'done' },
      at('2026-11-23T10:00:00Z'),
    );
    expect(result).toMatchObject({
      ok: true,
      entry: {
        status: 'done',
        completedAt: '2026-11-23',
        completedBy: 'Kari Nordmann',
        history: [
          { at: '2026-11-23T10:00:00.000Z', by: 'Kari Nordmann', field: 'status', from: 'notStarted', to: 'done' },
        ],
      },
    });
  });

  it('refuses "not relevant" without a reason, and keeps the reason in the history', () => {
    const entry = blankEntry('test.x', new Date());
    expect(applyItemChange(entry, { status: 'notRelevant' }, at('2026-11-23T10:00:00Z'))).toEqual({
      ok: false,
      error: 'reasonRequired',
    });
    expect(
      applyItemChange(entry, { status: 'notRelevant', notRelevantReason: '   ' }, at('2026-11-23T10:00:00Z')).ok,
    ).toBe(false);
    const result = applyItemChange(
      entry,
      { status: 'notRelevant', notRelevantReason: 'Vi tester ikke' },
      at('2026-11-23T10:00:00Z'),
    );
    expect(result.ok && result.entry.history.map((h) => [h.field, h.from, h.to])).toEqual([
      ['status', 'notStarted', 'notRelevant'],
      ['notRelevantReason', null, 'Vi tester ikke'],
    ]);
  });

  it('clears the completion and the reason when an item is reopened', () => {
    const done = applyItemChange(blankEntry('x.y', new Date()), { status: 'done' }, at('2026-11-20T10:00:00Z'));
    if (!done.ok) throw new Error('should be done');
    const reopened = applyItemChange(done.entry, { status: 'inProgress' }, at('2026-11-23T10:00:00Z'));
    expect(reopened).toMatchObject({ ok: true, entry: { status: 'inProgress', completedAt: null, completedBy: '' } });
  });

  it('records owner, due date and note changes, each from what to what', () => {
    const result = applyItemChange(
      blankEntry('x.y', new Date()),
      { owner: { kind: 'role', role: 'legal' }, dueDate: '2026-12-01', note: 'Sendt til rådmannen' },
      at('2026-11-23T10:00:00Z'),
    );
    expect(result.ok && result.entry.history.map((h) => [h.field, h.from, h.to])).toEqual([
      ['owner', null, 'role:legal'],
      ['dueDate', null, '2026-12-01'],
      ['note', null, 'Sendt til rådmannen'],
    ]);
  });

  it('records nothing when nothing changed', () => {
    const entry = blankEntry('x.y', new Date('2026-11-01T08:00:00Z'));
    expect(applyItemChange(entry, { status: 'notStarted', note: '' }, at('2026-11-23T10:00:00Z'))).toEqual({
      ok: true,
      entry,
    });
  });
});
