import { useState, type FormEvent } from 'react';
import { roleInfo } from '../../../shared/catalogue/roles';
import { ROLE_IDS, type RoleId } from '../../../shared/catalogue/types';
import { profileFormFrom, type ContactForm, type ProfileForm } from '../../../shared/domain/profile';
import { formatDate } from '../../../shared/format/date';
import {
  CAPABILITIES,
  CAPABILITY_STATES,
  CASE_SYSTEM_UPGRADES,
  type Capability,
  type CapabilityState,
  type CaseSystemUpgrade,
} from '../../../shared/schema/enums';
import type { Municipality } from '../../../shared/schema/workspace';
import { Field } from '../../components/Field';
import { useLanguage, useTexts } from '../../i18n';
import { domainTexts } from '../../i18n/domain';
import { useAppStore } from '../../store/app-store';
import { profileTexts } from './texts';

type ErrorKey = keyof (typeof profileTexts)['nb']['errors'];

/** Everything about a municipality beyond its facts: plan, vendor, contacts, capabilities. */
export function MunicipalityProfile({ municipality, onClose }: { municipality: Municipality; onClose: () => void }) {
  const t = useTexts(profileTexts);
  return (
    <section className="card profile" aria-labelledby="profile-title">
      <div className="view-header">
        <h2 id="profile-title">{t.profile.title(municipality.name)}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t.profile.close}
        </button>
      </div>
      <PlanForm municipality={municipality} />
      <ContactsForm municipality={municipality} />
      <Capabilities municipality={municipality} />
    </section>
  );
}

function PlanForm({ municipality }: { municipality: Municipality }) {
  const t = useTexts(profileTexts);
  const d = useTexts(domainTexts);
  const updateProfile = useAppStore((s) => s.updateProfile);
  const announce = useAppStore((s) => s.announce);
  const readOnly = useAppStore((s) => s.readOnly);
  const [form, setForm] = useState<ProfileForm>(() => profileFormFrom(municipality, formatDate));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (field: keyof ProfileForm) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const error = (field: string) => {
    const code = errors[field] as ErrorKey | undefined;
    return code ? t.errors[code] : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await updateProfile({ id: municipality.id, profile: form });
    if (result.ok) {
      setErrors({});
      announce(t.profile.saved);
    } else if (result.error.code === 'validation') setErrors(result.error.fieldErrors ?? {});
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="profile-plan-title">
      <h3 id="profile-plan-title">{t.profile.planTitle}</h3>
      <div className="form-grid">
        <Field
          id="profile-plannedConnectionDate"
          label={t.profile.plannedConnectionDate}
          hint={t.profile.plannedConnectionDateHint}
          value={form.plannedConnectionDate}
          onChange={set('plannedConnectionDate')}
          error={error('plannedConnectionDate')}
          disabled={readOnly}
        />
        <Field
          id="profile-batch"
          label={t.profile.batch}
          hint={t.profile.batchHint}
          value={form.batch}
          onChange={set('batch')}
          error={error('batch')}
          disabled={readOnly}
        />
        <Field
          id="profile-vendorName"
          label={t.profile.vendorName}
          value={form.vendorName}
          onChange={set('vendorName')}
          error={error('vendorName')}
          disabled={readOnly}
        />
        <Field
          id="profile-vendorProduct"
          label={t.profile.vendorProduct}
          value={form.vendorProduct}
          onChange={set('vendorProduct')}
          error={error('vendorProduct')}
          disabled={readOnly}
        />
        <div className="field">
          <label htmlFor="profile-caseSystemUpgrade">{t.profile.caseSystemUpgrade}</label>
          <p id="profile-caseSystemUpgrade-hint" className="field__hint">
            {t.profile.caseSystemUpgradeHint}
          </p>
          <select
            id="profile-caseSystemUpgrade"
            aria-describedby="profile-caseSystemUpgrade-hint"
            value={form.caseSystemUpgrade}
            disabled={readOnly}
            onChange={(e) => setForm((f) => ({ ...f, caseSystemUpgrade: e.target.value as CaseSystemUpgrade }))}
          >
            {CASE_SYSTEM_UPGRADES.map((u) => (
              <option key={u} value={u}>
                {d.caseSystemUpgrade[u]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={readOnly}>
          {t.profile.save}
        </button>
      </div>
    </form>
  );
}

function ContactsForm({ municipality }: { municipality: Municipality }) {
  const t = useTexts(profileTexts).contacts;
  const language = useLanguage();
  const setContacts = useAppStore((s) => s.setContacts);
  const announce = useAppStore((s) => s.announce);
  const readOnly = useAppStore((s) => s.readOnly);
  const [contacts, setList] = useState<ContactForm[]>(() => municipality.contacts.map((c) => ({ ...c })));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const update = (index: number, patch: Partial<ContactForm>) =>
    setList((list) => list.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  const error = (key: string) => {
    const code = errors[key] as keyof typeof t.errors | undefined;
    return code ? t.errors[code] : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await setContacts({ id: municipality.id, contacts });
    if (result.ok) {
      setErrors({});
      announce(t.saved);
    } else if (result.error.code === 'validation') setErrors(result.error.fieldErrors ?? {});
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="profile-contacts-title">
      <h3 id="profile-contacts-title">{t.title}</h3>
      <p className="field__hint">{t.lead}</p>
      {contacts.length === 0 ? <p className="muted">{t.none}</p> : null}
      {contacts.map((contact, index) => {
        const n = index + 1;
        const id = `contact-${index}`;
        return (
          <fieldset key={index} className="contact">
            <legend>{t.person(n)}</legend>
            <div className="form-grid">
              <div className="field">
                <label htmlFor={`${id}-role`}>{t.role}</label>
                <select
                  id={`${id}-role`}
                  value={contact.role}
                  disabled={readOnly}
                  onChange={(e) => update(index, { role: e.target.value as RoleId })}
                >
                  {ROLE_IDS.map((role) => (
                    <option key={role} value={role}>
                      {roleInfo(role).title[language]}
                    </option>
                  ))}
                </select>
              </div>
              <Field
                id={`${id}-name`}
                label={t.name}
                value={contact.name}
                onChange={(v) => update(index, { name: v })}
                error={error(`${index}.name`)}
                disabled={readOnly}
                autoComplete="name"
              />
              <Field
                id={`${id}-email`}
                label={t.email}
                value={contact.email}
                onChange={(v) => update(index, { email: v })}
                error={error(`${index}.email`)}
                disabled={readOnly}
                autoComplete="email"
              />
              <Field
                id={`${id}-phone`}
                label={t.phone}
                value={contact.phone}
                onChange={(v) => update(index, { phone: v })}
                error={error(`${index}.phone`)}
                disabled={readOnly}
                autoComplete="tel"
              />
            </div>
            <button
              type="button"
              className="button button--quiet"
              disabled={readOnly}
              onClick={() => setList((list) => list.filter((_, i) => i !== index))}
            >
              {t.remove(n)}
            </button>
          </fieldset>
        );
      })}
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={readOnly}
          onClick={() => setList((list) => [...list, { role: 'navManagement', name: '', email: '', phone: '' }])}
        >
          {t.add}
        </button>
        <button type="submit" className="button button--primary" disabled={readOnly}>
          {t.save}
        </button>
      </div>
    </form>
  );
}

function Capabilities({ municipality }: { municipality: Municipality }) {
  const t = useTexts(profileTexts).capabilities;
  return (
    <section aria-labelledby="profile-capabilities-title">
      <h3 id="profile-capabilities-title">{t.title}</h3>
      <p className="field__hint">{t.lead}</p>
      <div className="capabilities">
        {CAPABILITIES.map((capability) => (
          <CapabilityForm key={capability} municipality={municipality} capability={capability} />
        ))}
      </div>
    </section>
  );
}

function CapabilityForm({ municipality, capability }: { municipality: Municipality; capability: Capability }) {
  const texts = useTexts(profileTexts);
  const t = texts.capabilities;
  const d = useTexts(domainTexts);
  const setCapability = useAppStore((s) => s.setCapability);
  const announce = useAppStore((s) => s.announce);
  const readOnly = useAppStore((s) => s.readOnly);
  const current = municipality.capabilities[capability];
  const [state, setState] = useState<CapabilityState>(current.state);
  const [since, setSince] = useState(current.since ? formatDate(current.since) : '');
  const [error, setError] = useState<ErrorKey | null>(null);
  const name = d.capability[capability];
  const id = `capability-${capability}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await setCapability({ id: municipality.id, capability, state, since });
    if (result.ok) {
      setError(null);
      announce(t.saved(name));
    } else if (result.error.code === 'validation')
      setError((result.error.fieldErrors?.since as ErrorKey) ?? 'date.format');
  };

  return (
    <form className="capability" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset>
        <legend>{name}</legend>
        <div className="field">
          <label htmlFor={`${id}-state`}>{t.state}</label>
          <select
            id={`${id}-state`}
            value={state}
            disabled={readOnly}
            onChange={(e) => setState(e.target.value as CapabilityState)}
          >
            {CAPABILITY_STATES.map((s) => (
              <option key={s} value={s}>
                {d.capabilityState[s]}
              </option>
            ))}
          </select>
        </div>
        {state === 'notStarted' ? null : (
          <Field
            id={`${id}-since`}
            label={t.since}
            hint={t.sinceHint}
            value={since}
            onChange={setSince}
            error={error ? texts.errors[error] : undefined}
            disabled={readOnly}
          />
        )}
        <button type="submit" className="button" disabled={readOnly}>
          {t.save(name)}
        </button>
      </fieldset>
    </form>
  );
}
