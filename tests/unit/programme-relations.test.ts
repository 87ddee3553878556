import { describe, expect, it } from 'vitest';
import { buildProgrammeLinks } from '../../src/lib/programme-relations.ts';

describe('buildProgrammeLinks', () => {
  const links = buildProgrammeLinks([
    { id: 'naeil-chaeum', successor: 'naeil-chaeum-plus', related: [] },
    { id: 'naeil-chaeum-plus', related: [] },
    { id: 'scale-up-tips', related: ['deep-tech-tips', 'investment-type-rd'] },
    { id: 'deep-tech-tips', related: [] },
    { id: 'investment-type-rd', related: [] },
  ]);

  it('gives the successor to the predecessor and the predecessor to the successor', () => {
    expect(links.get('naeil-chaeum')).toEqual({ predecessors: [], successors: ['naeil-chaeum-plus'], related: [] });
    expect(links.get('naeil-chaeum-plus')).toEqual({ predecessors: ['naeil-chaeum'], successors: [], related: [] });
  });

  it('shows a related programme on both pages, written on one', () => {
    expect(links.get('scale-up-tips')!.related).toEqual(['deep-tech-tips', 'investment-type-rd']);
    expect(links.get('deep-tech-tips')!.related).toEqual(['scale-up-tips']);
    expect(links.get('investment-type-rd')!.related).toEqual(['scale-up-tips']);
  });
});
