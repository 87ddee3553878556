// The real content against the real source documents: no problem of any kind, and the figures a reader is
// most likely to look for carry the numbers the sources print.
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { readContentFiles, readSources } from '../../src/lib/content-check/read.ts';
import { parseContentFile } from '../../src/lib/content-check/parse.ts';
import type { Figure } from '../../src/schemas/figure.ts';
import { root, sources as sourcesDir } from '../support/project.ts';

const files = await readContentFiles(root);
const sources = await readSources(sourcesDir);
const figures: Figure[] = files.flatMap((f) => {
  const parsed = parseContentFile(f.path, f.text);
  return 'data' in parsed ? (((parsed.data as { figures?: Figure[] }).figures) ?? []) : [];
});

describe('content against the sources', () => {
  it('has no content problem (schemas, references, quotes, values)', async () => {
    const { problems } = await checkContent(files, sources);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('reads both source documents', () => {
    expect(Object.keys(sources).sort()).toEqual(['000', '004']);
  });

  // [document, words of the source, the value in base units]
  it.each([
    ['000', '1조 1,081억원', 1108100000000],
    ['000', '5,987억원', 598700000000],
    ['000', '1,271억원', 127100000000],
    ['000', '525개, 708억원', 70800000000],
    ['000', '4조 114억원', 4011400000000],
    ['000', '3,794명', 3794],
    ['000', '1조 1,657억원', 1165700000000],
    ['000', '(‘23) 120개사, 315억원', 31500000000],
    ['004', '879억원', 87900000000],
  ] as const)('document %s: "%s" is stored as %d', (document, words, value) => {
    const matching = figures.filter((f) => f.source.document === document && f.source.quote.replace(/\s+/g, ' ').includes(words));
    expect(matching.length, `no figure quotes "${words}"`).toBeGreaterThan(0);
    expect(matching.map((f) => f.value)).toContain(value);
  });

  it('keeps the two roadmap-linked support figures of 2022 apart (708억원 result, 879억원 plan)', () => {
    const result = figures.find((f) => f.value === 70800000000 && f.source.document === '000');
    const plan = figures.find((f) => f.value === 87900000000 && f.source.document === '004');
    expect(result?.basis).toBe('actual');
    expect(plan?.basis).toBe('plan');
  });
});
