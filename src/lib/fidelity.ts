// Ties every figure to its source: the quote stands in the document, `says` names the words of the quote that
// state this number, and value, unit and year are exactly what those words and the document can state.
import { readAmounts, readUnit, unitsOfCounter, type Amount } from './korean-amount.ts';
import type { DatedStatement, Figure } from '../schemas/figure.ts';

/** Text with all white space removed, so that PDF line breaks and spacing do not matter. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

// A check asks of hundreds of quotes whether they stand in the same few documents: squash each document once.
const squashedSources = new Map<string, string>();

/** Whether a quote stands in a source text, ignoring line breaks and spacing. */
export function quoteFound(quote: string, sourceText: string): boolean {
  let squashed = squashedSources.get(sourceText);
  if (squashed === undefined) squashedSources.set(sourceText, (squashed = squash(sourceText)));
  return squashed.includes(squash(quote));
}

/** A problem of one figure: the field (relative to the figure) and the message `expected …, found …`. */
export interface FigureProblem {
  path: (string | number)[];
  message: string;
}

/** The last year of each kind of figure a document can state (content/documents/<code>.yaml `reports`). */
export interface Reports {
  results: number;
  plans: number;
  targets?: number;
}

const quoted = (s: string) => JSON.stringify(s);

/** The amounts inside the first place of the quote where `says` stands whole (not cutting a number). */
function amountsSaid(quote: string, says: string): Amount[] | undefined {
  const amounts = readAmounts(quote);
  for (let at = quote.indexOf(says); at >= 0; at = quote.indexOf(says, at + 1)) {
    const end = at + says.length;
    if (amounts.some((a) => a.start < end && a.end > at && (a.start < at || a.end > end))) continue;
    const inside = amounts.filter((a) => a.start >= at && a.end <= end);
    if (inside.length) return inside;
  }
  return undefined;
}

/**
 * The value and unit a figure's words state, compared with what it stores. The quote is assumed found in the
 * document (checked first); `documentText` is only searched for `unitFrom`.
 */
export function checkFigureWords(figure: Figure, documentText: string): FigureProblem[] {
  const { quote, says, unitFrom } = figure.source;
  const spaced = quote.replace(/\s+/g, ' ');
  if (!spaced.includes(says.replace(/\s+/g, ' ')))
    return [{ path: ['source', 'says'], message: `expected the words of the quote that state this figure (e.g. "38억원"), found ${quoted(says)}, which the quote does not contain` }];
  const inside = amountsSaid(spaced, says.replace(/\s+/g, ' '));
  if (!inside) return [{ path: ['source', 'says'], message: `expected words that state a number, found ${quoted(says)}` }];
  if (new Set(inside.map((a) => `${a.value} ${a.counter}`)).size > 1)
    return [{ path: ['source', 'says'], message: `expected the words of one number, found ${inside.length} numbers in ${quoted(says)}: ${inside.map((a) => a.text).join(', ')}` }];
  const amount = inside[0]!;
  let value = amount.value;
  let counter = amount.counter;
  if (counter && unitFrom)
    return [{ path: ['source', 'unitFrom'], message: `expected no unitFrom, since ${quoted(amount.text)} states its own unit, found ${quoted(unitFrom)}` }];
  if (!counter) {
    if (!unitFrom)
      return [{ path: ['source', 'unitFrom'], message: `expected the words that give ${quoted(amount.text)} its unit (a table header such as "제품(개)", the series' "억원" or its last amount "220개"), found nothing` }];
    if (!quoteFound(unitFrom, documentText))
      return [{ path: ['source', 'unitFrom'], message: `expected words of the document that state the unit, found ${quoted(unitFrom)}, which the document does not contain` }];
    const unit = readUnit(unitFrom);
    if (!unit) return [{ path: ['source', 'unitFrom'], message: `expected words that state a unit (억원, 개, 명, %, 제품(개) …), found ${quoted(unitFrom)}` }];
    value = Number((value * unit.scale).toPrecision(15));
    counter = unit.counter;
  }
  const problems: FigureProblem[] = [];
  const units = unitsOfCounter(counter!);
  if (!units.includes(figure.unit))
    problems.push({ path: ['unit'], message: `expected ${units.length > 3 ? 'a unit of counted things (count, companies, projects …)' : units.join(' or ')}, as ${quoted(unitFrom ?? amount.text)} counts in ${counter}, found ${figure.unit}` });
  if (Math.abs(value - figure.value) > 1e-9 * Math.max(1, Math.abs(value)))
    problems.push({ path: ['value'], message: `expected ${value}, what ${quoted(amount.text)}${unitFrom ? ` in ${quoted(unitFrom)}` : ''} states, found ${figure.value}` });
  return problems;
}

/** Whether the figure's year (or period) and basis are ones its document can state. */
export function checkFigureYear(figure: Figure, document: string, reports: Reports): FigureProblem[] {
  // A roadmap edition's counts are facts the document publishes, like results.
  const result = figure.basis === 'actual' || figure.basis === 'cumulative' || figure.basis === 'edition';
  const period = figure.period;
  if (result && period === 'project')
    return [{ path: ['period'], message: `expected a year or a start–end period for a result (basis ${figure.basis}), found "project"` }];
  const [first, last] = figure.year !== undefined ? [figure.year, figure.year] : period && period !== 'project' ? [period.start, period.end] : [undefined, undefined];
  if (first === undefined) return [];
  const at = figure.year !== undefined ? ['year'] : ['period', 'start'];
  if (result && last! > reports.results)
    return [{ path: figure.year !== undefined ? ['year'] : ['period', 'end'], message: `expected ${reports.results} or earlier, as document ${document} reports results up to ${reports.results} (a result of ${last} cannot come from it), found ${last}` }];
  // A plan can schedule later phases (K-바이오랩허브 운영 '26~31년) when its words name their years.
  if ((figure.basis === 'plan' || figure.basis === 'budget') && first > reports.plans && !namesYear(figure.source.quote, first))
    return [{ path: at, message: `expected ${reports.plans} or earlier, as document ${document} states plans and budgets up to ${reports.plans} (a ${figure.basis} of ${first} cannot come from it), found ${first}` }];
  if (figure.basis === 'target' && (reports.targets === undefined || first > reports.targets))
    return [{ path: at, message: reports.targets === undefined ? `expected another basis, as document ${document} sets no targets, found a target of ${first}` : `expected ${reports.targets} or earlier, as document ${document} sets targets up to ${reports.targets}, found ${first}` }];
  return [];
}

/** Whether words name a year: `’26`, `~31년` (after a range mark) or `2026`. */
function namesYear(words: string, year: number): boolean {
  const yy = String(year % 100).padStart(2, '0');
  return new RegExp(`[‘’'\`~～]\\s?${yy}(?!\\d)|(?<!\\d)${year}(?!\\d)`).test(words);
}

/** Whether a dated statement's words (`‘22.2월`) are in its quote and state its year and month. */
export function checkDateWords(date: DatedStatement): FigureProblem[] {
  const { quote, says } = date.source;
  if (!squash(quote).includes(squash(says)))
    return [{ path: ['source', 'says'], message: `expected the words of the quote that state the date (e.g. "‘22.2월"), found ${quoted(says)}, which the quote does not contain` }];
  const m = /[‘’'`](\d{2})\.\s?(\d{1,2})(?!\d)/.exec(says);
  if (!m) return [{ path: ['source', 'says'], message: `expected a year and month as the sources write them (‘22.2, ’22.6월), found ${quoted(says)}` }];
  const stated = `20${m[1]}-${m[2]!.padStart(2, '0')}`;
  return stated === date.value ? [] : [{ path: ['value'], message: `expected "${stated}", what ${quoted(says)} states, found "${date.value}"` }];
}
