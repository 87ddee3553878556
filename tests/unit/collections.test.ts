import { describe, expect, it } from 'vitest';
import { groupByEach } from '../../src/lib/collections.ts';

describe('groupByEach', () => {
  it('lists an item under each of its keys, in item order, once per key', () => {
    const measures = [
      { id: '2022-1-1-01', programmes: ['tips', 'deep-tech-tips'] },
      { id: '2022-1-1-02', programmes: ['tips', 'tips'] },
      { id: '2023-1-1-01', programmes: [] },
    ];
    const groups = groupByEach(measures, (m) => m.programmes);
    expect([...groups.keys()]).toEqual(['tips', 'deep-tech-tips']);
    expect(groups.get('tips')!.map((m) => m.id)).toEqual(['2022-1-1-01', '2022-1-1-02']);
    expect(groups.get('deep-tech-tips')!.map((m) => m.id)).toEqual(['2022-1-1-01']);
  });
});
