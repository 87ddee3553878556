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
