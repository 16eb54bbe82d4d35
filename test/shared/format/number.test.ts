import { describe, expect, it } from 'vitest';
import { formatInteger, parseWholeNumber } from '../../../shared/format/number';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('whole numbers', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [6300, '6 300'],
    [291940, '291 940'],
    [5964048, '5 964 048'],
    [-55000, '-55 000'],
  ])('formats %d as %s with no-break spaces', (value, text) => {
    expect(plain(formatInteger(value))).toBe(text);
    expect(formatInteger(value)).not.toContain(' ');
  });

  it.each([
    ['6 300', 6300],
    ['6300', 6300],
    ['6\u00a0300', 6300],
  ])('reads %j as %d', (input, value) => {
    expect(parseWholeNumber(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'integer.required'],
    ['-5', 'integer.negative'],
    ['6,5', 'integer.notWhole'],
    ['abc', 'integer.notWhole'],
    ['1e5', 'integer.notWhole'],
    ['99999999999999999999', 'integer.notWhole'],
  ])('refuses %j with %s', (input, error) => {
    expect(parseWholeNumber(input)).toEqual({ ok: false, error });
  });
});
