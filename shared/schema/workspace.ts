import { z } from 'zod';
import { isIsoDate } from '../format/date';
import { isValidOrgNumber } from '../domain/org-number';
import { LANGUAGES } from '../domain/language';
import { ROLE_IDS } from '../catalogue/types';

/** The schema version this build writes. Older files are migrated; newer files are refused. */
export const SCHEMA_VERSION = 2;

/** Marks a stored or exported document as ours. */
export const DOCUMENT_FORMAT = 'digisos-klar/workspace';

export { LANGUAGES, type Language } from '../domain/language';
export * from './enums';
import {
  CAPABILITY_STATES,
  CASE_SYSTEM_UPGRADES,
  COOPERATION_MODELS,
  ITEM_STATUSES,
  LEGAL_FORMS,
  TRACKED_FIELDS,
} from './enums';

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'Ugyldig dato (ÅÅÅÅ-MM-DD)' });
export const timestampSchema = z.iso.datetime({ offset: true });
const idSchema = z.string().min(1).max(64);

/** Who owns an item: a named person, or one of the handbook's roles. */
export const ownerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('person'), name: z.string().trim().min(1).max(200) }),
  z.strictObject({ kind: z.literal('role'), role: z.enum(ROLE_IDS) }),
]);
export type Owner = z.infer<typeof ownerSchema>;

/** One recorded change to an item: who, when, which field, from what to what (as stored values). */
export const historyEntrySchema = z.strictObject({
  at: timestampSchema,
  by: z.string().max(200),
  field: z.enum(TRACKED_FIELDS),
  from: z.string().max(10_000).nullable(),
  to: z.string().max(10_000).nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** One municipality's progress on one catalogue item. Items never touched have no entry. */
export const checklistEntrySchema = z.strictObject({
  itemId: idSchema,
  status: z.enum(ITEM_STATUSES),
  /** Why the item does not apply; required when the status is `notRelevant`. */
  notRelevantReason: z.string().max(2000),
  owner: ownerSchema.nullable(),
  /** A due date the user set by hand; null means the plan's default applies. */
  dueDate: isoDateSchema.nullable(),
  note: z.string().max(10_000),
  completedAt: isoDateSchema.nullable(),
  completedBy: z.string().max(200),
  updatedAt: timestampSchema,
  history: z.array(historyEntrySchema).max(10_000),
});
export type ChecklistEntry = z.infer<typeof checklistEntrySchema>;

export const capabilityStatusSchema = z.strictObject({
  state: z.enum(CAPABILITY_STATES),
  /** Since when the capability has been in this state. */
  since: isoDateSchema.nullable(),
});
export type CapabilityStatus = z.infer<typeof capabilityStatusSchema>;

/** A contact person for one of the handbook's recommended roles. */
export const contactSchema = z.strictObject({
  role: z.enum(ROLE_IDS),
  name: z.string().trim().min(1).max(200),
  email: z.string().max(200),
  phone: z.string().max(50),
});
export type Contact = z.infer<typeof contactSchema>;

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
  vendor: z.strictObject({ name: z.string().max(200), product: z.string().max(200) }),
  contacts: z.array(contactSchema).max(100),
  /** The planned connection date (påkoblingsdato); every default due date counts from it. */
  plannedConnectionDate: isoDateSchema.nullable(),
  /** The batch (pulje) Digisos placed the municipality in. */
  batch: z.string().max(100),
  caseSystemUpgrade: z.enum(CASE_SYSTEM_UPGRADES),
  capabilities: z.strictObject({
    receiving: capabilityStatusSchema,
    statusView: capabilityStatusSchema,
    nksAccess: capabilityStatusSchema,
  }),
  checklist: z.array(checklistEntrySchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const cooperationSchema = z.strictObject({
  model: z.enum(COOPERATION_MODELS),
  legalForm: z.enum(LEGAL_FORMS),
  /** The host municipality (vertskommune); null when there is no cooperation. */
  hostId: idSchema.nullable(),
});
export type Cooperation = z.infer<typeof cooperationSchema>;

export const workspaceSchema = z
  .strictObject({
    id: idSchema,
    name: z.string().trim().min(1).max(120),
    cooperation: cooperationSchema,
    municipalities: z.array(municipalitySchema).max(500),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .refine((w) => w.cooperation.hostId === null || w.municipalities.some((m) => m.id === w.cooperation.hostId), {
    message: 'Vertskommunen finnes ikke i arbeidsområdet',
    path: ['cooperation', 'hostId'],
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
