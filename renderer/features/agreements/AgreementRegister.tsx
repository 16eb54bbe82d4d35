import { Fragment, useMemo, useRef, useState } from 'react';
import type { AgreementId } from '../../../shared/catalogue/agreements';
import { agreementRows, type AgreementRow } from '../../../shared/domain/agreements';
import { formatDate } from '../../../shared/format/date';
import type { AgreementStatus } from '../../../shared/schema/enums';
import type { Municipality, Workspace } from '../../../shared/schema/workspace';
import { useLanguage, useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { useAppStore } from '../../store/app-store';
import { AgreementEditor } from './AgreementEditor';
import { isProblem, type AttachmentCheck } from './Attachments';
import { agreementsTexts } from './texts';

const STATUS_BADGE: Record<AgreementStatus, string> = {
  notStarted: 'badge badge--muted',
  sentForSigning: 'badge badge--dueSoon',
  signed: 'badge badge--done',
  archived: 'badge badge--done',
};

const COLUMNS = 8;

/** The nine agreements of one municipality, each with its editor opening below its row. */
export function AgreementRegister({
  municipality,
  workspace,
  check,
}: {
  municipality: Municipality;
  workspace: Workspace;
  check: AttachmentCheck;
}) {
  const texts = useTexts(agreementsTexts);
  const domain = useTexts(domainTexts);
  const language = useLanguage();
  const readOnly = useAppStore((s) => s.readOnly);
  const announce = useAppStore((s) => s.announce);
  const [openId, setOpenId] = useState<AgreementId | null>(null);
  const [lastSaved, setLastSaved] = useState('');
  const editButtons = useRef(new Map<AgreementId, HTMLButtonElement>());

  const { cooperation } = workspace;
  // The row's "now" only stamps a blank record that is never stored from here.
  const rows = useMemo(
    () => agreementRows(municipality, cooperation, new Date(municipality.updatedAt)),
    [municipality, cooperation],
  );
  const host = workspace.municipalities.find((m) => m.id === cooperation.hostId) ?? null;
  const hostStatus = (id: AgreementId): AgreementStatus =>
    host?.agreements.find((a) => a.agreementId === id)?.status ?? 'notStarted';

  const close = (id: AgreementId) => {
    setOpenId(null);
    editButtons.current.get(id)?.focus();
  };

  const signerCell = ({ record }: AgreementRow) => {
    if (record.signerName === '' && record.signerRole === '') return <span className="muted">{texts.none}</span>;
    return (
      <>
        {record.signerName ? <span className="agreements__signer">{record.signerName}</span> : null}
        {record.signerRole ? <span className="muted agreements__signer-role">{record.signerRole}</span> : null}
        {record.signerHasRequiredRole === 'no' ? (
          <span className="badge badge--overdue">
            <span aria-hidden="true">⚠ </span>
            {texts.signerLacksRole}
          </span>
        ) : null}
      </>
    );
  };

  const attachmentCell = ({ record }: AgreementRow) => {
    const count = record.attachmentIds.length;
    if (count === 0) return <span className="muted">{texts.none}</span>;
    const problems = record.attachmentIds.filter((id) => isProblem(check.states.get(id))).length;
    return (
      <>
        <span>{texts.attachmentCount(count)}</span>
        {problems > 0 ? (
          <span className="badge badge--overdue">
            <span aria-hidden="true">⚠ </span>
            {texts.attachmentsNotOk(problems)}
          </span>
        ) : null}
      </>
    );
  };

  return (
    <>
      {lastSaved ? <p className="agreements__saved">{lastSaved}</p> : null}
      <div className="table-wrap">
        <table className="table agreements__table">
          <caption className="sr-only">{texts.agreementsCaption(municipality.name)}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {texts.columns.number}
              </th>
              <th scope="col">{texts.columns.agreement}</th>
              <th scope="col">{texts.columns.requirement}</th>
              <th scope="col">{texts.columns.status}</th>
              <th scope="col">{texts.columns.signer}</th>
              <th scope="col">{texts.columns.signedDate}</th>
              <th scope="col">{texts.columns.attachments}</th>
              <th scope="col">
                <span className="sr-only">{texts.columns.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const { info, record, applicability } = row;
              const title = info.title[language];
              const open = openId === info.id;
              const panelId = `agreement-${info.id}-editor`;
              return (
                <Fragment key={info.id}>
                  <tr className={open ? 'agreements__row agreements__row--open' : 'agreements__row'}>
                    <td className="numeric">{info.number}</td>
                    <th scope="row">
                      <span className="agreements__title">{title}</span>
                      <span className="muted agreements__counterparty">
                        {texts.counterparty(info.counterparty[language])}
                      </span>
                    </th>
                    <td>
                      <span className={info.requirement === 'required' ? 'badge' : 'badge badge--muted'}>
                        {domain.requirement[info.requirement]}
                      </span>
                    </td>
                    {applicability.applies ? (
                      <>
                        <td>
                          <span className={STATUS_BADGE[record.status]}>{texts.agreementStatus[record.status]}</span>
                        </td>
                        <td>{signerCell(row)}</td>
                        <td>
                          {record.signedDate ? (
                            formatDate(record.signedDate)
                          ) : (
                            <span className="muted">{texts.none}</span>
                          )}
                        </td>
                        <td>{attachmentCell(row)}</td>
                        <td className="row-actions">
                          <button
                            type="button"
                            className="button"
                            ref={(element) => {
                              if (element) editButtons.current.set(info.id, element);
                              else editButtons.current.delete(info.id);
                            }}
                            aria-label={texts.editAgreement(title)}
                            aria-expanded={open}
                            aria-controls={open ? panelId : undefined}
                            onClick={() => {
                              setLastSaved('');
                              setOpenId(open ? null : info.id);
                            }}
                          >
                            {texts.edit}
                          </button>
                        </td>
                      </>
                    ) : (
                      <>
                        <td colSpan={4} className="agreements__covered">
                          <p>{domain.coverReason[applicability.reason](host?.name ?? '')}</p>
                          {host ? (
                            <p className="muted">
                              {texts.hostStatus(host.name, texts.agreementStatus[hostStatus(info.id)])}
                            </p>
                          ) : null}
                        </td>
                        <td />
                      </>
                    )}
                  </tr>
                  {open ? (
                    <tr className="agreements__editor-row">
                      <td colSpan={COLUMNS}>
                        <AgreementEditor
                          row={row}
                          municipalityId={municipality.id}
                          panelId={panelId}
                          attachments={workspace.attachments}
                          states={check.states}
                          readOnly={readOnly}
                          onAttached={check.refresh}
                          onSaved={(message) => {
                            setLastSaved(message);
                            announce(message);
                            close(info.id);
                          }}
                          onCancel={() => close(info.id)}
                        />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
