// UI strings come from one dictionary per language; content text comes from bilingual records.
import ko from '../i18n/ko.json';
import en from '../i18n/en.json';
import { locales, type Bilingual, type Locale } from '../schemas/common.ts';
import { fillTemplate } from './template.ts';

export type UiKey = keyof typeof ko;
const dictionaries: Record<Locale, Record<UiKey, string>> = { ko, en };

/** The default (source) language. */
export const defaultLocale: Locale = locales[0];

/** A UI string with `{name}` placeholders filled in. */
export function t(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  const template = dictionaries[locale][key];
  if (template === undefined) throw new Error(`UI string "${key}" is missing for locale "${locale}"`);
  return fillTemplate(template, params);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** A UI string about a count: its `<key>.one` form where the language's grammar takes the singular
 *  ("1 programme"); `{n}` is the count unless `params` gives it written otherwise. */
export function tCount(locale: Locale, key: UiKey, count: number, params: Record<string, string | number> = {}): string {
  const rules = pluralRules.get(locale) ?? pluralRules.set(locale, new Intl.PluralRules(locale)).get(locale)!;
  const one = `${key}.one`;
  const singular = rules.select(count) === 'one' && one in dictionaries[locale];
  return t(locale, singular ? (one as UiKey) : key, { n: count, ...params });
}

/** A source section as readers know it: named parts in words (Annex 1), numbered ones as coded (II-1-1). */
export function sectionLabel(locale: Locale, code: string): string {
  const key = `section.${code}`;
  return key in dictionaries[locale] ? t(locale, key as UiKey) : code;
}

/** Text in the page's language, or the Korean original marked as a fallback when the translation is pending. */
export interface LocalizedText {
  text: string;
  lang: Locale;
  fallback: boolean;
}

/** Picks a bilingual record's text for a locale. */
export function pick(text: Bilingual, locale: Locale): LocalizedText {
  const wanted = text[locale];
  if (wanted) return { text: wanted, lang: locale, fallback: false };
  return { text: text.ko, lang: 'ko', fallback: locale !== 'ko' };
}

/** The other languages of the site, for the language switch. */
export function otherLocales(locale: Locale): Locale[] {
  return locales.filter((l) => l !== locale);
}
