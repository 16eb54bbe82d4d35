/**
 * Merging a colleague's copy of the same workspace into mine.
 *
 * The rule everywhere: a change made on one side only is taken; the same thing changed
 * differently on both sides is a conflict the user decides; nothing is silently overwritten.
 *
 * - Checklist items decide by their own change history: after the part of the history both
 *   sides share, which fields did each side change? (status, reason, owner, due date, note.)
 * - Everything else compares with the common starting point (the last state both laptops
 *   shared, carried in the export file). Without one, any difference is a conflict.
 * - Records are matched by id (municipalities, items, agreements, decisions, risks, measures,
 *   log entries, prices); a record added on one side is kept; a record deleted on one side
 *   and unchanged on the other goes; deleted on one side and changed on the other is a conflict.
 * - Histories and the exchange log are joined; `updatedAt` takes the later time.
 */
import { stableJson } from '../domain/approval';
import type { ChecklistEntry, Workspace } from '../schema/workspace';

/** A step into the document: an object key, or a record in a list by its id. */
export type PathSegment = string | { id: string; label: string };

export type Side = { present: true; value: unknown } | { present: false };

export interface Conflict {
  /** Stable for this merge: the path joined. */
  id: string;
  /** The record (or object) holding the conflict. */
  path: PathSegment[];
  /** The field in conflict; null when the record itself (deleted on one side, changed on the other). */
  field: string | null;
  mine: Side;
  theirs: Side;
  /** The fields copied together from the chosen side (a checklist status brings its reason and completion). */
  fields: string[];
  /** The chosen side's values of `fields`, or its whole record when `field` is null. */
  mineValues: Record<string, unknown> | null;
  theirsValues: Record<string, unknown> | null;
}

export interface TakenChange {
  path: PathSegment[];
  field: string | null;
}

export interface MergeResult {
  /** The merged workspace, with my side at every conflict until the user decides. */
  merged: Workspace;
  conflicts: Conflict[];
  /** Changes taken from their side. */
  taken: TakenChange[];
  /** Whether a common starting point was known. */
  baseKnown: boolean;
}

export type Choice = 'mine' | 'theirs';

/** A deep copy of JSON data (the workspace is JSON through and through). */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const ABSENT: Side = { present: false };
const present = (value: unknown): Side => ({ present: true, value });
const same = (a: unknown, b: unknown): boolean => a === b || stableJson(a) === stableJson(b);

/** Lists joined as a union, never trimmed by a merge. */
const UNION_LISTS = new Set(['history', 'exchanges', 'attachments']);
const RECORD_KEYS = ['itemId', 'agreementId', 'priceId', 'id'] as const;

/** The checklist fields that move together, keyed by the history field that names the group. */
const ITEM_GROUPS: Record<string, string[]> = {
  status: ['status', 'notRelevantReason', 'completedAt', 'completedBy'],
  owner: ['owner'],
  dueDate: ['dueDate'],
  note: ['note'],
};
const GROUP_OF_HISTORY_FIELD: Record<string, string> = {
  status: 'status',
  notRelevantReason: 'status',
  owner: 'owner',
  dueDate: 'dueDate',
  note: 'note',
};

export function mergeWorkspaces(mine: Workspace, theirs: Workspace, base: Workspace | null): MergeResult {
  const conflicts: Conflict[] = [];
  const taken: TakenChange[] = [];
  const context: Context = { conflicts, taken, baseKnown: base !== null };
  const merged = mergeValue(
    base === null ? ABSENT : present(base),
    present(mine),
    present(theirs),
    [],
    null,
    context,
  ) as Workspace;
  return { merged, conflicts, taken, baseKnown: base !== null };
}

/**
 * Applies the user's decisions. Every conflict must have one; returns the list of those
 * without, or the resolved workspace.
 */
export function resolveMerge(
  result: MergeResult,
  choices: Readonly<Record<string, Choice>>,
): { ok: true; workspace: Workspace; keptMine: number; tookTheirs: number } | { ok: false; undecided: string[] } {
  const undecided = result.conflicts.filter((c) => choices[c.id] !== 'mine' && choices[c.id] !== 'theirs');
  if (undecided.length > 0) return { ok: false, undecided: undecided.map((c) => c.id) };
  const workspace = clone(result.merged);
  let tookTheirs = 0;
  for (const conflict of result.conflicts) {
    if (choices[conflict.id] !== 'theirs') continue;
    tookTheirs += 1;
    applyTheirs(workspace, conflict);
  }
  return { ok: true, workspace, keptMine: result.conflicts.length - tookTheirs, tookTheirs };
}

interface Context {
  conflicts: Conflict[];
  taken: TakenChange[];
  baseKnown: boolean;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function recordKey(list: readonly unknown[]): (typeof RECORD_KEYS)[number] | null {
  const first = list.find(isObject);
  if (!first) return null;
  const key = RECORD_KEYS.find((k) => typeof first[k] === 'string');
  if (!key) return null;
  return list.every((e) => isObject(e) && typeof e[key] === 'string') ? key : null;
}

function labelOf(record: unknown): string {
  if (!isObject(record)) return '';
  for (const key of ['name', 'title', 'event', 'text', 'description', 'fileName', 'itemId', 'agreementId', 'priceId']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') return value.length > 80 ? `${value.slice(0, 77)}…` : value;
  }
  return typeof record.id === 'string' ? record.id : '';
}

function pathId(path: readonly PathSegment[], field: string | null): string {
  const parts = path.map((s) => (typeof s === 'string' ? s : `[${s.id}]`));
  if (field !== null) parts.push(field);
  return parts.join('/');
}

/** Three-way merge of one value. `key` is the property name it sits under (null at the top). */
function mergeValue(
  base: Side,
  mine: Side,
  theirs: Side,
  path: PathSegment[],
  key: string | null,
  context: Context,
): unknown {
  const m = mine.present ? mine.value : undefined;
  const t = theirs.present ? theirs.value : undefined;
  if (same(m, t)) return m;
  if (key === 'updatedAt' && typeof m === 'string' && typeof t === 'string') return m > t ? m : t;
  if (key !== null && UNION_LISTS.has(key) && Array.isArray(m) && Array.isArray(t)) return unionList(key, m, t);
  const b = base.present ? base.value : undefined;
  if (isObject(m) && isObject(t)) {
    return mergeObject(isObject(b) ? b : null, m, t, key === null ? path : [...path, key], context);
  }
  if (Array.isArray(m) && Array.isArray(t) && recordKey([...m, ...t]) !== null) {
    return mergeRecords(Array.isArray(b) ? b : null, m, t, path, key ?? '', context);
  }
  if (base.present && same(b, m)) {
    context.taken.push({ path: [...path], field: key });
    return t;
  }
  if (base.present && same(b, t)) return m;
  const parentPath = path;
  context.conflicts.push({
    id: pathId(parentPath, key),
    path: [...parentPath],
    field: key,
    mine,
    theirs,
    fields: key === null ? [] : [key],
    mineValues: key === null ? null : { [key]: m },
    theirsValues: key === null ? null : { [key]: t },
  });
  return m;
}

function mergeObject(base: Json | null, mine: Json, theirs: Json, path: PathSegment[], context: Context): Json {
  const result: Json = {};
  const keys = [...Object.keys(mine), ...Object.keys(theirs).filter((k) => !Object.hasOwn(mine, k))];
  for (const key of keys) {
    const value = mergeValue(
      base && Object.hasOwn(base, key) ? present(base[key]) : ABSENT,
      Object.hasOwn(mine, key) ? present(mine[key]) : ABSENT,
      Object.hasOwn(theirs, key) ? present(theirs[key]) : ABSENT,
      path,
      key,
      context,
    );
    if (value !== undefined) result[key] = value;
  }
  return result;
}

function mergeRecords(
  base: unknown[] | null,
  mine: unknown[],
  theirs: unknown[],
  path: PathSegment[],
  listKey: string,
  context: Context,
): unknown[] {
  const idKey = recordKey([...mine, ...theirs, ...(base ?? [])]) ?? 'id';
  const byId = (list: readonly unknown[] | null) =>
    new Map((list ?? []).filter(isObject).map((r) => [String(r[idKey]), r] as const));
  const baseById = byId(base);
  const mineById = byId(mine);
  const theirsById = byId(theirs);
  const order = [...mineById.keys(), ...[...theirsById.keys()].filter((id) => !mineById.has(id))];
  const result: unknown[] = [];
  for (const id of order) {
    const m = mineById.get(id);
    const t = theirsById.get(id);
    const b = baseById.get(id);
    const recordPath: PathSegment[] = [...path, listKey, { id, label: labelOf(m ?? t) }];
    if (m && t) {
      result.push(
        listKey === 'checklist'
          ? mergeChecklistEntry(b ?? null, m as ChecklistEntry, t as ChecklistEntry, recordPath, context)
          : mergeObject(b ?? null, m, t, recordPath, context),
      );
      continue;
    }
    const only = (m ?? t) as Json;
    const onMySide = m !== undefined;
    if (!b) {
      // Added on one side: kept.
      if (!onMySide) context.taken.push({ path: recordPath, field: null });
      result.push(only);
      continue;
    }
    if (same(b, only)) {
      // Deleted on the other side, untouched on this one: the deletion stands.
      if (onMySide) context.taken.push({ path: recordPath, field: null });
      continue;
    }
    // Deleted on one side, changed on the other: the user decides.
    context.conflicts.push({
      id: pathId(recordPath, null),
      path: recordPath,
      field: null,
      mine: m ? present(m) : ABSENT,
      theirs: t ? present(t) : ABSENT,
      fields: [],
      mineValues: m ?? null,
      theirsValues: t ?? null,
    });
    if (onMySide) result.push(only);
  }
  return result;
}

/** A checklist item: decided field by field from each side's history since the history they share. */
function mergeChecklistEntry(
  base: Json | null,
  mine: ChecklistEntry,
  theirs: ChecklistEntry,
  path: PathSegment[],
  context: Context,
): ChecklistEntry {
  if (same(mine, theirs)) return mine;
  let shared = 0;
  while (
    shared < mine.history.length &&
    shared < theirs.history.length &&
    same(mine.history[shared], theirs.history[shared])
  ) {
    shared += 1;
  }
  const changedGroups = (entry: ChecklistEntry) =>
    new Set(entry.history.slice(shared).map((h) => GROUP_OF_HISTORY_FIELD[h.field] ?? h.field));
  const mineChanged = changedGroups(mine);
  const theirsChanged = changedGroups(theirs);
  const result: Json = { ...mine };
  const pick = (fields: string[], from: Json) => {
    for (const f of fields) result[f] = from[f];
  };
  for (const [group, fields] of Object.entries(ITEM_GROUPS)) {
    const mineValues = Object.fromEntries(fields.map((f) => [f, (mine as Json)[f]]));
    const theirsValues = Object.fromEntries(fields.map((f) => [f, (theirs as Json)[f]]));
    if (same(mineValues, theirsValues)) continue;
    const mineDid = mineChanged.has(group);
    const theirsDid = theirsChanged.has(group);
    const baseValues = base ? Object.fromEntries(fields.map((f) => [f, base[f]])) : null;
    const takeTheirs = theirsDid && !mineDid ? true : mineDid && !theirsDid ? false : null;
    const decided =
      takeTheirs ??
      // Neither history tells (or both changed it): fall back on the common starting point.
      (!mineDid && !theirsDid && baseValues
        ? same(baseValues, mineValues)
          ? true
          : same(baseValues, theirsValues)
            ? false
            : null
        : null);
    if (decided === true) {
      pick(fields, theirs as Json);
      context.taken.push({ path: [...path], field: group });
    } else if (decided === null) {
      context.conflicts.push({
        id: pathId(path, group),
        path: [...path],
        field: group,
        mine: present((mine as Json)[group]),
        theirs: present((theirs as Json)[group]),
        fields,
        mineValues,
        theirsValues,
      });
    }
  }
  result.history = unionList('history', mine.history, theirs.history);
  result.updatedAt = mine.updatedAt > theirs.updatedAt ? mine.updatedAt : theirs.updatedAt;
  return result as ChecklistEntry;
}

/** Joins two lists that only ever grow: every entry of both, once, in time order where entries have one. */
function unionList(key: string, mine: readonly unknown[], theirs: readonly unknown[]): unknown[] {
  const seen = new Set<string>();
  const result: unknown[] = [];
  const identity = (entry: unknown) =>
    key !== 'history' && isObject(entry) && typeof entry.id === 'string' ? `id:${entry.id}` : stableJson(entry);
  for (const entry of [...mine, ...theirs]) {
    const id = identity(entry);
    if (seen.has(id)) continue;
    seen.add(id);
    result.push(entry);
  }
  const timed = result.map((entry, index) => ({
    entry,
    index,
    at: isObject(entry) && typeof entry.at === 'string' ? entry.at : null,
  }));
  if (timed.every((t) => t.at !== null)) {
    // Stable: entries with the same time keep the order they had.
    const key = (t: (typeof timed)[number]) => t.at ?? '';
    return timed.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.index - b.index)).map((t) => t.entry);
  }
  return result;
}

/** Puts their side of one conflict into the merged workspace. */
function applyTheirs(workspace: Workspace, conflict: Conflict): void {
  if (conflict.field === null) {
    const parentPath = conflict.path.slice(0, -2);
    const listKey = conflict.path[conflict.path.length - 2] as string;
    const target = conflict.path[conflict.path.length - 1] as { id: string };
    const parent = locate(workspace, parentPath);
    if (!isObject(parent) || !Array.isArray(parent[listKey])) return;
    const list = parent[listKey] as unknown[];
    const idKey = recordKey(list.length > 0 ? list : conflict.theirsValues ? [conflict.theirsValues] : []) ?? 'id';
    const index = list.findIndex((r) => isObject(r) && r[idKey] === target.id);
    if (conflict.theirsValues === null) {
      if (index >= 0) list.splice(index, 1);
    } else if (index >= 0) {
      list[index] = clone(conflict.theirsValues);
    } else {
      list.push(clone(conflict.theirsValues));
    }
    return;
  }
  const container = locate(workspace, conflict.path);
  if (!isObject(container) || conflict.theirsValues === null) return;
  for (const field of conflict.fields) {
    if (Object.hasOwn(conflict.theirsValues, field)) container[field] = clone(conflict.theirsValues[field]);
    else Reflect.deleteProperty(container, field);
  }
}

function locate(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof segment === 'string') {
      node = isObject(node) ? node[segment] : undefined;
    } else {
      if (!Array.isArray(node)) return undefined;
      const key = recordKey(node) ?? 'id';
      node = node.find((r) => isObject(r) && r[key] === segment.id);
    }
  }
  return node;
}
