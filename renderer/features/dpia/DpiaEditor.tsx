import { useState, type FormEvent } from 'react';
import { PRIOR_CONSULTATION, type DpiaSection } from '../../../shared/schema/enums';
import type { Municipality } from '../../../shared/schema/workspace';
import { Field } from '../../components/Field';
import { useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { useAppStore } from '../../store/app-store';
import { DataFlow } from './DataFlow';
import { changedSections, isEmptyPatch, patchOf, type DpiaDraft } from './draft';
import { RosMeasures, RosRisks } from './RosLinks';
import { SectionField } from './SectionField';
import { dpiaTexts } from './texts';

type GroupId = 'description' | 'necessity' | 'risks' | 'measures';

/** The four parts of GDPR art. 35(7), with the sections that answer each. */
const GROUPS: readonly { id: GroupId; sections: readonly DpiaSection[] }[] = [
  { id: 'description', sections: ['processing', 'dataFlow', 'categories', 'recipients', 'retention'] },
  { id: 'necessity', sections: ['necessity'] },
  { id: 'risks', sections: ['risks'] },
  { id: 'measures', sections: ['measures'] },
];

const DPO_DATE_ID = 'dpia-dpo-date';
const SAVE_ID = 'dpia-save';

interface DpiaEditorProps {
  municipality: Municipality;
  draft: DpiaDraft;
  /** A new draft, or null to drop it and show what is stored. */
  setDraft: (draft: DpiaDraft | null) => void;
}

/** The municipality's own DPIA: the sections, the DPO's advice and the conclusion, saved together. */
export function DpiaEditor({ municipality, draft, setDraft }: DpiaEditorProps) {
  const t = useTexts(dpiaTexts);
  const domain = useTexts(domainTexts);
  const readOnly = useAppStore((s) => s.readOnly);
  const updateDpia = useAppStore((s) => s.updateDpia);
  const announce = useAppStore((s) => s.announce);
  const [errors, setErrors] = useState<{ dpoDate?: string; form?: string }>({});

  const dpia = municipality.dpia;
  const patch = patchOf(draft, dpia);
  const dirty = !isEmptyPatch(patch);
  const changed = new Set(changedSections(draft, dpia));
  const changedParts = changed.size + (patch.dpoAdvice ? 1 : 0) + (patch.conclusion ? 1 : 0);

  const setSection = (section: DpiaSection) => (value: string) =>
    setDraft({ ...draft, sections: { ...draft.sections, [section]: value } });
  const setDpo = (field: keyof DpiaDraft['dpo']) => (value: string) =>
    setDraft({ ...draft, dpo: { ...draft.dpo, [field]: value } });

  const dateError = (code: string | undefined): string | undefined => {
    if (code === undefined) return undefined;
    return code === 'date.format' || code === 'date.impossible' ? domain.itemErrors[code] : t.refusedOther;
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!dirty) {
      announce(t.noChanges);
      return;
    }
    const result = await updateDpia({ municipalityId: municipality.id, patch });
    if (result.ok) {
      setErrors({});
      setDraft(null);
      announce(t.saved);
      return;
    }
    if (result.error.code !== 'validation') return;
    const fieldErrors = result.error.fieldErrors ?? {};
    const dpoDate = dateError(fieldErrors.dpoDate);
    if (dpoDate) {
      setErrors({ dpoDate });
      document.getElementById(DPO_DATE_ID)?.focus();
      announce(t.refused);
    } else {
      setErrors({ form: t.refusedOther });
      announce(t.refusedOther);
    }
  };

  const discard = () => {
    setErrors({});
    setDraft(null);
    announce(t.discarded);
    // The discard button goes away with the changes; keep focus in the bar.
    document.getElementById(SAVE_ID)?.focus();
  };

  return (
    <form className="dpia-form" onSubmit={(e) => void save(e)} noValidate>
      {GROUPS.map((group) => (
        <section key={group.id} className="card dpia-group" aria-labelledby={`dpia-group-${group.id}`}>
          <h2 id={`dpia-group-${group.id}`}>{t.groups[group.id].title}</h2>
          <p className="muted dpia-group__article">{t.groups[group.id].article}</p>
          {group.sections.map((section) => (
            <div key={section}>
              <SectionField
                section={section}
                value={draft.sections[section]}
                changed={changed.has(section)}
                readOnly={readOnly}
                onChange={setSection(section)}
              />
              {section === 'dataFlow' ? <DataFlow /> : null}
            </div>
          ))}
          {group.id === 'risks' ? <RosRisks municipality={municipality} /> : null}
          {group.id === 'measures' ? <RosMeasures municipality={municipality} /> : null}
        </section>
      ))}

      <section className="card dpia-group" aria-labelledby="dpia-dpo-title">
        <h2 id="dpia-dpo-title">{t.dpo.title}</h2>
        <p className="dpia-group__lead">{t.dpo.lead}</p>
        <div className="form-grid">
          <Field
            id="dpia-dpo-who"
            label={t.dpo.who}
            hint={t.dpo.whoHint}
            value={draft.dpo.who}
            onChange={setDpo('who')}
            autoComplete="name"
            disabled={readOnly}
          />
          <Field
            id={DPO_DATE_ID}
            label={t.dpo.date}
            hint={t.dpo.dateHint}
            value={draft.dpo.date}
            onChange={setDpo('date')}
            error={errors.dpoDate}
            inputMode="numeric"
            disabled={readOnly}
          />
        </div>
        <Field
          id="dpia-dpo-advice"
          label={t.dpo.advice}
          hint={t.dpo.adviceHint}
          value={draft.dpo.advice}
          onChange={setDpo('advice')}
          multiline
          disabled={readOnly}
        />
      </section>

      <section className="card dpia-group" aria-labelledby="dpia-conclusion-title">
        <h2 id="dpia-conclusion-title">{t.conclusion.title}</h2>
        <Field
          id="dpia-conclusion-text"
          label={t.conclusion.text}
          hint={t.conclusion.textHint}
          value={draft.conclusion.text}
          onChange={(text) => setDraft({ ...draft, conclusion: { ...draft.conclusion, text } })}
          multiline
          disabled={readOnly}
        />
        <fieldset className="dpia-prior">
          <legend>{t.conclusion.prior}</legend>
          {PRIOR_CONSULTATION.map((option) => (
            <label key={option} className="dpia-prior__option">
              <input
                type="radio"
                name="dpia-prior"
                value={option}
                checked={draft.conclusion.priorConsultation === option}
                disabled={readOnly}
                onChange={() => setDraft({ ...draft, conclusion: { ...draft.conclusion, priorConsultation: option } })}
              />
              {t.conclusion.options[option]}
            </label>
          ))}
        </fieldset>
        {draft.conclusion.priorConsultation === 'needed' ? (
          <p className="dpia-prior__needed">{t.conclusion.neededNote}</p>
        ) : null}
      </section>

      <div className={dirty ? 'dpia-savebar dpia-savebar--dirty' : 'dpia-savebar'}>
        {dirty ? (
          <p className="dpia-savebar__state">
            <span className="badge badge--dueSoon">{t.unsaved}</span> <span>{t.unsavedCount(changedParts)}</span>
          </p>
        ) : (
          <p className="dpia-savebar__state muted">{t.allSaved}</p>
        )}
        {errors.form ? <p className="field__error">{errors.form}</p> : null}
        <div className="actions">
          <button type="submit" id={SAVE_ID} className="button button--primary" disabled={readOnly}>
            {t.save}
          </button>
          {dirty ? (
            <button type="button" className="button" onClick={discard} disabled={readOnly}>
              {t.discard}
            </button>
          ) : null}
        </div>
      </div>
    </form>
  );
}
