import type { z } from 'zod';

/** One thing wrong with a document, with the path to the field (`workspace.municipalities[0 «Vestby»].orgNumber`). */
export interface DocumentIssue {
  path: string;
  message: string;
}

type Segment = PropertyKey;

/**
 * Turns zod issues into Norwegian sentences and paths a person can follow. `raw` is the
 * document that was checked: it names the records on the way (a municipality's name, an
 * item's id) and tells what was found where something else was expected.
 */
export function toIssues(error: z.ZodError, raw?: unknown): DocumentIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path, raw),
    message: describeIssue(issue as unknown as LooseIssue, valueAt(raw, issue.path)),
  }));
}

/** `workspace.municipalities[0 «Vestby»].checklist[3 «decision.start-project»].dueDate` */
export function formatPath(path: readonly Segment[], raw?: unknown): string {
  let text = '';
  let node: unknown = raw;
  for (const segment of path) {
    const next =
      node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[segment] : undefined;
    if (typeof segment === 'number') {
      const label = recordLabel(next);
      text += label === null ? `[${segment}]` : `[${segment} «${label}»]`;
    } else {
      text += text === '' ? String(segment) : `.${String(segment)}`;
    }
    node = next;
  }
  return text;
}

function recordLabel(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  for (const key of ['name', 'itemId', 'agreementId', 'priceId', 'id']) {
    const label = record[key];
    if (typeof label === 'string' && label.trim() !== '') return label.length > 60 ? `${label.slice(0, 57)}…` : label;
  }
  return null;
}

function valueAt(raw: unknown, path: readonly Segment[]): unknown {
  let node = raw;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

/** The fields of a zod issue this module reads; everything but `code` and `message` is optional. */
interface LooseIssue {
  code: string;
  message: string;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  values?: readonly unknown[];
  format?: string;
  keys?: readonly string[];
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'et tall',
  int: 'et heltall',
  boolean: 'ja/nei (true/false)',
  object: 'et objekt',
  array: 'en liste',
  null: 'tom (null)',
  undefined: 'ingenting',
  bigint: 'et stort tall',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isInteger(value)) return 'number';
  return typeof value;
}

/** One Norwegian sentence per kind of problem. */
export function describeIssue(issue: LooseIssue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (found === undefined) return 'Feltet mangler';
      const expected = TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'noe annet';
      return `Skal være ${expected}, men er ${TYPE_NAMES[typeOf(found)] ?? typeOf(found)}`;
    }
    case 'too_small':
      return sizeMessage('small', issue);
    case 'too_big':
      return sizeMessage('big', issue);
    case 'invalid_value': {
      const values = (issue.values ?? []).map((v) => JSON.stringify(v));
      const shown = values.length > 8 ? [...values.slice(0, 8), '…'] : values;
      return values.length === 1 ? `Skal være ${shown[0]}` : `Ugyldig verdi; tillatt er ${shown.join(', ')}`;
    }
    case 'invalid_format':
      return issue.format === 'datetime'
        ? 'Ugyldig tidspunkt (ÅÅÅÅ-MM-DDTtt:mm:ssZ)'
        : issue.format === 'base64'
          ? 'Ugyldig base64-innhold'
          : 'Feil format';
    case 'unrecognized_keys':
      return `Ukjent felt: ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_union':
      return 'Ugyldig verdi (passer ikke med noen av de tillatte formene)';
    default:
      // Our own refinements carry Norwegian messages already.
      return issue.message;
  }
}

function sizeMessage(direction: 'small' | 'big', issue: LooseIssue): string {
  const limit = String(direction === 'small' ? issue.minimum : issue.maximum);
  const atLeast = direction === 'small';
  const bound = issue.inclusive === false ? (atLeast ? 'over' : 'under') : atLeast ? 'minst' : 'høyst';
  switch (issue.origin) {
    case 'string':
      return atLeast && limit === '1'
        ? 'Kan ikke være tom'
        : `${atLeast ? 'For kort' : 'For lang'}: ${bound} ${limit} tegn`;
    case 'array':
      return `${atLeast ? 'For få' : 'For mange'}: ${bound} ${limit}`;
    default:
      return `${atLeast ? 'For lite' : 'For stort'}: ${bound} ${limit}`;
  }
}
