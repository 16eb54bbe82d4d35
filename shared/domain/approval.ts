import type { ApprovalSubject } from '../schema/enums';
import type { Approval, Municipality } from '../schema/workspace';
import { addDays } from './plan';

/** JSON with object keys sorted, so that the same content always gives the same text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** What an approval of a subject covers: everything but the approval itself. */
export function approvedContent(municipality: Municipality, subject: ApprovalSubject): unknown {
  const { approval: _approval, ...content } = municipality[subject];
  return content;
}

/** The ROS analysis's risks, as the DPIA remembers them: a later change calls for a DPIA review (GDPR art. 35(11)). */
export function riskFingerprint(municipality: Municipality): string {
  return stableJson(municipality.ros.risks);
}

export type ApprovalState =
  | { kind: 'none' }
  | { kind: 'approved'; approval: Approval; reviewOverdue: boolean; risksChanged: boolean }
  | { kind: 'stale'; approval: Approval };

/**
 * Whether an approval still holds: it is stale as soon as the content differs from the
 * snapshot that was approved. A review falls due by date (yearly) and, for the DPIA, when
 * the ROS analysis's risks have changed since.
 */
export function approvalState(municipality: Municipality, subject: ApprovalSubject, today: string): ApprovalState {
  const approval = municipality[subject].approval;
  if (approval === null) return { kind: 'none' };
  if (approval.snapshot !== stableJson(approvedContent(municipality, subject))) return { kind: 'stale', approval };
  return {
    kind: 'approved',
    approval,
    reviewOverdue: approval.reviewDue !== null && approval.reviewDue < today,
    risksChanged: approval.riskFingerprint !== null && approval.riskFingerprint !== riskFingerprint(municipality),
  };
}

/** A new approval of the subject as it is now. Routines and the ROS analysis are reviewed yearly. */
export function approve(
  municipality: Municipality,
  subject: ApprovalSubject,
  signer: { approver: string; role: string; attestation: string },
  now: Date,
  today: string,
): Approval {
  return {
    approver: signer.approver.trim(),
    role: signer.role.trim(),
    attestation: signer.attestation.trim(),
    approvedAt: now.toISOString(),
    snapshot: stableJson(approvedContent(municipality, subject)),
    reviewDue: subject === 'dpia' ? null : addDays(today, 365),
    riskFingerprint: subject === 'dpia' ? riskFingerprint(municipality) : null,
  };
}
