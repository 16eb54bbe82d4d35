import { parseNorwegianDate, formatDate } from '../format/date';
import { parseWholeNumber } from '../format/number';
import { isValidOrgNumber, normalizeOrgNumber } from './org-number';
import type { Municipality } from '../schema/workspace';

/** The fields of the municipality form, in the order they are shown. */
export const MUNICIPALITY_FIELDS = [
  'name',
  'number',
  'orgNumber',
  'inhabitants',
  'inhabitantsDate',
  'navUnit',
] as const;
export type MunicipalityField = (typeof MUNICIPALITY_FIELDS)[number];

/** What the user typed, field by field, before any parsing. */
export type MunicipalityForm = Record<MunicipalityField, string>;

export const MAX_INHABITANTS = 10_000_000;
export const MAX_NAME_LENGTH = 100;
export const MAX_NAV_UNIT_LENGTH = 120;

/** Why a field was refused; the renderer turns each code into a sentence. */
export type FieldError =
  | 'required'
  | 'tooLong'
  | 'number.format'
  | 'number.duplicate'
  | 'orgNumber.format'
  | 'orgNumber.checksum'
  | 'orgNumber.duplicate'
  | 'inhabitants.notWhole'
  | 'inhabitants.negative'
  | 'inhabitants.zero'
  | 'inhabitants.tooLarge'
  | 'date.format'
  | 'date.impossible'
  | 'date.future';

export type FieldErrors = Partial<Record<MunicipalityField, FieldError>>;

/** A municipality's own facts, parsed and checked. */
export type MunicipalityFacts = Pick<
  Municipality,
  'name' | 'number' | 'orgNumber' | 'inhabitants' | 'inhabitantsDate' | 'navUnit'
>;

export type FormResult = { ok: true; value: MunicipalityFacts } | { ok: false; errors: FieldErrors };

export interface FormContext {
  /** Today, as an ISO date: the inhabitant figure cannot be dated in the future. */
  today: string;
  /** The other municipalities of the workspace (not the one being edited). */
  others: readonly Pick<Municipality, 'number' | 'orgNumber'>[];
}

export const EMPTY_MUNICIPALITY_FORM: MunicipalityForm = {
  name: '',
  number: '',
  orgNumber: '',
  inhabitants: '',
  inhabitantsDate: '',
  navUnit: '',
};

/** The form filled in from a stored municipality, for editing. */
export function formFromMunicipality(m: MunicipalityFacts): MunicipalityForm {
  return {
    name: m.name,
    number: m.number,
    orgNumber: m.orgNumber,
    inhabitants: String(m.inhabitants),
    inhabitantsDate: formatDate(m.inhabitantsDate),
    navUnit: m.navUnit,
  };
}

/**
 * Checks every field of the form at once, so the user sees every problem next to its field.
 * Only a form with no errors yields facts to save: nothing is ever saved half.
 */
export function validateMunicipalityForm(form: MunicipalityForm, context: FormContext): FormResult {
  const errors: FieldErrors = {};

  const name = form.name.trim();
  if (name === '') errors.name = 'required';
  else if (name.length > MAX_NAME_LENGTH) errors.name = 'tooLong';

  const number = form.number.trim();
  if (number === '') errors.number = 'required';
  else if (!/^\d{4}$/.test(number)) errors.number = 'number.format';
  else if (context.others.some((o) => o.number === number)) errors.number = 'number.duplicate';

  const orgNumber = normalizeOrgNumber(form.orgNumber);
  if (orgNumber === '') errors.orgNumber = 'required';
  else if (!/^\d{9}$/.test(orgNumber)) errors.orgNumber = 'orgNumber.format';
  else if (!isValidOrgNumber(orgNumber)) errors.orgNumber = 'orgNumber.checksum';
  else if (context.others.some((o) => o.orgNumber === orgNumber)) errors.orgNumber = 'orgNumber.duplicate';

  let inhabitants = 0;
  const parsedInhabitants = parseWholeNumber(form.inhabitants);
  if (!parsedInhabitants.ok) {
    errors.inhabitants = (
      {
        'integer.required': 'required',
        'integer.notWhole': 'inhabitants.notWhole',
        'integer.negative': 'inhabitants.negative',
      } as const
    )[parsedInhabitants.error];
  } else if (parsedInhabitants.value === 0) errors.inhabitants = 'inhabitants.zero';
  else if (parsedInhabitants.value > MAX_INHABITANTS) errors.inhabitants = 'inhabitants.tooLarge';
  else inhabitants = parsedInhabitants.value;

  let inhabitantsDate = '';
  const parsedDate = parseNorwegianDate(form.inhabitantsDate);
  if (!parsedDate.ok) {
    errors.inhabitantsDate = parsedDate.error === 'date.required' ? 'required' : parsedDate.error;
  } else if (parsedDate.iso > context.today) errors.inhabitantsDate = 'date.future';
  else inhabitantsDate = parsedDate.iso;

  const navUnit = form.navUnit.trim();
  if (navUnit === '') errors.navUnit = 'required';
  else if (navUnit.length > MAX_NAV_UNIT_LENGTH) errors.navUnit = 'tooLong';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { name, number, orgNumber, inhabitants, inhabitantsDate, navUnit } };
}
