// The glossary: one row per programme, agency and glossary term, ordered for a locale's readers (가나다 on
// the Korean page, A–Z on the English page) and grouped by initial. Pure, so it is unit-tested without a build.
import { getChoseong } from 'es-hangul';
import type { Bilingual, Locale } from '../schemas/common.ts';

export type GlossaryKind = 'programme' | 'agency' | 'abbreviation' | 'term';

type Short = { ko?: string; en?: string };
type EnglishName = 'official' | 'translation';

export interface GlossaryRow {
  /** Anchor on the glossary page, unique across kinds: `programme-smart-factory`. */
  id: string;
  kind: GlossaryKind;
  slug: string;
  name: Bilingual;
  short?: Short;
  englishName: EnglishName;
  /** Programme summaries and term definitions; agencies have none in content. */
  definition?: Bilingual;
  /** Slugs of related programmes: those an agency is responsible for or runs, those a term names. */
  programmes: string[];
}

export interface GlossaryInput {
  programmes: { id: string; data: { name: Bilingual; englishName: EnglishName; summary: Bilingual; ministry: string; operators: string[] } }[];
  agencies: { id: string; data: { name: Bilingual; short?: Short; englishName: EnglishName } }[];
  terms: { id: string; data: { name: Bilingual; short?: Short; kind: 'abbreviation' | 'term'; englishName: EnglishName; definition: Bilingual; programmes: string[] } }[];
}

/** Every row of the glossary, in no particular order. */
export function glossaryRows({ programmes, agencies, terms }: GlossaryInput): GlossaryRow[] {
  return [
    ...programmes.map((p): GlossaryRow => ({
      id: `programme-${p.id}`, kind: 'programme', slug: p.id, name: p.data.name, englishName: p.data.englishName,
      definition: p.data.summary, programmes: [],
    })),
    ...agencies.map((a): GlossaryRow => ({
      id: `agency-${a.id}`, kind: 'agency', slug: a.id, name: a.data.name, short: a.data.short, englishName: a.data.englishName,
      programmes: programmes.filter((p) => p.data.ministry === a.id || p.data.operators.includes(a.id)).map((p) => p.id),
    })),
    ...terms.map((g): GlossaryRow => ({
      id: `${g.data.kind}-${g.id}`, kind: g.data.kind, slug: g.id, name: g.data.name, short: g.data.short,
      englishName: g.data.englishName, definition: g.data.definition, programmes: g.data.programmes,
    })),
  ];
}

/** An entry under its headword, or a short form (중기부, MSS) pointing to the entry it abbreviates. */
export type GlossaryItem =
  | { type: 'entry'; term: string; row: GlossaryRow }
  | { type: 'see'; term: string; row: GlossaryRow };

export interface GlossaryGroup {
  /** Heading of the group: ㄱ … ㅎ, A … Z, 0–9. */
  label: string;
  /** Anchor of the group, ASCII so that it survives in URLs: `g-3131` (code point of ㄱ), `g-a`. */
  anchor: string;
  items: GlossaryItem[];
}

/** The name a locale's reader looks for; the Korean name while a translation is pending. */
export function headword(row: GlossaryRow, locale: Locale): string {
  return row.name[locale] ?? row.name.ko;
}

// Dictionaries file ㄲ under ㄱ and so on; the collator still puts 가 before 까 within the group.
const plainInitial: Record<string, string> = { ㄲ: 'ㄱ', ㄸ: 'ㄷ', ㅃ: 'ㅂ', ㅆ: 'ㅅ', ㅉ: 'ㅈ' };

/** Group heading for a term: the initial consonant of a Hangul syllable, the capital of a Latin letter. */
export function initialOf(term: string): string {
  const first = term.trim().charAt(0);
  if (/[\uAC00-\uD7A3]/.test(first)) {
    const consonant = getChoseong(first);
    return plainInitial[consonant] ?? consonant;
  }
  if (/[a-z]/i.test(first)) return first.toUpperCase();
  return '0–9';
}

const collators: Record<Locale, Intl.Collator> = {
  // Korean collation puts digits, then Hangul in 가나다 order, then Latin: the order of Korean dictionaries.
  ko: new Intl.Collator('ko', { numeric: true }),
  en: new Intl.Collator('en', { sensitivity: 'base', numeric: true }),
};

/** The glossary of a locale: entries and cross-references, sorted and grouped by initial. */
export function glossaryGroups(rows: GlossaryRow[], locale: Locale): GlossaryGroup[] {
  const items: GlossaryItem[] = rows.flatMap((row) => {
    const term = headword(row, locale);
    const short = row.short?.[locale];
    const entry: GlossaryItem = { type: 'entry', term, row };
    return short && short !== term ? [entry, { type: 'see', term: short, row }] : [entry];
  });
  const collator = collators[locale];
  items.sort((a, b) => collator.compare(a.term, b.term) || (a.type === 'entry' ? -1 : 1));
  const groups: GlossaryGroup[] = [];
  for (const item of items) {
    const label = initialOf(item.term);
    let group = groups.find((g) => g.label === label);
    if (!group) {
      group = { label, anchor: `g-${label === '0–9' ? 'digits' : /[A-Z]/.test(label) ? label.toLowerCase() : label.codePointAt(0)!.toString(16)}`, items: [] };
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}
