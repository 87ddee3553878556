// CSV as spreadsheets read it (RFC 4180): CRLF line ends, fields quoted only when they must be, and a UTF-8
// byte-order mark first so that Excel opens Korean text as UTF-8 instead of the local code page.

export type CsvValue = string | number | undefined;

/** The UTF-8 byte-order mark, as the first character of the text. */
export const BOM = '\uFEFF';

/** One field: quoted when it holds a comma, a quote or a line break; quotes inside are doubled. */
export function csvField(value: CsvValue): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV file: BOM, header row, one row per record. */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
