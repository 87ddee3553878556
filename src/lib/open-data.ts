// Columns of the open-data CSV files: one row per record, bilingual texts as `_ko`/`_en` column pairs, lists
// joined with `;`. Each column names the UI string that describes it on the data page.
import type { UiKey } from './i18n.ts';
import { toCsv, type CsvValue } from './csv.ts';
import type { FigureRecord, MeasureRecord, ProgrammeRecord, RoadmapFieldRecord } from '../schemas/open-data.ts';

export interface Column<T> {
  name: string;
  value: (record: T) => CsvValue;
  /** UI string describing the column, with its parameters. */
  note: UiKey;
  params?: Record<string, string | number>;
}

/** Separator of list cells (ids never contain it; names of the sources do not either). */
const LIST_SEPARATOR = ';';
const list = (items: string[]) => items.join(LIST_SEPARATOR);
/** Inside a list cell a pending translation keeps its place with the Korean name. */
const englishOrKorean = (text: { ko: string; en?: string }) => text.en ?? text.ko;

/** `name_ko` and `name_en` columns of a bilingual text (`en` empty while a translation is pending). */
function bilingualColumns<T>(name: string, get: (r: T) => { ko: string; en?: string }, note: UiKey): Column<T>[] {
  return [
    { name: `${name}_ko`, value: (r) => get(r).ko, note, params: { lang: 'ko' } },
    { name: `${name}_en`, value: (r) => get(r).en, note, params: { lang: 'en' } },
  ];
}
const urlColumns = <T extends { url: { ko: string; en: string } }>(): Column<T>[] => [
  { name: 'url_ko', value: (r) => r.url.ko, note: 'data.col.url', params: { lang: 'ko' } },
  { name: 'url_en', value: (r) => r.url.en, note: 'data.col.url', params: { lang: 'en' } },
];

export const figureColumns: Column<FigureRecord>[] = [
  { name: 'id', value: (f) => f.id, note: 'data.col.figureId' },
  { name: 'value', value: (f) => f.value, note: 'data.col.value' },
  { name: 'unit', value: (f) => f.unit, note: 'data.col.unit' },
  { name: 'year', value: (f) => f.year, note: 'data.col.figureYear' },
  { name: 'period_start', value: (f) => (typeof f.period === 'object' ? f.period.start : undefined), note: 'data.col.periodStart' },
  { name: 'period_end', value: (f) => (typeof f.period === 'object' ? f.period.end : undefined), note: 'data.col.periodEnd' },
  { name: 'project_total', value: (f) => (f.period === 'project' ? 'true' : undefined), note: 'data.col.projectTotal' },
  { name: 'basis', value: (f) => f.basis, note: 'data.col.basis' },
  ...bilingualColumns<FigureRecord>('label', (f) => f.label, 'data.col.label'),
  { name: 'document', value: (f) => f.source.document, note: 'data.col.document' },
  { name: 'section', value: (f) => f.source.section, note: 'data.col.section' },
  { name: 'quote', value: (f) => f.source.quote, note: 'data.col.quote' },
  { name: 'says', value: (f) => f.source.says, note: 'data.col.says' },
  { name: 'unit_from', value: (f) => f.source.unitFrom, note: 'data.col.unitFrom' },
  { name: 'programme', value: (f) => f.programme, note: 'data.col.figureProgramme' },
  { name: 'stated_in_kind', value: (f) => f.statedIn.kind, note: 'data.col.statedInKind' },
  { name: 'stated_in_id', value: (f) => f.statedIn.id, note: 'data.col.statedInId' },
  { name: 'plan', value: (f) => f.plan, note: 'data.col.figurePlan' },
];

export const programmeColumns: Column<ProgrammeRecord>[] = [
  { name: 'id', value: (p) => p.id, note: 'data.col.slug' },
  ...bilingualColumns<ProgrammeRecord>('name', (p) => p.name, 'data.col.name'),
  { name: 'english_name', value: (p) => p.englishName, note: 'data.col.englishName' },
  { name: 'kind', value: (p) => p.kind, note: 'data.col.programmeKind' },
  { name: 'audience', value: (p) => list(p.audience), note: 'data.col.audience' },
  { name: 'ministry', value: (p) => p.ministry.id, note: 'data.col.ministry' },
  ...bilingualColumns<ProgrammeRecord>('ministry', (p) => p.ministry.name, 'data.col.ministryName'),
  { name: 'operators', value: (p) => list(p.operators.map((o) => o.id)), note: 'data.col.operators' },
  { name: 'operators_ko', value: (p) => list(p.operators.map((o) => o.name.ko)), note: 'data.col.operatorNames', params: { lang: 'ko' } },
  { name: 'operators_en', value: (p) => list(p.operators.map((o) => englishOrKorean(o.name))), note: 'data.col.operatorNames', params: { lang: 'en' } },
  ...bilingualColumns<ProgrammeRecord>('summary', (p) => p.summary, 'data.col.summary'),
  { name: 'measures', value: (p) => list(p.measures), note: 'data.col.programmeMeasures' },
  { name: 'plans', value: (p) => list(p.plans.map(String)), note: 'data.col.programmePlans' },
  ...urlColumns<ProgrammeRecord>(),
];

export const measureColumns: Column<MeasureRecord>[] = [
  { name: 'id', value: (m) => m.id, note: 'data.col.measureId' },
  { name: 'year', value: (m) => m.year, note: 'data.col.measureYear' },
  { name: 'kind', value: (m) => m.kind, note: 'data.col.measureKind' },
  { name: 'plan', value: (m) => m.plan, note: 'data.col.plan' },
  { name: 'plan_start', value: (m) => m.planPeriod.start, note: 'data.col.planStart' },
  { name: 'plan_end', value: (m) => m.planPeriod.end, note: 'data.col.planEnd' },
  { name: 'strategy', value: (m) => m.strategy, note: 'data.col.strategy' },
  { name: 'task', value: (m) => m.task, note: 'data.col.task' },
  ...bilingualColumns<MeasureRecord>('title', (m) => m.title, 'data.col.title'),
  { name: 'continues', value: (m) => list(m.continues), note: 'data.col.continues' },
  { name: 'continued_by', value: (m) => list(m.continuedBy), note: 'data.col.continuedBy' },
  { name: 'programmes', value: (m) => list(m.programmes), note: 'data.col.programmes' },
  { name: 'figures', value: (m) => list(m.figures), note: 'data.col.figures' },
  ...urlColumns<MeasureRecord>(),
];

/** Roadmap columns depend on the editions in the content: a name, category and product count per year. */
export function roadmapFieldColumns(editionYears: number[]): Column<RoadmapFieldRecord>[] {
  const edition = (r: RoadmapFieldRecord, year: number) => r.editions.find((e) => e.year === year);
  return [
    { name: 'id', value: (r) => r.id, note: 'data.col.slug' },
    { name: 'order', value: (r) => r.order, note: 'data.col.order' },
    { name: 'category', value: (r) => r.category, note: 'data.col.category' },
    ...bilingualColumns<RoadmapFieldRecord>('name', (r) => r.name, 'data.col.name'),
    { name: 'change', value: (r) => list(r.change), note: 'data.col.change' },
    ...editionYears.flatMap((year): Column<RoadmapFieldRecord>[] => [
      { name: `name_${year}_ko`, value: (r) => edition(r, year)?.name?.ko, note: 'data.col.editionName', params: { year, lang: 'ko' } },
      { name: `name_${year}_en`, value: (r) => edition(r, year)?.name?.en, note: 'data.col.editionName', params: { year, lang: 'en' } },
      { name: `category_${year}`, value: (r) => edition(r, year)?.category, note: 'data.col.editionCategory', params: { year } },
      { name: `products_${year}`, value: (r) => edition(r, year)?.products, note: 'data.col.editionProducts', params: { year } },
      { name: `change_${year}`, value: (r) => (edition(r, year) ? list(edition(r, year)!.change) : undefined), note: 'data.col.editionChange', params: { year } },
      { name: `from_${year}`, value: (r) => (edition(r, year) ? list(edition(r, year)!.from) : undefined), note: 'data.col.editionFrom', params: { year } },
    ]),
    { name: 'named_products_ko', value: (r) => list(r.products.map((p) => p.name.ko)), note: 'data.col.namedProducts', params: { lang: 'ko' } },
    { name: 'named_products_en', value: (r) => list(r.products.map((p) => englishOrKorean(p.name))), note: 'data.col.namedProducts', params: { lang: 'en' } },
    { name: 'measures', value: (r) => list(r.measures), note: 'data.col.fieldMeasures' },
    { name: 'programmes', value: (r) => list(r.programmes), note: 'data.col.programmes' },
    ...urlColumns<RoadmapFieldRecord>(),
  ];
}

/** The CSV text of records under the given columns. */
export function recordsToCsv<T>(columns: Column<T>[], records: T[]): string {
  return toCsv(columns.map((c) => c.name), records.map((r) => columns.map((c) => c.value(r))));
}
