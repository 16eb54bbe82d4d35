import { memo, useRef, useState } from 'react';
import { roleInfo } from '../../../shared/catalogue/roles';
import type { ItemRow } from '../../../shared/domain/checklist';
import type { Language } from '../../../shared/domain/language';
import { formatDate } from '../../../shared/format/date';
import { ITEM_STATUSES, type ItemStatus } from '../../../shared/schema/enums';
import type { Owner } from '../../../shared/schema/workspace';
import { useLanguage, useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { useAppStore } from '../../store/app-store';
import { ItemDetails } from './ItemDetails';
import { checklistTexts } from './texts';

function ownerName(owner: Owner, language: Language): string {
  return owner.kind === 'person' ? owner.name : roleInfo(owner.role).title[language];
}

/** Catalogue ids carry dots; element ids are kept to plain characters. */
export function domIdFor(itemId: string): string {
  return `check-${itemId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

const STATUS_BADGE: Record<ItemStatus, string> = {
  notStarted: 'badge badge--muted',
  inProgress: 'badge check-badge--progress',
  done: 'badge badge--done',
  notRelevant: 'badge badge--muted',
};

export interface ChecklistItemProps {
  row: ItemRow;
  municipalityId: string;
  connectionDate: string | null;
  /** The host's name when the item is done by the host for this municipality. */
  hostName: string;
  readOnly: boolean;
  /** 3 for an item, 4 for a sub-item. */
  headingLevel: 3 | 4;
}

function ChecklistItemView({
  row,
  municipalityId,
  connectionDate,
  hostName,
  readOnly,
  headingLevel,
}: ChecklistItemProps) {
  const texts = useTexts(checklistTexts);
  const domain = useTexts(domainTexts);
  const language = useLanguage();
  const updateItem = useAppStore((s) => s.updateItem);
  const announce = useAppStore((s) => s.announce);
  const [open, setOpen] = useState(false);
  const [pendingNotRelevant, setPendingNotRelevant] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);

  const { item, entry, status, applicability } = row;
  const text = item.text[language];
  const domId = domIdFor(item.id);
  const titleId = `${domId}-title`;
  const panelId = `${domId}-details`;
  const Heading = `h${headingLevel}` as const;

  const changeStatus = async (next: ItemStatus) => {
    if (next === 'notRelevant') {
      setPendingNotRelevant(true);
      setOpen(true);
      announce(texts.reasonPending);
      return;
    }
    setPendingNotRelevant(false);
    const result = await updateItem({ municipalityId, itemId: item.id, change: { status: next } });
    if (result.ok) announce(texts.statusSaved(domain.status[next], text));
  };

  const closeDetails = () => {
    setPendingNotRelevant(false);
    setOpen(false);
    toggleRef.current?.focus();
  };

  const shownStatus: ItemStatus = pendingNotRelevant ? 'notRelevant' : status;
  const classes = ['check-item'];
  if (headingLevel === 4) classes.push('check-item--sub');
  if (!applicability.applies) classes.push('check-item--covered');
  else if (status === 'done' || status === 'notRelevant') classes.push('check-item--closed');

  return (
    <article className={classes.join(' ')} aria-labelledby={titleId}>
      <div className="check-item__row">
        <div className="check-item__main">
          <Heading id={titleId} className="check-item__text">
            {text}
          </Heading>
          <p className="check-item__badges">
            <span className={item.requirement === 'required' ? 'badge check-badge--required' : 'badge badge--muted'}>
              {domain.requirement[item.requirement]}
            </span>
            {applicability.applies ? (
              <>
                <span className={STATUS_BADGE[status]}>{domain.status[status]}</span>
                {row.dueState === 'overdue' || row.dueState === 'dueSoon' ? (
                  <span className={`badge badge--${row.dueState}`}>{domain.dueState[row.dueState]}</span>
                ) : null}
              </>
            ) : null}
          </p>
          {applicability.applies ? (
            <ul className="check-item__facts">
              <li>
                {row.due.date === null
                  ? texts.dueNone
                  : texts.dueShown(formatDate(row.due.date), domain.dueBasis[row.due.basis])}
              </li>
              <li>{row.owner ? texts.ownerShown(ownerName(row.owner, language)) : texts.ownerMissing}</li>
              {status === 'done' && entry?.completedAt ? (
                <li>{texts.completed(formatDate(entry.completedAt), entry.completedBy)}</li>
              ) : null}
              {status === 'notRelevant' && entry?.notRelevantReason ? (
                <li>{texts.reasonShown(entry.notRelevantReason)}</li>
              ) : null}
              {entry?.note ? <li>{texts.noteShown}</li> : null}
            </ul>
          ) : (
            <p className="check-item__covered">{domain.coverReason[applicability.reason](hostName)}</p>
          )}
        </div>
        <div className="check-item__controls">
          {applicability.applies ? (
            <div className="check-item__status">
              <label htmlFor={`${domId}-status`}>{texts.statusLabel}</label>
              <select
                id={`${domId}-status`}
                aria-label={texts.statusFor(text)}
                value={shownStatus}
                disabled={readOnly}
                onChange={(event) => void changeStatus(event.target.value as ItemStatus)}
              >
                {ITEM_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {domain.status[s]}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <button
            ref={toggleRef}
            type="button"
            className="button button--quiet check-item__toggle"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => (open ? closeDetails() : setOpen(true))}
          >
            <span aria-hidden="true" className="check-item__chevron">
              {open ? '▾' : '▸'}
            </span>{' '}
            {texts.details}
            <span className="sr-only">{texts.detailsFor(text)}</span>
          </button>
        </div>
      </div>
      {open ? (
        <ItemDetails
          row={row}
          municipalityId={municipalityId}
          connectionDate={connectionDate}
          panelId={panelId}
          headingLevel={headingLevel === 3 ? 4 : 5}
          readOnly={readOnly}
          pendingNotRelevant={pendingNotRelevant}
          onPendingSaved={() => setPendingNotRelevant(false)}
          onCancel={closeDetails}
        />
      ) : null}
    </article>
  );
}

/**
 * Rows are rebuilt from a fresh document after every save, so object identity says nothing;
 * an item re-renders only when what it shows has changed (its entry is stamped on every change).
 */
function sameProps(a: ChecklistItemProps, b: ChecklistItemProps): boolean {
  const x = a.row;
  const y = b.row;
  return (
    x.item === y.item &&
    x.status === y.status &&
    (x.entry?.updatedAt ?? null) === (y.entry?.updatedAt ?? null) &&
    x.due.date === y.due.date &&
    x.due.basis === y.due.basis &&
    x.dueState === y.dueState &&
    x.applicability.applies === y.applicability.applies &&
    (x.applicability.applies || y.applicability.applies || x.applicability.reason === y.applicability.reason) &&
    a.municipalityId === b.municipalityId &&
    a.connectionDate === b.connectionDate &&
    a.hostName === b.hostName &&
    a.readOnly === b.readOnly &&
    a.headingLevel === b.headingLevel
  );
}

export const ChecklistItem = memo(ChecklistItemView, sameProps);
