import { z } from 'zod';
import { isIsoDate } from '../format/date';
import { isValidOrgNumber } from '../domain/org-number';
import { LANGUAGES } from '../domain/language';

/** The schema version this build writes. Older files are migrated; newer files are refused. */
export const SCHEMA_VERSION = 1;

/** Marks a stored or exported document as ours. */
export const DOCUMENT_FORMAT = 'digisos-klar/workspace';

export { LANGUAGES, type Language } from '../domain/language';

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'Ugyldig dato (ÅÅÅÅ-MM-DD)' });
export const timestampSchema = z.iso.datetime({ offset: true });
const idSchema = z.string().min(1).max(64);

/** The four states of a checklist item (DOMAIN.md 9; PRODUCT.md capability 2). */
export const ITEM_STATUSES = ['notStarted', 'inProgress', 'done', 'notRelevant'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** One municipality's progress on one checklist item. The catalogue itself is data in code. */
export const checklistEntrySchema = z.strictObject({
  itemId: idSchema,
  status: z.enum(ITEM_STATUSES),
  owner: z.string().max(200),
  dueDate: isoDateSchema.nullable(),
  note: z.string().max(10_000),
  completedAt: isoDateSchema.nullable(),
  completedBy: z.string().max(200),
  updatedAt: timestampSchema,
});
export type ChecklistEntry = z.infer<typeof checklistEntrySchema>;

export const municipalitySchema = z.strictObject({
  id: idSchema,
  name: z.string().trim().min(1).max(100),
  /** Kommunenummer, four digits. */
  number: z.string().regex(/^\d{4}$/),
  /** Organisasjonsnummer, nine digits with a valid mod-11 check digit. */
  orgNumber: z.string().refine(isValidOrgNumber, { message: 'Ugyldig organisasjonsnummer' }),
  inhabitants: z.number().int().min(1).max(10_000_000),
  /** The date the inhabitant figure applies to (e.g. SSB per 1 January). */
  inhabitantsDate: isoDateSchema,
  navUnit: z.string().trim().min(1).max(120),
  checklist: z.array(checklistEntrySchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const workspaceSchema = z.strictObject({
  id: idSchema,
  name: z.string().trim().min(1).max(120),
  municipalities: z.array(municipalitySchema).max(500),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const settingsSchema = z.strictObject({
  /** The user's own name, stamped on what they complete and approve. */
  userName: z.string().max(200),
  language: z.enum(LANGUAGES),
});
export type Settings = z.infer<typeof settingsSchema>;

/** What is stored on disk: one workspace (or none yet) and the user's settings. */
export const storedDocumentSchema = z.strictObject({
  format: z.literal(DOCUMENT_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  appVersion: z.string().max(50),
  savedAt: timestampSchema,
  settings: settingsSchema,
  workspace: workspaceSchema.nullable(),
});
export type StoredDocument = z.infer<typeof storedDocumentSchema>;

/** A fresh document: no workspace yet, bokmål. */
export function emptyDocument(appVersion: string, now: Date): StoredDocument {
  return {
    format: DOCUMENT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    appVersion,
    savedAt: now.toISOString(),
    settings: { userName: '', language: 'nb' },
    workspace: null,
  };
}
