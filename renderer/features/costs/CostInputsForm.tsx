import { useState, type FormEvent } from 'react';
import { formatKroner, municipalityCosts, parseKroner, quarterOf } from '../../../shared/domain/costs';
import { formatInteger, parseWholeNumber } from '../../../shared/format/number';
import type { Municipality } from '../../../shared/schema/workspace';
import { Field } from '../../components/Field';
import { useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { amountInput } from './money';
import { costsTexts } from './texts';

const FIELDS = [
  'usageStartYear',
  'shipmentsPerMonth',
  'indexedDocumentsPerMonth',
  'storageGb',
  'vendorUpgrade',
] as const;
type InputField = (typeof FIELDS)[number];
type Errors = Partial<Record<InputField, string>>;

const QUARTERS = [1, 2, 3, 4] as const;
const FIRST_YEAR = 2019;
const LAST_YEAR = 2100;

const idOf = (field: InputField) => `costs-${field}`;

interface Values {
  digifinMember: boolean;
  /** 'planned' for the quarter of the planned connection, else the quarter number. */
  quarter: string;
  year: string;
  shipmentsPerMonth: string;
  indexedDocumentsPerMonth: string;
  storageGb: string;
  vendorUpgrade: string;
}

function valuesOf(m: Municipality, fallbackYear: number): Values {
  const inputs = m.costInputs;
  const planned = m.plannedConnectionDate ? quarterOf(m.plannedConnectionDate) : null;
  return {
    digifinMember: inputs.digifinMember,
    quarter: inputs.usageStart ? String(inputs.usageStart.quarter) : 'planned',
    year: String(inputs.usageStart?.year ?? planned?.year ?? fallbackYear),
    shipmentsPerMonth: formatInteger(inputs.shipmentsPerMonth),
    indexedDocumentsPerMonth: formatInteger(inputs.indexedDocumentsPerMonth),
    storageGb: formatInteger(inputs.storageGb),
    vendorUpgrade: amountInput(inputs.vendorUpgradeOre),
  };
}

/** The same checks the main process makes, so every error shows at once; the main process still decides. */
function check(values: Values): Errors {
  const errors: Errors = {};
  if (values.quarter !== 'planned') {
    const year = parseWholeNumber(values.year);
    if (!year.ok || year.value < FIRST_YEAR || year.value > LAST_YEAR) errors.usageStartYear = 'year';
  }
  for (const field of ['shipmentsPerMonth', 'indexedDocumentsPerMonth', 'storageGb'] as const) {
    const parsed = values[field].trim() === '' ? null : parseWholeNumber(values[field]);
    if (parsed && !parsed.ok) errors[field] = parsed.error;
  }
  if (values.vendorUpgrade.trim() !== '' && parseKroner(values.vendorUpgrade) === null) errors.vendorUpgrade = 'amount';
  return errors;
}

/** The figures only the municipality knows: membership, first quarter in use, volumes and the vendor's price. */
export function CostInputsForm({ municipality }: { municipality: Municipality }) {
  const t = useTexts(costsTexts);
  const i = t.inputs;
  const setCostInputs = useAppStore((s) => s.setCostInputs);
  const announce = useAppStore((s) => s.announce);
  const readOnly = useAppStore((s) => s.readOnly);
  const settingsYear = useAppStore((s) => s.document?.workspace?.costSettings.year ?? FIRST_YEAR);
  const [values, setValues] = useState<Values>(() => valuesOf(municipality, settingsYear));
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);

  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const errorText = (code: string | undefined): string | undefined => {
    if (code === undefined) return undefined;
    if (code === 'year' || code === 'amount' || code === 'integer.notWhole' || code === 'integer.negative') {
      return t.errors[code];
    }
    return t.errors.other;
  };
  const showErrors = (found: Errors) => {
    setErrors(found);
    const first = FIELDS.find((field) => found[field]);
    if (first) document.getElementById(idOf(first))?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check(values);
    if (Object.keys(found).length > 0) {
      showErrors(found);
      return;
    }
    setSaving(true);
    const result = await setCostInputs({
      municipalityId: municipality.id,
      inputs: {
        digifinMember: values.digifinMember,
        usageStart:
          values.quarter === 'planned'
            ? null
            : { year: Number(values.year.replace(/\s/g, '')), quarter: Number(values.quarter) },
        shipmentsPerMonth: values.shipmentsPerMonth,
        indexedDocumentsPerMonth: values.indexedDocumentsPerMonth,
        storageGb: values.storageGb,
        vendorUpgrade: values.vendorUpgrade,
      },
    });
    setSaving(false);
    if (result.ok) {
      setErrors({});
      const workspace = result.value.workspace;
      const saved = workspace?.municipalities.find((m) => m.id === municipality.id);
      if (workspace && saved) {
        const costs = municipalityCosts(saved, {
          prices: workspace.prices,
          adoptingInhabitants: workspace.costSettings.adoptingInhabitants,
          year: workspace.costSettings.year,
        });
        announce(i.saved(municipality.name, formatKroner(costs.oneTime.exVat), formatKroner(costs.yearly.exVat)));
      }
    } else if (result.error.code === 'validation') {
      showErrors((result.error.fieldErrors ?? {}) as Errors);
    }
  };

  const planned = municipality.plannedConnectionDate ? quarterOf(municipality.plannedConnectionDate) : null;
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <form className="card costs-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="costs-inputs-title">
      <h2 id="costs-inputs-title">{i.title(municipality.name)}</h2>
      <p className="costs-form__lead">{i.lead}</p>
      {hasErrors ? (
        <p className="form-error-summary" role="alert">
          {t.errors.summary}
        </p>
      ) : null}

      <div className="costs-check">
        <input
          id="costs-digifinMember"
          type="checkbox"
          checked={values.digifinMember}
          disabled={readOnly}
          aria-describedby="costs-digifinMember-hint"
          onChange={(e) => set({ digifinMember: e.target.checked })}
        />
        <label htmlFor="costs-digifinMember">{i.digifinMember}</label>
        <p id="costs-digifinMember-hint" className="field__hint">
          {i.digifinMemberHint}
        </p>
      </div>

      <fieldset className="costs-usage">
        <legend>{i.usageStart}</legend>
        <p id="costs-usageStart-hint" className="field__hint">
          {i.usageStartHint}
        </p>
        <div className="costs-usage__fields">
          <div className="field">
            <label htmlFor="costs-usageStartQuarter">{i.quarter}</label>
            <select
              id="costs-usageStartQuarter"
              value={values.quarter}
              disabled={readOnly}
              aria-describedby="costs-usageStart-hint"
              onChange={(e) => set({ quarter: e.target.value })}
            >
              <option value="planned">
                {planned ? i.fromPlannedIs(t.yearly.quarter(planned.quarter, planned.year)) : i.fromPlannedNone}
              </option>
              {QUARTERS.map((q) => (
                <option key={q} value={String(q)}>
                  {i.quarterOption(q)}
                </option>
              ))}
            </select>
          </div>
          {values.quarter === 'planned' ? null : (
            <Field
              id={idOf('usageStartYear')}
              label={i.year}
              hint={i.yearHint}
              value={values.year}
              inputMode="numeric"
              disabled={readOnly}
              error={errorText(errors.usageStartYear)}
              onChange={(year) => set({ year })}
            />
          )}
        </div>
      </fieldset>

      <Field
        id={idOf('shipmentsPerMonth')}
        label={i.shipments}
        hint={i.shipmentsHint}
        value={values.shipmentsPerMonth}
        inputMode="numeric"
        disabled={readOnly}
        error={errorText(errors.shipmentsPerMonth)}
        onChange={(shipmentsPerMonth) => set({ shipmentsPerMonth })}
      />
      <Field
        id={idOf('indexedDocumentsPerMonth')}
        label={i.documents}
        hint={i.documentsHint}
        value={values.indexedDocumentsPerMonth}
        inputMode="numeric"
        disabled={readOnly}
        error={errorText(errors.indexedDocumentsPerMonth)}
        onChange={(indexedDocumentsPerMonth) => set({ indexedDocumentsPerMonth })}
      />
      <Field
        id={idOf('storageGb')}
        label={i.storage}
        hint={i.storageHint}
        value={values.storageGb}
        inputMode="numeric"
        disabled={readOnly}
        error={errorText(errors.storageGb)}
        onChange={(storageGb) => set({ storageGb })}
      />
      <Field
        id={idOf('vendorUpgrade')}
        label={i.vendor}
        hint={i.vendorHint}
        value={values.vendorUpgrade}
        inputMode="text"
        disabled={readOnly}
        error={errorText(errors.vendorUpgrade)}
        onChange={(vendorUpgrade) => set({ vendorUpgrade })}
      />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving || readOnly}>
          {i.save}
        </button>
      </div>
    </form>
  );
}
