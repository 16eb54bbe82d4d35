/**
 * Spreadsheet files as Norwegian Excel opens them by double-click: UTF-8 with a byte order
 * mark (without it Excel reads æøå as Windows-1252), semicolon as separator (the comma is the
 * decimal sign), CRLF line ends, and fields quoted only when they must be (RFC 4180).
 */

export type CsvCell = string | number | null;

const BOM = '\uFEFF';
const SEPARATOR = ';';
const NEEDS_QUOTES = /[;"\r\n]/;

/** A number with decimal comma and no thousands separator: `8.6` → `8,6`, `6300` → `6300`. */
function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  return String(value).replace('.', ',');
}

/** A number rounded to `digits` decimals, written with decimal comma: `csvDecimal(8.64, 1)` → `8,6`. */
export function csvDecimal(value: number, digits: number): string {
  if (!Number.isFinite(value)) return '';
  return value.toFixed(digits).replace('.', ',');
}

/**
 * Text that Excel would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading
 * apostrophe, which Excel shows as plain text: a note typed on a colleague's laptop must not
 * become a formula on ours. Negative numbers written as text (`-1,5`) are left alone.
 */
function defused(text: string): string {
  if (/^-\d+(,\d+)?$/.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? csvNumber(cell) : defused(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, then every row ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(SEPARATOR) + '\r\n').join('');
}
