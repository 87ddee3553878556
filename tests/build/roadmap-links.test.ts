// Roadmap fields and the plan link both ways in the built site, in both languages: a field page links to the
// measures and programmes written on the field, their pages link back, and a field with no measure of its
// own says so.
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-check/read.ts';
import { parseContentFile } from '../../src/lib/content-check/parse.ts';
import { buildRoadmapLinks, splitFieldLinks } from '../../src/lib/roadmap-links.ts';
import { t } from '../../src/lib/i18n.ts';
import { internalLinks, readBuiltPages } from '../support/pages.ts';
import { root } from '../support/project.ts';

const fields = (await readContentFiles(root))
  .filter((f) => /^roadmap-fields\/.+\.ko\.mdx$/.test(f.path))
  .map((f) => {
    const data = (parseContentFile(f.path, f.text) as { data: { measures: string[]; programmes: string[] } }).data;
    return { id: f.path.replace(/^.*\/|\.ko\.mdx$/g, ''), measures: data.measures, programmes: data.programmes };
  });
const links = buildRoadmapLinks(fields);
const pages = await readBuiltPages();
const linksOf = (path: string) => new Set(internalLinks(pages.get(path) ?? '', path));

describe.each([['ko', ''], ['en', '/en']] as const)('roadmap links (%s)', (locale, prefix) => {
  it('go from each field page to its measures and programmes', () => {
    const missing = fields.flatMap((f) => {
      const page = `${prefix}/roadmap/${f.id}/`;
      const out = linksOf(page);
      return [...f.measures.map((m) => `${prefix}/measures/${m}/`), ...f.programmes.map((p) => `${prefix}/programmes/${p}/`)]
        .filter((target) => !out.has(target))
        .map((target) => `${page} → ${target}`);
    });
    expect(missing).toEqual([]);
  });

  it('come back from each measure and programme page to its fields', () => {
    const missing = [
      ...[...links.fieldsOfMeasure].flatMap(([m, ids]) => ids.map((id) => [`${prefix}/measures/${m}/`, id] as const)),
      ...[...links.fieldsOfProgramme].flatMap(([p, ids]) => ids.map((id) => [`${prefix}/programmes/${p}/`, id] as const)),
    ].filter(([page, id]) => !linksOf(page).has(`${prefix}/roadmap/${id}/`)).map(([page, id]) => `${page} → ${prefix}/roadmap/${id}/`);
    expect(missing).toEqual([]);
  });

  it('say so on the page of a field that no measure concerns by itself', () => {
    const honest = t(locale, 'related.noFieldMeasure');
    const wrong = fields
      .filter((f) => pages.get(`${prefix}/roadmap/${f.id}/`)!.includes(honest) !== (splitFieldLinks(f, links).field.measures.length === 0))
      .map((f) => f.id);
    expect(wrong).toEqual([]);
  });
});

describe('the links in content', () => {
  it('put the roadmap revamp and its linked R&D (Ⅱ-1-1) on every field', () => {
    expect([...links.roadmapWide.measures]).toEqual(['2022-1-1-2']);
    expect([...links.roadmapWide.programmes]).toEqual(['technology-roadmap']);
  });
  it.each([
    ['smart-manufacturing', '2023-2-1-1', 'smart-factory'],
    ['ccus', '2022-1-2-1', 'net-zero-rd'],
    ['bio', '2023-1-2-2', 'k-bio-lab-hub'],
    ['artificial-intelligence', '2023-1-1-2', 'deep-tech-tips'],
    ['functional-foods', '2022-4-2-2', 'health-functional-food-rd'],
    ['semiconductor-display-equipment', '2022-1-2-2', 'mpe-rd'],
  ])('link %s to %s and %s', (field, measure, programme) => {
    const f = fields.find((x) => x.id === field)!;
    expect(f.measures).toContain(measure);
    expect(f.programmes).toContain(programme);
  });
});
