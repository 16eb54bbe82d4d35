import { useState, type FormEvent } from 'react';
import {
  EMPTY_MUNICIPALITY_FORM,
  formFromMunicipality,
  MUNICIPALITY_FIELDS,
  validateMunicipalityForm,
  type FieldError,
  type FieldErrors,
  type MunicipalityField,
  type MunicipalityForm as FormValues,
} from '../../../shared/domain/municipality';
import { toIsoDate } from '../../../shared/format/date';
import type { Municipality } from '../../../shared/schema/workspace';
import { Field } from '../../components/Field';
import { useT } from '../../i18n';
import { useAppStore } from '../../store/app-store';

const NUMERIC_FIELDS: ReadonlySet<MunicipalityField> = new Set(['number', 'orgNumber', 'inhabitants']);

interface Props {
  /** The municipality being edited, or null for a new one. */
  municipality: Municipality | null;
  others: readonly Municipality[];
  onDone: () => void;
}

/** Add or edit a municipality. Every field is checked at once; only a form without errors is saved, whole. */
export function MunicipalityForm({ municipality, others, onDone }: Props) {
  const t = useT();
  const saveMunicipality = useAppStore((s) => s.saveMunicipality);
  const announce = useAppStore((s) => s.announce);
  const readOnly = useAppStore((s) => s.readOnly);
  const [values, setValues] = useState<FormValues>(
    municipality ? formFromMunicipality(municipality) : EMPTY_MUNICIPALITY_FORM,
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    const first = MUNICIPALITY_FIELDS.find((field) => found[field]);
    if (first) document.getElementById(`municipality-${first}`)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateMunicipalityForm(values, { today: toIsoDate(new Date()), others });
    if (!checked.ok) {
      showErrors(checked.errors);
      return;
    }
    setSaving(true);
    const result = await saveMunicipality(municipality?.id ?? null, values);
    setSaving(false);
    if (result.ok) {
      announce(t.municipalities.savedMessage(checked.value.name));
      onDone();
    } else if (result.error.code === 'validation') {
      showErrors((result.error.fieldErrors ?? {}) as FieldErrors);
    }
  };

  const title = municipality ? t.municipalities.editTitle(municipality.name) : t.municipalities.newTitle;
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <form
      className="card municipality-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="municipality-form-title"
    >
      <h2 id="municipality-form-title">{title}</h2>
      {hasErrors ? (
        <p className="form-error-summary" role="alert">
          {t.municipalities.errorSummary}
        </p>
      ) : null}
      <div className="form-grid">
        {MUNICIPALITY_FIELDS.map((field) => {
          const error: FieldError | undefined = errors[field];
          return (
            <Field
              key={field}
              id={`municipality-${field}`}
              label={t.fields[field].label}
              hint={t.fields[field].hint}
              value={values[field]}
              onChange={(value) => setValues((v) => ({ ...v, [field]: value }))}
              error={error ? t.fieldErrors[error] : undefined}
              inputMode={NUMERIC_FIELDS.has(field) ? 'numeric' : 'text'}
              required
              disabled={readOnly}
            />
          );
        })}
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving || readOnly}>
          {t.common.save}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t.common.cancel}
        </button>
      </div>
    </form>
  );
}
