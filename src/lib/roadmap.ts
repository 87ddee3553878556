// The roadmap across its editions. Totals are computed from the field entries, never typed: the content check
// and the tests compare them with the figures of the source. A field's lineage (its entry per edition, with how
// it changed against the previous one) is data on the field; the comparison of two editions is derived here,
// once, for the table and any chart of it.
import type { Bilingual } from '../schemas/common.ts';
import { lineageChanges, roadmapCategories, type LineageChange, type RoadmapCategory } from '../schemas/entries.ts';

export interface EditionCount {
  year: number;
  category: string;
  products: number;
}

export interface Totals {
  fields: number;
  products: number;
}

/** Fields and products per category and overall, for one roadmap edition. */
export function roadmapTotals(editions: EditionCount[], year: number): { byCategory: Record<string, Totals>; all: Totals } {
  const byCategory: Record<string, Totals> = {};
  const all: Totals = { fields: 0, products: 0 };
  for (const e of editions.filter((x) => x.year === year)) {
    const c = (byCategory[e.category] ??= { fields: 0, products: 0 });
    c.fields += 1;
    c.products += e.products;
    all.fields += 1;
    all.products += e.products;
  }
  return { byCategory, all };
}

/** A field's entry for one edition, as written on the field (a dropped entry has only year and change). */
export interface LineageEntry {
  year: number;
  order?: number | undefined;
  name?: Bilingual | undefined;
  category?: RoadmapCategory | undefined;
  /** Id of the figure that counts the field's strategic products in this edition. */
  products?: string | undefined;
  change: LineageChange[];
  /** Predecessor field ids, for a field merged from or split off others. */
  from: string[];
  /** The source's own note on the change (비고), e.g. "명칭·범위 변경". */
  remark?: string | undefined;
}

export interface FieldLineage {
  id: string;
  editions: LineageEntry[];
}

/** A field as it stands in one edition. */
export interface EditionSide {
  year: number;
  order: number;
  name: Bilingual;
  category: RoadmapCategory;
  /** Figure id of the product count, and its value. */
  products: string;
  count: number;
}

/** The entry of a field for an edition in which it stands (not dropped), or undefined. */
export function sideIn(field: FieldLineage, year: number, count: (figureId: string) => number): EditionSide | undefined {
  const e = field.editions.find((x) => x.year === year);
  if (!e || e.change.includes('dropped') || !e.name || !e.category || !e.products || e.order === undefined) return undefined;
  return { year, order: e.order, name: e.name, category: e.category, products: e.products, count: count(e.products) };
}

/** The latest edition in which the field stands: its current name, category and position. */
export function currentSide(field: FieldLineage, count: (figureId: string) => number): EditionSide {
  for (const e of [...field.editions].reverse()) {
    const side = sideIn(field, e.year, count);
    if (side) return side;
  }
  throw new Error(`roadmap field ${field.id} stands in no edition`);
}

/** One field compared between two editions. */
export interface ComparisonRow {
  id: string;
  before?: EditionSide | undefined;
  after?: EditionSide | undefined;
  /** How the field changed into the later edition; empty when unchanged. Fields that left it read dropped, merged or split. */
  change: LineageChange[];
  /** Fields it came from (merged or split) and fields it went into (for a field absent from the later edition). */
  from: string[];
  into: string[];
  remark?: string | undefined;
}

/** The rows shown under one category: a field that moved between categories stands in both groups. */
export interface ComparisonGroup {
  category: RoadmapCategory;
  rows: { row: ComparisonRow; shows: 'both' | 'before' | 'after' }[];
  subtotal: { before: Totals; after: Totals };
}

export interface Comparison {
  before: number;
  after: number;
  /** One row per field of either edition: fields of the later edition in its order, then those that left. */
  rows: ComparisonRow[];
  groups: ComparisonGroup[];
  total: { before: Totals; after: Totals };
}

const categoryRank = (c: RoadmapCategory) => roadmapCategories.indexOf(c);

/** Two editions side by side, per field and per category, with subtotals computed from the rows. */
export function compareEditions(fields: FieldLineage[], before: number, after: number, count: (figureId: string) => number): Comparison {
  const successors = (id: string) => fields.filter((f) => f.editions.some((e) => e.year === after && e.from.includes(id)));
  const rows: ComparisonRow[] = [];
  for (const f of fields) {
    const b = sideIn(f, before, count);
    const a = sideIn(f, after, count);
    if (!a && !b) continue;
    const entry = f.editions.find((e) => e.year === after);
    const into = a ? [] : successors(f.id);
    const change: LineageChange[] = a
      ? (entry?.change ?? [])
      : into.length
        ? [...new Set(into.flatMap((s) => s.editions.find((e) => e.year === after)!.change.filter((c) => c === 'merged' || c === 'split')))]
        : ['dropped'];
    rows.push({ id: f.id, before: b, after: a, change, from: entry?.from ?? [], into: into.map((s) => s.id), remark: entry?.remark });
  }
  const place = (r: ComparisonRow) => (r.after ? [0, categoryRank(r.after.category), r.after.order] : [1, categoryRank(r.before!.category), r.before!.order]);
  rows.sort((x, y) => {
    const [p, q] = [place(x), place(y)];
    return p[0]! - q[0]! || p[1]! - q[1]! || p[2]! - q[2]!;
  });
  const sum = (sides: (EditionSide | undefined)[]): Totals => {
    const present = sides.filter((s): s is EditionSide => s !== undefined);
    return { fields: present.length, products: present.reduce((n, s) => n + s.count, 0) };
  };
  const rank = ({ row, shows }: ComparisonGroup['rows'][number]) => (shows === 'before' ? 1000 + row.before!.order : row.after!.order);
  const groups = roadmapCategories
    .map((category): ComparisonGroup => {
      // The group's fields in the later edition's order, then those that left it in the earlier one's.
      const shown = rows.flatMap((row): ComparisonGroup['rows'] => {
        const inBefore = row.before?.category === category;
        const inAfter = row.after?.category === category;
        if (inBefore && inAfter) return [{ row, shows: 'both' }];
        if (inAfter) return [{ row, shows: 'after' }];
        if (inBefore) return [{ row, shows: 'before' }];
        return [];
      });
      shown.sort((x, y) => rank(x) - rank(y));
      return {
        category,
        rows: shown,
        subtotal: {
          before: sum(shown.filter((s) => s.shows !== 'after').map((s) => s.row.before)),
          after: sum(shown.filter((s) => s.shows !== 'before').map((s) => s.row.after)),
        },
      };
    })
    .filter((g) => g.rows.length > 0);
  return { before, after, rows, groups, total: { before: sum(rows.map((r) => r.before)), after: sum(rows.map((r) => r.after)) } };
}

/** Field ids per kind of change between two editions, in row order (for a summary of what changed). */
export function changesByKind(comparison: Comparison): { change: LineageChange; ids: string[] }[] {
  return lineageChanges
    .map((change) => ({ change, ids: comparison.rows.filter((r) => r.change.includes(change)).map((r) => r.id) }))
    .filter((c) => c.ids.length > 0);
}

/** A problem of the lineage data, at a field's `editions[i]…` path. */
export interface LineageProblem {
  field: string;
  path: (string | number)[];
  expected: string;
  found: string;
}

/**
 * Rules that need every field and the list of editions: each edition of a field exists; the first entry of a
 * field that is not in the first edition says how it came (new, merged, split); renamed and moved agree with
 * the names and categories written; predecessors stand in the previous edition; and every field of an edition
 * has an entry in the next one (continued, dropped, or named as a predecessor).
 */
export function lineageProblems(fields: FieldLineage[], editionYears: number[]): LineageProblem[] {
  const problems: LineageProblem[] = [];
  const years = [...editionYears].sort((a, b) => a - b);
  const previousYear = (y: number) => years[years.indexOf(y) - 1];
  const standsIn = (id: string, y: number) =>
    fields.find((f) => f.id === id)?.editions.some((e) => e.year === y && !e.change.includes('dropped')) ?? false;
  const list = (c: string[]) => `[${c.join(', ')}]`;
  for (const f of fields) {
    f.editions.forEach((e, i) => {
      const at = (...rest: (string | number)[]) => ['editions', i, ...rest];
      const report = (path: (string | number)[], expected: string, found: string) => problems.push({ field: f.id, path, expected, found });
      if (!years.includes(e.year)) {
        report(at('year'), `the year of an edition in content/roadmap-editions/ (${years.join(', ')})`, String(e.year));
        return;
      }
      const prevYear = previousYear(e.year);
      const prev = i > 0 ? f.editions[i - 1] : undefined;
      if (prev && prev.year !== prevYear) {
        report(at('year'), `${prevYear ?? 'no earlier edition'}, the edition after ${prev.year} (a field has an entry in every edition from its first)`, String(e.year));
        return;
      }
      if (!prev) {
        const cameHow = e.change.some((c) => c === 'new' || c === 'merged' || c === 'split');
        if (prevYear !== undefined && !cameHow)
          report(at('change'), `new, merged or split: the field is not in the ${prevYear} edition (or add its ${prevYear} entry first)`, list(e.change));
        if (prevYear === undefined && e.change.length)
          report(at('change'), `no change: ${e.year} is the first edition on record, there is nothing to compare with`, list(e.change));
      } else {
        if (e.change.includes('new')) report(at('change'), `no "new": the field is in the ${prev.year} edition already`, list(e.change));
        if (prev.change.includes('dropped')) report(at('year'), `no entry after the edition in which the field was dropped (${prev.year})`, String(e.year));
        if (e.name && prev.name && e.name.ko !== prev.name.ko && !e.change.includes('renamed'))
          report(at('change'), `renamed among the changes: the name differs from the ${prev.year} edition (${prev.name.ko} → ${e.name.ko})`, list(e.change));
        if (e.name && prev.name && e.name.ko === prev.name.ko && e.change.includes('renamed'))
          report(at('change'), `no "renamed": the name is the same as in the ${prev.year} edition (${e.name.ko})`, list(e.change));
        if (e.category && prev.category && e.category !== prev.category && !e.change.includes('moved'))
          report(at('change'), `moved among the changes: the category differs from the ${prev.year} edition (${prev.category} → ${e.category})`, list(e.change));
        if (e.category && prev.category && e.category === prev.category && e.change.includes('moved'))
          report(at('change'), `no "moved": the category is the same as in the ${prev.year} edition (${e.category})`, list(e.change));
      }
      e.from.forEach((id, j) => {
        if (prevYear === undefined || !standsIn(id, prevYear))
          report(at('from', j), `the id of a field in the ${prevYear ?? 'previous'} edition (a file in content/roadmap-fields/)`, JSON.stringify(id));
      });
    });
  }
  // Every field of an edition is accounted for in the next one (fields already reported are left alone).
  const reported = new Set(problems.map((p) => p.field));
  for (const f of fields.filter((x) => !reported.has(x.id))) {
    for (const e of f.editions) {
      if (e.change.includes('dropped')) continue;
      const next = years[years.indexOf(e.year) + 1];
      if (next === undefined || f.editions.some((x) => x.year === next)) continue;
      if (fields.some((g) => g.editions.some((x) => x.year === next && x.from.includes(f.id)))) continue;
      problems.push({
        field: f.id,
        path: ['editions'],
        expected: `an entry for the ${next} edition (the field is in the ${e.year} edition; write { year: ${next}, change: [dropped] } if the roadmap dropped it)`,
        found: 'none',
      });
    }
  }
  return problems;
}
