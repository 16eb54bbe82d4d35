import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyItemChange, blankEntry, withEntry, type ItemChange } from '../../../shared/domain/checklist';
import { mergeWorkspaces, resolveMerge } from '../../../shared/exchange/merge';
import { workspaceSchema, type Municipality, type Risk, type Workspace } from '../../../shared/schema/workspace';
import { bergenForm, NOW, osloForm } from '../../support/fixtures';
import { withMunicipality, workspaceWith } from '../../support/workspace-builder';

const ITEM = 'decision.start-project';
const OTHER_ITEM = 'decision.digifin-member';
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

/** Changes one checklist item of municipality `index` the way the app does, history and all. */
function changeItem(workspace: Workspace, index: number, itemId: string, change: ItemChange, by: string, at: Date) {
  return withMunicipality(workspace, index, (m) => {
    const current = m.checklist.find((e) => e.itemId === itemId) ?? blankEntry(itemId, at);
    const result = applyItemChange(current, change, { by, now: at });
    if (!result.ok) throw new Error(result.error);
    return withEntry(m, result.entry);
  });
}

const entryOf = (workspace: Workspace, index: number, itemId: string) =>
  workspace.municipalities[index]!.checklist.find((e) => e.itemId === itemId);

function risk(id: string, patch: Partial<Risk> = {}): Risk {
  return {
    id,
    starterId: null,
    event: `Hendelse ${id}`,
    cause: '',
    values: ['confidentiality'],
    existingMeasures: '',
    likelihood: 2,
    consequence: 3,
    uncertainty: 'medium',
    measures: [],
    residualLikelihood: 1,
    residualConsequence: 2,
    riskOwner: '',
    acceptedBy: '',
    ...patch,
  };
}
const withRisks = (workspace: Workspace, risks: Risk[]) =>
  withMunicipality(workspace, 0, (m: Municipality) => ({ ...m, ros: { ...m.ros, risks } }));

describe('merging a colleague’s copy of the same workspace', () => {
  const start = changeItem(workspaceWith([bergenForm, osloForm]), 0, ITEM, { note: 'Felles start' }, 'Kari', later(1));

  it('takes changes made on one side only, from both sides, and records no conflict', () => {
    const mine = changeItem(start, 0, ITEM, { status: 'inProgress' }, 'Kari', later(10));
    const theirs = changeItem(start, 1, OTHER_ITEM, { status: 'done' }, 'Per', later(11));

    const result = mergeWorkspaces(mine, theirs, start);

    expect(result.conflicts).toEqual([]);
    expect(entryOf(result.merged, 0, ITEM)?.status).toBe('inProgress');
    expect(entryOf(result.merged, 1, OTHER_ITEM)).toMatchObject({ status: 'done', completedBy: 'Per' });
    expect(result.taken).toEqual([expect.objectContaining({ field: null })]);
    expect(workspaceSchema.safeParse(result.merged).success).toBe(true);
  });

  it('decides checklist items by their history even without a common starting point', () => {
    const mine = changeItem(start, 0, ITEM, { owner: { kind: 'person', name: 'Kari' } }, 'Kari', later(10));
    const theirs = changeItem(start, 0, ITEM, { dueDate: '2027-01-15' }, 'Per', later(12));

    const result = mergeWorkspaces(mine, theirs, null);

    expect(result.conflicts).toEqual([]);
    const merged = entryOf(result.merged, 0, ITEM)!;
    expect(merged.owner).toEqual({ kind: 'person', name: 'Kari' });
    expect(merged.dueDate).toBe('2027-01-15');
    // Both sides' history is kept, once, in time order.
    expect(merged.history.map((h) => `${h.by}:${h.field}`)).toEqual(['Kari:note', 'Kari:owner', 'Per:dueDate']);
  });

  it('makes the same field changed differently on both sides a conflict, and lets the user choose theirs', () => {
    const mine = changeItem(start, 0, ITEM, { status: 'inProgress' }, 'Kari', later(10));
    const theirs = changeItem(
      start,
      0,
      ITEM,
      { status: 'notRelevant', notRelevantReason: 'Vedtatt før' },
      'Per',
      later(11),
    );

    const result = mergeWorkspaces(mine, theirs, start);

    expect(result.conflicts).toHaveLength(1);
    const conflict = result.conflicts[0]!;
    expect(conflict).toMatchObject({
      field: 'status',
      mine: { present: true, value: 'inProgress' },
      theirs: { present: true, value: 'notRelevant' },
    });
    // Until decided, my side stands.
    expect(entryOf(result.merged, 0, ITEM)?.status).toBe('inProgress');

    expect(resolveMerge(result, {})).toEqual({ ok: false, undecided: [conflict.id] });
    const resolved = resolveMerge(result, { [conflict.id]: 'theirs' });
    if (!resolved.ok) throw new Error('expected a resolved merge');
    // Their status comes with its reason.
    expect(entryOf(resolved.workspace, 0, ITEM)).toMatchObject({
      status: 'notRelevant',
      notRelevantReason: 'Vedtatt før',
    });
    expect(resolved).toMatchObject({ keptMine: 0, tookTheirs: 1 });
    const mineKept = resolveMerge(result, { [conflict.id]: 'mine' });
    expect(mineKept.ok && entryOf(mineKept.workspace, 0, ITEM)?.status).toBe('inProgress');
  });

  it('sees no conflict when both sides made the same change', () => {
    const mine = changeItem(start, 0, ITEM, { note: 'Samme' }, 'Kari', later(10));
    const theirs = changeItem(start, 0, ITEM, { note: 'Samme' }, 'Per', later(11));
    expect(mergeWorkspaces(mine, theirs, start).conflicts).toEqual([]);
  });

  it('compares other fields with the common starting point: one-sided changes are taken, two-sided ones conflict', () => {
    const mine = withMunicipality({ ...start, name: 'Digisos Vest' }, 0, (m) => ({
      ...m,
      navUnit: 'NAV Bergen sentrum',
    }));
    const theirs = withMunicipality(start, 0, (m) => ({ ...m, navUnit: 'NAV Årstad', batch: 'Pulje 3' }));

    const result = mergeWorkspaces(mine, theirs, start);

    expect(result.merged.name).toBe('Digisos Vest');
    expect(result.merged.municipalities[0]!.batch).toBe('Pulje 3');
    expect(result.conflicts.map((c) => c.field)).toEqual(['navUnit']);
    expect(result.conflicts[0]!.path).toEqual([
      'municipalities',
      { id: start.municipalities[0]!.id, label: 'Bergen kommune' },
    ]);
  });

  it('without a common starting point, calls every other difference a conflict rather than guessing', () => {
    const mine = { ...start, name: 'Digisos Vest' };
    const theirs = { ...start, name: 'Digisos Bjørgvin' };
    expect(mergeWorkspaces(mine, theirs, null).conflicts.map((c) => c.field)).toEqual(['name']);
    expect(mergeWorkspaces(mine, start, null).conflicts.map((c) => c.field)).toEqual(['name']);
  });

  it('keeps records added on either side, lets an untouched record go when the other side deleted it', () => {
    const base = withRisks(start, [risk('r1'), risk('r2')]);
    const mine = withRisks(base, [risk('r1'), risk('r2'), risk('r3')]);
    const theirs = withRisks(base, [risk('r2'), risk('r4')]);

    const result = mergeWorkspaces(mine, theirs, base);

    expect(result.conflicts).toEqual([]);
    expect(result.merged.municipalities[0]!.ros.risks.map((r) => r.id)).toEqual(['r2', 'r3', 'r4']);
  });

  it('asks when one side deleted a record the other side changed', () => {
    const base = withRisks(start, [risk('r1')]);
    const mine = withRisks(base, [risk('r1', { likelihood: 5 })]);
    const theirs = withRisks(base, []);

    const result = mergeWorkspaces(mine, theirs, base);

    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]).toMatchObject({ field: null, mine: { present: true }, theirs: { present: false } });
    const deleted = resolveMerge(result, { [result.conflicts[0]!.id]: 'theirs' });
    expect(deleted.ok && deleted.workspace.municipalities[0]!.ros.risks).toEqual([]);
    const kept = resolveMerge(result, { [result.conflicts[0]!.id]: 'mine' });
    expect(kept.ok && kept.workspace.municipalities[0]!.ros.risks[0]!.likelihood).toBe(5);
  });

  it('merges nested fields one by one (a measure inside a risk)', () => {
    const measure = { id: 't1', text: 'Opplæring', owner: '', deadline: null, done: false };
    const base = withRisks(start, [risk('r1', { measures: [measure] })]);
    const mine = withRisks(base, [risk('r1', { measures: [{ ...measure, owner: 'Kari' }] })]);
    const theirs = withRisks(base, [risk('r1', { measures: [{ ...measure, done: true }] })]);

    const result = mergeWorkspaces(mine, theirs, base);

    expect(result.conflicts).toEqual([]);
    expect(result.merged.municipalities[0]!.ros.risks[0]!.measures[0]).toMatchObject({ owner: 'Kari', done: true });
  });

  it('joins the exchange logs and keeps the later update time', () => {
    const exchange = (id: string) => ({
      id,
      kind: 'export' as const,
      at: NOW.toISOString(),
      by: '',
      fileExchangeId: id,
      fileName: '',
      taken: 0,
      conflicts: 0,
      keptMine: 0,
      tookTheirs: 0,
      backupId: null,
    });
    const mine = { ...start, exchanges: [exchange('a')], updatedAt: later(5).toISOString() };
    const theirs = { ...start, exchanges: [exchange('b')], updatedAt: later(9).toISOString() };
    const result = mergeWorkspaces(mine, theirs, start);
    expect(result.merged.exchanges.map((e) => e.id)).toEqual(['a', 'b']);
    expect(result.merged.updatedAt).toBe(later(9).toISOString());
  });
});

describe('merging, for any edits on either side (property-based)', () => {
  const start = workspaceWith([bergenForm, osloForm]);
  const ITEMS = [ITEM, OTHER_ITEM, 'privacy.dpia', 'privacy.ros', 'vendor.agreement-signed'];
  const edit = fc.record({
    m: fc.integer({ min: 0, max: 1 }),
    item: fc.constantFrom(...ITEMS),
    change: fc.oneof(
      fc.constantFrom<ItemChange>({ status: 'inProgress' }, { status: 'done' }, { status: 'notStarted' }),
      fc.string({ maxLength: 20 }).map((note): ItemChange => ({ note })),
      fc.constantFrom<ItemChange>({ dueDate: '2027-01-15' }, { dueDate: null }),
    ),
  });
  const apply = (w: Workspace, edits: { m: number; item: string; change: ItemChange }[], by: string, offset: number) =>
    edits.reduce((acc, e, i) => changeItem(acc, e.m, e.item, e.change, by, later(offset + i)), w);

  it('keeps every one-sided change, asks only about fields both sides changed, and always yields a valid workspace', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), fc.array(edit, { maxLength: 8 }), (mineEdits, theirsEdits) => {
        const mine = apply(start, mineEdits, 'Kari', 10);
        const theirs = apply(start, theirsEdits, 'Per', 100);
        const result = mergeWorkspaces(mine, theirs, start);
        const touchedByMe = new Set(mineEdits.map((e) => `${e.m}/${e.item}`));
        for (const e of theirsEdits) {
          if (touchedByMe.has(`${e.m}/${e.item}`)) continue;
          // An item only they touched ends up exactly as theirs.
          expect(entryOf(result.merged, e.m, e.item)).toEqual(entryOf(theirs, e.m, e.item));
        }
        for (const conflict of result.conflicts) {
          const [, , , item] = conflict.path;
          const id = typeof item === 'object' ? item.id : '';
          expect(mineEdits.some((e) => e.item === id) && theirsEdits.some((e) => e.item === id)).toBe(true);
        }
        const allTheirs = Object.fromEntries(result.conflicts.map((c) => [c.id, 'theirs' as const]));
        const resolved = resolveMerge(result, allTheirs);
        expect(resolved.ok && workspaceSchema.safeParse(resolved.workspace).success).toBe(true);
        // Merging with an unchanged copy changes nothing.
        expect(mergeWorkspaces(mine, start, start).merged).toEqual(mine);
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });
});
