// Figures that state one subject differently: grouped from a link written once, and kept together in tables.
import { describe, expect, it } from 'vitest';
import { arrangeWithGroups, buildFigureGroups, groupsOncePerPage, groupsTouched } from '../../src/lib/figure-groups.ts';

const figures = [
  { id: 'rd-projects-2022' },
  { id: 'rd-budget-2022' },
  { id: 'unrelated' },
  { id: 'cluster-general-2021' },
  { id: 'linked-budget-plan-2022', compareWith: ['rd-projects-2022', 'rd-budget-2022'] },
  { id: 'cluster-general-2021-per-iv', compareWith: ['cluster-general-2021'] },
];
const groups = buildFigureGroups(figures);

describe('figure groups', () => {
  it('closes the link both ways, members in the order the figures were given', () => {
    const roadmap = ['rd-projects-2022', 'rd-budget-2022', 'linked-budget-plan-2022'];
    for (const id of roadmap) expect(groups.get(id)).toEqual(roadmap);
    expect(groups.get('cluster-general-2021')).toEqual(['cluster-general-2021', 'cluster-general-2021-per-iv']);
    expect(groups.has('unrelated')).toBe(false);
  });

  it('joins chains of links into one group', () => {
    const chain = buildFigureGroups([{ id: 'a' }, { id: 'b', compareWith: ['a'] }, { id: 'c', compareWith: ['b'] }]);
    expect(chain.get('a')).toEqual(['a', 'b', 'c']);
  });

  it('finds each group a text touches once', () => {
    expect(groupsTouched(['unrelated', 'rd-budget-2022', 'linked-budget-plan-2022'], groups)).toEqual([['rd-projects-2022', 'rd-budget-2022', 'linked-budget-plan-2022']]);
    expect(groupsTouched(['unrelated'], groups)).toEqual([]);
  });

  it('puts a group’s members together where its first member stood, adding the missing ones', () => {
    const byId = (id: string) => ({ id, added: true });
    const table = [{ id: 'unrelated' }, { id: 'rd-budget-2022' }, { id: 'cluster-general-2021' }].map((f) => ({ ...f, added: false }));
    expect(arrangeWithGroups(table, groups, byId)).toEqual([
      { grouped: false, figures: [{ id: 'unrelated', added: false }] },
      { grouped: true, figures: [{ id: 'rd-projects-2022', added: true }, { id: 'rd-budget-2022', added: false }, { id: 'linked-budget-plan-2022', added: true }] },
      { grouped: true, figures: [{ id: 'cluster-general-2021', added: false }, { id: 'cluster-general-2021-per-iv', added: true }] },
    ]);
  });

  it('keeps runs of ungrouped figures in one segment', () => {
    expect(arrangeWithGroups([{ id: 'x' }, { id: 'y' }], groups, (id) => ({ id }))).toEqual([{ grouped: false, figures: [{ id: 'x' }, { id: 'y' }] }]);
  });

  it('shows each group once on a page of several texts, and not after a text when a table shows it', () => {
    const roadmap = groups.get('rd-budget-2022')!;
    const cluster = groups.get('cluster-general-2021')!;
    // /tasks/2-1/: two measures whose texts place the same group
    expect(groupsOncePerPage([['rd-budget-2022'], ['unrelated', 'linked-budget-plan-2022', 'cluster-general-2021']], groups)).toEqual([[roadmap], [cluster]]);
    // a measure page: the figure table already holds the roadmap group
    expect(groupsOncePerPage([['rd-projects-2022', 'cluster-general-2021']], groups, ['rd-budget-2022', 'unrelated'])).toEqual([[cluster]]);
  });
});
