import { useState, type FormEvent } from 'react';
import { formatInteger } from '../../../shared/format/number';
import { Field } from '../../components/Field';
import { today, useMunicipalities } from '../../hooks';
import { useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { ADOPTING_FIELD_ID } from './Breakdown';
import { costsTexts } from './texts';

const FIRST_YEAR = 2020;
/** How many years ahead of this one the year list reaches. */
const YEARS_AHEAD = 5;

/** The workspace's settings for every municipality: the denominator of NAV's share and the year shown. */
export function CostSettingsForm() {
  const t = useTexts(costsTexts);
  const s = t.settings;
  const setCostSettings = useAppStore((state) => state.setCostSettings);
  const announce = useAppStore((state) => state.announce);
  const readOnly = useAppStore((state) => state.readOnly);
  const stored = useAppStore((state) => state.document?.workspace?.costSettings ?? null);
  const own = useMunicipalities().reduce((sum, m) => sum + m.inhabitants, 0);
  const [adopting, setAdopting] = useState(
    stored?.adoptingInhabitants === null || stored === null ? '' : formatInteger(stored.adoptingInhabitants),
  );
  const [year, setYear] = useState(stored?.year ?? Number(today().slice(0, 4)));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const lastYear = Math.max(Number(today().slice(0, 4)) + YEARS_AHEAD, year);
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, n) => FIRST_YEAR + n);

  const errorText = (code: string | null): string | undefined => {
    switch (code) {
      case null:
        return undefined;
      case 'belowOwn':
        return t.errors.belowOwn(formatInteger(own));
      case 'integer.notWhole':
      case 'integer.negative':
      case 'inhabitants.zero':
      case 'inhabitants.tooLarge':
        return t.errors[code];
      default:
        return t.errors.other;
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const result = await setCostSettings({ adoptingInhabitants: adopting, year });
    setSaving(false);
    if (result.ok) {
      setError(null);
      announce(s.saved);
    } else if (result.error.code === 'validation') {
      setError(result.error.fieldErrors?.adoptingInhabitants ?? 'other');
      document.getElementById(ADOPTING_FIELD_ID)?.focus();
    }
  };

  return (
    <form
      className="card costs-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="costs-settings-title"
    >
      <h2 id="costs-settings-title">{s.title}</h2>
      <p className="costs-form__lead">{s.lead}</p>
      <Field
        id={ADOPTING_FIELD_ID}
        label={s.adopting}
        hint={s.adoptingHint(formatInteger(own))}
        value={adopting}
        inputMode="numeric"
        disabled={readOnly}
        error={errorText(error)}
        onChange={setAdopting}
      />
      <div className="field">
        <label htmlFor="costs-year">{s.year}</label>
        <select
          id="costs-year"
          className="costs-form__year"
          value={String(year)}
          disabled={readOnly}
          onChange={(e) => setYear(Number(e.target.value))}
        >
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving || readOnly}>
          {s.save}
        </button>
      </div>
    </form>
  );
}
