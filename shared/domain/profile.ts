import { ROLE_IDS, type RoleId } from '../catalogue/types';
import { parseNorwegianDate, type DateParseError } from '../format/date';
import { CASE_SYSTEM_UPGRADES, type CapabilityState, type CaseSystemUpgrade } from '../schema/enums';
import type { Contact, Municipality } from '../schema/workspace';

/** The profile beyond the municipality's facts, as typed. */
export interface ProfileForm {
  vendorName: string;
  vendorProduct: string;
  /** `dd.mm.åååå`, or empty for "not planned yet". */
  plannedConnectionDate: string;
  batch: string;
  caseSystemUpgrade: CaseSystemUpgrade;
}

export type ProfileField = keyof ProfileForm;
export type ProfileError = 'tooLong' | 'date.format' | 'date.impossible';

export type ProfileFacts = Pick<Municipality, 'vendor' | 'plannedConnectionDate' | 'batch' | 'caseSystemUpgrade'>;

/** An optional date field: empty is null, anything else must be a real date. */
export function parseOptionalDate(
  input: string,
): { ok: true; iso: string | null } | { ok: false; error: Exclude<DateParseError, 'date.required'> } {
  if (input.trim() === '') return { ok: true, iso: null };
  const parsed = parseNorwegianDate(input);
  if (parsed.ok) return parsed;
  return { ok: false, error: parsed.error === 'date.required' ? 'date.format' : parsed.error };
}

export function profileFormFrom(m: Municipality, formatDate: (iso: string) => string): ProfileForm {
  return {
    vendorName: m.vendor.name,
    vendorProduct: m.vendor.product,
    plannedConnectionDate: m.plannedConnectionDate ? formatDate(m.plannedConnectionDate) : '',
    batch: m.batch,
    caseSystemUpgrade: m.caseSystemUpgrade,
  };
}

/** Checks the profile form; every problem at once, and nothing saved unless all is right. */
export function validateProfileForm(
  form: ProfileForm,
): { ok: true; value: ProfileFacts } | { ok: false; errors: Partial<Record<ProfileField, ProfileError>> } {
  const errors: Partial<Record<ProfileField, ProfileError>> = {};
  if (form.vendorName.trim().length > 200) errors.vendorName = 'tooLong';
  if (form.vendorProduct.trim().length > 200) errors.vendorProduct = 'tooLong';
  if (form.batch.trim().length > 100) errors.batch = 'tooLong';
  const date = parseOptionalDate(form.plannedConnectionDate);
  if (!date.ok) errors.plannedConnectionDate = date.error;
  if (!CASE_SYSTEM_UPGRADES.includes(form.caseSystemUpgrade)) errors.caseSystemUpgrade = 'tooLong';
  if (Object.keys(errors).length > 0 || !date.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      vendor: { name: form.vendorName.trim(), product: form.vendorProduct.trim() },
      plannedConnectionDate: date.iso,
      batch: form.batch.trim(),
      caseSystemUpgrade: form.caseSystemUpgrade,
    },
  };
}

export type ContactError = 'required' | 'email' | 'tooLong';

/** A contact as typed. */
export interface ContactForm {
  role: RoleId;
  name: string;
  email: string;
  phone: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks a list of contacts; errors are keyed `<index>.<field>`. */
export function validateContacts(
  forms: readonly ContactForm[],
): { ok: true; value: Contact[] } | { ok: false; errors: Record<string, ContactError> } {
  const errors: Record<string, ContactError> = {};
  const value: Contact[] = [];
  forms.forEach((form, index) => {
    const name = form.name.trim();
    const email = form.email.trim();
    const phone = form.phone.trim();
    if (name === '') errors[`${index}.name`] = 'required';
    else if (name.length > 200) errors[`${index}.name`] = 'tooLong';
    if (email !== '' && !EMAIL.test(email)) errors[`${index}.email`] = 'email';
    if (phone.length > 50) errors[`${index}.phone`] = 'tooLong';
    if (!ROLE_IDS.includes(form.role)) errors[`${index}.role`] = 'required';
    value.push({ role: form.role, name, email, phone });
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value };
}

/** A capability's state with the date it began, as typed. */
export function validateCapability(
  state: CapabilityState,
  since: string,
): { ok: true; value: { state: CapabilityState; since: string | null } } | { ok: false; error: ProfileError } {
  const date = parseOptionalDate(since);
  if (!date.ok) return { ok: false, error: date.error };
  return { ok: true, value: { state, since: state === 'notStarted' ? null : date.iso } };
}
