import { useMemo, useState } from 'react';
import { catalogueItem } from '../../../shared/catalogue/checklist';
import { DECISION_ITEMS } from '../../../shared/domain/agreements';
import { formatDate } from '../../../shared/format/date';
import { DECISION_KINDS, type DecisionKind } from '../../../shared/schema/enums';
import type { Decision, Municipality, Workspace } from '../../../shared/schema/workspace';
import { Field } from '../../components/Field';
import { useLanguage, useT, useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { AttachmentList, attachmentsOf, type AttachmentCheck } from './Attachments';
import { agreementsTexts } from './texts';
import { useFocusSoon } from '../../hooks';
import { RowActions } from '../../components/RowActions';

interface DecisionForm {
  kind: DecisionKind;
  title: string;
  decidedBy: string;
  date: string;
  caseReference: string;
}
type TextField = Exclude<keyof DecisionForm, 'kind'>;
type Errors = Partial<Record<'title' | 'date', string>>;

const BLANK: DecisionForm = { kind: 'startRollout', title: '', decidedBy: '', date: '', caseReference: '' };

const formOf = (d: Decision): DecisionForm => ({
  kind: d.kind,
  title: d.title,
  decidedBy: d.decidedBy,
  date: formatDate(d.date),
  caseReference: d.caseReference,
});

/** Newest first; decisions of the same day in the order they were recorded, newest first too. */
const newestFirst = (a: Decision, b: Decision) =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

/** Decision ids are generated; element ids are kept to plain characters. */
const domId = (id: string) => `decision-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

const ids = {
  heading: 'decisions-title',
  formTitle: 'decision-form-title',
  kind: 'decision-kind',
  kindHint: 'decision-kind-hint',
  title: 'decision-title',
  decidedBy: 'decision-decided-by',
  date: 'decision-date',
  caseReference: 'decision-case-reference',
} as const;

/** The decision log: what was decided, by whom, when and under which case number, with the documents. */
export function DecisionLog({
  municipality,
  workspace,
  check,
}: {
  municipality: Municipality;
  workspace: Workspace;
  check: AttachmentCheck;
}) {
  const texts = useTexts(agreementsTexts);
  const t = useT();
  const language = useLanguage();
  const readOnly = useAppStore((s) => s.readOnly);
  const saveDecision = useAppStore((s) => s.saveDecision);
  const removeDecision = useAppStore((s) => s.removeDecision);
  const addAttachment = useAppStore((s) => s.addAttachment);
  const announce = useAppStore((s) => s.announce);

  const [editingId, setEditingId] = useState<string | null>(null);
  const [form, setForm] = useState<DecisionForm>(BLANK);
  const [errors, setErrors] = useState<Errors>({});
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const focusSoon = useFocusSoon();

  const decisions = useMemo(() => [...municipality.decisions].sort(newestFirst), [municipality.decisions]);
  const editing = editingId === null ? null : (decisions.find((d) => d.id === editingId) ?? null);

  const set = (field: TextField) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  const errorText = (field: 'title' | 'date', code: string | undefined): string | undefined => {
    if (code === undefined) return undefined;
    if (code === 'required') return field === 'title' ? texts.titleRequired : texts.dateRequired;
    return code in t.fieldErrors ? t.fieldErrors[code as keyof typeof t.fieldErrors] : code;
  };

  const resetForm = () => {
    setEditingId(null);
    setForm(BLANK);
    setErrors({});
  };

  const startEditing = (d: Decision) => {
    setConfirmingId(null);
    setEditingId(d.id);
    setForm(formOf(d));
    setErrors({});
    focusSoon(ids.kind);
  };

  const cancelEditing = () => {
    if (editingId !== null) focusSoon(`${domId(editingId)}-edit`);
    resetForm();
  };

  const save = async () => {
    setBusy(true);
    const result = await saveDecision({
      municipalityId: municipality.id,
      decision: {
        id: editingId,
        kind: form.kind,
        title: form.title,
        decidedBy: form.decidedBy,
        date: form.date.trim(),
        caseReference: form.caseReference,
        attachmentIds: editing?.attachmentIds ?? [],
      },
    });
    setBusy(false);
    if (result.ok) {
      const itemId = DECISION_ITEMS[form.kind];
      const title = form.title.trim();
      announce(
        itemId === null
          ? texts.decisionSaved(title)
          : texts.decisionSavedWithItem(title, catalogueItem(itemId).text[language]),
      );
      if (editingId !== null) focusSoon(`${domId(editingId)}-edit`);
      resetForm();
      return;
    }
    if (result.error.code === 'validation') {
      const fieldErrors = result.error.fieldErrors ?? {};
      const refused: Errors = {};
      const title = errorText('title', fieldErrors.title);
      const date = errorText('date', fieldErrors.date);
      if (title) refused.title = title;
      if (date) refused.date = date;
      setErrors(refused);
      if (refused.title) document.getElementById(ids.title)?.focus();
      else if (refused.date) document.getElementById(ids.date)?.focus();
    }
  };

  const remove = async (d: Decision) => {
    const result = await removeDecision({ municipalityId: municipality.id, id: d.id });
    setConfirmingId(null);
    if (result.ok) {
      announce(texts.removed(d.title));
      if (editingId === d.id) resetForm();
      focusSoon(ids.heading);
    } else {
      focusSoon(`${domId(d.id)}-remove`);
    }
  };

  const attach = async (d: Decision) => {
    setBusy(true);
    const result = await addAttachment({
      target: { kind: 'decision', municipalityId: municipality.id, decisionId: d.id },
    });
    setBusy(false);
    if (!result.ok) return;
    const id = result.value.attachmentId;
    if (id === null) {
      announce(texts.attachCancelled);
      return;
    }
    const added = result.value.document.workspace?.attachments.find((a) => a.id === id);
    announce(texts.attached(added?.fileName ?? ''));
    await check.refresh();
  };

  const hasErrors = Object.keys(errors).length > 0;

  return (
    <section className="decisions" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} tabIndex={-1}>
        {texts.decisionsTitle}
      </h2>
      <p className="lead">{texts.decisionsLead}</p>

      {decisions.length === 0 ? (
        <p className="empty">{texts.decisionsEmpty}</p>
      ) : (
        <div className="table-wrap">
          <table className="table decisions__table">
            <caption className="sr-only">{texts.decisionsCaption(municipality.name)}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.decisionColumns.date}</th>
                <th scope="col">{texts.decisionColumns.title}</th>
                <th scope="col">{texts.decisionColumns.decidedBy}</th>
                <th scope="col">{texts.decisionColumns.caseReference}</th>
                <th scope="col">{texts.decisionColumns.kind}</th>
                <th scope="col">{texts.decisionColumns.attachments}</th>
                <th scope="col">
                  <span className="sr-only">{texts.decisionColumns.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {decisions.map((d) => {
                const rowId = domId(d.id);
                return (
                  <tr key={d.id} className={editingId === d.id ? 'decisions__row--editing' : undefined}>
                    <td className="decisions__date">{formatDate(d.date)}</td>
                    <th scope="row">{d.title}</th>
                    <td>{d.decidedBy || <span className="muted">{texts.none}</span>}</td>
                    <td>{d.caseReference || <span className="muted">{texts.none}</span>}</td>
                    <td>{texts.decisionKinds[d.kind]}</td>
                    <td className="decisions__attachments">
                      <AttachmentList
                        compact
                        attachments={attachmentsOf(d.attachmentIds, workspace.attachments)}
                        states={check.states}
                        label={texts.attachmentsOf(d.title)}
                      />
                      <button
                        type="button"
                        className="button button--quiet"
                        disabled={readOnly || busy}
                        aria-label={texts.attachFileTo(d.title)}
                        onClick={() => void attach(d)}
                      >
                        {texts.attachFile}
                      </button>
                    </td>
                    <RowActions
                      rowId={rowId}
                      confirming={confirmingId === d.id}
                      readOnly={readOnly}
                      texts={{
                        edit: texts.edit,
                        editLabel: texts.editDecision(d.title),
                        remove: texts.remove,
                        removeLabel: texts.removeDecision(d.title),
                        confirm: texts.removeConfirm(d.title),
                        yes: texts.removeYes,
                        cancel: t.common.cancel,
                      }}
                      onEdit={() => startEditing(d)}
                      onConfirming={(asked) => setConfirmingId(asked ? d.id : null)}
                      onRemove={() => void remove(d)}
                      focusSoon={focusSoon}
                    />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <section className="card decisions__form" aria-labelledby={ids.formTitle}>
        <h3 id={ids.formTitle}>{editing ? texts.editDecisionTitle(editing.title) : texts.newDecision}</h3>
        <form
          noValidate
          aria-labelledby={ids.formTitle}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {hasErrors ? <p className="form-error-summary">{texts.errorSummary}</p> : null}
          <div className="field decisions__kind">
            <label htmlFor={ids.kind}>{texts.kind}</label>
            <p id={ids.kindHint} className="field__hint">
              {texts.kindHint[form.kind]}
            </p>
            <select
              id={ids.kind}
              value={form.kind}
              disabled={readOnly}
              aria-describedby={ids.kindHint}
              onChange={(event) => setForm((f) => ({ ...f, kind: event.target.value as DecisionKind }))}
            >
              {DECISION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {texts.decisionKinds[k]}
                </option>
              ))}
            </select>
          </div>
          <div className="form-grid">
            <Field
              id={ids.title}
              label={texts.decisionTitle}
              value={form.title}
              onChange={set('title')}
              hint={texts.decisionTitleHint}
              error={errors.title}
              required
              disabled={readOnly}
            />
            <Field
              id={ids.decidedBy}
              label={texts.decidedBy}
              value={form.decidedBy}
              onChange={set('decidedBy')}
              hint={texts.decidedByHint}
              disabled={readOnly}
            />
            <Field
              id={ids.date}
              label={texts.decisionDate}
              value={form.date}
              onChange={set('date')}
              hint={texts.decisionDateHint}
              error={errors.date}
              inputMode="numeric"
              required
              disabled={readOnly}
            />
            <Field
              id={ids.caseReference}
              label={texts.caseReference}
              value={form.caseReference}
              onChange={set('caseReference')}
              hint={texts.caseReferenceHint}
              disabled={readOnly}
            />
          </div>
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={readOnly || busy}>
              {editing ? texts.saveDecision : texts.addDecision}
            </button>
            {editing ? (
              <button type="button" className="button" onClick={cancelEditing}>
                {texts.cancel}
              </button>
            ) : null}
          </div>
        </form>
      </section>
    </section>
  );
}
