// Source sections are named in words where the source names them, and kept as coded where it numbers them.
import { describe, expect, it } from 'vitest';
import { sectionLabel } from '../../src/lib/i18n.ts';

describe('sectionLabel', () => {
  it('names the parts of the press release and the summary', () => {
    expect([sectionLabel('en', 'ref-1'), sectionLabel('en', 'release'), sectionLabel('ko', 'ref-2'), sectionLabel('ko', 'summary')])
      .toEqual(['Annex 1', 'main text', '참고 2', '주요내용']);
  });
  it('keeps numbered sections as coded', () => {
    expect([sectionLabel('en', 'II-1-1'), sectionLabel('ko', 'IV-4-2')]).toEqual(['II-1-1', 'IV-4-2']);
  });
});
