// Translations that once said more (or less) than the source: each English text is held to the Korean words
// it translates, wherever those words appear in content (figure labels, programme and glossary texts, bodies).
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content-check/read.ts';
import { root } from '../support/project.ts';

const files = await readContentFiles(root);
const text = (path: string) => files.find((f) => f.path === path)!.text;
/** English values of `{ ko: …, en: … }` pairs whose Korean contains `words`, in every YAML and frontmatter. */
const englishOf = (words: string) =>
  files.flatMap((f) => [...f.text.matchAll(/ko: "?([^"\n]*?)"?, en: "?([^"\n]*?)"? \}/g)].filter((m) => m[1]!.includes(words)).map((m) => ({ file: f.path, en: m[2]! })));

describe('출연금 of the win-win smart factories', () => {
  // Ⅱ-2-1 says "33개의 대기업·공공기관이 참여 … (출연금 307.9억)": it does not say who contributes.
  it('is a contribution, not a government one, in every English text', () => {
    const labels = englishOf('민간중심 스마트공장 구축 출연금');
    // The three figures of Ⅱ-2-1 and the programme's chart title at least.
    expect(labels.length).toBeGreaterThanOrEqual(4);
    const summary = englishOf('민간중심 스마트공장에 출연금을 지원');
    const body = text('measures/2022/2-1-1.en.mdx').split('\n').find((l) => l.includes('2-1-2022-win-win-contribution'))!;
    for (const { file, en } of [...labels, ...summary, { file: '2-1-1.en.mdx', en: body }]) {
      expect(en, file).toMatch(/contribution/i);
      expect(en, file).not.toMatch(/government/i);
    }
  });
});

describe('친환경·에너지 among the five super-gap fields', () => {
  // Ⅳ-1-2 lists "친환경·에너지" as one field of two parts; "eco-friendly energy" would narrow it to one.
  it('names both parts in every English text that lists the fields', () => {
    const lists = [
      ...englishOf('친환경·에너지'),
      { file: 'super-gap-fields.yaml', en: text('glossary/super-gap-fields.yaml').split('\n').find((l) => l.startsWith('  en:'))! },
      { file: '1-2-2.en.mdx', en: text('measures/2023/1-2-2.en.mdx').split('\n').find((l) => l.includes('1-2-2023-super-gap-fields'))! },
    ];
    expect(lists.length).toBe(3);
    for (const { file, en } of lists) expect(en, file).toContain('eco-friendly technology and energy');
    for (const f of files) expect(f.text, f.path).not.toMatch(/eco-friendly energy/i);
  });
});
