import { useState, type FormEvent } from 'react';
import { COOPERATION_MODELS, LEGAL_FORMS, type CooperationModel, type LegalForm } from '../../../shared/schema/enums';
import type { Workspace } from '../../../shared/schema/workspace';
import { useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { useAppStore } from '../../store/app-store';
import { profileTexts } from './texts';

/** The workspace's cooperation model, legal form and host municipality. */
export function CooperationCard({ workspace }: { workspace: Workspace }) {
  const t = useTexts(profileTexts).cooperation;
  const d = useTexts(domainTexts);
  const setCooperation = useAppStore((s) => s.setCooperation);
  const announce = useAppStore((s) => s.announce);
  const readOnly = useAppStore((s) => s.readOnly);
  const [model, setModel] = useState<CooperationModel>(workspace.cooperation.model);
  const [legalForm, setLegalForm] = useState<LegalForm>(workspace.cooperation.legalForm);
  const [hostId, setHostId] = useState<string>(workspace.cooperation.hostId ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await setCooperation({
      model,
      legalForm,
      hostId: model === 'none' || hostId === '' ? null : hostId,
    });
    if (result.ok) announce(t.saved);
  };

  const inCooperation = model !== 'none';
  return (
    <form className="card cooperation" onSubmit={(e) => void submit(e)} aria-labelledby="cooperation-title">
      <h2 id="cooperation-title">{t.title}</h2>
      <p className="field__hint">{t.lead}</p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="cooperation-model">{t.model}</label>
          <select
            id="cooperation-model"
            value={model}
            disabled={readOnly}
            onChange={(e) => setModel(e.target.value as CooperationModel)}
          >
            {COOPERATION_MODELS.map((m) => (
              <option key={m} value={m}>
                {d.cooperationModel[m]}
              </option>
            ))}
          </select>
        </div>
        {inCooperation ? (
          <>
            <div className="field">
              <label htmlFor="cooperation-host">{t.host}</label>
              <select
                id="cooperation-host"
                value={hostId}
                disabled={readOnly}
                onChange={(e) => setHostId(e.target.value)}
              >
                <option value="">{t.chooseHost}</option>
                {workspace.municipalities.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="cooperation-legal-form">{t.legalForm}</label>
              <select
                id="cooperation-legal-form"
                value={legalForm}
                disabled={readOnly}
                onChange={(e) => setLegalForm(e.target.value as LegalForm)}
              >
                {LEGAL_FORMS.map((f) => (
                  <option key={f} value={f}>
                    {d.legalForm[f]}
                  </option>
                ))}
              </select>
            </div>
          </>
        ) : null}
      </div>
      {model === 'hostWithTransfer' ? <p>{t.withTransfer}</p> : null}
      {model === 'hostWithoutTransfer' ? <p>{t.withoutTransfer}</p> : null}
      {inCooperation && legalForm === 'kl1992Section27' ? <p>{t.section27}</p> : null}
      {inCooperation && hostId === '' ? <p className="field__error">{t.noHostWarning}</p> : null}
      {inCooperation ? <p className="field__hint">{t.nksNote}</p> : null}
      <p className="field__hint">{t.source}</p>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={readOnly}>
          {t.save}
        </button>
      </div>
    </form>
  );
}
