// The table of content kinds is consistent: references and translations name kinds of the table, collections
// are unique, and every folder of content/ belongs to a kind.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, collectionKinds, kindNames, kinds, kindSpec, valuesAt } from '../../src/lib/content-check/kinds.ts';
import { root } from '../support/project.ts';

describe('the kinds table', () => {
  it('refers only to kinds of the table, or to figures', () => {
    const targets = kindNames.flatMap((k) => [...kindSpec(k).references.map((r) => r.to), ...(kindSpec(k).translates ? [kindSpec(k).translates!] : [])]);
    expect(targets.filter((t) => t !== 'figure' && !(kindNames as string[]).includes(t))).toEqual([]);
  });

  it('gives every kind its own collection', () => {
    const collections = collectionKinds.map((k) => kinds[k].collection);
    expect(new Set(collections).size).toBe(collections.length);
  });

  it('has a kind for every folder of content/', async () => {
    const folders = (await readdir(join(root, 'content'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(folders).toEqual([...new Set(kindNames.map((k) => kinds[k].folder))].sort());
  });

  it('classifies paths as the loaders of src/content.config.ts read them', () => {
    const paths = ['agencies/mss.yaml', 'measures/2022/1-1-2.en.mdx', 'narratives/roadmap-2022.ko.mdx', 'strategies/4/1.en.mdx', 'tasks/4/1-1.yaml',
      'agencies/sub/x.yaml', 'measures/1-1-2.ko.mdx', 'tasks/1-1.yaml', 'programmes/Smart Factory.yaml'];
    expect(paths.map(classify)).toEqual([
      { kind: 'agency', id: 'mss' },
      { kind: 'measureTranslation', id: '2022-1-1-2' },
      { kind: 'narrative', id: 'roadmap-2022' },
      { kind: 'strategyTranslation', id: '4/1' },
      { kind: 'task', id: '4/1-1' },
      { error: 'a file named <id>.yaml directly in content/agencies/' },
      { error: 'a measure file named content/measures/<year>/<task>-<n>.ko.mdx (or .en.mdx), e.g. 2022/1-1-2.ko.mdx' },
      { error: 'a file named content/tasks/<plan>/<strategy>-<task>.yaml, e.g. content/tasks/4/1-1.yaml' },
      { error: 'a file name of lower-case letters, digits and hyphens (e.g. smart-factory.yaml)' },
    ]);
  });

  it('finds the values of a reference field, with their paths', () => {
    expect(valuesAt({ operators: ['kibo', 'kosmes'], targets: [{ target: 'a' }, { target: 'b', actual: 'c' }] }, ['targets', '*', 'actual'])).toEqual([{ path: ['targets', 1, 'actual'], value: 'c' }]);
    expect(valuesAt({ operators: ['kibo', 'kosmes'] }, ['operators', '*']).map((v) => v.path)).toEqual([['operators', 0], ['operators', 1]]);
  });
});
