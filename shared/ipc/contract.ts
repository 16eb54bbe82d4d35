/**
 * The bridge, declared once: every channel between the renderer and the main process, with
 * the schema of what goes in and what comes out. The main process registers a handler for
 * each entry, the preload builds `window.api` from it, and the renderer's types come from it.
 */
import { z } from 'zod';
import { ROLE_IDS } from '../catalogue/types';
import { AGREEMENT_IDS, CHANNELS as SIGNING_CHANNELS } from '../catalogue/agreements';
import { PRICE_IDS } from '../catalogue/prices';
import {
  AGREEMENT_STATUSES,
  APPROVAL_SUBJECTS,
  DECISION_KINDS,
  DPIA_SECTIONS,
  PRIOR_CONSULTATION,
  RISK_SCALES,
  ROUTINE_PARTS,
  SECURITY_VALUES,
  SIGNER_ROLE_CHECKS,
  UNCERTAINTIES,
} from '../schema/enums';
import {
  CAPABILITIES,
  CAPABILITY_STATES,
  CASE_SYSTEM_UPGRADES,
  COOPERATION_MODELS,
  ITEM_STATUSES,
  LANGUAGES,
  LEGAL_FORMS,
  ownerSchema,
  storedDocumentSchema,
  timestampSchema,
} from '../schema/workspace';
import { CHANNELS, type Method } from './channels';
import type { IpcResult } from './errors';

export { CHANNELS, METHODS, isMethod, type Method } from './channels';

/** What the storage found when it opened the data folder, for the user to be told. */
export const storageNoticeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('recoveredFromBackup'),
    setAsideFile: z.string(),
    backupSavedAt: timestampSchema,
  }),
  z.strictObject({ kind: z.literal('corruptNoBackup'), setAsideFile: z.string() }),
  z.strictObject({ kind: z.literal('newerVersion'), version: z.number().int() }),
  z.strictObject({
    kind: z.literal('migrated'),
    from: z.number().int(),
    to: z.number().int(),
    changes: z.array(z.string()),
  }),
]);
export type StorageNotice = z.infer<typeof storageNoticeSchema>;

export const sessionSchema = z.strictObject({
  document: storedDocumentSchema,
  /** True when the stored file was written by a newer version: nothing may be saved. */
  readOnly: z.boolean(),
  notices: z.array(storageNoticeSchema),
  dataFolder: z.string(),
  appVersion: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

/** The form as it crosses the bridge: strings, bounded, nothing else. */
const municipalityFormSchema = z.strictObject({
  name: z.string().max(1000),
  number: z.string().max(100),
  orgNumber: z.string().max(100),
  inhabitants: z.string().max(100),
  inhabitantsDate: z.string().max(100),
  navUnit: z.string().max(1000),
});

const idInput = z.string().min(1).max(64);
const noInput = z.strictObject({});

/** The PDFs the app makes. */
export const PDF_KINDS = ['terms', 'status', 'dpia', 'ros'] as const;
export type PdfKind = (typeof PDF_KINDS)[number];

/** A step into the workspace, as a merge names where it found something: a key, or a record by id. */
const pathSegmentSchema = z.union([z.string(), z.strictObject({ id: z.string(), label: z.string() })]);
const sideSchema = z.discriminatedUnion('present', [
  z.strictObject({ present: z.literal(true), value: z.unknown() }),
  z.strictObject({ present: z.literal(false) }),
]);
const documentIssueSchema = z.strictObject({ path: z.string(), message: z.string() });

export const IMPORT_MODES = ['new', 'replace', 'merge'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** What the user sees before an import changes anything. */
export const importPreviewSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('cancelled') }),
  z.strictObject({
    kind: z.literal('refused'),
    fileName: z.string(),
    reason: z.enum(['notJson', 'truncated', 'notOurs', 'newer', 'invalid', 'noWorkspace']),
    version: z.number().int().nullable(),
    issues: z.array(documentIssueSchema),
  }),
  z.strictObject({
    kind: z.literal('preview'),
    token: z.string(),
    fileName: z.string(),
    mode: z.enum(IMPORT_MODES),
    source: z.enum(['export', 'document']),
    workspaceName: z.string(),
    myWorkspaceName: z.string().nullable(),
    exportedBy: z.string(),
    exportedAt: timestampSchema.nullable(),
    appVersion: z.string(),
    migratedFrom: z.number().int().nullable(),
    changes: z.array(z.string()),
    attachments: z.strictObject({ mode: z.enum(['embedded', 'omitted']), count: z.number().int() }),
    municipalities: z.array(z.string()),
    /** This very file was imported before. */
    alreadyImported: z.boolean(),
    /** Whether the merge knew the last state both laptops shared. */
    baseKnown: z.boolean(),
    takenCount: z.number().int(),
    taken: z.array(z.strictObject({ path: z.array(pathSegmentSchema), field: z.string().nullable() })),
    conflicts: z.array(
      z.strictObject({
        id: z.string(),
        path: z.array(pathSegmentSchema),
        field: z.string().nullable(),
        mine: sideSchema,
        theirs: sideSchema,
      }),
    ),
  }),
]);
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const backupInfoSchema = z.strictObject({
  id: z.string(),
  file: z.string(),
  kind: z.enum(['automatic', 'manual', 'beforeRestore', 'beforeImport', 'beforeMerge']),
  savedAt: timestampSchema.nullable(),
  workspaceName: z.string().nullable(),
  municipalities: z.number().int(),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

export const backupListSchema = z.strictObject({
  /** Where the rolling backups are, and how many are kept. */
  folder: z.string(),
  keptFolder: z.string(),
  backupsToKeep: z.number().int(),
  backups: z.array(backupInfoSchema),
});

export const CSV_KINDS = ['checklist', 'measures', 'agreements'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

function channel<M extends Method, I extends z.ZodType, O extends z.ZodType>(method: M, input: I, output: O) {
  return { channel: CHANNELS[method], input, output } as const;
}

interface ChannelSpec {
  channel: string;
  input: z.ZodType;
  output: z.ZodType;
}

export const contract = {
  /** Opens the stored document (recovering or refusing it if need be). */
  loadSession: channel('loadSession', noInput, sessionSchema),
  createWorkspace: channel('createWorkspace', z.strictObject({ name: z.string().max(1000) }), storedDocumentSchema),
  renameWorkspace: channel('renameWorkspace', z.strictObject({ name: z.string().max(1000) }), storedDocumentSchema),
  /** Adds (id null) or edits a municipality from the form as typed; refused whole if any field is wrong. */
  saveMunicipality: channel(
    'saveMunicipality',
    z.strictObject({ id: idInput.nullable(), form: municipalityFormSchema }),
    z.strictObject({ document: storedDocumentSchema, municipalityId: z.string() }),
  ),
  removeMunicipality: channel('removeMunicipality', z.strictObject({ id: idInput }), storedDocumentSchema),
  setCooperation: channel(
    'setCooperation',
    z.strictObject({ model: z.enum(COOPERATION_MODELS), legalForm: z.enum(LEGAL_FORMS), hostId: idInput.nullable() }),
    storedDocumentSchema,
  ),
  /** Vendor, planned connection date, batch and case-system upgrade, as typed; refused whole if wrong. */
  updateProfile: channel(
    'updateProfile',
    z.strictObject({
      id: idInput,
      profile: z.strictObject({
        vendorName: z.string().max(1000),
        vendorProduct: z.string().max(1000),
        plannedConnectionDate: z.string().max(100),
        batch: z.string().max(1000),
        caseSystemUpgrade: z.enum(CASE_SYSTEM_UPGRADES),
      }),
    }),
    storedDocumentSchema,
  ),
  setContacts: channel(
    'setContacts',
    z.strictObject({
      id: idInput,
      contacts: z
        .array(
          z.strictObject({
            role: z.enum(ROLE_IDS),
            name: z.string().max(1000),
            email: z.string().max(1000),
            phone: z.string().max(100),
          }),
        )
        .max(100),
    }),
    storedDocumentSchema,
  ),
  setCapability: channel(
    'setCapability',
    z.strictObject({
      id: idInput,
      capability: z.enum(CAPABILITIES),
      state: z.enum(CAPABILITY_STATES),
      since: z.string().max(100),
    }),
    storedDocumentSchema,
  ),
  /** Changes one checklist item of one municipality; the change is recorded in its history. */
  updateItem: channel(
    'updateItem',
    z.strictObject({
      municipalityId: idInput,
      itemId: idInput,
      change: z.strictObject({
        status: z.enum(ITEM_STATUSES).optional(),
        notRelevantReason: z.string().max(2000).optional(),
        owner: ownerSchema.nullable().optional(),
        /** `dd.mm.åååå`, or empty to go back to the plan's default. */
        dueDate: z.string().max(100).optional(),
        note: z.string().max(10_000).optional(),
      }),
    }),
    storedDocumentSchema,
  ),
  /** Changes one agreement of one municipality; signing it completes its checklist item. */
  updateAgreement: channel(
    'updateAgreement',
    z.strictObject({
      municipalityId: idInput,
      agreementId: z.enum(AGREEMENT_IDS),
      change: z.strictObject({
        status: z.enum(AGREEMENT_STATUSES).optional(),
        signerName: z.string().max(200).optional(),
        signerRole: z.string().max(200).optional(),
        signerHasRequiredRole: z.enum(SIGNER_ROLE_CHECKS).optional(),
        channel: z.enum(SIGNING_CHANNELS).optional(),
        /** `dd.mm.åååå` or empty. */
        sentDate: z.string().max(100).optional(),
        signedDate: z.string().max(100).optional(),
        archiveReference: z.string().max(200).optional(),
        attachmentIds: z.array(idInput).max(50).optional(),
      }),
    }),
    storedDocumentSchema,
  ),
  /** Adds (id null) or edits a decision; start-of-rollout and DigiFin decisions complete their items. */
  saveDecision: channel(
    'saveDecision',
    z.strictObject({
      municipalityId: idInput,
      decision: z.strictObject({
        id: idInput.nullable(),
        kind: z.enum(DECISION_KINDS),
        title: z.string().max(1000),
        decidedBy: z.string().max(200),
        date: z.string().max(100),
        caseReference: z.string().max(200),
        attachmentIds: z.array(idInput).max(50),
      }),
    }),
    storedDocumentSchema,
  ),
  removeDecision: channel(
    'removeDecision',
    z.strictObject({ municipalityId: idInput, id: idInput }),
    storedDocumentSchema,
  ),
  /** The calculator's inputs for one municipality, as typed (whole numbers, kroner). */
  setCostInputs: channel(
    'setCostInputs',
    z.strictObject({
      municipalityId: idInput,
      inputs: z.strictObject({
        digifinMember: z.boolean(),
        usageStart: z
          .strictObject({ year: z.number().int().min(2019).max(2100), quarter: z.number().int().min(1).max(4) })
          .nullable(),
        shipmentsPerMonth: z.string().max(100),
        indexedDocumentsPerMonth: z.string().max(100),
        storageGb: z.string().max(100),
        vendorUpgrade: z.string().max(100),
      }),
    }),
    storedDocumentSchema,
  ),
  setCostSettings: channel(
    'setCostSettings',
    z.strictObject({ adoptingInhabitants: z.string().max(100), year: z.number().int().min(2020).max(2100) }),
    storedDocumentSchema,
  ),
  /** Changes a price from the source's figure (kroner as typed). */
  setPrice: channel(
    'setPrice',
    z.strictObject({ priceId: z.enum(PRICE_IDS), amount: z.string().max(100) }),
    storedDocumentSchema,
  ),
  /** Restores one price (or all, with null) to the source's figure. */
  resetPrice: channel('resetPrice', z.strictObject({ priceId: z.enum(PRICE_IDS).nullable() }), storedDocumentSchema),
  /**
   * Lets the user pick a file, copies it into the data folder with its SHA-256 and links it to
   * an agreement or a decision. `attachmentId` is null when the user cancelled.
   */
  addAttachment: channel(
    'addAttachment',
    z.strictObject({
      target: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('agreement'), municipalityId: idInput, agreementId: z.enum(AGREEMENT_IDS) }),
        z.strictObject({ kind: z.literal('decision'), municipalityId: idInput, decisionId: idInput }),
      ]),
    }),
    z.strictObject({ document: storedDocumentSchema, attachmentId: z.string().nullable() }),
  ),
  /** Opens an attachment with the program the OS chooses; refused if it is missing or changed. */
  openAttachment: channel('openAttachment', z.strictObject({ id: idInput }), noInput),
  /** Whether every attachment's file is still there, byte for byte. */
  checkAttachments: channel(
    'checkAttachments',
    noInput,
    z.array(z.strictObject({ id: z.string(), state: z.enum(['ok', 'missing', 'changed']) })),
  ),
  /**
   * Makes a PDF (the KS terms, the status report, the DPIA or the ROS analysis), asks where to
   * save it and writes it; `path` is null when the user cancelled. `municipalityId` may be
   * `all` for the status report (the whole cooperation). The terms may also register agreement
   * 1 as signed, with the PDF attached.
   */
  exportPdf: channel(
    'exportPdf',
    z.strictObject({
      kind: z.enum(PDF_KINDS),
      municipalityId: idInput,
      terms: z
        .strictObject({
          place: z.string().max(200),
          /** `dd.mm.åååå`. */
          date: z.string().max(100),
          signerName: z.string().max(200),
          signerTitle: z.string().max(200),
          invoiceReference: z.string().max(200),
          signature: z.discriminatedUnion('kind', [
            z.strictObject({ kind: z.literal('typed'), text: z.string().max(200) }),
            z.strictObject({ kind: z.literal('drawn'), pngBase64: z.string().max(4_000_000) }),
          ]),
          markSigned: z.boolean(),
        })
        .optional(),
    }),
    z.strictObject({ document: storedDocumentSchema, path: z.string().nullable() }),
  ),
  /** Opens a PDF the app itself just wrote, with the program the OS chooses; any other path is refused. */
  openPdf: channel('openPdf', z.strictObject({ path: z.string().min(1).max(4000) }), noInput),
  /** Changes DPIA sections, the DPO's advice or the conclusion (dates as typed). */
  updateDpia: channel(
    'updateDpia',
    z.strictObject({
      municipalityId: idInput,
      patch: z.strictObject({
        sections: z.partialRecord(z.enum(DPIA_SECTIONS), z.string().max(50_000)).optional(),
        dpoAdvice: z
          .strictObject({ who: z.string().max(200), date: z.string().max(100), advice: z.string().max(50_000) })
          .optional(),
        conclusion: z
          .strictObject({ text: z.string().max(50_000), priorConsultation: z.enum(PRIOR_CONSULTATION) })
          .optional(),
      }),
    }),
    storedDocumentSchema,
  ),
  /** The scale (existing risks are moved proportionally) and the acceptance criteria. */
  updateRosSettings: channel(
    'updateRosSettings',
    z.strictObject({
      municipalityId: idInput,
      scale: z.union(RISK_SCALES.map((n) => z.literal(n)) as [z.ZodLiteral<3>, z.ZodLiteral<4>, z.ZodLiteral<5>]),
      greenMax: z.number().int().min(1).max(25),
      yellowMax: z.number().int().min(1).max(25),
    }),
    storedDocumentSchema,
  ),
  /** Adds (id null) or replaces a risk, with its measures (deadlines as typed). */
  saveRisk: channel(
    'saveRisk',
    z.strictObject({
      municipalityId: idInput,
      risk: z.strictObject({
        id: idInput.nullable(),
        starterId: z.string().max(64).nullable(),
        event: z.string().max(1000),
        cause: z.string().max(5000),
        values: z.array(z.enum(SECURITY_VALUES)).max(3),
        existingMeasures: z.string().max(5000),
        likelihood: z.number().int().min(1).max(5),
        consequence: z.number().int().min(1).max(5),
        uncertainty: z.enum(UNCERTAINTIES),
        measures: z
          .array(
            z.strictObject({
              id: idInput.nullable(),
              text: z.string().max(2000),
              owner: z.string().max(200),
              deadline: z.string().max(100),
              done: z.boolean(),
            }),
          )
          .max(100),
        residualLikelihood: z.number().int().min(1).max(5),
        residualConsequence: z.number().int().min(1).max(5),
        riskOwner: z.string().max(200),
        acceptedBy: z.string().max(200),
      }),
    }),
    z.strictObject({ document: storedDocumentSchema, riskId: z.string() }),
  ),
  removeRisk: channel('removeRisk', z.strictObject({ municipalityId: idInput, id: idInput }), storedDocumentSchema),
  /** Drops a suggested starter event (or brings it back). */
  dismissStarter: channel(
    'dismissStarter',
    z.strictObject({ municipalityId: idInput, starterId: z.string().min(1).max(64), dismissed: z.boolean() }),
    storedDocumentSchema,
  ),
  updateEmergency: channel(
    'updateEmergency',
    z.strictObject({
      municipalityId: idInput,
      parts: z.partialRecord(z.enum(ROUTINE_PARTS), z.string().max(50_000)).optional(),
      onCallPhone: z.string().max(50).optional(),
    }),
    storedDocumentSchema,
  ),
  /** Adds (id null) or edits a drill or incident in the routines' log. */
  saveRoutineLog: channel(
    'saveRoutineLog',
    z.strictObject({
      municipalityId: idInput,
      entry: z.strictObject({
        id: idInput.nullable(),
        kind: z.enum(['drill', 'incident']),
        date: z.string().max(100),
        description: z.string().max(5000),
        outcome: z.string().max(5000),
      }),
    }),
    storedDocumentSchema,
  ),
  removeRoutineLog: channel(
    'removeRoutineLog',
    z.strictObject({ municipalityId: idInput, id: idInput }),
    storedDocumentSchema,
  ),
  /** A named approval with an attestation; it keeps a snapshot of what was approved. */
  approve: channel(
    'approve',
    z.strictObject({
      municipalityId: idInput,
      subject: z.enum(APPROVAL_SUBJECTS),
      approver: z.string().max(200),
      role: z.string().max(200),
      attestation: z.string().max(2000),
    }),
    storedDocumentSchema,
  ),
  updateSettings: channel(
    'updateSettings',
    z.strictObject({ userName: z.string().max(200).optional(), language: z.enum(LANGUAGES).optional() }),
    storedDocumentSchema,
  ),
  /** Writes the workspace to one `.digisos.json` file the user chooses (docs/file-format.md). */
  exportWorkspace: channel(
    'exportWorkspace',
    z.strictObject({ includeAttachments: z.boolean() }),
    z.strictObject({
      document: storedDocumentSchema,
      path: z.string().nullable(),
      embedded: z.number().int(),
      missing: z.array(z.string()),
    }),
  ),
  /** Asks for a file to import and shows what importing it would do; changes nothing. */
  pickImport: channel('pickImport', noInput, importPreviewSchema),
  /**
   * Shows what importing the file the OS opened with the app would do (double-click, "Open with",
   * a second start with a file); the path stays in the main process. `cancelled` when there is none.
   */
  previewOpenedFile: channel('previewOpenedFile', noInput, importPreviewSchema),
  /** Imports the previewed file, with the user's choice for every conflict. */
  applyImport: channel(
    'applyImport',
    z.strictObject({
      token: z.string().min(1).max(100),
      choices: z.record(z.string().max(2000), z.enum(['mine', 'theirs'])),
    }),
    z.strictObject({
      document: storedDocumentSchema,
      mode: z.enum(IMPORT_MODES),
      taken: z.number().int(),
      conflicts: z.number().int(),
      keptMine: z.number().int(),
      tookTheirs: z.number().int(),
      attachmentsStored: z.number().int(),
    }),
  ),
  cancelImport: channel('cancelImport', z.strictObject({ token: z.string().max(100) }), noInput),
  /** Goes back to the state before a merge (the state it replaces is kept as a backup first). */
  undoMerge: channel('undoMerge', z.strictObject({ exchangeId: idInput }), storedDocumentSchema),
  /** Saves a spreadsheet (CSV made by the view in the user's language) where the user chooses. */
  exportCsv: channel(
    'exportCsv',
    z.strictObject({
      kind: z.enum(CSV_KINDS),
      fileName: z.string().min(1).max(200),
      content: z.string().max(50_000_000),
    }),
    z.strictObject({ path: z.string().nullable() }),
  ),
  listBackups: channel('listBackups', noInput, backupListSchema),
  /** Keeps a copy of the workspace as it is now, never rolled away. */
  backupNow: channel('backupNow', noInput, backupListSchema),
  /** Puts a backup back; the state it replaces is kept first. */
  restoreBackup: channel('restoreBackup', z.strictObject({ id: z.string().min(1).max(300) }), storedDocumentSchema),
  /** Opens an allow-listed https link in the OS browser. */
  openExternal: channel('openExternal', z.strictObject({ url: z.string().max(2000) }), noInput),
  /** Puts a drafted message on the clipboard; the app itself sends nothing. */
  copyText: channel('copyText', z.strictObject({ text: z.string().max(100_000) }), noInput),
} as const satisfies Record<Method, ChannelSpec>;

export type Contract = typeof contract;
export type InputOf<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends Method> = z.output<Contract[M]['input']>;
export type OutputOf<M extends Method> = z.output<Contract[M]['output']>;

/** `window.api`: one method per channel, one argument object, a result that never throws. */
export type Api = { [M in Method]: (input: InputOf<M>) => Promise<IpcResult<OutputOf<M>>> };

/** The main process's side: one handler per channel, given parsed input. */
export type Handlers = { [M in Method]: (input: ParsedInputOf<M>) => Promise<OutputOf<M>> | OutputOf<M> };
