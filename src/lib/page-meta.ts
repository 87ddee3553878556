// Per-page head data, computed once from the page's locale and language-neutral path.
import { locales, type Locale } from '../schemas/common.ts';
import { defaultLocale } from './i18n.ts';
import { localize } from './routes.ts';

export interface PageMeta {
  lang: Locale;
  canonical: string;
  /** hreflang alternates, every locale plus x-default (the Korean page). */
  alternates: { hreflang: string; href: string }[];
  /** The same page in every language, this one marked current, for the language switch. */
  languages: { locale: Locale; href: string; current: boolean }[];
}

/** Head data for a page, with absolute URLs on `site`. */
export function pageMeta(locale: Locale, path: string, site: URL): PageMeta {
  const absolute = (l: Locale) => new URL(localize(l, path), site).href;
  return {
    lang: locale,
    canonical: absolute(locale),
    alternates: [
      ...locales.map((l) => ({ hreflang: l, href: absolute(l) })),
      { hreflang: 'x-default', href: absolute(defaultLocale) },
    ],
    languages: locales.map((l) => ({ locale: l, href: localize(l, path), current: l === locale })),
  };
}

/** The locale of a built page from its URL path (`/en/…` is English, everything else Korean). */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return (locales as readonly string[]).includes(first ?? '') && first !== defaultLocale ? (first as Locale) : defaultLocale;
}
