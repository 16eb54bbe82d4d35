import { CATALOGUE } from '../catalogue/checklist';
import type { CatalogueItem } from '../catalogue/types';
import { toIsoDate } from '../format/date';
import type {
  ChecklistEntry,
  Cooperation,
  HistoryEntry,
  ItemStatus,
  Municipality,
  Owner,
  TrackedField,
} from '../schema/workspace';
import { applicability, type Applicability } from './cooperation';
import { dueDate, dueState, type DueDate, type DueState } from './plan';

/** A change the user makes to one item; absent fields stay as they are. */
export interface ItemChange {
  status?: ItemStatus | undefined;
  notRelevantReason?: string | undefined;
  owner?: Owner | null | undefined;
  /** An ISO date set by hand, or null to go back to the plan's default. */
  dueDate?: string | null | undefined;
  note?: string | undefined;
}

export type ItemChangeError = 'reasonRequired';

/** The entry of an item nobody has touched yet. */
export function blankEntry(itemId: string, now: Date): ChecklistEntry {
  return {
    itemId,
    status: 'notStarted',
    notRelevantReason: '',
    owner: null,
    dueDate: null,
    note: '',
    completedAt: null,
    completedBy: '',
    updatedAt: now.toISOString(),
    history: [],
  };
}

/** How an owner is written in the history: a person's name, or `role:<id>`. */
export function ownerToHistory(owner: Owner | null): string | null {
  if (owner === null) return null;
  return owner.kind === 'person' ? owner.name : `role:${owner.role}`;
}

const sameOwner = (a: Owner | null, b: Owner | null) => ownerToHistory(a) === ownerToHistory(b);

/**
 * Applies a change to an item and records every field that changed in its history (who,
 * when, from what to what). Marking an item done stamps today and the user's name; an item
 * can only be "not relevant" with a reason.
 */
export function applyItemChange(
  entry: ChecklistEntry,
  change: ItemChange,
  context: { by: string; now: Date },
): { ok: true; entry: ChecklistEntry } | { ok: false; error: ItemChangeError } {
  const next: ChecklistEntry = { ...entry };
  if (change.status !== undefined) next.status = change.status;
  if (change.notRelevantReason !== undefined) next.notRelevantReason = change.notRelevantReason.trim();
  if (change.owner !== undefined) next.owner = change.owner;
  if (change.dueDate !== undefined) next.dueDate = change.dueDate;
  if (change.note !== undefined) next.note = change.note;

  if (next.status !== 'notRelevant') next.notRelevantReason = '';
  else if (next.notRelevantReason === '') return { ok: false, error: 'reasonRequired' };

  if (next.status === 'done' && entry.status !== 'done') {
    next.completedAt = toIsoDate(context.now);
    next.completedBy = context.by;
  } else if (next.status !== 'done') {
    next.completedAt = null;
    next.completedBy = '';
  }

  const at = context.now.toISOString();
  const changes: HistoryEntry[] = [];
  const record = (field: TrackedField, from: string | null, to: string | null) => {
    if (from !== to) changes.push({ at, by: context.by, field, from, to });
  };
  record('status', entry.status, next.status);
  record('notRelevantReason', entry.notRelevantReason || null, next.notRelevantReason || null);
  if (!sameOwner(entry.owner, next.owner)) record('owner', ownerToHistory(entry.owner), ownerToHistory(next.owner));
  record('dueDate', entry.dueDate, next.dueDate);
  record('note', entry.note || null, next.note || null);
  if (changes.length === 0) return { ok: true, entry };

  return { ok: true, entry: { ...next, updatedAt: at, history: [...entry.history, ...changes] } };
}

/** One row of a municipality's checklist: the catalogue item and where the municipality stands. */
export interface ItemRow {
  item: CatalogueItem;
  entry: ChecklistEntry | null;
  status: ItemStatus;
  owner: Owner | null;
  applicability: Applicability;
  due: DueDate;
  dueState: DueState;
}

/** Every catalogue item for a municipality, in catalogue order, with its state and due date. */
export function checklistRows(municipality: Municipality, cooperation: Cooperation, today: string): ItemRow[] {
  const entries = new Map(municipality.checklist.map((e) => [e.itemId, e]));
  return CATALOGUE.map((item) => {
    const entry = entries.get(item.id) ?? null;
    const status = entry?.status ?? 'notStarted';
    const due = dueDate(item, entry?.dueDate ?? null, municipality.plannedConnectionDate);
    return {
      item,
      entry,
      status,
      owner: entry?.owner ?? null,
      applicability: applicability(item.actor, municipality.id, cooperation),
      due,
      dueState: dueState(status, due.date, today),
    };
  });
}

/** Replaces (or adds) one entry in a municipality's checklist. */
export function withEntry(municipality: Municipality, entry: ChecklistEntry): Municipality {
  const exists = municipality.checklist.some((e) => e.itemId === entry.itemId);
  return {
    ...municipality,
    checklist: exists
      ? municipality.checklist.map((e) => (e.itemId === entry.itemId ? entry : e))
      : [...municipality.checklist, entry],
  };
}
