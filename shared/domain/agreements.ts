import {
  AGREEMENTS,
  agreementForItem,
  agreementInfo,
  type AgreementId,
  type AgreementInfo,
} from '../catalogue/agreements';
import type { AgreementRecord, Cooperation, Decision, Municipality } from '../schema/workspace';
import type { AgreementStatus, DecisionKind } from '../schema/enums';
import { applyItemChange, blankEntry, withEntry } from './checklist';
import { applicability, type Applicability } from './cooperation';

export interface ChangeContext {
  by: string;
  now: Date;
}

/** An agreement of one municipality as the register shows it. */
export interface AgreementRow {
  info: AgreementInfo;
  record: AgreementRecord;
  applicability: Applicability;
}

export function blankAgreement(id: AgreementId, now: Date): AgreementRecord {
  return {
    agreementId: id,
    status: 'notStarted',
    signerName: '',
    signerRole: '',
    signerHasRequiredRole: 'unknown',
    channel: agreementInfo(id).channel,
    sentDate: null,
    signedDate: null,
    archiveReference: '',
    attachmentIds: [],
    updatedAt: now.toISOString(),
  };
}

/** The nine agreements for a municipality, with who signs them in the cooperation. */
export function agreementRows(municipality: Municipality, cooperation: Cooperation, now: Date): AgreementRow[] {
  return AGREEMENTS.map((info) => ({
    info,
    record: municipality.agreements.find((a) => a.agreementId === info.id) ?? blankAgreement(info.id, now),
    applicability: applicability(info.actor, municipality.id, cooperation),
  }));
}

const isSigned = (status: AgreementStatus) => status === 'signed' || status === 'archived';

function withAgreement(municipality: Municipality, record: AgreementRecord): Municipality {
  const exists = municipality.agreements.some((a) => a.agreementId === record.agreementId);
  return {
    ...municipality,
    agreements: exists
      ? municipality.agreements.map((a) => (a.agreementId === record.agreementId ? record : a))
      : [...municipality.agreements, record],
  };
}

/** Marks a checklist item done (recording it in the item's history) unless it already is. */
export function completeItem(municipality: Municipality, itemId: string, context: ChangeContext): Municipality {
  const entry = municipality.checklist.find((e) => e.itemId === itemId) ?? blankEntry(itemId, context.now);
  if (entry.status === 'done') return municipality;
  const result = applyItemChange(entry, { status: 'done' }, context);
  return result.ok ? withEntry(municipality, result.entry) : municipality;
}

export type AgreementChange = Partial<Omit<AgreementRecord, 'agreementId' | 'updatedAt'>>;

/**
 * Changes an agreement. Signing it (signed or archived) completes its checklist item, so the
 * register and the checklist never disagree.
 */
export function updateAgreement(
  municipality: Municipality,
  id: AgreementId,
  change: AgreementChange,
  context: ChangeContext,
): Municipality {
  const current = municipality.agreements.find((a) => a.agreementId === id) ?? blankAgreement(id, context.now);
  const next: AgreementRecord = { ...current, ...change, updatedAt: context.now.toISOString() };
  let updated = withAgreement(municipality, next);
  const itemId = agreementInfo(id).checklistItemId;
  if (itemId !== null && isSigned(next.status) && !isSigned(current.status)) {
    updated = completeItem(updated, itemId, context);
  }
  return updated;
}

/**
 * The other way round: when a checklist item that stands for an agreement is done, the
 * agreement is registered as signed (today, if no date is known).
 */
export function syncAgreementWithItem(
  municipality: Municipality,
  itemId: string,
  context: ChangeContext,
): Municipality {
  const info = agreementForItem(itemId);
  const entry = municipality.checklist.find((e) => e.itemId === itemId);
  if (!info || entry?.status !== 'done') return municipality;
  const current =
    municipality.agreements.find((a) => a.agreementId === info.id) ?? blankAgreement(info.id, context.now);
  if (isSigned(current.status)) return municipality;
  return withAgreement(municipality, {
    ...current,
    status: 'signed',
    signedDate: current.signedDate ?? entry.completedAt,
    updatedAt: context.now.toISOString(),
  });
}

/** The checklist items a decision of a kind completes (seed 003, "Sjekkliste 1/2"). */
export const DECISION_ITEMS: Record<DecisionKind, string | null> = {
  startRollout: 'decision.start-project',
  digifinMembership: 'decision.digifin-member',
  other: null,
};

/**
 * Records a decision (new, or replacing one with the same id). The decision to start the
 * rollout and the DigiFin membership complete their checklist items; a membership decision
 * also tells the cost calculator the municipality is a member.
 */
export function saveDecision(municipality: Municipality, decision: Decision, context: ChangeContext): Municipality {
  const exists = municipality.decisions.some((d) => d.id === decision.id);
  let updated: Municipality = {
    ...municipality,
    decisions: exists
      ? municipality.decisions.map((d) => (d.id === decision.id ? decision : d))
      : [...municipality.decisions, decision],
  };
  const itemId = DECISION_ITEMS[decision.kind];
  if (itemId !== null) updated = completeItem(updated, itemId, context);
  if (decision.kind === 'digifinMembership') {
    updated = { ...updated, costInputs: { ...updated.costInputs, digifinMember: true } };
  }
  return updated;
}
