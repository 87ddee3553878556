// Roadmap rules that need every field and edition at once: the lineage across editions, each edition's totals
// against the sums of its field entries, the product-list address against the source, and the field's title
// against its name in the latest edition.
import { quoteFound, squash } from '../fidelity.ts';
import { lineageProblems, roadmapTotals, type LineageEntry } from '../roadmap.ts';
import type { Figure } from '../../schemas/figure.ts';
import type { Entry } from './integrity.ts';
import type { Path } from './parse.ts';
import { describe } from './validate.ts';

type Report = (e: Entry, path: Path, message: string) => void;

interface Edition {
  source: { document: string };
  totals: { fields: string; products: string; byCategory: Record<string, { fields: string; products: string }> };
  productList?: { url: string; quote: string };
}

/** Reports the roadmap's cross-file problems; skipped while a field or edition fails its own schema. */
export function checkRoadmap(entries: Entry[], sources: Record<string, string>, figures: Map<string, { figure: Figure }>, invalid: Set<string>, report: Report): void {
  const fields = entries.filter((e) => e.kind === 'roadmapField');
  const editions = entries.filter((e) => e.kind === 'roadmapEdition');
  const editionData = (e: Entry) => e.data as Edition;
  const lineage = (e: Entry) => e.data.editions as LineageEntry[];

  for (const e of editions) {
    const list = editionData(e).productList;
    const text = sources[editionData(e).source.document];
    if (!list || text === undefined) continue;
    if (!quoteFound(list.quote, text))
      report(e, ['productList', 'quote'], `expected the exact words of document ${editionData(e).source.document}, found words that are not in it: ${describe(list.quote)}`);
    else if (!squash(list.quote).includes(squash(list.url.replace(/^https:\/\//, '').replace(/\/$/, ''))))
      report(e, ['productList', 'url'], `expected the address the quote gives, with https:// in front, found ${describe(list.url)}`);
  }

  for (const f of fields) {
    const list = lineage(f);
    list.forEach((ed, i) => {
      const figure = ed.products ? figures.get(ed.products)?.figure : undefined;
      if (figure && figure.year !== ed.year)
        report(f, ['editions', i, 'products'], `expected a figure of the year ${ed.year}, found ${describe(ed.products)} (year ${figure.year})`);
      const edition = editions.find((x) => x.id === String(ed.year));
      const text = edition && sources[editionData(edition).source.document];
      if (ed.remark && text !== undefined && !quoteFound(ed.remark, text))
        report(f, ['editions', i, 'remark'], `expected words of the ${ed.year} edition's source (document ${editionData(edition!).source.document}), found words that are not in it: ${describe(ed.remark)}`);
    });
    const latest = [...list].reverse().find((x) => x.name);
    if (latest?.name && f.data.title !== latest.name.ko)
      report(f, ['title'], `expected ${describe(latest.name.ko)}, the name in the field's latest edition (${latest.year}), found ${describe(f.data.title)}`);
  }
  for (const t of entries.filter((e) => e.kind === 'roadmapFieldTranslation')) {
    const original = fields.find((f) => f.id === t.id);
    const latest = original && [...lineage(original)].reverse().find((x) => x.name);
    if (latest?.name?.en && t.data.title !== latest.name.en)
      report(t, ['title'], `expected ${describe(latest.name.en)}, the English name in the field's latest edition (${latest.year}), found ${describe(t.data.title)}`);
  }

  // Lineage and totals need every field and edition valid: a half-read set would report false gaps.
  if ([...invalid].some((k) => k.startsWith('roadmapField:') || k.startsWith('roadmapEdition:')) || editions.length === 0) return;
  const years = editions.map((e) => Number(e.id));
  for (const p of lineageProblems(fields.map((f) => ({ id: f.id, editions: lineage(f) })), years))
    report(fields.find((f) => f.id === p.field)!, p.path, `expected ${p.expected}, found ${p.found}`);

  const counts = fields.flatMap((f) =>
    lineage(f).flatMap((ed) => {
      const value = ed.products ? figures.get(ed.products)?.figure.value : undefined;
      return ed.category && value !== undefined ? [{ year: ed.year, category: ed.category, products: value }] : [];
    }),
  );
  for (const e of editions) {
    const year = Number(e.id);
    const computed = roadmapTotals(counts, year);
    const { totals } = editionData(e);
    const compare = (path: Path, id: string, sum: number, what: string) => {
      const stated = figures.get(id)?.figure.value;
      if (stated !== undefined && stated !== sum) report(e, path, `expected ${sum}, ${what} in content/roadmap-fields/, found figure ${describe(id)} = ${stated}`);
    };
    compare(['totals', 'fields'], totals.fields, computed.all.fields, `the number of fields with a ${year} entry`);
    compare(['totals', 'products'], totals.products, computed.all.products, `the sum of the fields' ${year} product counts`);
    for (const [category, pair] of Object.entries(totals.byCategory)) {
      const c = computed.byCategory[category] ?? { fields: 0, products: 0 };
      compare(['totals', 'byCategory', category, 'fields'], pair.fields, c.fields, `the number of ${category} fields with a ${year} entry`);
      compare(['totals', 'byCategory', category, 'products'], pair.products, c.products, `the sum of the ${category} fields' ${year} product counts`);
    }
  }
}
