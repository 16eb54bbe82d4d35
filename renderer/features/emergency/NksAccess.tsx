import { useState } from 'react';
import { catalogueItem } from '../../../shared/catalogue/checklist';
import { applicability } from '../../../shared/domain/cooperation';
import { formatDate } from '../../../shared/format/date';
import type { ItemStatus } from '../../../shared/schema/enums';
import type { ChecklistEntry, Municipality, Workspace } from '../../../shared/schema/workspace';
import { Field } from '../../components/Field';
import { useLanguage, useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { useAppStore } from '../../store/app-store';
import { emergencyTexts } from './texts';

/** The four steps in Fiks forvaltning that give NKS access (seed 004), in order. */
export const NKS_STEP_IDS = [
  'nks.step-1-login',
  'nks.step-2-choose-digisos',
  'nks.step-3-choose-nks-access',
  'nks.step-4-grant-permission',
] as const;

/** What the municipality must have while NKS passes enquiries on to it (seed 004). */
export const ON_CALL_IDS = ['nks.on-call-phone', 'nks.staff-competence', 'nks.norg-office-info'] as const;

/** "Not relevant" needs a reason, which belongs in the checklist; here it is only shown if already chosen. */
const QUICK_STATUSES: readonly ItemStatus[] = ['notStarted', 'inProgress', 'done'];

const domIdFor = (itemId: string) => itemId.replace(/[^A-Za-z0-9_-]/g, '-');

/** NKS access: why, the four steps in FIKS, the optional agreement and the on-call requirements until then. */
export function NksAccess({ municipality, workspace }: { municipality: Municipality; workspace: Workspace }) {
  const texts = useTexts(emergencyTexts).nks;
  const domain = useTexts(domainTexts);
  const language = useLanguage();
  const readOnly = useAppStore((s) => s.readOnly);
  const updateItem = useAppStore((s) => s.updateItem);
  const announce = useAppStore((s) => s.announce);
  const setView = useAppStore((s) => s.setView);
  const setEditing = useAppStore((s) => s.setEditing);

  const entries = new Map(municipality.checklist.map((e) => [e.itemId, e]));
  const steps = NKS_STEP_IDS.map((id, index) => ({
    id,
    n: index + 1,
    text: catalogueItem(id).text[language],
    entry: entries.get(id) ?? null,
  }));
  const doneCount = steps.filter((s) => s.entry?.status === 'done').length;
  const activated = doneCount === steps.length;

  const capability = municipality.capabilities.nksAccess;
  const capabilityName = domain.capability.nksAccess;

  const agreementStatus =
    municipality.agreements.find((a) => a.agreementId === 'nksInformation')?.status ?? 'notStarted';
  const agreementSigned = agreementStatus === 'signed' || agreementStatus === 'archived';

  const setStep = async (step: (typeof steps)[number], status: ItemStatus) => {
    const result = await updateItem({ municipalityId: municipality.id, itemId: step.id, change: { status } });
    if (result.ok) announce(status === 'done' ? texts.markedDone(step.n) : texts.undone(step.n));
  };

  const openProfile = () => {
    setView('municipalities');
    setEditing({ id: municipality.id, section: 'profile' });
  };

  return (
    <section className="emergency__section nks" aria-labelledby="nks-title">
      <h2 id="nks-title">{texts.title}</h2>
      <p className="lead">{texts.why}</p>
      <p>{texts.everyMunicipality}</p>
      <p className="emergency__source-fact">
        {texts.deadlineFact}{' '}
        <small className="muted">
          {domain.sourceDoc(
            catalogueItem('nks.step-1-login').source.seed,
            catalogueItem('nks.step-1-login').source.section,
          )}
        </small>
      </p>

      <section className="card" aria-labelledby="nks-steps-title">
        <h3 id="nks-steps-title">{texts.stepsTitle}</h3>
        <p>{texts.who}</p>
        <p className="nks__progress">{texts.progress(doneCount)}</p>
        <ol className="nks-steps" aria-label={texts.stepsLabel}>
          {steps.map((step) => {
            const done = step.entry?.status === 'done';
            const status = step.entry?.status ?? 'notStarted';
            return (
              <li key={step.id} className={done ? 'nks-step nks-step--done' : 'nks-step'}>
                <span className="nks-step__number">
                  <span className="sr-only">{texts.step(step.n)}</span>
                  <span aria-hidden="true">{done ? '✓' : step.n}</span>
                </span>
                <div className="nks-step__body">
                  <p className="nks-step__text">{step.text}</p>
                  {done ? (
                    <p className="nks-step__state">
                      {texts.doneBy(
                        step.entry?.completedAt ? formatDate(step.entry.completedAt) : '',
                        step.entry?.completedBy ?? '',
                      )}
                    </p>
                  ) : status !== 'notStarted' ? (
                    <p className="nks-step__state">
                      <span className="badge badge--muted">{domain.status[status]}</span>
                    </p>
                  ) : null}
                </div>
                <div className="nks-step__actions">
                  {done ? (
                    <button
                      type="button"
                      className="button button--quiet"
                      disabled={readOnly}
                      aria-label={texts.undoFor(step.n, step.text)}
                      onClick={() => void setStep(step, 'notStarted')}
                    >
                      {texts.undo}
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="button"
                      disabled={readOnly}
                      aria-label={texts.markDoneFor(step.n, step.text)}
                      onClick={() => void setStep(step, 'done')}
                    >
                      {texts.markDone}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
        {activated ? <p className="nks__activated">{texts.activated}</p> : null}
        <p>{texts.capabilityState(capabilityName, domain.capabilityState[capability.state])}</p>
        {activated && capability.state !== 'inProduction' ? (
          <div className="nks__suggest">
            <p>{texts.capabilitySuggest(capabilityName, domain.capabilityState.inProduction)}</p>
            <button type="button" className="button" onClick={openProfile}>
              {texts.openProfile}
            </button>
          </div>
        ) : null}
      </section>

      <section className="card" aria-labelledby="nks-agreement-title">
        <h3 id="nks-agreement-title">{texts.agreementTitle}</h3>
        <p>
          {texts.agreementStatus}{' '}
          <span className={agreementSigned ? 'badge badge--done' : 'badge badge--muted'}>
            {texts.agreementStatuses[agreementStatus]}
          </span>
        </p>
        <p>{texts.agreementNote}</p>
        <button type="button" className="button" onClick={() => setView('agreements')}>
          {texts.goToAgreements}
        </button>
      </section>

      <OnCall municipality={municipality} workspace={workspace} activated={activated} entries={entries} />
    </section>
  );
}

function OnCall({
  municipality,
  workspace,
  activated,
  entries,
}: {
  municipality: Municipality;
  workspace: Workspace;
  activated: boolean;
  entries: ReadonlyMap<string, ChecklistEntry>;
}) {
  const texts = useTexts(emergencyTexts).nks;
  const domain = useTexts(domainTexts);
  const language = useLanguage();
  const readOnly = useAppStore((s) => s.readOnly);
  const updateItem = useAppStore((s) => s.updateItem);
  const updateEmergency = useAppStore((s) => s.updateEmergency);
  const announce = useAppStore((s) => s.announce);
  const [phone, setPhone] = useState(municipality.onCallPhone);
  const [busy, setBusy] = useState(false);

  const phoneCover = applicability(catalogueItem('nks.on-call-phone').actor, municipality.id, workspace.cooperation);
  const hostName = (id: string) => workspace.municipalities.find((m) => m.id === id)?.name ?? id;

  const changeStatus = async (itemId: string, text: string, status: ItemStatus) => {
    const result = await updateItem({ municipalityId: municipality.id, itemId, change: { status } });
    if (result.ok) announce(texts.statusSaved(domain.status[status], text));
  };

  const savePhone = async () => {
    if (phone.trim() === municipality.onCallPhone) {
      announce(texts.phoneUnchanged);
      return;
    }
    setBusy(true);
    const result = await updateEmergency({ municipalityId: municipality.id, onCallPhone: phone });
    setBusy(false);
    if (result.ok) {
      setPhone(phone.trim());
      announce(texts.phoneSaved);
    }
  };

  return (
    <section className="card nks-on-call" aria-labelledby="nks-on-call-title">
      <h3 id="nks-on-call-title">{texts.onCallTitle}</h3>
      {activated ? (
        <p className="nks__activated">{texts.noLongerApply}</p>
      ) : (
        <>
          <p>{texts.onCallLead}</p>
          <p className="nks-on-call__hours">{texts.onCallHours}</p>
          <ul className="nks-on-call__items">
            {ON_CALL_IDS.map((itemId) => {
              const item = catalogueItem(itemId);
              const text = item.text[language];
              const domId = domIdFor(itemId);
              const applies = applicability(item.actor, municipality.id, workspace.cooperation);
              const status = entries.get(itemId)?.status ?? 'notStarted';
              const options = QUICK_STATUSES.includes(status) ? QUICK_STATUSES : [...QUICK_STATUSES, status];
              return (
                <li key={itemId} className="nks-on-call__item">
                  <p id={`${domId}-text`} className="nks-on-call__text">
                    {text}
                  </p>
                  {applies.applies ? (
                    <div className="nks-on-call__status">
                      <label id={`${domId}-label`} htmlFor={`${domId}-status`}>
                        {texts.statusLabel}
                      </label>
                      <select
                        id={`${domId}-status`}
                        aria-labelledby={`${domId}-label ${domId}-text`}
                        value={status}
                        disabled={readOnly}
                        onChange={(event) => void changeStatus(itemId, text, event.target.value as ItemStatus)}
                      >
                        {options.map((s) => (
                          <option key={s} value={s}>
                            {domain.status[s]}
                          </option>
                        ))}
                      </select>
                    </div>
                  ) : (
                    <p className="muted">{domain.coverReason[applies.reason](hostName(applies.coveredBy))}</p>
                  )}
                </li>
              );
            })}
          </ul>
          {phoneCover.applies ? (
            <form
              noValidate
              className="nks-on-call__phone"
              onSubmit={(event) => {
                event.preventDefault();
                void savePhone();
              }}
            >
              <Field
                id="nks-on-call-phone"
                label={texts.onCallPhone}
                hint={texts.onCallPhoneHint}
                value={phone}
                onChange={setPhone}
                autoComplete="tel"
                disabled={readOnly}
              />
              <div className="actions">
                <button type="submit" className="button" disabled={readOnly || busy}>
                  {texts.savePhone}
                </button>
              </div>
            </form>
          ) : (
            <HostPhone workspace={workspace} hostId={phoneCover.coveredBy} />
          )}
        </>
      )}
    </section>
  );
}

/** A partner's on-call phone is the shared NAV office's, kept at the host. */
function HostPhone({ workspace, hostId }: { workspace: Workspace; hostId: string }) {
  const texts = useTexts(emergencyTexts).nks;
  const host = workspace.municipalities.find((m) => m.id === hostId);
  if (!host) return null;
  return <p>{host.onCallPhone ? texts.hostPhone(host.name, host.onCallPhone) : texts.hostPhoneMissing(host.name)}</p>;
}
