import { z } from 'zod';
import { isIsoDate } from '../format/date';
import { isValidOrgNumber } from '../domain/org-number';
import { LANGUAGES } from '../domain/language';
import { ROLE_IDS } from '../catalogue/types';

/** The schema version this build writes. Older files are migrated; newer files are refused. */
export const SCHEMA_VERSION = 5;

/** Marks a stored or exported document as ours. */
export const DOCUMENT_FORMAT = 'digisos-klar/workspace';

export { LANGUAGES, type Language } from '../domain/language';
export * from './enums';
import { AGREEMENT_IDS, CHANNELS } from '../catalogue/agreements';
import { PRICE_IDS } from '../catalogue/prices';
import {
  DPIA_SECTIONS,
  PRIOR_CONSULTATION,
  RISK_SCALES,
  ROUTINE_PARTS,
  SECURITY_VALUES,
  UNCERTAINTIES,
  AGREEMENT_STATUSES,
  DECISION_KINDS,
  SIGNER_ROLE_CHECKS,
  CAPABILITY_STATES,
  CASE_SYSTEM_UPGRADES,
  COOPERATION_MODELS,
  ITEM_STATUSES,
  LEGAL_FORMS,
  TRACKED_FIELDS,
  EXCHANGE_KINDS,
} from './enums';

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'Ugyldig dato (ÅÅÅÅ-MM-DD)' });
export const timestampSchema = z.iso.datetime({ offset: true });
export const idSchema = z.string().min(1).max(64);

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

const wholeNumber = (max: number) => z.number().int().min(0).max(max);

/** What the cost calculator needs from one municipality besides its inhabitants. */
export const costInputsSchema = z.strictObject({
  digifinMember: z.boolean(),
  /** The first quarter the municipality uses the solutions; null: the quarter of the planned connection. */
  usageStart: z
    .strictObject({ year: z.number().int().min(2019).max(2100), quarter: z.number().int().min(1).max(4) })
    .nullable(),
  shipmentsPerMonth: wholeNumber(10_000_000),
  indexedDocumentsPerMonth: wholeNumber(1_000_000_000),
  storageGb: wholeNumber(10_000_000),
  /** The vendor's upgrade cost as agreed, in øre, excluding VAT. */
  vendorUpgradeOre: wholeNumber(100_000_000_000),
});
export type CostInputs = z.infer<typeof costInputsSchema>;

/** One agreement of one municipality (DOMAIN.md 3). */
export const agreementRecordSchema = z.strictObject({
  agreementId: z.enum(AGREEMENT_IDS),
  status: z.enum(AGREEMENT_STATUSES),
  signerName: z.string().max(200),
  signerRole: z.string().max(200),
  signerHasRequiredRole: z.enum(SIGNER_ROLE_CHECKS),
  channel: z.enum(CHANNELS),
  sentDate: isoDateSchema.nullable(),
  signedDate: isoDateSchema.nullable(),
  archiveReference: z.string().max(200),
  attachmentIds: z.array(idSchema).max(50),
  updatedAt: timestampSchema,
});
export type AgreementRecord = z.infer<typeof agreementRecordSchema>;

/** A decision in the decision log: what, who decided, when, the case reference. */
export const decisionSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(DECISION_KINDS),
  title: z.string().trim().min(1).max(500),
  decidedBy: z.string().max(200),
  date: isoDateSchema,
  caseReference: z.string().max(200),
  attachmentIds: z.array(idSchema).max(50),
  createdAt: timestampSchema,
});
export type Decision = z.infer<typeof decisionSchema>;

/** A file the user attached, kept in the data folder under its SHA-256. */
export const attachmentSchema = z.strictObject({
  id: idSchema,
  fileName: z.string().min(1).max(500),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
  addedAt: timestampSchema,
  addedBy: z.string().max(200),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** A price the user changed from the source's figure. */
export const priceOverrideSchema = z.strictObject({
  priceId: z.enum(PRICE_IDS),
  ore: wholeNumber(100_000_000_000),
  changedAt: timestampSchema,
  changedBy: z.string().max(200),
});
export type PriceOverride = z.infer<typeof priceOverrideSchema>;

/**
 * A named sign-off. It keeps a copy of exactly what was approved; when the content later
 * differs from the copy, the approval is stale until someone approves again.
 */
export const approvalSchema = z.strictObject({
  approver: z.string().trim().min(1).max(200),
  role: z.string().max(200),
  attestation: z.string().trim().min(1).max(2000),
  approvedAt: timestampSchema,
  /** The approved content, as JSON. */
  snapshot: z.string().max(2_000_000),
  /** When the approval should be reviewed again (routines: yearly). */
  reviewDue: isoDateSchema.nullable(),
  /** For the DPIA: the ROS analysis's risks when the DPIA was approved (a change calls for review). */
  riskFingerprint: z.string().max(2_000_000).nullable(),
});
export type Approval = z.infer<typeof approvalSchema>;

const longText = z.string().max(50_000);
const riskLevel = z.number().int().min(1).max(5);

export const dpiaSchema = z.strictObject({
  sections: z.strictObject(
    Object.fromEntries(DPIA_SECTIONS.map((s) => [s, longText])) as Record<
      (typeof DPIA_SECTIONS)[number],
      typeof longText
    >,
  ),
  dpoAdvice: z.strictObject({ who: z.string().max(200), date: isoDateSchema.nullable(), advice: longText }),
  conclusion: z.strictObject({ text: longText, priorConsultation: z.enum(PRIOR_CONSULTATION) }),
  approval: approvalSchema.nullable(),
});
export type Dpia = z.infer<typeof dpiaSchema>;

export const riskMeasureSchema = z.strictObject({
  id: idSchema,
  text: z.string().trim().min(1).max(2000),
  owner: z.string().max(200),
  deadline: isoDateSchema.nullable(),
  done: z.boolean(),
});
export type RiskMeasure = z.infer<typeof riskMeasureSchema>;

export const riskSchema = z.strictObject({
  id: idSchema,
  /** The starter event it came from, if any. */
  starterId: z.string().max(64).nullable(),
  event: z.string().trim().min(1).max(1000),
  cause: z.string().max(5000),
  values: z.array(z.enum(SECURITY_VALUES)).max(3),
  existingMeasures: z.string().max(5000),
  likelihood: riskLevel,
  consequence: riskLevel,
  uncertainty: z.enum(UNCERTAINTIES),
  measures: z.array(riskMeasureSchema).max(100),
  residualLikelihood: riskLevel,
  residualConsequence: riskLevel,
  riskOwner: z.string().max(200),
  /** Who accepts the residual risk. */
  acceptedBy: z.string().max(200),
});
export type Risk = z.infer<typeof riskSchema>;

export const rosSchema = z.strictObject({
  scale: z.union(RISK_SCALES.map((n) => z.literal(n)) as [z.ZodLiteral<3>, z.ZodLiteral<4>, z.ZodLiteral<5>]),
  /** Acceptance criteria: a score (likelihood × consequence) up to `greenMax` is acceptable, up to `yellowMax` to be considered, above it needs measures. */
  acceptance: z.strictObject({ greenMax: z.number().int().min(1).max(25), yellowMax: z.number().int().min(1).max(25) }),
  risks: z.array(riskSchema).max(1000),
  dismissedStarters: z.array(z.string().max(64)).max(100),
  approval: approvalSchema.nullable(),
});
export type Ros = z.infer<typeof rosSchema>;

export const routineLogEntrySchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['drill', 'incident']),
  date: isoDateSchema,
  description: z.string().trim().min(1).max(5000),
  outcome: z.string().max(5000),
});
export type RoutineLogEntry = z.infer<typeof routineLogEntrySchema>;

export const emergencySchema = z.strictObject({
  parts: z.strictObject(
    Object.fromEntries(ROUTINE_PARTS.map((p) => [p, longText])) as Record<
      (typeof ROUTINE_PARTS)[number],
      typeof longText
    >,
  ),
  log: z.array(routineLogEntrySchema).max(1000),
  approval: approvalSchema.nullable(),
});
export type Emergency = z.infer<typeof emergencySchema>;

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
  costInputs: costInputsSchema,
  agreements: z.array(agreementRecordSchema).max(50),
  decisions: z.array(decisionSchema).max(1000),
  dpia: dpiaSchema,
  ros: rosSchema,
  emergency: emergencySchema,
  /** The on-call phone NKS forwards to while NKS access is not activated (seed 004). */
  onCallPhone: z.string().max(50),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Municipality = z.infer<typeof municipalitySchema>;

/**
 * One exchange of the workspace with another laptop: a file exported, a file imported (as a
 * new workspace, in place of this one, or merged into it), a merge undone, a backup restored.
 * The log is merged as a union, so each side learns of the other's exchanges.
 */
export const exchangeSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(EXCHANGE_KINDS),
  at: timestampSchema,
  by: z.string().max(200),
  /** The exchange id the file carried (an export's own id; on import the file's id). */
  fileExchangeId: idSchema.nullable(),
  fileName: z.string().max(500),
  /** What happened, in numbers: changes taken from the other side, conflicts and how they were resolved. */
  taken: z.number().int().min(0),
  conflicts: z.number().int().min(0),
  keptMine: z.number().int().min(0),
  tookTheirs: z.number().int().min(0),
  /** The backup taken just before (for a merge: the state "undo" goes back to). */
  backupId: z.string().max(300).nullable(),
});
export type Exchange = z.infer<typeof exchangeSchema>;

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
    /** Prices the user changed; every other price is the source's. */
    prices: z.array(priceOverrideSchema).max(50),
    costSettings: z.strictObject({
      /** Inhabitants of all municipalities using the solutions: NAV's share is divided by it. Not in the sources. */
      adoptingInhabitants: wholeNumber(10_000_000).nullable(),
      /** The year the yearly costs are shown for. */
      year: z.number().int().min(2020).max(2100),
    }),
    attachments: z.array(attachmentSchema).max(10_000),
    exchanges: z.array(exchangeSchema).max(10_000),
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
