import { AGREEMENT_IDS, agreementInfo, type AgreementId } from '../../../shared/catalogue/agreements';
import { CATALOGUE_BY_ID } from '../../../shared/catalogue/checklist';
import { PRICE_IDS, priceInfo, type PriceId } from '../../../shared/catalogue/prices';
import { roleInfo } from '../../../shared/catalogue/roles';
import { ROLE_IDS, type RoleId } from '../../../shared/catalogue/types';
import type { Language } from '../../../shared/domain/language';
import type { PathSegment } from '../../../shared/exchange/merge';
import { formatDate } from '../../../shared/format/date';
import type { domainTexts } from '../../i18n/domain';
import type { ExchangeTexts } from './texts';

export type Side = { present: true; value: unknown } | { present: false };

export interface LabelContext {
  texts: ExchangeTexts;
  domain: (typeof domainTexts)['nb'];
  language: Language;
}

/** The checklist's field groups, as the merge names them. */
const ITEM_GROUPS = new Set(['status', 'owner', 'dueDate', 'note']);
const LONGEST_VALUE = 240;
const LONGEST_JSON = 120;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

function lookup(table: Readonly<Record<string, string>>, key: string): string | null {
  return Object.hasOwn(table, key) ? (table[key] ?? null) : null;
}

function keyWord(key: string, context: LabelContext): string {
  return lookup(context.texts.keys, key) ?? lookup(context.domain.capability, key) ?? key;
}

/** A record in a list: catalogue items, agreements and prices by their titles, anything else by the merge's label. */
function recordWord(segment: { id: string; label: string }, listKey: string | null, context: LabelContext): string {
  const { id, label } = segment;
  if (listKey === 'checklist') return CATALOGUE_BY_ID.get(id)?.text[context.language] ?? label;
  if (listKey === 'agreements' && isOneOf(AGREEMENT_IDS, id)) {
    return agreementInfo(id as AgreementId).title[context.language];
  }
  if (listKey === 'prices' && isOneOf(PRICE_IDS, id)) return priceInfo(id as PriceId).title[context.language];
  return label.trim() === '' ? id : label;
}

/** The list key the path ends in (the list holding its last record), e.g. `checklist`. */
export function lastListKey(path: readonly PathSegment[]): string | null {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return null;
}

/**
 * Where a change or conflict is, in words: municipality › section › record › field.
 * Checklist items are named by the catalogue's text; keys without a word are shown as they are.
 */
export function pathParts(path: readonly PathSegment[], field: string | null, context: LabelContext): string[] {
  const parts: string[] = [];
  let listKey: string | null = null;
  for (const segment of path) {
    if (typeof segment === 'string') {
      listKey = segment;
      // The municipality's name follows; "Kommuner" in front of it says nothing.
      if (segment !== 'municipalities') parts.push(keyWord(segment, context));
    } else {
      parts.push(recordWord(segment, listKey, context));
    }
  }
  if (parts.length === 0) parts.push(context.texts.workspace);
  if (field !== null) {
    const group = listKey === 'checklist' && ITEM_GROUPS.has(field);
    parts.push(group ? (lookup(context.domain.historyField, field) ?? field) : keyWord(field, context));
  }
  return parts;
}

const RECORD_KEYS = ['itemId', 'agreementId', 'priceId', 'id'] as const;

/** The value at a merge path in a workspace (records found by their id), or undefined. */
export function locate(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof segment === 'string') {
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[segment] : undefined;
    } else {
      if (!Array.isArray(node)) return undefined;
      node = node.find(
        (record: unknown) =>
          typeof record === 'object' &&
          record !== null &&
          RECORD_KEYS.some((key) => (record as Record<string, unknown>)[key] === segment.id),
      );
    }
    if (node === undefined) return undefined;
  }
  return node;
}

/**
 * A whole record taken from their side: new there, or deleted there. A checklist item has a
 * record only once someone touches it, so a new one there means they changed it.
 */
export function takenRecordNote(path: readonly PathSegment[], mine: unknown, texts: ExchangeTexts): string {
  if (locate(mine, path) !== undefined) return texts.takenRemoved;
  return lastListKey(path) === 'checklist' ? texts.takenItem : texts.takenAdded;
}

export function pathLabel(path: readonly PathSegment[], field: string | null, context: LabelContext): string {
  return pathParts(path, field, context).join(' › ');
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function isOwner(value: unknown): value is { kind: 'person'; name: string } | { kind: 'role'; role: string } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (v.kind === 'person' && typeof v.name === 'string') || (v.kind === 'role' && typeof v.role === 'string');
}

function enumWord(value: string, field: string | null, listKey: string | null, context: LabelContext): string | null {
  const { texts, domain } = context;
  if (field === 'status' && listKey === 'checklist') return lookup(domain.status, value);
  if (field === 'status' && listKey === 'agreements') return lookup(texts.agreementStatus, value);
  if (field === 'channel') return lookup(texts.channels, value);
  if (field === 'state') return lookup(domain.capabilityState, value);
  if (field === 'model') return lookup(domain.cooperationModel, value);
  if (field === 'legalForm') return lookup(domain.legalForm, value);
  if (field === 'caseSystemUpgrade') return lookup(domain.caseSystemUpgrade, value);
  return null;
}

/**
 * One side of a conflict in words: text as written, nothing as «(tom)», a deleted record as
 * «(slettet)», a checklist status by its label, an owner by name or role, dates the Norwegian
 * way, anything else as short JSON.
 */
export function sideText(
  side: Side,
  field: string | null,
  path: readonly PathSegment[],
  context: LabelContext,
): string {
  const { texts, language } = context;
  if (!side.present) return texts.deleted;
  if (field === null) return texts.changedRecord;
  const value = side.value;
  if (value === null || value === undefined || value === '') return texts.empty;
  if (typeof value === 'boolean') return value ? texts.yes : texts.no;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const word = enumWord(value, field, lastListKey(path), context);
    if (word !== null) return word;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    return shorten(value, LONGEST_VALUE);
  }
  if (isOwner(value)) {
    if (value.kind === 'person') return value.name;
    return isOneOf(ROLE_IDS, value.role) ? roleInfo(value.role as RoleId).title[language] : value.role;
  }
  if (Array.isArray(value) && value.length === 0) return texts.empty;
  return shorten(JSON.stringify(value), LONGEST_JSON);
}
