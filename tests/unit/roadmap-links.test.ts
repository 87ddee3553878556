// Roadmap field links: written once on the field, derived the other way; roadmap-wide links kept apart.
import { describe, expect, it } from 'vitest';
import { buildRoadmapLinks, splitFieldLinks } from '../../src/lib/roadmap-links.ts';

const fields = [
  { id: 'smart-manufacturing', measures: ['2023-2-1-1', '2022-1-1-2', '2022-2-1-1'], programmes: ['technology-roadmap', 'smart-factory', 'kamp'] },
  { id: 'big-data', measures: ['2022-1-1-2', '2022-2-1-2'], programmes: ['technology-roadmap', 'kamp'] },
  { id: 'textiles', measures: ['2022-1-1-2'], programmes: ['technology-roadmap'] },
];

describe('roadmap field links', () => {
  const links = buildRoadmapLinks(fields);

  it('derives the fields of each measure and programme, in field order', () => {
    expect(links.fieldsOfMeasure.get('2022-1-1-2')).toEqual(['smart-manufacturing', 'big-data', 'textiles']);
    expect(links.fieldsOfMeasure.get('2022-2-1-2')).toEqual(['big-data']);
    expect(links.fieldsOfProgramme.get('kamp')).toEqual(['smart-manufacturing', 'big-data']);
    expect(links.fieldsOfMeasure.get('2023-3-1-1')).toBeUndefined();
  });

  it('counts a link that every field carries as roadmap-wide', () => {
    expect([...links.roadmapWide.measures]).toEqual(['2022-1-1-2']);
    expect([...links.roadmapWide.programmes]).toEqual(['technology-roadmap']);
  });

  it('splits a field’s links into its own and the roadmap-wide ones, measures in year-task order', () => {
    expect(splitFieldLinks(fields[0]!, links)).toEqual({
      field: { measures: ['2022-2-1-1', '2023-2-1-1'], programmes: ['smart-factory', 'kamp'] },
      roadmap: { measures: ['2022-1-1-2'], programmes: ['technology-roadmap'] },
    });
    expect(splitFieldLinks(fields[2]!, links).field).toEqual({ measures: [], programmes: [] });
  });

  it('lists a field once per measure even if the field repeats it', () => {
    const twice = buildRoadmapLinks([{ id: 'bio', measures: ['2023-1-2-2', '2023-1-2-2'], programmes: [] }, { id: 'ccus', measures: [], programmes: [] }]);
    expect(twice.fieldsOfMeasure.get('2023-1-2-2')).toEqual(['bio']);
  });

  it('has no roadmap-wide link with a single field (its links are its own)', () => {
    const one = buildRoadmapLinks([fields[1]!]);
    expect(one.roadmapWide.measures.size).toBe(0);
    expect(splitFieldLinks(fields[1]!, one).field.measures).toEqual(['2022-1-1-2', '2022-2-1-2']);
  });
});
