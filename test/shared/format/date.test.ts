import { describe, expect, it } from 'vitest';
import { formatDate, isIsoDate, parseNorwegianDate } from '../../../shared/format/date';

describe('dates typed the Norwegian way', () => {
  it.each([
    ['05.06.2026', '2026-06-05'],
    ['5.6.2026', '2026-06-05'],
    [' 01.01.2025 ', '2025-01-01'],
    ['29.02.2024', '2024-02-29'],
  ])('reads %s as %s', (input, iso) => {
    expect(parseNorwegianDate(input)).toEqual({ ok: true, iso });
  });

  it.each([
    ['', 'date.required'],
    ['2026-06-05', 'date.format'],
    ['5/6/2026', 'date.format'],
    ['05.06.26', 'date.format'],
    ['31.02.2026', 'date.impossible'],
    ['29.02.2025', 'date.impossible'],
    ['29.02.1900', 'date.impossible'],
    ['00.01.2026', 'date.impossible'],
    ['12.13.2026', 'date.impossible'],
  ])('refuses %j with %s', (input, error) => {
    expect(parseNorwegianDate(input)).toEqual({ ok: false, error });
  });

  it('shows ISO dates as dd.mm.åååå', () => {
    expect(formatDate('2026-06-05')).toBe('05.06.2026');
    expect(formatDate('2026-11-23T10:00:00.000Z')).toBe('23.11.2026');
  });

  it('knows which ISO dates exist', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
  });
});
