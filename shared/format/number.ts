/** Norwegian number formats: thousands grouped by a no-break space, decimal comma. */

const NBSP = '\u00a0';

/** `6300` → `6 300` (with a no-break space, so the figure never wraps). */
export function formatInteger(value: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(value)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

export type IntegerParseError = 'integer.required' | 'integer.notWhole' | 'integer.negative';

/** Parses a whole number typed with or without thousands separators (`6 300`, `6300`). */
export function parseWholeNumber(input: string): { ok: true; value: number } | { ok: false; error: IntegerParseError } {
  const text = input.replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return { ok: false, error: 'integer.required' };
  if (/^-\d+$/.test(text)) return { ok: false, error: 'integer.negative' };
  if (!/^\d+$/.test(text)) return { ok: false, error: 'integer.notWhole' };
  const value = Number(text);
  if (!Number.isSafeInteger(value)) return { ok: false, error: 'integer.notWhole' };
  return { ok: true, value };
}
