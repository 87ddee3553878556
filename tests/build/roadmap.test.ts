// Roadmap pages as built, in both languages: every field page shows its name in every edition (old names as
// text, so search finds them), its product counts as typed figures labelled as roadmap editions, the linked
// R&D support with both figures and their bases, the product-list address the press release gives, and a
// link to the startup support period item, which has its own heading on the roadmap-linked programme page.
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-check/read.ts';
import { parseContentFile } from '../../src/lib/content-check/parse.ts';
import { t } from '../../src/lib/i18n.ts';
import { roadmapField } from '../../src/schemas/entries.ts';
import { readBuiltPages } from '../support/pages.ts';
import { root } from '../support/project.ts';

const fields = (await readContentFiles(root))
  .filter((f) => /^roadmap-fields\/.+\.ko\.mdx$/.test(f.path))
  .map((f) => ({ id: f.path.replace(/^roadmap-fields\/|\.ko\.mdx$/g, ''), data: roadmapField.parse((parseContentFile(f.path, f.text) as { data: unknown }).data) }));
const pages = await readBuiltPages();
const page = (path: string) => pages.get(path) ?? '';
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const main = (html: string) => /<main[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';

describe.each([['ko', ''], ['en', '/en']] as const)('roadmap field pages (%s)', (locale, prefix) => {
  it('show the field’s name in every edition inside the searchable body', () => {
    const missing = fields.flatMap((f) =>
      f.data.editions.flatMap((e) => (e.name ? [e.name[locale] ?? e.name.ko] : [])).filter((name) => !text(main(page(`${prefix}/roadmap/${f.id}/`))).includes(name)).map((name) => `${f.id}: ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it('show old and new name of a renamed field: 드론 → 드론·개인이동수단 (004 참고 1)', () => {
    const html = text(page(`${prefix}/roadmap/drones-personal-mobility/`));
    expect(html).toContain(locale === 'ko' ? '드론' : 'Drones');
    expect(html).toContain(locale === 'ko' ? '드론·개인이동수단' : 'Drones and personal mobility');
    expect(html).toContain(t(locale, 'roadmap.change.renamed'));
    expect(html).toContain(t(locale, 'roadmap.change.rescoped'));
  });

  it('type each product count as a figure labelled as a roadmap edition, not a result', () => {
    const html = page(`${prefix}/roadmap/artificial-intelligence/`);
    expect(html).toMatch(/data-figure="roadmap-artificial-intelligence-2021"[^>]*>8</);
    expect(html).toMatch(/data-figure="roadmap-artificial-intelligence-2022"[^>]*>9</);
    const row = /<tr id="fig-roadmap-artificial-intelligence-2022"[\s\S]*?<\/tr>/.exec(html)![0];
    expect(text(row)).toContain(t(locale, 'basis.edition'));
    expect(text(row)).not.toContain(` ${t(locale, 'basis.actual')} `);
  });

  it('show the roadmap-linked R&D support with both figures and their bases on every field page', () => {
    const missing = fields.filter((f) => {
      const html = page(`${prefix}/roadmap/${f.id}/`);
      return !['roadmap-2022-linked-budget', '1-1-2022-roadmap-rd-budget', '1-1-2022-roadmap-rd-projects'].every((id) => html.includes(`data-figure="${id}"`))
        || !text(html).includes(t(locale, 'basis.plan')) || !text(html).includes(t(locale, 'basis.actual'));
    });
    expect(missing.map((f) => f.id)).toEqual([]);
    const html = text(page(`${prefix}/roadmap/bio/`));
    expect(html).toContain(locale === 'ko' ? '879억원' : 'KRW 87.9 billion');
    expect(html).toContain(locale === 'ko' ? '708억원' : 'KRW 70.8 billion');
  });

  it('link every field page to the product lists at the address the press release gives, and to the startup support item', () => {
    const missing = fields.filter((f) => {
      const html = page(`${prefix}/roadmap/${f.id}/`);
      return !html.includes('href="https://smroadmap.smtech.go.kr"') || !html.includes(`href="${prefix}/programmes/technology-roadmap/#startup-support-period"`);
    });
    expect(missing.map((f) => f.id)).toEqual([]);
  });
});

describe.each([['ko', ''], ['en', '/en']] as const)('roadmap index and programme (%s)', (locale, prefix) => {
  it('compares 2021 and 2022 with old and new names side by side and the change in words', () => {
    const html = page(`${prefix}/roadmap/`);
    const row = (id: string) => text([...html.matchAll(/<tr data-field="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].find((m) => m[1] === id)![2]!).trim();
    expect(row('smart-home')).toBe(locale === 'ko' ? 'IoT 스마트홈 명칭 변경 · 범위 변경 6 7' : 'Internet of Things (IoT) Smart home Renamed · Rescoped 6 7');
    expect(row('ccus')).toContain(t(locale, 'roadmap.change.new'));
    expect(text(html)).toContain(`${t(locale, 'roadmap.total')} (${t(locale, 'roadmap.fieldCount', { n: 30 })} → ${t(locale, 'roadmap.fieldCount', { n: 32 })}) 197 224`);
  });

  it('gives the startup support period (7 → 10 years) its own heading on the roadmap-linked programme page', () => {
    const html = page(`${prefix}/programmes/technology-roadmap/`);
    const heading = /<h2 id="startup-support-period">([\s\S]*?)<\/h2>/.exec(html)?.[1] ?? '';
    expect(heading).toContain('data-figure="roadmap-2022-startup-period-current"');
    expect(heading).toContain('data-figure="roadmap-2022-startup-period-max"');
    expect(text(heading)).toMatch(locale === 'ko' ? /7년 → 10년/ : /7 years → 10 years/);
    expect(main(html)).toContain('id="startup-support-period"');
  });
});
