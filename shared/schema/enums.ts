/**
 * The domain's enumerations, apart from the schemas so that the renderer can use them without
 * bundling the schema library. `workspace.ts` builds the stored document's schema from them.
 */

/** The four states of a checklist item (DOMAIN.md 9; PRODUCT.md capability 2). */
export const ITEM_STATUSES = ['notStarted', 'inProgress', 'done', 'notRelevant'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** The fields of an item whose changes are recorded in its history. */
export const TRACKED_FIELDS = ['status', 'notRelevantReason', 'owner', 'dueDate', 'note'] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];

/** The three capabilities Fiks tracks per municipality (DOMAIN.md 10). */
export const CAPABILITIES = ['receiving', 'statusView', 'nksAccess'] as const;
export type Capability = (typeof CAPABILITIES)[number];
export const CAPABILITY_STATES = ['notStarted', 'inTest', 'inProduction', 'temporarilyDeactivated'] as const;
export type CapabilityState = (typeof CAPABILITY_STATES)[number];

/** Whether the case system has been upgraded to a version that supports Digisos (asked after connection). */
export const CASE_SYSTEM_UPGRADES = ['unknown', 'upgraded', 'planned', 'notPlanned'] as const;
export type CaseSystemUpgrade = (typeof CASE_SYSTEM_UPGRADES)[number];

/** Inter-municipal cooperation (DOMAIN.md 4; seed 003 "Interkommunale samarbeid"). */
export const COOPERATION_MODELS = ['none', 'hostWithTransfer', 'hostWithoutTransfer'] as const;
export type CooperationModel = (typeof COOPERATION_MODELS)[number];

/** The legal forms the handbook names, under the Local Government Acts of 1992 and 2018. */
export const LEGAL_FORMS = [
  'notSet',
  'kl1992Section27',
  'kl1992Section28-1',
  'kl1992Section28-2',
  'kl2018PoliticalCouncil',
  'kl2018JointUndertaking',
  'kl2018HostCooperation',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** Where an agreement stands (DOMAIN.md 3; PRODUCT.md capability 4). */
export const AGREEMENT_STATUSES = ['notStarted', 'sentForSigning', 'signed', 'archived'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** Whether the person who signed holds the role the source requires. */
export const SIGNER_ROLE_CHECKS = ['unknown', 'yes', 'no'] as const;
export type SignerRoleCheck = (typeof SIGNER_ROLE_CHECKS)[number];

/** Decisions the checklist knows; others are `other`. */
export const DECISION_KINDS = ['startRollout', 'digifinMembership', 'other'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** The sizes of risk matrix the app offers (DOMAIN.md 10: 3×3, 4×4 and 5×5 are all in use). */
export const RISK_SCALES = [3, 4, 5] as const;
export type RiskScale = (typeof RISK_SCALES)[number];

/** The information-security value an unwanted event hits. */
export const SECURITY_VALUES = ['confidentiality', 'integrity', 'availability'] as const;
export type SecurityValue = (typeof SECURITY_VALUES)[number];

export const UNCERTAINTIES = ['low', 'medium', 'high'] as const;
export type Uncertainty = (typeof UNCERTAINTIES)[number];

/** Whether the DPIA concludes that Datatilsynet must be consulted first (GDPR art. 36). */
export const PRIOR_CONSULTATION = ['undecided', 'notNeeded', 'needed'] as const;
export type PriorConsultation = (typeof PRIOR_CONSULTATION)[number];

/** The structured sections of the DPIA, after GDPR art. 35(7). */
export const DPIA_SECTIONS = [
  'processing',
  'dataFlow',
  'categories',
  'recipients',
  'retention',
  'necessity',
  'risks',
  'measures',
] as const;
export type DpiaSection = (typeof DPIA_SECTIONS)[number];

/** The parts of the emergency routines (seed 003, "Behov for beredskapsrutiner"). */
export const ROUTINE_PARTS = ['detection', 'responsible', 'correction', 'escalation', 'itOperations'] as const;
export type RoutinePart = (typeof ROUTINE_PARTS)[number];

/** What can be approved with a named sign-off. */
export const APPROVAL_SUBJECTS = ['dpia', 'ros', 'emergency'] as const;
export type ApprovalSubject = (typeof APPROVAL_SUBJECTS)[number];

/** What an entry in the exchange log records (issue 7: files between laptops). */
export const EXCHANGE_KINDS = ['export', 'importNew', 'importReplace', 'merge', 'undoMerge', 'restore'] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];
