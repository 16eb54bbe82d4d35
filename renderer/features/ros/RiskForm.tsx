import { useState, type FormEvent } from 'react';
import type { StarterRisk } from '../../../shared/catalogue/assessments';
import type { Language } from '../../../shared/domain/language';
import {
  consequenceLabels,
  likelihoodLabels,
  rescaleLevel,
  riskLevel,
  riskScore,
  type Acceptance,
} from '../../../shared/domain/ros';
import { formatDate } from '../../../shared/format/date';
import {
  SECURITY_VALUES,
  UNCERTAINTIES,
  type RiskScale,
  type SecurityValue,
  type Uncertainty,
} from '../../../shared/schema/enums';
import type { Municipality, Risk } from '../../../shared/schema/workspace';
import { Field } from '../../components/Field';
import { useLanguage, useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { levelClass } from './model';
import { rosTexts } from './texts';
import { useFocusSoon } from '../../hooks';

export interface MeasureDraft {
  /** React's key: the stored id, or a local one for a measure not saved yet. */
  key: string;
  id: string | null;
  text: string;
  owner: string;
  /** As typed, `dd.mm.åååå` or empty. */
  deadline: string;
  done: boolean;
}

export interface RiskDraft {
  starterId: string | null;
  event: string;
  cause: string;
  values: SecurityValue[];
  existingMeasures: string;
  likelihood: number;
  consequence: number;
  uncertainty: Uncertainty;
  measures: MeasureDraft[];
  residualLikelihood: number;
  residualConsequence: number;
  riskOwner: string;
  acceptedBy: string;
}

let nextKey = 0;
const localKey = () => `new-${++nextKey}`;

const blankMeasure = (text = ''): MeasureDraft => ({
  key: localKey(),
  id: null,
  text,
  owner: '',
  deadline: '',
  done: false,
});

export function draftOfRisk(risk: Risk): RiskDraft {
  return {
    starterId: risk.starterId,
    event: risk.event,
    cause: risk.cause,
    values: [...risk.values],
    existingMeasures: risk.existingMeasures,
    likelihood: risk.likelihood,
    consequence: risk.consequence,
    uncertainty: risk.uncertainty,
    measures: risk.measures.map((m) => ({
      key: m.id,
      id: m.id,
      text: m.text,
      owner: m.owner,
      deadline: m.deadline === null ? '' : formatDate(m.deadline),
      done: m.done,
    })),
    residualLikelihood: risk.residualLikelihood,
    residualConsequence: risk.residualConsequence,
    riskOwner: risk.riskOwner,
    acceptedBy: risk.acceptedBy,
  };
}

export function blankDraft(scale: RiskScale): RiskDraft {
  const middle = Math.ceil(scale / 2);
  return {
    starterId: null,
    event: '',
    cause: '',
    values: [],
    existingMeasures: '',
    likelihood: middle,
    consequence: middle,
    uncertainty: 'medium',
    measures: [],
    residualLikelihood: middle,
    residualConsequence: middle,
    riskOwner: '',
    acceptedBy: '',
  };
}

/** A starter event in the user's language, its suggested 5×5 levels moved to the analysis's scale. */
export function draftFromStarter(starter: StarterRisk, scale: RiskScale, language: Language): RiskDraft {
  const likelihood = rescaleLevel(starter.likelihood, 5, scale);
  const consequence = rescaleLevel(starter.consequence, 5, scale);
  return {
    starterId: starter.id,
    event: starter.event[language],
    cause: starter.cause[language],
    values: [...starter.values],
    existingMeasures: starter.existingMeasures[language],
    likelihood,
    consequence,
    uncertainty: 'medium',
    measures: [blankMeasure(starter.suggestedMeasure[language])],
    residualLikelihood: likelihood,
    residualConsequence: consequence,
    riskOwner: '',
    acceptedBy: '',
  };
}

const ids = {
  title: 'ros-form-title',
  summary: 'ros-form-summary',
  event: 'ros-form-event',
  cause: 'ros-form-cause',
  existingMeasures: 'ros-form-existing',
  likelihood: 'ros-form-likelihood',
  consequence: 'ros-form-consequence',
  before: 'ros-form-before',
  uncertainty: 'ros-form-uncertainty',
  addMeasure: 'ros-form-add-measure',
  residualLikelihood: 'ros-form-residual-likelihood',
  residualConsequence: 'ros-form-residual-consequence',
  after: 'ros-form-after',
  riskOwner: 'ros-form-owner',
  acceptedBy: 'ros-form-accepted-by',
  measure: (index: number, field: 'text' | 'owner' | 'deadline' | 'done' | 'remove') =>
    `ros-form-measure-${index}-${field}`,
};

/** The DOM id of the control a refused field's key (as the main process names it) belongs to. */
function controlOf(key: string): string | null {
  const measure = /^measures\.(\d+)\.(text|deadline)$/.exec(key);
  if (measure) return ids.measure(Number(measure[1]), measure[2] as 'text' | 'deadline');
  return key in ids ? (ids[key as keyof typeof ids] as string) : null;
}

/** The order fields appear in, to focus the first refused one. */
const FIELD_ORDER = ['event', 'likelihood', 'consequence', 'measures', 'residualLikelihood', 'residualConsequence'];

/** Adds a risk (or changes one): the event, its levels before and after new measures, and the measures. */
export function RiskForm({
  municipality,
  riskId,
  initial,
  title,
  onDone,
}: {
  municipality: Municipality;
  riskId: string | null;
  initial: RiskDraft;
  title: string;
  /** Called with the saved risk's id, or null when the user cancelled. */
  onDone: (savedId: string | null) => void;
}) {
  const texts = useTexts(rosTexts);
  const language = useLanguage();
  const readOnly = useAppStore((s) => s.readOnly);
  const saveRisk = useAppStore((s) => s.saveRisk);
  const announce = useAppStore((s) => s.announce);
  const { scale, acceptance } = municipality.ros;

  const [draft, setDraft] = useState<RiskDraft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  /** A new risk's residual levels follow the levels before measures until the user sets them. */
  const [residualSet, setResidualSet] = useState(riskId !== null);
  const focusSoon = useFocusSoon(ids.event);

  const set = <K extends keyof RiskDraft>(field: K, value: RiskDraft[K]) => setDraft((d) => ({ ...d, [field]: value }));
  const setText = (field: 'event' | 'cause' | 'existingMeasures' | 'riskOwner' | 'acceptedBy') => (value: string) =>
    set(field, value);
  const setLevel = (
    field: 'likelihood' | 'consequence' | 'residualLikelihood' | 'residualConsequence',
    value: number,
  ) =>
    setDraft((d) => {
      const next = { ...d, [field]: value };
      if (!residualSet && field === 'likelihood') next.residualLikelihood = value;
      if (!residualSet && field === 'consequence') next.residualConsequence = value;
      return next;
    });
  const setMeasure = (index: number, patch: Partial<MeasureDraft>) =>
    setDraft((d) => ({ ...d, measures: d.measures.map((m, i) => (i === index ? { ...m, ...patch } : m)) }));
  const toggleValue = (value: SecurityValue, on: boolean) =>
    setDraft((d) => ({
      ...d,
      values: SECURITY_VALUES.filter((v) => (v === value ? on : d.values.includes(v))),
    }));

  const addMeasure = () => {
    focusSoon(ids.measure(draft.measures.length, 'text'));
    setDraft((d) => ({ ...d, measures: [...d.measures, blankMeasure()] }));
  };
  const removeMeasure = (index: number) => {
    focusSoon(ids.addMeasure);
    setDraft((d) => ({ ...d, measures: d.measures.filter((_, i) => i !== index) }));
    // Errors are keyed by position; once positions move they would point at the wrong measure.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !key.startsWith('measures.'))));
  };

  const errorText = (key: string): string | undefined => {
    const code = errors[key];
    if (code === undefined) return undefined;
    if (code === 'outOfScale') return texts.errors.outOfScale(scale);
    if (code === 'date.format' || code === 'date.impossible') return texts.errors[code];
    if (code === 'required') return key === 'event' ? texts.errors.event : texts.errors.measureText;
    return texts.errors.other;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await saveRisk({
      municipalityId: municipality.id,
      risk: {
        id: riskId,
        starterId: draft.starterId,
        event: draft.event,
        cause: draft.cause,
        values: draft.values,
        existingMeasures: draft.existingMeasures,
        likelihood: draft.likelihood,
        consequence: draft.consequence,
        uncertainty: draft.uncertainty,
        measures: draft.measures.map((m) => ({
          id: m.id,
          text: m.text,
          owner: m.owner,
          deadline: m.deadline,
          done: m.done,
        })),
        residualLikelihood: draft.residualLikelihood,
        residualConsequence: draft.residualConsequence,
        riskOwner: draft.riskOwner,
        acceptedBy: draft.acceptedBy,
      },
    });
    setBusy(false);
    if (result.ok) {
      announce(texts.saved(draft.event.trim()));
      onDone(result.value.riskId);
      return;
    }
    if (result.error.code === 'validation') {
      const refused = result.error.fieldErrors ?? {};
      setErrors(refused);
      announce(texts.errorSummary);
      const first = Object.keys(refused).sort(
        (a, b) => FIELD_ORDER.indexOf(a.split('.')[0] ?? a) - FIELD_ORDER.indexOf(b.split('.')[0] ?? b),
      )[0];
      focusSoon(first === undefined ? ids.summary : (controlOf(first) ?? ids.summary));
    }
  };

  const likelihoodOptions = likelihoodLabels(scale).map((l, i) => texts.option(i + 1, l[language]));
  const consequenceOptions = consequenceLabels(scale).map((c, i) => texts.option(i + 1, c[language]));
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <section className="card ros-form" aria-labelledby={ids.title}>
      <h3 id={ids.title}>{title}</h3>
      <form noValidate aria-labelledby={ids.title} onSubmit={(e) => void submit(e)}>
        {hasErrors ? (
          <p id={ids.summary} className="form-error-summary" tabIndex={-1}>
            {texts.errorSummary}
          </p>
        ) : null}
        <Field
          id={ids.event}
          label={texts.event}
          hint={texts.eventHint}
          value={draft.event}
          onChange={setText('event')}
          error={errorText('event')}
          required
          disabled={readOnly}
        />
        <Field
          id={ids.cause}
          label={texts.cause}
          value={draft.cause}
          onChange={setText('cause')}
          multiline
          disabled={readOnly}
        />
        <fieldset className="ros-form__values">
          <legend>{texts.valuesLegend}</legend>
          {SECURITY_VALUES.map((value) => (
            <div className="ros-check" key={value}>
              <input
                type="checkbox"
                id={`ros-form-value-${value}`}
                checked={draft.values.includes(value)}
                disabled={readOnly}
                onChange={(e) => toggleValue(value, e.target.checked)}
              />
              <label htmlFor={`ros-form-value-${value}`}>{texts.values[value]}</label>
            </div>
          ))}
        </fieldset>
        <Field
          id={ids.existingMeasures}
          label={texts.existingMeasures}
          value={draft.existingMeasures}
          onChange={setText('existingMeasures')}
          multiline
          disabled={readOnly}
        />

        <fieldset>
          <legend>{texts.beforeLegend}</legend>
          <div className="ros-form__levels">
            <LevelSelect
              id={ids.likelihood}
              label={texts.likelihood}
              options={likelihoodOptions}
              value={draft.likelihood}
              onChange={(n) => setLevel('likelihood', n)}
              error={errorText('likelihood')}
              describedBy={ids.before}
              disabled={readOnly}
            />
            <LevelSelect
              id={ids.consequence}
              label={texts.consequence}
              options={consequenceOptions}
              value={draft.consequence}
              onChange={(n) => setLevel('consequence', n)}
              error={errorText('consequence')}
              describedBy={ids.before}
              disabled={readOnly}
            />
            <ComputedLevel
              id={ids.before}
              likelihood={draft.likelihood}
              consequence={draft.consequence}
              acceptance={acceptance}
            />
          </div>
          <div className="field ros-form__uncertainty">
            <label htmlFor={ids.uncertainty}>{texts.uncertaintyLabel}</label>
            <select
              id={ids.uncertainty}
              value={draft.uncertainty}
              disabled={readOnly}
              onChange={(e) => set('uncertainty', e.target.value as Uncertainty)}
            >
              {UNCERTAINTIES.map((u) => (
                <option key={u} value={u}>
                  {texts.uncertainty[u]}
                </option>
              ))}
            </select>
          </div>
        </fieldset>

        <fieldset className="ros-form__measures" aria-describedby="ros-form-measures-hint">
          <legend>{texts.measuresLegend}</legend>
          <p id="ros-form-measures-hint" className="field__hint">
            {texts.measuresHint}
          </p>
          {draft.measures.length === 0 ? <p className="muted">{texts.measuresEmpty}</p> : null}
          {draft.measures.map((m, index) => (
            <fieldset key={m.key} className="ros-form__measure">
              <legend>{texts.measureLegend(index + 1)}</legend>
              <Field
                id={ids.measure(index, 'text')}
                label={texts.measureText}
                value={m.text}
                onChange={(text) => setMeasure(index, { text })}
                error={errorText(`measures.${index}.text`)}
                required
                disabled={readOnly}
              />
              <div className="ros-form__measure-row">
                <Field
                  id={ids.measure(index, 'owner')}
                  label={texts.measureOwner}
                  value={m.owner}
                  onChange={(owner) => setMeasure(index, { owner })}
                  disabled={readOnly}
                />
                <Field
                  id={ids.measure(index, 'deadline')}
                  label={texts.measureDeadline}
                  hint={texts.deadlineHint}
                  value={m.deadline}
                  onChange={(deadline) => setMeasure(index, { deadline })}
                  error={errorText(`measures.${index}.deadline`)}
                  inputMode="numeric"
                  disabled={readOnly}
                />
              </div>
              <div className="ros-form__measure-actions">
                <div className="ros-check">
                  <input
                    type="checkbox"
                    id={ids.measure(index, 'done')}
                    checked={m.done}
                    disabled={readOnly}
                    onChange={(e) => setMeasure(index, { done: e.target.checked })}
                  />
                  <label htmlFor={ids.measure(index, 'done')}>{texts.measureDone}</label>
                </div>
                <button
                  type="button"
                  className="button button--quiet"
                  id={ids.measure(index, 'remove')}
                  disabled={readOnly}
                  onClick={() => removeMeasure(index)}
                >
                  {texts.removeMeasure(index + 1)}
                </button>
              </div>
            </fieldset>
          ))}
          <button type="button" className="button" id={ids.addMeasure} disabled={readOnly} onClick={addMeasure}>
            {texts.addMeasure}
          </button>
        </fieldset>

        <fieldset>
          <legend>{texts.afterLegend}</legend>
          <div className="ros-form__levels">
            <LevelSelect
              id={ids.residualLikelihood}
              label={texts.likelihood}
              options={likelihoodOptions}
              value={draft.residualLikelihood}
              onChange={(n) => {
                setResidualSet(true);
                setLevel('residualLikelihood', n);
              }}
              error={errorText('residualLikelihood')}
              describedBy={ids.after}
              disabled={readOnly}
            />
            <LevelSelect
              id={ids.residualConsequence}
              label={texts.consequence}
              options={consequenceOptions}
              value={draft.residualConsequence}
              onChange={(n) => {
                setResidualSet(true);
                setLevel('residualConsequence', n);
              }}
              error={errorText('residualConsequence')}
              describedBy={ids.after}
              disabled={readOnly}
            />
            <ComputedLevel
              id={ids.after}
              likelihood={draft.residualLikelihood}
              consequence={draft.residualConsequence}
              acceptance={acceptance}
            />
          </div>
        </fieldset>

        <div className="form-grid">
          <Field
            id={ids.riskOwner}
            label={texts.riskOwner}
            hint={texts.riskOwnerHint}
            value={draft.riskOwner}
            onChange={setText('riskOwner')}
            disabled={readOnly}
          />
          <Field
            id={ids.acceptedBy}
            label={texts.acceptedBy}
            hint={texts.acceptedByHint}
            value={draft.acceptedBy}
            onChange={setText('acceptedBy')}
            disabled={readOnly}
          />
        </div>

        <div className="actions">
          <button type="submit" className="button button--primary" disabled={readOnly || busy}>
            {texts.saveRisk}
          </button>
          <button type="button" className="button" onClick={() => onDone(null)}>
            {texts.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}

function LevelSelect({
  id,
  label,
  options,
  value,
  onChange,
  error,
  describedBy,
  disabled,
}: {
  id: string;
  label: string;
  options: string[];
  value: number;
  onChange: (value: number) => void;
  error: string | undefined;
  describedBy: string;
  disabled: boolean;
}) {
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {error ? (
        <p id={errorId} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${describedBy}` : describedBy}
        onChange={(e) => onChange(Number(e.target.value))}
      >
        {/* A level beyond the scale (only if the data was made elsewhere) stays visible so the error makes sense. */}
        {value > options.length ? <option value={value}>{value}</option> : null}
        {options.map((text, i) => (
          <option key={i + 1} value={i + 1}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The score and level of a pair of levels, updated as the user picks. */
function ComputedLevel({
  id,
  likelihood,
  consequence,
  acceptance,
}: {
  id: string;
  likelihood: number;
  consequence: number;
  acceptance: Acceptance;
}) {
  const texts = useTexts(rosTexts);
  const level = riskLevel(likelihood, consequence, acceptance);
  return (
    <p id={id} className="ros-form__computed">
      <span className={`ros-badge ${levelClass(level)}`}>
        {texts.computed(riskScore(likelihood, consequence), texts.levelName[level])}
      </span>
    </p>
  );
}
