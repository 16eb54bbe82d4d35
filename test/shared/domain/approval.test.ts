import { describe, expect, it } from 'vitest';
import { applicability } from '../../../shared/domain/cooperation';
import { approvalState, approve } from '../../../shared/domain/approval';
import type { Municipality } from '../../../shared/schema/workspace';
import { bergenForm } from '../../support/fixtures';
import { workspaceWith } from '../../support/workspace-builder';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const signer = { approver: 'Kari Nordmann', role: 'Kommunedirektør', attestation: 'Godkjent slik den står.' };

function approved(subject: 'dpia' | 'ros' | 'emergency'): Municipality {
  const m = workspaceWith([bergenForm]).municipalities[0]!;
  return { ...m, [subject]: { ...m[subject], approval: approve(m, subject, signer, NOW, '2026-11-23') } };
}

describe('honest sign-off', () => {
  it('holds while the content is what was approved', () => {
    const m = approved('emergency');
    expect(approvalState(m, 'emergency', '2026-11-24')).toMatchObject({
      kind: 'approved',
      reviewOverdue: false,
      approval: { approver: 'Kari Nordmann', reviewDue: '2027-11-23' },
    });
  });

  it('turns stale as soon as the content changes, and stays stale until approved again', () => {
    const m = approved('dpia');
    const edited = { ...m, dpia: { ...m.dpia, sections: { ...m.dpia.sections, retention: 'Slettes etter 10 år.' } } };
    expect(approvalState(edited, 'dpia', '2026-11-24').kind).toBe('stale');
    const again = { ...edited, dpia: { ...edited.dpia, approval: approve(edited, 'dpia', signer, NOW, '2026-11-24') } };
    expect(approvalState(again, 'dpia', '2026-11-24').kind).toBe('approved');
  });

  it('does not turn stale when only something else changes', () => {
    const m = approved('ros');
    const other = {
      ...m,
      dpia: { ...m.dpia, conclusion: { text: 'Lav restrisiko', priorConsultation: 'notNeeded' as const } },
    };
    expect(approvalState(other, 'ros', '2026-11-24').kind).toBe('approved');
  });

  it('calls for a yearly review of the routines', () => {
    expect(approvalState(approved('emergency'), 'emergency', '2027-11-24')).toMatchObject({
      kind: 'approved',
      reviewOverdue: true,
    });
  });

  it('calls for a review of the DPIA when the ROS analysis’s risks change (art. 35(11))', () => {
    const m = approved('dpia');
    expect(approvalState(m, 'dpia', '2026-11-24')).toMatchObject({ kind: 'approved', risksChanged: false });
    const withRisk = {
      ...m,
      ros: {
        ...m.ros,
        risks: [
          {
            id: 'r1',
            starterId: null,
            event: 'Feil mottaker',
            cause: '',
            values: ['confidentiality' as const],
            existingMeasures: '',
            likelihood: 2,
            consequence: 5,
            uncertainty: 'low' as const,
            measures: [],
            residualLikelihood: 1,
            residualConsequence: 5,
            riskOwner: '',
            acceptedBy: '',
          },
        ],
      },
    };
    expect(approvalState(withRisk, 'dpia', '2026-11-24')).toMatchObject({ kind: 'approved', risksChanged: true });
  });

  it('leaves the DPIA of a partner to the host when controller responsibility is transferred', () => {
    const cooperation = {
      model: 'hostWithTransfer' as const,
      legalForm: 'kl2018HostCooperation' as const,
      hostId: 'host',
    };
    expect(applicability('controller', 'partner', cooperation)).toEqual({
      applies: false,
      coveredBy: 'host',
      reason: 'controllerIsHost',
    });
    expect(applicability('controller', 'partner', { ...cooperation, model: 'hostWithoutTransfer' })).toEqual({
      applies: true,
    });
  });
});
