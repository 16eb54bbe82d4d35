import { describe, expect, it } from 'vitest';
import {
  formFromMunicipality,
  validateMunicipalityForm,
  type MunicipalityForm,
} from '../../../shared/domain/municipality';
import { bergenForm } from '../../support/fixtures';

const context = { today: '2026-11-23', others: [] };
const withField = (patch: Partial<MunicipalityForm>): MunicipalityForm => ({ ...bergenForm, ...patch });

describe('the municipality form', () => {
  it('turns a well-filled form into clean facts', () => {
    expect(validateMunicipalityForm(bergenForm, context)).toEqual({
      ok: true,
      value: {
        name: 'Bergen kommune',
        number: '4601',
        orgNumber: '964338531',
        inhabitants: 291940,
        inhabitantsDate: '2025-01-01',
        navUnit: 'NAV Bergenhus',
      },
    });
  });

  it.each<[string, Partial<MunicipalityForm>, string, string]>([
    ['an empty name', { name: '   ' }, 'name', 'required'],
    ['a very long name', { name: 'x'.repeat(101) }, 'name', 'tooLong'],
    ['a three-digit municipality number', { number: '301' }, 'number', 'number.format'],
    ['an org number with eight digits', { orgNumber: '96433853' }, 'orgNumber', 'orgNumber.format'],
    ['an org number failing mod-11', { orgNumber: '964338532' }, 'orgNumber', 'orgNumber.checksum'],
    ['a negative population', { inhabitants: '-5' }, 'inhabitants', 'inhabitants.negative'],
    ['a population of zero', { inhabitants: '0' }, 'inhabitants', 'inhabitants.zero'],
    ['a decimal population', { inhabitants: '12,5' }, 'inhabitants', 'inhabitants.notWhole'],
    ['an absurd population', { inhabitants: '12 000 000' }, 'inhabitants', 'inhabitants.tooLarge'],
    ['an impossible date', { inhabitantsDate: '31.02.2025' }, 'inhabitantsDate', 'date.impossible'],
    ['a date in ISO form', { inhabitantsDate: '2025-01-01' }, 'inhabitantsDate', 'date.format'],
    ['a date in the future', { inhabitantsDate: '24.11.2026' }, 'inhabitantsDate', 'date.future'],
    ['no NAV unit', { navUnit: '' }, 'navUnit', 'required'],
  ])('refuses %s, next to the field', (_case, patch, field, error) => {
    const result = validateMunicipalityForm(withField(patch), context);
    expect(result).toEqual({ ok: false, errors: { [field]: error } });
  });

  it('reports every wrong field at once', () => {
    const result = validateMunicipalityForm(
      { name: '', number: 'abcd', orgNumber: '123', inhabitants: '-1', inhabitantsDate: '30.02.2020', navUnit: '' },
      context,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(Object.keys(result.errors).sort()).toEqual([
        'inhabitants',
        'inhabitantsDate',
        'name',
        'navUnit',
        'number',
        'orgNumber',
      ]);
  });

  it('refuses a second municipality with the same number or org number', () => {
    const others = [{ number: '4601', orgNumber: '964338531' }];
    expect(validateMunicipalityForm(bergenForm, { today: '2026-11-23', others })).toEqual({
      ok: false,
      errors: { number: 'number.duplicate', orgNumber: 'orgNumber.duplicate' },
    });
  });

  it('fills the form back from stored facts, dates the Norwegian way', () => {
    const checked = validateMunicipalityForm(bergenForm, context);
    if (!checked.ok) throw new Error('fixture should be valid');
    expect(formFromMunicipality(checked.value)).toEqual({
      ...bergenForm,
      orgNumber: '964338531',
      inhabitants: '291940',
    });
  });
});
