// Roadmap totals are computed from the field entries, never typed: the tests compare them with the source.

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
