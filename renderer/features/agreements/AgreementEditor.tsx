import { useEffect, useRef, useState } from 'react';
import { CHANNELS, type SigningChannel } from '../../../shared/catalogue/agreements';
import { catalogueItem } from '../../../shared/catalogue/checklist';
import type { AgreementRow } from '../../../shared/domain/agreements';
import { parseOptionalDate } from '../../../shared/domain/profile';
import { formatDate } from '../../../shared/format/date';
import type { InputOf } from '../../../shared/ipc/contract';
import {
  AGREEMENT_STATUSES,
  SIGNER_ROLE_CHECKS,
  type AgreementStatus,
  type SignerRoleCheck,
} from '../../../shared/schema/enums';
import type { Attachment } from '../../../shared/schema/workspace';
import { Field } from '../../components/Field';
import { useLanguage, useT, useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { useAppStore } from '../../store/app-store';
import { AttachmentList, attachmentsOf, type AttachmentStates } from './Attachments';
import { agreementsTexts } from './texts';

type Change = InputOf<'updateAgreement'>['change'];
type DateField = 'sentDate' | 'signedDate';
type Errors = Partial<Record<DateField, string>>;

const isSigned = (status: AgreementStatus) => status === 'signed' || status === 'archived';

/** The seeds are Markdown: a quoted link shows as its words. */
function readableQuote(quote: string): string {
  return quote.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
}

/** A stored date as the user types it, or empty. */
const typed = (iso: string | null) => (iso === null ? '' : formatDate(iso));

/** A typed date differs from the stored one unless it parses to the same day (an unreadable one is sent, to be refused). */
function dateChanged(input: string, stored: string | null): boolean {
  const parsed = parseOptionalDate(input);
  return !parsed.ok || parsed.iso !== stored;
}

interface AgreementEditorProps {
  row: AgreementRow;
  municipalityId: string;
  panelId: string;
  attachments: readonly Attachment[];
  states: AttachmentStates;
  readOnly: boolean;
  onAttached: () => Promise<void>;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/**
 * One agreement's record: where it stands, who signed it and how, when, where it is filed, and
 * the signed copy. Only the fields the user changed are sent; a signing completes the checklist
 * item in the main process, and the user is told so.
 */
export function AgreementEditor({
  row,
  municipalityId,
  panelId,
  attachments,
  states,
  readOnly,
  onAttached,
  onSaved,
  onCancel,
}: AgreementEditorProps) {
  const texts = useTexts(agreementsTexts);
  const domain = useTexts(domainTexts);
  const t = useT();
  const language = useLanguage();
  const updateAgreement = useAppStore((s) => s.updateAgreement);
  const addAttachment = useAppStore((s) => s.addAttachment);
  const announce = useAppStore((s) => s.announce);
  const { info, record } = row;
  const title = info.title[language];
  const requiredSigner = info.requiredSigner[language];

  const [status, setStatus] = useState<AgreementStatus>(record.status);
  const [signerName, setSignerName] = useState(record.signerName);
  const [signerRole, setSignerRole] = useState(record.signerRole);
  const [hasRole, setHasRole] = useState<SignerRoleCheck>(record.signerHasRequiredRole);
  const [channel, setChannel] = useState<SigningChannel>(record.channel);
  const [sentDate, setSentDate] = useState(typed(record.sentDate));
  const [signedDate, setSignedDate] = useState(typed(record.signedDate));
  const [archiveReference, setArchiveReference] = useState(record.archiveReference);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const firstField = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    firstField.current?.focus();
  }, []);

  const ids = {
    title: `${panelId}-title`,
    status: `${panelId}-status`,
    channel: `${panelId}-channel`,
    signerName: `${panelId}-signer-name`,
    signerRole: `${panelId}-signer-role`,
    hasRole: `${panelId}-has-role`,
    hasRoleWarning: `${panelId}-has-role-warning`,
    sentDate: `${panelId}-sent`,
    signedDate: `${panelId}-signed`,
    archiveReference: `${panelId}-archive`,
    attachments: `${panelId}-attachments`,
  };

  const collect = (): Change => {
    const change: Change = {};
    if (status !== record.status) change.status = status;
    if (signerName.trim() !== record.signerName) change.signerName = signerName.trim();
    if (signerRole.trim() !== record.signerRole) change.signerRole = signerRole.trim();
    if (hasRole !== record.signerHasRequiredRole) change.signerHasRequiredRole = hasRole;
    if (channel !== record.channel) change.channel = channel;
    if (dateChanged(sentDate, record.sentDate)) change.sentDate = sentDate.trim();
    if (dateChanged(signedDate, record.signedDate)) change.signedDate = signedDate.trim();
    if (archiveReference.trim() !== record.archiveReference) change.archiveReference = archiveReference.trim();
    return change;
  };

  const errorText = (code: string | undefined): string | undefined =>
    code === undefined ? undefined : code in t.fieldErrors ? t.fieldErrors[code as keyof typeof t.fieldErrors] : code;

  const save = async () => {
    const change = collect();
    if (Object.keys(change).length === 0) {
      setErrors({});
      announce(texts.nothingChanged);
      onCancel();
      return;
    }
    setBusy(true);
    const result = await updateAgreement({ municipalityId, agreementId: info.id, change });
    setBusy(false);
    if (result.ok) {
      setErrors({});
      const itemId = info.checklistItemId;
      const completesItem =
        itemId !== null && change.status !== undefined && isSigned(change.status) && !isSigned(record.status);
      onSaved(completesItem ? texts.savedWithItem(title, catalogueItem(itemId).text[language]) : texts.saved(title));
      return;
    }
    if (result.error.code === 'validation') {
      const fieldErrors = result.error.fieldErrors ?? {};
      const refused: Errors = {};
      const sent = errorText(fieldErrors.sentDate);
      const signed = errorText(fieldErrors.signedDate);
      if (sent) refused.sentDate = sent;
      if (signed) refused.signedDate = signed;
      setErrors(refused);
      const first = (['sentDate', 'signedDate'] as const).find((f) => refused[f] !== undefined);
      if (first) document.getElementById(ids[first])?.focus();
    }
  };

  const attach = async () => {
    setBusy(true);
    const result = await addAttachment({ target: { kind: 'agreement', municipalityId, agreementId: info.id } });
    setBusy(false);
    if (!result.ok) return;
    const id = result.value.attachmentId;
    if (id === null) {
      announce(texts.attachCancelled);
      return;
    }
    const added = result.value.document.workspace?.attachments.find((a) => a.id === id);
    announce(texts.attached(added?.fileName ?? ''));
    await onAttached();
  };

  const hasErrors = Object.keys(errors).length > 0;
  const own = attachmentsOf(record.attachmentIds, attachments);

  return (
    <div id={panelId} className="agreement-editor">
      <h3 id={ids.title}>{texts.editorTitle(info.number, title)}</h3>
      <div className="agreement-editor__layout">
        <form
          className="agreement-editor__form"
          noValidate
          aria-labelledby={ids.title}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {hasErrors ? <p className="form-error-summary">{texts.errorSummary}</p> : null}
          <div className="form-grid agreement-editor__status-grid">
            <div className="field">
              <label htmlFor={ids.status}>{texts.status}</label>
              <select
                id={ids.status}
                ref={firstField}
                value={status}
                disabled={readOnly}
                onChange={(event) => setStatus(event.target.value as AgreementStatus)}
              >
                {AGREEMENT_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {texts.agreementStatus[s]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.channel}>{texts.channel}</label>
              <select
                id={ids.channel}
                value={channel}
                disabled={readOnly}
                onChange={(event) => setChannel(event.target.value as SigningChannel)}
              >
                {CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {texts.channels[c]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="form-grid">
            <Field
              id={ids.signerName}
              label={texts.signerName}
              value={signerName}
              onChange={setSignerName}
              autoComplete="off"
              disabled={readOnly}
            />
            <Field
              id={ids.signerRole}
              label={texts.signerRole}
              value={signerRole}
              onChange={setSignerRole}
              hint={texts.signerRoleHint(requiredSigner)}
              disabled={readOnly}
            />
            <div className="field">
              <label htmlFor={ids.hasRole}>{texts.signerHasRole}</label>
              <select
                id={ids.hasRole}
                value={hasRole}
                disabled={readOnly}
                aria-describedby={hasRole === 'no' ? ids.hasRoleWarning : undefined}
                onChange={(event) => setHasRole(event.target.value as SignerRoleCheck)}
              >
                {SIGNER_ROLE_CHECKS.map((c) => (
                  <option key={c} value={c}>
                    {texts.signerHasRoleOptions[c]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {hasRole === 'no' ? (
            <p id={ids.hasRoleWarning} className="agreement-editor__warning">
              <span aria-hidden="true">⚠ </span>
              {texts.signerRoleWarning(requiredSigner)}
            </p>
          ) : null}
          <div className="form-grid">
            <Field
              id={ids.sentDate}
              label={texts.sentDate}
              value={sentDate}
              onChange={setSentDate}
              hint={texts.dateHint}
              error={errors.sentDate}
              inputMode="numeric"
              disabled={readOnly}
            />
            <Field
              id={ids.signedDate}
              label={texts.signedDate}
              value={signedDate}
              onChange={setSignedDate}
              hint={texts.dateHint}
              error={errors.signedDate}
              inputMode="numeric"
              disabled={readOnly}
            />
            <Field
              id={ids.archiveReference}
              label={texts.archiveReference}
              value={archiveReference}
              onChange={setArchiveReference}
              hint={texts.archiveReferenceHint}
              disabled={readOnly}
            />
          </div>
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={readOnly || busy}>
              {texts.save}
            </button>
            <button type="button" className="button" onClick={onCancel}>
              {texts.cancel}
            </button>
          </div>
        </form>

        <div className="agreement-editor__about">
          {info.remark ? (
            <>
              <h4>{texts.remarkTitle}</h4>
              <p>{info.remark[language]}</p>
            </>
          ) : null}
          <h4>{texts.sourceTitle}</h4>
          <p className="muted">{domain.sourceDoc(info.source.seed, info.source.section)}</p>
          <blockquote className="agreement-editor__quote">{readableQuote(info.source.quote)}</blockquote>
          {info.checklistItemId ? (
            <p className="muted">{texts.checklistLink(catalogueItem(info.checklistItemId).text[language])}</p>
          ) : null}
        </div>
      </div>

      <section className="agreement-editor__attachments" aria-labelledby={ids.attachments}>
        <h4 id={ids.attachments}>{texts.attachmentsTitle}</h4>
        <AttachmentList attachments={own} states={states} label={texts.attachmentsOf(title)} />
        <button
          type="button"
          className="button"
          disabled={readOnly || busy}
          aria-label={texts.attachSignedTo(title)}
          onClick={() => void attach()}
        >
          {texts.attachSigned}
        </button>
      </section>
    </div>
  );
}
