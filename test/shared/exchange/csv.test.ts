import { describe, expect, it } from 'vitest';
import { csvDecimal, toCsv } from '../../../shared/exchange/csv';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('spreadsheet files for Norwegian Excel', () => {
  it('starts with the UTF-8 byte order mark, so Excel reads æøå right', () => {
    const file = bytes(toCsv([['Kommune'], ['Bærum kommune']]));
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.subarray(3).toString('utf8')).toBe('Kommune\r\nBærum kommune\r\n');
  });

  it('separates fields with semicolons and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
      ]),
    ).toBe('\uFEFFa;b;c\r\nd;e;f\r\n');
  });

  it('quotes a field only when it holds a semicolon, a quote or a line break, doubling the quotes', () => {
    const csv = toCsv([['Tiltak; del 1', 'Sa «ja» og "nei"', 'linje 1\nlinje 2', 'vogn\rretur', 'vanlig tekst']]);
    expect(csv).toBe('\uFEFF"Tiltak; del 1";"Sa «ja» og ""nei""";"linje 1\nlinje 2";"vogn\rretur";vanlig tekst\r\n');
  });

  it('writes numbers with decimal comma and no thousands separator', () => {
    expect(toCsv([[8.6, 6300, 1234567.25, -0.5, 0]])).toBe('\uFEFF8,6;6300;1234567,25;-0,5;0\r\n');
  });

  it('leaves empty cells empty, null included', () => {
    expect(toCsv([['a', null, '', 'd']])).toBe('\uFEFFa;;;d\r\n');
  });

  it('keeps æ, ø and å as they are, in UTF-8', () => {
    const file = bytes(toCsv([['Årdal', 'Fræna', 'Øygarden']]));
    expect(file.toString('utf8')).toBe('\uFEFFÅrdal;Fræna;Øygarden\r\n');
    // Å is two bytes in UTF-8 (C3 85), not one as in Windows-1252.
    expect([...file.subarray(3, 5)]).toEqual([0xc3, 0x85]);
  });

  it('rounds decimals to the digits asked for, with decimal comma', () => {
    expect(csvDecimal(8.64, 1)).toBe('8,6');
    expect(csvDecimal(100 / 3, 1)).toBe('33,3');
    expect(csvDecimal(50, 1)).toBe('50,0');
    expect(csvDecimal(2.5, 0)).toBe('3');
    expect(csvDecimal(Number.NaN, 1)).toBe('');
  });

  it('writes only a BOM for no rows at all', () => {
    expect(toCsv([])).toBe('\uFEFF');
  });

  it('keeps a note that looks like a formula from running in Excel, but leaves negative numbers alone', () => {
    const text = toCsv([['=HYPERLINK("http://x")', '+47 22 00 00 00', '@SUM(A1)', '-1,5', -2, 'Vanlig']]);
    expect(text.slice(1)).toBe(`"'=HYPERLINK(""http://x"")";'+47 22 00 00 00;'@SUM(A1);-1,5;-2;Vanlig\r\n`);
  });
});
