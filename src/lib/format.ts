// One formatter per unit, for every locale: Korean as the sources write numbers (1조 1,081억원, 2.6만명),
// English as a person writes amounts (KRW 1,108.1 billion, KRW 300 million), in one scale within a table.
// Money is exact decimal arithmetic on the digits, so a figure never shows fewer significant digits than
// its source.
import type { Locale } from '../schemas/common.ts';
import type { FigurePeriod, Unit } from '../schemas/figure.ts';
import { t, tCount } from './i18n.ts';

/** `value / 10^power` written exactly in decimal, e.g. shiftDecimal(30790000000, 9) → "30.79". */
export function shiftDecimal(value: number, power: number): string {
  const digits = Math.round(value).toString().padStart(power + 1, '0');
  const whole = digits.slice(0, digits.length - power);
  const fraction = digits.slice(digits.length - power).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** Thousands separators on the whole part of a decimal string: "11081.5" → "11,081.5". */
export function groupDigits(decimal: string): string {
  const [whole, fraction] = decimal.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** A plain number, grouped: 30144 → "30,144", 82.2 → "82.2". */
export function formatNumber(value: number): string {
  return groupDigits(String(value));
}

/** Won in Korean units as the sources write them: 1조 1,081억원, 307.9억원, 3,000만원. */
export function formatWonKo(won: number): string {
  if (won >= 1e12) {
    const jo = Math.floor(won / 1e12);
    const rest = won - jo * 1e12;
    return rest === 0 ? `${groupDigits(String(jo))}조원` : `${groupDigits(String(jo))}조 ${groupDigits(shiftDecimal(rest, 8))}억원`;
  }
  if (won >= 1e8) return `${groupDigits(shiftDecimal(won, 8))}억원`;
  if (won >= 1e4) return `${groupDigits(shiftDecimal(won, 4))}만원`;
  return `${formatNumber(won)}원`;
}

/** English money scales: billions from 1 billion up (also beyond a trillion, as English amounts are
 *  usually written: KRW 1,108.1 billion), millions from 1 million up, plain won below. */
export type WonScale = 'billion' | 'million' | 'won';
const scalePower: Record<WonScale, number> = { billion: 9, million: 6, won: 0 };

/** The one English scale for a set of amounts (e.g. a table's): the scale of the largest. */
export function wonScale(values: Iterable<number>): WonScale {
  const largest = Math.max(0, ...values);
  return largest >= 1e9 ? 'billion' : largest >= 1e6 ? 'million' : 'won';
}

/** Won in English, exact, in the amount's own scale or a given one: KRW 1,108.1 billion, KRW 0.2 billion. */
export function formatWonEn(won: number, scale: WonScale = wonScale([won])): string {
  const amount = groupDigits(shiftDecimal(won, scalePower[scale]));
  return scale === 'won' ? `KRW ${amount}` : `KRW ${amount} ${scale}`;
}

/** A count in Korean: round thousands from 10,000 up in 만 (2.6만, 3만), as the sources do; else grouped. */
export function formatCountKo(value: number): string {
  if (value >= 1e4 && value % 1000 === 0) return `${shiftDecimal(value, 4)}만`;
  return formatNumber(value);
}

/** The figure's value with its unit, in the page's language; `scale` sets the English money scale (a table's). */
export function formatFigure(figure: { value: number; unit: Unit }, locale: Locale, scale?: WonScale): string {
  const { value, unit } = figure;
  if (unit === 'won') return locale === 'ko' ? formatWonKo(value) : formatWonEn(value, scale);
  const n = locale === 'ko' ? formatCountKo(value) : formatNumber(value);
  return tCount(locale, `unit.${unit}`, value, { n });
}

/** When a figure's value is for: `2023`; a multi-year amount's period (`2023~2031년`, `2023–2031`); or a project's total. */
export function formatFigurePeriod(figure: { year?: number; period?: FigurePeriod }, locale: Locale): string {
  if (figure.year !== undefined) return String(figure.year);
  if (figure.period === 'project' || !figure.period) return t(locale, 'figure.period.project');
  return t(locale, 'figure.period.range', { start: figure.period.start, end: figure.period.end });
}

/** A file size for people: 106,016 bytes → "106KB" (ko), "106 kB" (en). */
export function formatFileSize(bytes: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: bytes < 10_000 ? 1 : 0 }).format(bytes / 1000);
}

/** A `YYYY-MM` date as each language writes it: `2019. 12.` in Korean, `December 2019` in English. */
export function formatYearMonth(value: string, locale: Locale): string {
  const [year, month] = value.split('-');
  if (locale === 'ko') return `${year}. ${month}.`;
  return englishMonth.format(new Date(Date.UTC(Number(year), Number(month) - 1)));
}

/** A document's date as precise as it is given (`2023`, `2022-01`, `2022-01-27`): `2022. 1. 27.` / `27 January 2022`. */
export function formatDocumentDate(value: string, locale: Locale): string {
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  if (month === undefined) return locale === 'ko' ? `${year}년` : String(year);
  if (day === undefined) return formatYearMonth(value, locale);
  if (locale === 'ko') return `${year}. ${month}. ${day}.`;
  return englishDate.format(new Date(Date.UTC(year, month - 1, day)));
}

// Made once: a formatter per call cost more than the rest of the footer, which every page has.
const englishDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const englishMonth = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
