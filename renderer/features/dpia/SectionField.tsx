import { useState } from 'react';
import { DPIA_GUIDANCE } from '../../../shared/catalogue/assessments';
import type { DpiaSection } from '../../../shared/schema/enums';
import { Field } from '../../components/Field';
import { useLanguage, useTexts } from '../../i18n';
import { useAppStore } from '../../store/app-store';
import { dpiaTexts } from './texts';
import { useFocusSoon } from '../../hooks';

interface SectionFieldProps {
  section: DpiaSection;
  value: string;
  changed: boolean;
  readOnly: boolean;
  onChange: (value: string) => void;
}

/** One section of the DPIA: the guidance's question and basis, the municipality's own text, and the guidance draft on request. */
export function SectionField({ section, value, changed, readOnly, onChange }: SectionFieldProps) {
  const t = useTexts(dpiaTexts);
  const language = useLanguage();
  const announce = useAppStore((s) => s.announce);
  const guidance = DPIA_GUIDANCE[section];
  const title = guidance.title[language];
  const draft = guidance.draft[language];
  const id = `dpia-${section}`;
  const [confirming, setConfirming] = useState(false);
  // Where focus goes after the confirmation closes: the buttons it replaced are gone from the page.
  const focusSoon = useFocusSoon();

  const insert = () => {
    onChange(draft);
    setConfirming(false);
    focusSoon(id);
    announce(t.inserted(title));
  };

  const askToInsert = () => {
    if (value.trim() === '' || value === draft) {
      insert();
      return;
    }
    setConfirming(true);
    focusSoon(`${id}-replace`);
  };

  const clear = () => {
    onChange('');
    focusSoon(id);
    announce(t.cleared(title));
  };

  return (
    <section className="dpia-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <Field
        id={id}
        label={title}
        hint={guidance.question[language]}
        value={value}
        onChange={onChange}
        multiline
        disabled={readOnly}
      />
      <p className="muted dpia-section__basis">{t.basis(guidance.basis[language])}</p>
      {confirming ? (
        <div className="confirm dpia-section__confirm" role="group" aria-label={t.replaceConfirm}>
          <span>{t.replaceConfirm}</span>
          <button type="button" id={`${id}-replace`} className="button button--primary" onClick={insert}>
            {t.replaceYes}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setConfirming(false);
              focusSoon(`${id}-insert`);
            }}
          >
            {t.cancel}
          </button>
        </div>
      ) : (
        <div className="dpia-section__actions">
          <button
            type="button"
            id={`${id}-insert`}
            className="button"
            onClick={askToInsert}
            disabled={readOnly}
            aria-label={t.forSection(t.insertGuidance, title)}
          >
            {t.insertGuidance}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={clear}
            disabled={readOnly || value === ''}
            aria-label={t.forSection(t.clear, title)}
          >
            {t.clear}
          </button>
          {changed ? <span className="badge badge--dueSoon">{t.sectionChanged}</span> : null}
        </div>
      )}
    </section>
  );
}
