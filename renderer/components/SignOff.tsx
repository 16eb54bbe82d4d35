import { useState, type FormEvent } from 'react';
import { approvalState } from '../../shared/domain/approval';
import { formatDate, formatDateTime } from '../../shared/format/date';
import type { ApprovalSubject } from '../../shared/schema/enums';
import type { Municipality } from '../../shared/schema/workspace';
import { today } from '../hooks';
import { useTexts } from '../i18n';
import { useAppStore } from '../store/app-store';
import { Field } from './Field';
import { signOffTexts } from './signOffTexts';

/**
 * The honest sign-off: who approved, with what attestation, and whether the approval still
 * holds. Any change to the content after approval makes it stale, shown here until someone
 * approves again.
 */
export function SignOff({ municipality, subject }: { municipality: Municipality; subject: ApprovalSubject }) {
  const t = useTexts(signOffTexts);
  const userName = useAppStore((s) => s.document?.settings.userName ?? '');
  const readOnly = useAppStore((s) => s.readOnly);
  const approveAction = useAppStore((s) => s.approve);
  const announce = useAppStore((s) => s.announce);
  const state = approvalState(municipality, subject, today());
  const [approver, setApprover] = useState(userName);
  const [role, setRole] = useState(state.kind === 'none' ? '' : state.approval.role);
  const [attestation, setAttestation] = useState<string>(t.defaultAttestation[subject]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const id = `signoff-${subject}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await approveAction({ municipalityId: municipality.id, subject, approver, role, attestation });
    if (result.ok) {
      setErrors({});
      announce(t.done);
    } else if (result.error.code === 'validation') setErrors(result.error.fieldErrors ?? {});
  };
  const error = (field: string) => (errors[field] ? t.errors.required : undefined);

  return (
    <section className={`card signoff signoff--${state.kind}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t.title}{' '}
        <span
          className={`badge ${state.kind === 'approved' ? 'badge--done' : state.kind === 'stale' ? 'badge--overdue' : 'badge--muted'}`}
        >
          {state.kind === 'approved' ? t.approvedBadge : state.kind === 'stale' ? t.staleBadge : t.noneBadge}
        </span>
      </h2>
      {state.kind === 'none' ? <p>{t.none}</p> : null}
      {state.kind === 'stale' ? (
        <p className="signoff__stale" role="status">
          {t.stale(state.approval.approver, formatDateTime(new Date(state.approval.approvedAt)))}
        </p>
      ) : null}
      {state.kind === 'approved' ? (
        <>
          <p>
            {t.approved(
              state.approval.approver,
              state.approval.role,
              formatDateTime(new Date(state.approval.approvedAt)),
            )}
          </p>
          <p className="muted">{t.attestationShown(state.approval.attestation)}</p>
          {state.approval.reviewDue ? (
            <p className={state.reviewOverdue ? 'field__error' : 'muted'}>
              {state.reviewOverdue
                ? t.reviewOverdue(formatDate(state.approval.reviewDue))
                : t.reviewDue(formatDate(state.approval.reviewDue))}
            </p>
          ) : null}
          {state.risksChanged ? <p className="field__error">{t.risksChanged}</p> : null}
        </>
      ) : null}
      {state.kind !== 'approved' || state.reviewOverdue || state.risksChanged ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <div className="form-grid">
            <Field
              id={`${id}-approver`}
              label={t.approver}
              value={approver}
              onChange={setApprover}
              error={error('approver')}
              required
              disabled={readOnly}
              autoComplete="name"
            />
            <Field
              id={`${id}-role`}
              label={t.role}
              hint={t.roleHint}
              value={role}
              onChange={setRole}
              disabled={readOnly}
            />
          </div>
          <Field
            id={`${id}-attestation`}
            label={t.attestation}
            value={attestation}
            onChange={setAttestation}
            error={error('attestation')}
            required
            multiline
            disabled={readOnly}
          />
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={readOnly}>
              {state.kind === 'none' ? t.approve : t.approveAgain}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
