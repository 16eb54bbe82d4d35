import { useState } from 'react';
import { ROUTINE_GUIDANCE } from '../../../shared/catalogue/assessments';
import { formatDate } from '../../../shared/format/date';
import { ROUTINE_PARTS, type RoutinePart } from '../../../shared/schema/enums';
import type { Municipality } from '../../../shared/schema/workspace';
import { Field } from '../../components/Field';
import { useLanguage, useT, useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { useAppStore } from '../../store/app-store';
import { lastDrill } from '../../../shared/domain/routines';
import { emergencyTexts } from './texts';
import { useFocusSoon } from '../../hooks';

type Parts = Record<RoutinePart, string>;

const fieldId = (part: RoutinePart) => `routine-${part}`;

/** The five parts of the emergency routines, edited together and saved with one button. */
export function Routines({ municipality }: { municipality: Municipality }) {
  const texts = useTexts(emergencyTexts).routines;
  const domain = useTexts(domainTexts);
  const language = useLanguage();
  const readOnly = useAppStore((s) => s.readOnly);
  const updateEmergency = useAppStore((s) => s.updateEmergency);
  const announce = useAppStore((s) => s.announce);

  const stored = municipality.emergency.parts;
  const [drafts, setDrafts] = useState<Parts>(stored);
  const [confirming, setConfirming] = useState<RoutinePart | null>(null);
  const [busy, setBusy] = useState(false);
  const focusSoon = useFocusSoon();

  const changed = ROUTINE_PARTS.filter((p) => drafts[p] !== stored[p]);
  const title = (part: RoutinePart) => ROUTINE_GUIDANCE[part].title[language];
  const setPart = (part: RoutinePart, value: string) => setDrafts((d) => ({ ...d, [part]: value }));

  const insertGuidance = (part: RoutinePart, confirmed: boolean) => {
    const guidance = ROUTINE_GUIDANCE[part].draft[language];
    const current = drafts[part];
    if (current === guidance) {
      announce(texts.alreadyGuidance(title(part)));
      return;
    }
    if (!confirmed && current.trim() !== '') {
      setConfirming(part);
      focusSoon(`${fieldId(part)}-keep`);
      return;
    }
    setPart(part, guidance);
    setConfirming(null);
    announce(texts.inserted(title(part)));
    focusSoon(fieldId(part));
  };

  const clear = (part: RoutinePart) => {
    setPart(part, '');
    setConfirming(null);
    announce(texts.cleared(title(part)));
    focusSoon(fieldId(part));
  };

  const save = async () => {
    if (changed.length === 0) {
      announce(texts.nothingToSave);
      return;
    }
    const parts = Object.fromEntries(changed.map((p) => [p, drafts[p]])) as Partial<Parts>;
    setBusy(true);
    const result = await updateEmergency({ municipalityId: municipality.id, parts });
    setBusy(false);
    if (result.ok) announce(texts.saved(changed.length));
  };

  return (
    <section className="emergency__section" aria-labelledby="routines-title">
      <h2 id="routines-title">{texts.title}</h2>
      <p className="lead">{texts.lead}</p>
      <p className="muted">
        <small>{domain.sourceDoc('003', 'Behov for beredskapsrutiner')}</small>
      </p>
      <p className="emergency__note">{texts.navNote}</p>
      <p>{texts.draftNote}</p>

      <form
        noValidate
        aria-labelledby="routines-title"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {ROUTINE_PARTS.map((part) => {
          const guidance = ROUTINE_GUIDANCE[part];
          const id = fieldId(part);
          const partTitle = guidance.title[language];
          return (
            <section key={part} className="card emergency-part" aria-labelledby={`${id}-title`}>
              <h3 id={`${id}-title`}>{partTitle}</h3>
              <Field
                id={id}
                label={texts.partLabel(partTitle)}
                hint={guidance.question[language]}
                value={drafts[part]}
                onChange={(value) => setPart(part, value)}
                multiline
                disabled={readOnly}
              />
              <p className="emergency-part__basis">
                <small>{texts.basis(guidance.basis[language])}</small>
              </p>
              {confirming === part ? (
                <div
                  className="confirm emergency-part__confirm"
                  role="group"
                  aria-label={texts.replaceConfirm(partTitle)}
                >
                  <span>{texts.replaceConfirm(partTitle)}</span>
                  <button type="button" className="button button--danger" onClick={() => insertGuidance(part, true)}>
                    {texts.replaceYes}
                  </button>
                  <ConfirmCancel
                    id={`${id}-keep`}
                    onClick={() => {
                      setConfirming(null);
                      focusSoon(`${id}-insert`);
                    }}
                  />
                </div>
              ) : (
                <div className="actions emergency-part__actions">
                  <button
                    type="button"
                    className="button"
                    id={`${id}-insert`}
                    disabled={readOnly}
                    aria-label={texts.insertGuidanceFor(partTitle)}
                    onClick={() => insertGuidance(part, false)}
                  >
                    {texts.insertGuidance}
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={readOnly || drafts[part] === ''}
                    aria-label={texts.clearFor(partTitle)}
                    onClick={() => clear(part)}
                  >
                    {texts.clear}
                  </button>
                </div>
              )}
              {part === 'escalation' ? <EscalationContacts municipality={municipality} /> : null}
            </section>
          );
        })}
        <div className="emergency__save">
          {changed.length > 0 ? (
            <p className="emergency__unsaved">{texts.unsaved(changed.map(title).join(', '))}</p>
          ) : null}
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={readOnly || busy}>
              {texts.save}
            </button>
          </div>
        </div>
      </form>
    </section>
  );
}

function ConfirmCancel({ id, onClick }: { id: string; onClick: () => void }) {
  const t = useT();
  return (
    <button type="button" className="button" id={id} onClick={onClick}>
      {t.common.cancel}
    </button>
  );
}

/** Whom to contact when the error cannot be solved locally (seed 003, "Kontakt Digisos"). */
function EscalationContacts({ municipality }: { municipality: Municipality }) {
  const texts = useTexts(emergencyTexts).contacts;
  const vendor = municipality.vendor.name.trim();
  return (
    <aside className="emergency-contacts" aria-labelledby="escalation-contacts-title">
      <h4 id="escalation-contacts-title">{texts.title}</h4>
      <dl className="facts">
        <dt>{texts.vendor}</dt>
        <dd>{vendor ? texts.vendorNamed(vendor) : <span className="muted">{texts.vendorMissing}</span>}</dd>
        <dt>{texts.ks}</dt>
        <dd>fiks@ks.no</dd>
        <dt>{texts.digisos}</dt>
        <dd>
          digisos@nav.no
          <br />
          <small className="muted">{texts.digisosNote}</small>
        </dd>
        <dt>{texts.navStaff}</dt>
        <dd>{texts.navStaffValue}</dd>
      </dl>
    </aside>
  );
}

/** What a partner sees when the host is controller: the host's routines cover it. */
export function RoutinesCoveredByHost({ host }: { host: Municipality }) {
  const texts = useTexts(emergencyTexts).routines;
  const selectMunicipality = useAppStore((s) => s.selectMunicipality);
  const drill = lastDrill(host.emergency.log);
  return (
    <section className="emergency__section" aria-labelledby="routines-title">
      <h2 id="routines-title">{texts.title}</h2>
      <div className="card emergency__covered">
        <p>{texts.coveredByHost(host.name)}</p>
        <p className="muted">
          {drill === null ? texts.hostNoDrill(host.name) : texts.hostLastDrill(host.name, formatDate(drill))}
        </p>
        <button type="button" className="button" onClick={() => selectMunicipality(host.id)}>
          {texts.showHost(host.name)}
        </button>
      </div>
    </section>
  );
}
