import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import { numberKind, proseNumbers } from '../../src/lib/prose-numbers.ts';
import { compareFigPlaces, figPlaces } from '../../src/lib/fig-parity.ts';

const tree = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root;
const kinds = (mdx: string) => proseNumbers(tree(mdx), 1).map((n) => [n.text, numberKind(n) ?? null]);

describe('numbers of a body and their kinds', () => {
  it.each([
    ['(’22) <Fig id="a" /> → 2023년 계획', [['22', 'year mark'], ['2023', 'year']]],
    ['특구 신규지정(’22.8, 제7차), 1·2·5·6차 특구, (5·6 특구)', [['22.8', 'year mark'], ['7', 'ordinal'], ['1', 'ordinal'], ['2', 'ordinal'], ['5', 'ordinal'], ['6', 'ordinal'], ['5', 'ordinal'], ['6', 'ordinal']]],
    ['TRL 1~6단계, the 7th round, Annex 1, task 1-1', [['1', 'TRL level'], ['6', 'TRL level'], ['7', 'ordinal'], ['1', 'section or task number'], ['1', 'section or task number'], ['1', 'section or task number']]],
    ['5G+, CO2, COVID-19, 27 January 2022', [['5', 'name'], ['2', 'name'], ['19', 'name'], ['27', 'date'], ['2022', 'year']]],
    ['30,144개 and 5,105 factories', [['30,144', null], ['5,105', null]]],
  ])('%s', (mdx, expected) => expect(kinds(mdx)).toEqual(expected));

  it('skips <Fig> elements, code and comments', () => {
    expect(kinds('<Fig id="a-2022" /> `x 12` {/* 34 */}')).toEqual([]);
  });
});

describe('figure places', () => {
  const ko = figPlaces(tree('- 누적 <Fig id="a" />, 신규 <Fig id="b" />\n\n- <Fig id="c" />'), 10);
  it('recognises every spelling of the element', () => {
    const en = figPlaces(tree('- <Fig id="b" /> new, <Fig  id=\'a\'/> in total\n\n- <Fig id="c" extra="y" />'), 3);
    expect(en.map((p) => p.ids)).toEqual([['b', 'a'], ['c']]);
    expect(compareFigPlaces(ko, en, 3)).toBeUndefined();
  });
  it('names the first paragraph whose figures differ', () => {
    const en = figPlaces(tree('- <Fig id="a" /> and <Fig id="c" />\n\n- <Fig id="b" />'), 3);
    expect(compareFigPlaces(ko, en, 3)).toEqual({ line: 3, message: 'expected the figures of the Korean paragraph at line 10 (a, b), found a, c' });
  });
});
