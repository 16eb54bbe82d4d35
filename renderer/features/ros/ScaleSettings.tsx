import { useState, type FormEvent } from 'react';
import { consequenceLabels, DEFAULT_ACCEPTANCE, likelihoodLabels, validAcceptance } from '../../../shared/domain/ros';
import { RISK_SCALES, type RiskScale } from '../../../shared/schema/enums';
import type { Municipality } from '../../../shared/schema/workspace';
import { Field } from '../../components/Field';
import { useLanguage, useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { rosTexts } from './texts';
import { ScrollRegion } from '../../components/ScrollRegion';

const ids = {
  title: 'ros-settings-title',
  scale: 'ros-scale',
  scaleHint: 'ros-scale-hint',
  greenMax: 'ros-green-max',
  yellowMax: 'ros-yellow-max',
};

type Errors = Partial<Record<'greenMax' | 'yellowMax', string>>;

/** The scale of the matrix and the acceptance criteria. */
export function ScaleSettings({ municipality }: { municipality: Municipality }) {
  const texts = useTexts(rosTexts);
  const language = useLanguage();
  const readOnly = useAppStore((s) => s.readOnly);
  const updateRosSettings = useAppStore((s) => s.updateRosSettings);
  const announce = useAppStore((s) => s.announce);
  const { ros } = municipality;

  const [scale, setScale] = useState<RiskScale>(ros.scale);
  const [greenMax, setGreenMax] = useState(String(ros.acceptance.greenMax));
  const [yellowMax, setYellowMax] = useState(String(ros.acceptance.yellowMax));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  // When the stored settings change (saved here, or the scale moved), the form starts from them again.
  const stored = `${ros.scale}/${ros.acceptance.greenMax}/${ros.acceptance.yellowMax}`;
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    setScale(ros.scale);
    setGreenMax(String(ros.acceptance.greenMax));
    setYellowMax(String(ros.acceptance.yellowMax));
  }
  const changingScale = scale !== ros.scale;
  const max = scale * scale;

  const chooseScale = (next: RiskScale) => {
    setScale(next);
    setErrors({});
    // The main process resets the criteria when the scale changes; show what they will be.
    const acceptance = next === ros.scale ? ros.acceptance : DEFAULT_ACCEPTANCE[next];
    setGreenMax(String(acceptance.greenMax));
    setYellowMax(String(acceptance.yellowMax));
  };

  const checked = (input: string): number | string => {
    const text = input.trim();
    if (!/^\d+$/.test(text)) return texts.acceptanceErrors.whole;
    const n = Number(text);
    if (n < 1 || n >= max) return texts.acceptanceErrors.range(max);
    return n;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const green = checked(greenMax);
    const yellow = checked(yellowMax);
    const refused: Errors = {};
    if (typeof green === 'string') refused.greenMax = green;
    if (typeof yellow === 'string') refused.yellowMax = yellow;
    if (
      typeof green === 'number' &&
      typeof yellow === 'number' &&
      !validAcceptance(scale, { greenMax: green, yellowMax: yellow })
    )
      refused.yellowMax = texts.acceptanceErrors.order(max);
    if (typeof green === 'string' || typeof yellow === 'string' || refused.yellowMax) {
      setErrors(refused);
      document.getElementById(refused.greenMax ? ids.greenMax : ids.yellowMax)?.focus();
      return;
    }
    setBusy(true);
    const result = await updateRosSettings({
      municipalityId: municipality.id,
      scale,
      greenMax: green,
      yellowMax: yellow,
    });
    setBusy(false);
    if (result.ok) {
      setErrors({});
      announce(texts.settingsSaved(scale, green, yellow));
    } else if (result.error.code === 'validation') {
      setErrors({ yellowMax: texts.acceptanceErrors.order(max) });
      document.getElementById(ids.yellowMax)?.focus();
    }
  };

  const likelihood = likelihoodLabels(scale);
  const consequence = consequenceLabels(scale);

  return (
    <section className="ros-section card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{texts.settingsTitle}</h2>
      <p className="lead">{texts.settingsLead}</p>
      <form noValidate aria-labelledby={ids.title} onSubmit={(e) => void submit(e)}>
        <div className="ros-settings">
          <div>
            <div className="field">
              <label htmlFor={ids.scale}>{texts.scale}</label>
              <p id={ids.scaleHint} className="field__hint">
                {texts.scaleWarning}
              </p>
              <select
                id={ids.scale}
                value={scale}
                disabled={readOnly}
                aria-describedby={ids.scaleHint}
                onChange={(e) => chooseScale(Number(e.target.value) as RiskScale)}
              >
                {RISK_SCALES.map((n) => (
                  <option key={n} value={n}>
                    {texts.scaleOption[n]}
                  </option>
                ))}
              </select>
            </div>
            {changingScale ? (
              <p className="notice notice--warning ros-settings__changing">
                {texts.scaleChanging(ros.risks.length, ros.scale, scale)}
              </p>
            ) : null}
            <Field
              id={ids.greenMax}
              label={texts.greenMax}
              hint={changingScale ? texts.acceptanceFixed : undefined}
              value={greenMax}
              onChange={setGreenMax}
              error={errors.greenMax}
              inputMode="numeric"
              disabled={readOnly || changingScale}
            />
            <Field
              id={ids.yellowMax}
              label={texts.yellowMax}
              hint={changingScale ? texts.acceptanceFixed : texts.acceptanceHint(max)}
              value={yellowMax}
              onChange={setYellowMax}
              error={errors.yellowMax}
              inputMode="numeric"
              disabled={readOnly || changingScale}
            />
          </div>
          <ScrollRegion label={texts.labelsCaption(scale)}>
            <table className="table ros-settings__labels">
              <caption>{texts.labelsCaption(scale)}</caption>
              <thead>
                <tr>
                  <th scope="col">{texts.labelsColumns.level}</th>
                  <th scope="col">{texts.labelsColumns.likelihood}</th>
                  <th scope="col">{texts.labelsColumns.consequence}</th>
                </tr>
              </thead>
              <tbody>
                {likelihood.map((l, i) => (
                  <tr key={i}>
                    <th scope="row" className="numeric">
                      {i + 1}
                    </th>
                    <td>{l[language]}</td>
                    <td>{consequence[i]?.[language]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </div>
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={readOnly || busy}>
            {texts.saveSettings}
          </button>
        </div>
      </form>
    </section>
  );
}
