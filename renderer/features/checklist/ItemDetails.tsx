import { useState } from 'react';
import { ROLES, roleInfo } from '../../../shared/catalogue/roles';
import { ROLE_IDS, type RoleId } from '../../../shared/catalogue/types';
import { ownerToHistory, type ItemRow } from '../../../shared/domain/checklist';
import { dueDate } from '../../../shared/domain/plan';
import { parseOptionalDate } from '../../../shared/domain/profile';
import { formatDate } from '../../../shared/format/date';
import type { InputOf } from '../../../shared/ipc/contract';
import type { Owner } from '../../../shared/schema/workspace';
import { Field } from '../../components/Field';
import { useLanguage, useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { useAppStore } from '../../store/app-store';
import { ItemHistory } from './ItemHistory';
import { checklistTexts } from './texts';

type Change = InputOf<'updateItem'>['change'];
type ErrorField = 'notRelevantReason' | 'personName' | 'dueDate';
type Errors = Partial<Record<ErrorField, string>>;

/** The owner select's value: '' for nobody, 'person', or 'role:<id>'. */
type OwnerChoice = '' | 'person' | `role:${RoleId}`;

function ownerChoiceOf(owner: Owner | null): OwnerChoice {
  if (owner === null) return '';
  return owner.kind === 'person' ? 'person' : `role:${owner.role}`;
}

function isOwnerChoice(value: string): value is OwnerChoice {
  return value === '' || value === 'person' || (ROLE_IDS as readonly string[]).some((id) => value === `role:${id}`);
}

/** The seeds are Markdown: a quoted link shows as its words. */
function readableQuote(quote: string): string {
  return quote.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
}

interface ItemDetailsProps {
  row: ItemRow;
  municipalityId: string;
  connectionDate: string | null;
  panelId: string;
  /** Where the details' own headings sit, below the item's heading. */
  headingLevel: 4 | 5 | 6;
  readOnly: boolean;
  /** The user chose "not relevant" in the row's status select; nothing is saved until they give a reason. */
  pendingNotRelevant: boolean;
  onPendingSaved: () => void;
  onCancel: () => void;
}

/**
 * One item's details: owner, due date, note (and the reason when it is not relevant), saved
 * together; then who completed it, the source and the history. The form keeps its own state,
 * so typing here re-renders this panel only.
 */
export function ItemDetails({
  row,
  municipalityId,
  connectionDate,
  panelId,
  headingLevel,
  readOnly,
  pendingNotRelevant,
  onPendingSaved,
  onCancel,
}: ItemDetailsProps) {
  const texts = useTexts(checklistTexts);
  const domain = useTexts(domainTexts);
  const language = useLanguage();
  const updateItem = useAppStore((s) => s.updateItem);
  const announce = useAppStore((s) => s.announce);
  const { item, entry } = row;
  const itemText = item.text[language];

  const [ownerChoice, setOwnerChoice] = useState<OwnerChoice>(ownerChoiceOf(row.owner));
  const [personName, setPersonName] = useState(row.owner?.kind === 'person' ? row.owner.name : '');
  const [due, setDue] = useState(entry?.dueDate ? formatDate(entry.dueDate) : '');
  const [note, setNote] = useState(entry?.note ?? '');
  const [reason, setReason] = useState(entry?.notRelevantReason ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);

  const ids = {
    reason: `${panelId}-reason`,
    owner: `${panelId}-owner`,
    ownerHint: `${panelId}-owner-hint`,
    personName: `${panelId}-person`,
    due: `${panelId}-due`,
    note: `${panelId}-note`,
  };
  const showReason = pendingNotRelevant || row.status === 'notRelevant';
  const defaultDue = dueDate(item, null, connectionDate);
  const dueHint =
    defaultDue.date !== null
      ? texts.dueHintDefault(formatDate(defaultDue.date), domain.dueBasis[defaultDue.basis])
      : connectionDate === null && item.due !== null
        ? texts.dueHintNoConnection
        : texts.dueHintNoDefault;
  const errorText = (code: string | undefined): string | undefined =>
    code === undefined
      ? undefined
      : code in domain.itemErrors
        ? domain.itemErrors[code as keyof typeof domain.itemErrors]
        : code;

  const focusField = (field: ErrorField) => {
    const id = field === 'notRelevantReason' ? ids.reason : field === 'personName' ? ids.personName : ids.due;
    document.getElementById(id)?.focus();
  };

  /** The change to send: only what differs from what is stored, or the problems found. */
  const collect = (): { change: Change; errors: Errors } => {
    const change: Change = {};
    const found: Errors = {};
    const storedReason = entry?.notRelevantReason ?? '';
    if (pendingNotRelevant) {
      if (reason.trim() === '') found.notRelevantReason = domain.itemErrors.reasonRequired;
      else {
        change.status = 'notRelevant';
        change.notRelevantReason = reason.trim();
      }
    } else if (row.status === 'notRelevant' && reason.trim() !== storedReason) {
      if (reason.trim() === '') found.notRelevantReason = domain.itemErrors.reasonRequired;
      else change.notRelevantReason = reason.trim();
    }

    let owner: Owner | null = null;
    if (ownerChoice === 'person') {
      if (personName.trim() === '') found.personName = texts.personNameRequired;
      else owner = { kind: 'person', name: personName.trim() };
    } else if (ownerChoice !== '') {
      owner = { kind: 'role', role: ownerChoice.slice('role:'.length) as RoleId };
    }
    if (found.personName === undefined && ownerToHistory(owner) !== ownerToHistory(row.owner)) change.owner = owner;

    const parsed = parseOptionalDate(due);
    if (!parsed.ok) found.dueDate = domain.itemErrors[parsed.error];
    else if (parsed.iso !== (entry?.dueDate ?? null)) change.dueDate = due.trim();

    if (note !== (entry?.note ?? '')) change.note = note;
    return { change, errors: found };
  };

  const save = async () => {
    const { change, errors: found } = collect();
    setErrors(found);
    const firstError = (['notRelevantReason', 'personName', 'dueDate'] as const).find((f) => found[f] !== undefined);
    if (firstError) {
      focusField(firstError);
      return;
    }
    if (Object.keys(change).length === 0) {
      announce(texts.nothingChanged);
      return;
    }
    setSaving(true);
    const result = await updateItem({ municipalityId, itemId: item.id, change });
    setSaving(false);
    if (result.ok) {
      announce(texts.saved(itemText));
      if (pendingNotRelevant) onPendingSaved();
      return;
    }
    if (result.error.code === 'validation') {
      const fieldErrors = result.error.fieldErrors ?? {};
      const refused: Errors = {};
      const reasonError = errorText(fieldErrors.notRelevantReason);
      const dueError = errorText(fieldErrors.dueDate);
      if (reasonError) refused.notRelevantReason = reasonError;
      if (dueError) refused.dueDate = dueError;
      setErrors(refused);
      const first = (['notRelevantReason', 'dueDate'] as const).find((f) => refused[f] !== undefined);
      if (first) focusField(first);
    }
  };

  const cancel = () => {
    setOwnerChoice(ownerChoiceOf(row.owner));
    setPersonName(row.owner?.kind === 'person' ? row.owner.name : '');
    setDue(entry?.dueDate ? formatDate(entry.dueDate) : '');
    setNote(entry?.note ?? '');
    setReason(entry?.notRelevantReason ?? '');
    setErrors({});
    onCancel();
  };

  const Heading = `h${headingLevel}` as const;
  const applies = row.applicability.applies;
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <div id={panelId} className="check-details">
      {applies ? (
        <form
          className="check-details__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {hasErrors ? <p className="form-error-summary">{texts.errorSummary}</p> : null}
          {showReason ? (
            <div
              className={
                pendingNotRelevant ? 'check-details__reason check-details__reason--pending' : 'check-details__reason'
              }
            >
              {pendingNotRelevant ? <p className="check-details__pending">{texts.reasonPending}</p> : null}
              <Field
                multiline
                id={ids.reason}
                label={texts.reason}
                value={reason}
                onChange={setReason}
                hint={texts.reasonHint}
                error={errors.notRelevantReason}
                required
                disabled={readOnly}
              />
            </div>
          ) : null}
          <div className="check-details__grid">
            <div className="field">
              <label htmlFor={ids.owner}>{texts.owner}</label>
              <p id={ids.ownerHint} className="field__hint">
                {texts.ownerUsually(roleInfo(item.ownerRole).title[language])}
              </p>
              <select
                id={ids.owner}
                value={ownerChoice}
                aria-describedby={ids.ownerHint}
                disabled={readOnly}
                onChange={(event) => {
                  if (isOwnerChoice(event.target.value)) setOwnerChoice(event.target.value);
                }}
              >
                <option value="">{texts.ownerNone}</option>
                {ROLES.map((role) => (
                  <option key={role.id} value={`role:${role.id}`}>
                    {role.title[language]}
                  </option>
                ))}
                <option value="person">{texts.ownerPerson}</option>
              </select>
            </div>
            {ownerChoice === 'person' ? (
              <Field
                id={ids.personName}
                label={texts.personName}
                value={personName}
                onChange={setPersonName}
                error={errors.personName}
                autoComplete="name"
                required
                disabled={readOnly}
              />
            ) : null}
            <Field
              id={ids.due}
              label={texts.dueDate}
              value={due}
              onChange={setDue}
              hint={dueHint}
              error={errors.dueDate}
              disabled={readOnly}
            />
          </div>
          <Field multiline id={ids.note} label={texts.note} value={note} onChange={setNote} disabled={readOnly} />
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={readOnly || saving}>
              {texts.save}
            </button>
            <button type="button" className="button" onClick={cancel}>
              {texts.cancel}
            </button>
          </div>
        </form>
      ) : null}

      {row.status === 'done' && entry?.completedAt ? (
        <p className="check-details__completed">{texts.completed(formatDate(entry.completedAt), entry.completedBy)}</p>
      ) : null}

      <div className="check-details__section">
        <Heading className="check-details__heading">{texts.sourceTitle}</Heading>
        <p className="check-details__source">{domain.sourceDoc(item.source.seed, item.source.section)}</p>
        <blockquote lang="nb" className="check-details__quote">
          {readableQuote(item.source.quote)}
        </blockquote>
      </div>

      {item.remark ? (
        <div className="check-details__section">
          <Heading className="check-details__heading">{texts.remarkTitle}</Heading>
          <p>{item.remark[language]}</p>
        </div>
      ) : null}

      <ItemHistory history={entry?.history ?? []} headingLevel={headingLevel} />
    </div>
  );
}
