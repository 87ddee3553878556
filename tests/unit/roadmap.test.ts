// Lineage across roadmap editions: the comparison rows of two editions, and the rules the content check
// applies to the lineage data (each message says what was expected and what was found).
import { describe, expect, it } from 'vitest';
import { compareEditions, lineageProblems, type FieldLineage, type LineageEntry } from '../../src/lib/roadmap.ts';

const entry = (year: number, ko: string, category: '4ir' | 'growth-base', order: number, rest: Partial<LineageEntry> = {}): LineageEntry => ({
  year, order, name: { ko, en: ko }, category, products: `${ko}-${year}`, change: [], from: [], ...rest,
});
const counts: Record<string, number> = { 'a-2021': 4, 'a2-2022': 6, 'b-2021': 8, 'b2-2022': 7, 'c-2022': 8, 'd-2021': 3, 'e-2021': 2, 'de-2022': 5 };
const count = (id: string) => counts[id]!;
const fields: FieldLineage[] = [
  { id: 'a', editions: [entry(2021, 'a', '4ir', 1), entry(2022, 'a2', '4ir', 1, { change: ['renamed', 'rescoped'] })] },
  { id: 'b', editions: [entry(2021, 'b', 'growth-base', 1), entry(2022, 'b2', '4ir', 2, { change: ['renamed', 'moved'] })] },
  { id: 'c', editions: [entry(2022, 'c', '4ir', 3, { change: ['new'] })] },
  { id: 'd', editions: [entry(2021, 'd', 'growth-base', 2), entry(2022, 'de', 'growth-base', 1, { change: ['renamed', 'merged'], from: ['e'] })] },
  { id: 'e', editions: [entry(2021, 'e', 'growth-base', 3)] },
];

describe('compareEditions', () => {
  const c = compareEditions(fields, 2021, 2022, count);
  it('puts old and new names and counts side by side, with the change', () => {
    expect(c.rows.map((r) => [r.id, r.before?.name.ko, r.after?.name.ko, r.change.join('+')])).toEqual([
      ['a', 'a', 'a2', 'renamed+rescoped'],
      ['b', 'b', 'b2', 'renamed+moved'],
      ['c', undefined, 'c', 'new'],
      ['d', 'd', 'de', 'renamed+merged'],
      ['e', 'e', undefined, 'merged'],
    ]);
    expect(c.rows.find((r) => r.id === 'e')!.into).toEqual(['d']);
  });
  it('shows a moved field in both categories and keeps each subtotal to its own edition', () => {
    const growth = c.groups.find((g) => g.category === 'growth-base')!;
    expect(growth.rows.map((r) => [r.row.id, r.shows])).toEqual([['d', 'both'], ['b', 'before'], ['e', 'before']]);
    expect(growth.subtotal).toEqual({ before: { fields: 3, products: 13 }, after: { fields: 1, products: 5 } });
    expect(c.groups.find((g) => g.category === '4ir')!.subtotal).toEqual({ before: { fields: 1, products: 4 }, after: { fields: 3, products: 21 } });
    expect(c.total).toEqual({ before: { fields: 4, products: 17 }, after: { fields: 4, products: 26 } });
  });
  it('reads a field that is in neither edition as no row, and one left out without successor as dropped', () => {
    const dropped = compareEditions([{ id: 'x', editions: [entry(2021, 'x', '4ir', 1), { year: 2022, change: ['dropped'], from: [] }] }], 2021, 2022, () => 1);
    expect(dropped.rows.map((r) => [r.id, r.change])).toEqual([['x', ['dropped']]]);
  });
});

describe('lineageProblems', () => {
  const years = [2021, 2022];
  const only = (list: FieldLineage[], y = years) => lineageProblems(list, y).map((p) => `${p.field} ${p.path.join('.')}  expected ${p.expected}, found ${p.found}`);
  it('accepts a consistent lineage', () => expect(only(fields)).toEqual([]));
  it.each([
    ['a rename not marked', [{ id: 'a', editions: [entry(2021, 'a', '4ir', 1), entry(2022, 'a2', '4ir', 1)] }],
      'a editions.1.change  expected renamed among the changes: the name differs from the 2021 edition (a → a2), found []'],
    ['a move not marked', [{ id: 'b', editions: [entry(2021, 'b', 'growth-base', 1), entry(2022, 'b', '4ir', 1)] }],
      'b editions.1.change  expected moved among the changes: the category differs from the 2021 edition (growth-base → 4ir), found []'],
    ['a later field without "new"', [{ id: 'c', editions: [entry(2022, 'c', '4ir', 1)] }],
      'c editions.0.change  expected new, merged or split: the field is not in the 2021 edition (or add its 2021 entry first), found []'],
    ['an edition that does not exist', [{ id: 'a', editions: [entry(2021, 'a', '4ir', 1), entry(2023, 'a', '4ir', 1)] }],
      'a editions.1.year  expected the year of an edition in content/roadmap-editions/ (2021, 2022), found 2023'],
    ['a predecessor that is not in the previous edition', [{ id: 'd', editions: [entry(2022, 'd', '4ir', 1, { change: ['merged'], from: ['zz'] })] }],
      'd editions.0.from.0  expected the id of a field in the 2021 edition (a file in content/roadmap-fields/), found "zz"'],
  ] as const)('reports %s', (_, list, message) => expect(only(list as unknown as FieldLineage[])).toEqual([message]));
  it('asks for every field of an edition to be accounted for in the next one', () => {
    expect(only([{ id: 'a', editions: [entry(2021, 'a', '4ir', 1), entry(2022, 'a', '4ir', 1)] }], [2021, 2022, 2023])).toEqual([
      'a editions  expected an entry for the 2023 edition (the field is in the 2022 edition; write { year: 2023, change: [dropped] } if the roadmap dropped it), found none',
    ]);
  });
});
