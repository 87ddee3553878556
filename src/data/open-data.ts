// The open-data files, built from the same collections as the pages: records, their CSV and JSON texts and
// the JSON Schema of each file. The /data/ routes serve these texts; the data page describes them.
import { z } from 'astro/zod';
import { site } from './site.ts';
import { localize, paths } from '../lib/routes.ts';
import { figureColumns, measureColumns, programmeColumns, recordsToCsv, roadmapFieldColumns, type Column } from '../lib/open-data.ts';
import { measureYear } from '../lib/measures.ts';
import { openDataSchemas, type DatasetName, type FigureRecord, type MeasureRecord, type ProgrammeRecord, type RoadmapFieldRecord } from '../schemas/open-data.ts';
import type { Figure } from '../schemas/figure.ts';

export interface Dataset {
  name: DatasetName;
  rows: number;
  /** The CSV columns, with the UI string that describes each. */
  columns: Omit<Column<unknown>, 'value'>[];
  files: { json: string; csv: string; schema: string };
}

/** File formats of each dataset, as they appear in the file names: `<name>.json`, `<name>.csv`, `<name>.schema.json`. */
export const formats = { json: 'json', csv: 'csv', schema: 'schema.json' } as const;
export type Format = keyof typeof formats;

/** The path of one file, e.g. `/data/figures.csv`. */
export const dataFilePath = (name: DatasetName, format: Format) => `/data/${name}.${formats[format]}`;

async function build(siteUrl: URL): Promise<Dataset[]> {
  const s = await site();
  const urls = (path: string) => ({ ko: new URL(localize('ko', path), siteUrl).href, en: new URL(localize('en', path), siteUrl).href });
  const agency = (id: string) => ({ id, name: s.agencies.get(id)!.data.name });

  const fields = s.roadmapFields;
  const { index } = s;
  const stated = <E extends { id: string; data: { figures: Figure[] } }>(kind: FigureRecord['statedIn']['kind'], entries: E[], plan: (entry: E) => number | undefined) =>
    entries.flatMap((e) => e.data.figures.map((f): FigureRecord => ({ ...f, statedIn: { kind, id: e.id }, plan: plan(e) })));
  const figures = [
    ...stated('measure', s.measures, (m) => index.taskOfMeasure(m).plan),
    ...stated('narrative', s.narratives, (n) => index.planOfYear(n.data.year)?.ordinal),
    ...stated('plan', index.plans.map((p) => p.entry), (p) => Number(p.id)),
    ...stated('roadmap-edition', s.roadmapEditions.map((e) => ({ id: String(e.year), data: e.data })), () => undefined),
    ...stated('roadmap-field', fields, () => undefined),
  ];

  const programmes = s.programmes.map(({ id, data: { ministry, operators, charts: _charts, ...rest } }): ProgrammeRecord => ({
    id,
    ...rest,
    ministry: agency(ministry),
    operators: operators.map(agency),
    measures: index.measuresOfProgramme(id).map((m) => m.id),
    plans: [...new Set(index.measuresOfProgramme(id).map((m) => index.taskOfMeasure(m).plan))].sort((a, b) => a - b),
    url: urls(paths.programme(id)),
  }));

  const measures = s.measures.map((m): MeasureRecord => {
    const task = index.taskOfMeasure(m);
    return {
      id: m.id,
      year: measureYear(m.id),
      kind: m.data.kind,
      plan: task.plan,
      planPeriod: index.plan(task.plan).period,
      strategy: Number(task.strategy.code),
      task: task.code,
      title: index.measureTitle(m.id),
      continues: s.continuations.continues.get(m.id) ?? [],
      continuedBy: s.continuations.continuedBy.get(m.id) ?? [],
      programmes: m.data.programmes,
      figures: m.data.figures.map((f) => f.id),
      url: urls(paths.measure(m.id)),
    };
  });

  const roadmapFields = fields.map(({ id, name, category, order, data }): RoadmapFieldRecord => ({
    id,
    name,
    category,
    order,
    change: data.editions.at(-1)!.change,
    editions: data.editions.map((e) => ({
      year: e.year,
      name: e.name,
      category: e.category,
      products: index.fieldIn(id, e.year)?.count,
      figure: e.products,
      change: e.change,
      from: e.from,
    })),
    products: data.products,
    measures: data.measures,
    programmes: data.programmes,
    figures: data.figures.map((f) => f.id),
    url: urls(paths.roadmapField(id)),
  }));
  const editionYears = [...new Set(roadmapFields.flatMap((f) => f.editions.map((e) => e.year)))].sort();

  const dataset = <T>(name: DatasetName, records: T[], columns: Column<T>[]): Dataset => {
    // Parsing with the published schema drops nothing and proves the file matches it before it ships.
    const checked = openDataSchemas[name].parse(records);
    const schema = z.toJSONSchema(openDataSchemas[name], { io: 'output' });
    return {
      name,
      rows: records.length,
      columns: columns.map(({ name, note, params }) => ({ name, note, params })),
      files: {
        json: `${JSON.stringify(checked, null, 2)}\n`,
        csv: recordsToCsv(columns, records),
        schema: `${JSON.stringify({ $schema: schema.$schema, $id: new URL(dataFilePath(name, 'schema'), siteUrl).href, ...schema }, null, 2)}\n`,
      },
    };
  };
  return [
    dataset('figures', figures, figureColumns),
    dataset('programmes', programmes, programmeColumns),
    dataset('measures', measures, measureColumns),
    dataset('roadmap-fields', roadmapFields, roadmapFieldColumns(editionYears)),
  ];
}

let cached: Promise<Dataset[]> | undefined;

/** Every dataset with its files, built once per build. */
export function openData(siteUrl: URL): Promise<Dataset[]> {
  cached ??= build(siteUrl);
  return cached;
}
