/** Dates are ISO strings (`2026-06-05`) in data and `05.06.2026` for people. */

export type DateParseError = 'date.required' | 'date.format' | 'date.impossible';

export type DateParseResult = { ok: true; iso: string } | { ok: false; error: DateParseError };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NORWEGIAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** True when year, month and day name a day that exists in the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for an ISO calendar date (`YYYY-MM-DD`) that exists: `2026-02-30` is false. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  return isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Parses a date typed the Norwegian way (`5.6.2026` or `05.06.2026`) into an ISO date. */
export function parseNorwegianDate(input: string): DateParseResult {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'date.required' };
  const match = NORWEGIAN_DATE.exec(text);
  if (!match) return { ok: false, error: 'date.format' };
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  if (!isRealDate(year, month, day)) return { ok: false, error: 'date.impossible' };
  return { ok: true, iso: `${year}-${pad2(month)}-${pad2(day)}` };
}

/** Formats an ISO date (or the date part of an ISO timestamp) as `dd.mm.åååå`. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${match[3]}.${match[2]}.${match[1]}`;
}

/** Formats an ISO timestamp as `dd.mm.åååå kl. tt.mm` in the given time zone offset-free local time. */
export function formatDateTime(date: Date): string {
  return `${pad2(date.getDate())}.${pad2(date.getMonth() + 1)}.${date.getFullYear()} kl. ${pad2(date.getHours())}.${pad2(date.getMinutes())}`;
}

/** The local calendar date of a moment, as an ISO date. */
export function toIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
