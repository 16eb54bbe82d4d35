import { useMemo, useState } from 'react';
import { daysBetween } from '../../../shared/domain/plan';
import { formatDate } from '../../../shared/format/date';
import type { Municipality, RoutineLogEntry } from '../../../shared/schema/workspace';
import { Field } from '../../components/Field';
import { today, useFocusSoon } from '../../hooks';
import { useT, useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { lastDrill, newestFirst } from '../../../shared/domain/routines';
import { emergencyTexts } from './texts';
import { RowActions } from '../../components/RowActions';

type Kind = RoutineLogEntry['kind'];

interface LogForm {
  kind: Kind;
  date: string;
  description: string;
  outcome: string;
}
type Errors = Partial<Record<'date' | 'description', string>>;

const BLANK: LogForm = { kind: 'drill', date: '', description: '', outcome: '' };

/** Log ids are generated; element ids are kept to plain characters. */
const domId = (id: string) => `routine-log-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

const ids = {
  heading: 'routine-log-title',
  formTitle: 'routine-log-form-title',
  kind: 'routine-log-kind',
  date: 'routine-log-date',
  description: 'routine-log-description',
  outcome: 'routine-log-outcome',
} as const;

/** A year without a drill is long enough to call for a new one (the routines are reviewed yearly). */
const DRILL_INTERVAL_DAYS = 365;

/** The log of drills and incidents: when, what happened and what was learned, newest first. */
export function RoutineLog({ municipality }: { municipality: Municipality }) {
  const texts = useTexts(emergencyTexts).log;
  const t = useT();
  const readOnly = useAppStore((s) => s.readOnly);
  const saveRoutineLog = useAppStore((s) => s.saveRoutineLog);
  const removeRoutineLog = useAppStore((s) => s.removeRoutineLog);
  const announce = useAppStore((s) => s.announce);

  const [editingId, setEditingId] = useState<string | null>(null);
  const [form, setForm] = useState<LogForm>(BLANK);
  const [errors, setErrors] = useState<Errors>({});
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const focusSoon = useFocusSoon();

  const log = useMemo(() => newestFirst(municipality.emergency.log), [municipality.emergency.log]);
  const editing = editingId === null ? null : (log.find((e) => e.id === editingId) ?? null);
  const drill = lastDrill(municipality.emergency.log);
  const drillIsOld = drill !== null && daysBetween(drill, today()) > DRILL_INTERVAL_DAYS;

  const kindLower = (kind: Kind) => texts.kindsLower[kind];
  const set = (field: Exclude<keyof LogForm, 'kind'>) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  const resetForm = () => {
    setEditingId(null);
    setForm(BLANK);
    setErrors({});
  };

  const startEditing = (entry: RoutineLogEntry) => {
    setConfirmingId(null);
    setEditingId(entry.id);
    setForm({ kind: entry.kind, date: formatDate(entry.date), description: entry.description, outcome: entry.outcome });
    setErrors({});
    focusSoon(ids.kind);
  };

  const cancelEditing = () => {
    if (editingId !== null) focusSoon(`${domId(editingId)}-edit`);
    resetForm();
  };

  const dateError = (code: string | undefined): string | undefined => {
    if (code === undefined) return undefined;
    const known = texts.errors as Record<string, string>;
    return known[code] ?? texts.errors['date.format'];
  };

  const save = async () => {
    setBusy(true);
    const date = form.date.trim();
    const result = await saveRoutineLog({
      municipalityId: municipality.id,
      entry: { id: editingId, kind: form.kind, date, description: form.description, outcome: form.outcome },
    });
    setBusy(false);
    if (result.ok) {
      announce(editingId === null ? texts.added(kindLower(form.kind), date) : texts.saved(kindLower(form.kind), date));
      focusSoon(editingId === null ? ids.date : `${domId(editingId)}-edit`);
      resetForm();
      return;
    }
    if (result.error.code === 'validation') {
      const fieldErrors = result.error.fieldErrors ?? {};
      const refused: Errors = {};
      const dateText = dateError(fieldErrors.date);
      if (dateText) refused.date = dateText;
      if (fieldErrors.description) refused.description = texts.errors.descriptionRequired;
      setErrors(refused);
      if (refused.date) document.getElementById(ids.date)?.focus();
      else if (refused.description) document.getElementById(ids.description)?.focus();
    }
  };

  const remove = async (entry: RoutineLogEntry) => {
    const result = await removeRoutineLog({ municipalityId: municipality.id, id: entry.id });
    setConfirmingId(null);
    if (result.ok) {
      announce(texts.removed(kindLower(entry.kind), formatDate(entry.date)));
      if (editingId === entry.id) resetForm();
      focusSoon(ids.heading);
    } else {
      focusSoon(`${domId(entry.id)}-remove`);
    }
  };

  return (
    <section className="emergency__section" aria-labelledby={ids.heading}>
      <h2 id={ids.heading} tabIndex={-1}>
        {texts.title}
      </h2>
      <p className="lead">{texts.lead}</p>

      <div className={drill === null || drillIsOld ? 'emergency-drill emergency-drill--missing' : 'emergency-drill'}>
        <p className="emergency-drill__date">{drill === null ? texts.noDrill : texts.lastDrill(formatDate(drill))}</p>
        {drillIsOld ? <p>{texts.lastDrillOld}</p> : null}
        {drill === null || drillIsOld ? (
          <p className="emergency-drill__hint">
            {texts.drillHint} <small className="muted">{texts.background}</small>
          </p>
        ) : null}
      </div>

      {log.length === 0 ? (
        <p className="empty">{texts.empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="table emergency-log__table">
            <caption className="sr-only">{texts.caption(municipality.name)}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.columns.date}</th>
                <th scope="col">{texts.columns.kind}</th>
                <th scope="col">{texts.columns.description}</th>
                <th scope="col">{texts.columns.outcome}</th>
                <th scope="col">
                  <span className="sr-only">{texts.columns.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {log.map((entry) => {
                const rowId = domId(entry.id);
                const date = formatDate(entry.date);
                const kind = kindLower(entry.kind);
                return (
                  <tr key={entry.id} className={editingId === entry.id ? 'emergency-log__row--editing' : undefined}>
                    <td className="emergency-log__date">{date}</td>
                    <td>{texts.kinds[entry.kind]}</td>
                    <th scope="row" className="emergency-log__text">
                      {entry.description}
                    </th>
                    <td className="emergency-log__text">
                      {entry.outcome || <span className="muted">{texts.none}</span>}
                    </td>
                    <RowActions
                      rowId={rowId}
                      confirming={confirmingId === entry.id}
                      readOnly={readOnly}
                      texts={{
                        edit: texts.edit,
                        editLabel: texts.editEntry(kind, date),
                        remove: texts.remove,
                        removeLabel: texts.removeEntry(kind, date),
                        confirm: texts.removeConfirm(kind, date),
                        yes: texts.removeYes,
                        cancel: t.common.cancel,
                      }}
                      onEdit={() => startEditing(entry)}
                      onConfirming={(asked) => setConfirmingId(asked ? entry.id : null)}
                      onRemove={() => void remove(entry)}
                      focusSoon={focusSoon}
                    />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <section className="card emergency-log__form" aria-labelledby={ids.formTitle}>
        <h3 id={ids.formTitle}>
          {editing ? texts.editTitle(kindLower(editing.kind), formatDate(editing.date)) : texts.newEntry}
        </h3>
        <form
          noValidate
          aria-labelledby={ids.formTitle}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {Object.keys(errors).length > 0 ? <p className="form-error-summary">{texts.errorSummary}</p> : null}
          <div className="form-grid">
            <div className="field">
              <label htmlFor={ids.kind}>{texts.kind}</label>
              <select
                id={ids.kind}
                value={form.kind}
                disabled={readOnly}
                onChange={(event) => setForm((f) => ({ ...f, kind: event.target.value as Kind }))}
              >
                <option value="drill">{texts.kinds.drill}</option>
                <option value="incident">{texts.kinds.incident}</option>
              </select>
            </div>
            <Field
              id={ids.date}
              label={texts.date}
              hint={texts.dateHint}
              value={form.date}
              onChange={set('date')}
              error={errors.date}
              inputMode="numeric"
              required
              disabled={readOnly}
            />
          </div>
          <Field
            id={ids.description}
            label={texts.description}
            hint={texts.descriptionHint}
            value={form.description}
            onChange={set('description')}
            error={errors.description}
            multiline
            required
            disabled={readOnly}
          />
          <Field
            id={ids.outcome}
            label={texts.outcome}
            hint={texts.outcomeHint}
            value={form.outcome}
            onChange={set('outcome')}
            multiline
            disabled={readOnly}
          />
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={readOnly || busy}>
              {editing ? texts.saveEntry : texts.add}
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
