// Figures that state the same subject differently appear together, each with its basis and source, on every
// page that shows one of them. Above all the 2022 roadmap-linked R&D: 708억원 for 525 projects (000, result)
// and 879억원 (004, plan for new projects) are never shown one without the other.
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-check/read.ts';
import { parseContentFile } from '../../src/lib/content-check/parse.ts';
import { buildFigureGroups } from '../../src/lib/figure-groups.ts';
import { pick, sectionLabel, t } from '../../src/lib/i18n.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import { readBuiltPages } from '../support/pages.ts';
import { root } from '../support/project.ts';

const figures: Figure[] = (await readContentFiles(root)).flatMap((f) => {
  const parsed = parseContentFile(f.path, f.text);
  return 'data' in parsed ? ((parsed.data as { figures?: Figure[] }).figures ?? []) : [];
});
const byId = new Map(figures.map((f) => [f.id, f]));
const documentShortNames = new Map(
  (await readContentFiles(root)).flatMap((f) => {
    const code = f.path.match(/documents\/(\w+)\.yaml$/)?.[1];
    const parsed = code ? (parseContentFile(f.path, f.text) as { data: { short: { ko: string; en?: string } } }) : undefined;
    return parsed ? [[code!, parsed.data.short] as const] : [];
  }),
);
const groups = buildFigureGroups(figures);
const pages = await readBuiltPages();
const shown = (html: string) => new Set([...html.matchAll(/\sdata-figure="([^"]+)"/g)].map((m) => m[1]!));

/** What a page fails to show of a group: the group's rows, or a member's basis or source in its row. */
function gaps(page: string, html: string, group: string[]): string[] {
  const locale = page.startsWith('/en/') ? 'en' : 'ko';
  const body = html.match(new RegExp(`<tbody[^>]*\\sdata-figure-group="${group.join(' ')}"[^>]*>([\\s\\S]*?)</tbody>`))?.[1];
  if (body === undefined) return [`${page}: shows ${group.join(' / ')} apart (no row group with all of them)`];
  return group.flatMap((id) => {
    const f = byId.get(id)!;
    const row = body.match(new RegExp(`<tr[^>]*\\sdata-figure="${id}"[^>]*>([\\s\\S]*?)</tr>`))?.[1];
    if (row === undefined) return [`${page}: ${id} missing from its group`];
    const cells = [...row.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) => m[1]!);
    const basis = t(locale, `basis.${f.basis}`);
    const source = `${pick(documentShortNames.get(f.source.document)!, locale).text}, ${sectionLabel(locale, f.source.section)}`;
    return [
      ...(cells[3]?.includes(basis) ? [] : [`${page}: ${id} without its basis "${basis}"`]),
      ...(cells[4]?.includes(source) ? [] : [`${page}: ${id} without its source "${source}"`]),
    ];
  });
}

describe('figures that state the same subject differently', () => {
  const result = figures.find((f) => f.source.document === '000' && f.value === 70_800_000_000 && f.year === 2022)!;
  const projects = figures.find((f) => f.source.document === '000' && f.value === 525 && f.unit === 'projects')!;
  const plan = figures.find((f) => f.source.document === '004' && f.value === 87_900_000_000 && f.year === 2022)!;

  it('group the 2022 roadmap-linked R&D result (525 projects, 708억원) with the plan (879억원)', () => {
    expect([result.basis, projects.basis, plan.basis]).toEqual(['actual', 'actual', 'plan']);
    expect(groups.get(plan.id)).toEqual(expect.arrayContaining([result.id, projects.id, plan.id]));
  });

  it('stand together, each with basis and source, on every page that shows one of them', () => {
    const found: string[] = [];
    const pagesWithRoadmapRd: string[] = [];
    for (const [page, html] of pages) {
      const ids = shown(html);
      if ([result.id, plan.id].some((id) => ids.has(id))) pagesWithRoadmapRd.push(page);
      const touched = new Set([...ids].flatMap((id) => (groups.has(id) ? [groups.get(id)!] : [])));
      for (const group of touched) found.push(...gaps(page, html, group));
    }
    expect(pagesWithRoadmapRd).toEqual(expect.arrayContaining([
      '/measures/2022-1-1-2/', '/tasks/1-1/', '/roadmap/', '/programmes/technology-roadmap/',
      '/en/measures/2022-1-1-2/', '/en/tasks/1-1/', '/en/roadmap/', '/en/programmes/technology-roadmap/',
    ]));
    expect(found).toEqual([]);
  });
});

describe('dates the source gives differently in two places', () => {
  // The NDA obligation: ‘22.2월 시행 in Ⅱ-3-3, ’22.6. 상생법 시행 in the summary (3. 주요내용).
  const ndaDates = ['3-3-2022-nda-obligation-in-force', 'summary-2022-nda-obligation-in-force'];
  it('stand together, each with its section and words, on every page that states one', () => {
    const pagesWithNda = [...pages].filter(([, html]) => ndaDates.some((id) => html.includes(`data-date="${id}"`)));
    expect(pagesWithNda.map(([page]) => page)).toEqual(expect.arrayContaining(['/', '/en/', '/measures/2022-3-3-2/', '/en/measures/2022-3-3-2/', '/tasks/3-3/', '/en/tasks/3-3/']));
    for (const [page, html] of pagesWithNda) {
      const locale = page.startsWith('/en/') ? 'en' : 'ko';
      expect(html, page).toContain('<time datetime="2022-02">');
      expect(html, page).toContain('<time datetime="2022-06">');
      expect(html, page).toContain(`${sectionLabel(locale, 'II-3-3')}: <q lang="ko">비밀유지협약(NDA)* 체결 의무(상생법 신설, ‘22.2월 시행)</q>`);
      expect(html, page).toContain(`${sectionLabel(locale, 'summary')}: <q lang="ko">비밀유지협약 체결 의무화(’22.6. 상생법 시행)</q>`);
      expect(html, page).toContain(t(locale, 'related.dateGroupCaption'));
    }
  });
});
