// getStaticPaths helpers: one template per page kind, built once per locale.
import { locales, type Locale } from '../schemas/common.ts';
import { localeParam } from './routes.ts';

/** One path per locale: `{ params: { locale }, props: { locale } }`. */
export function perLocale() {
  return locales.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
}

/** One path per locale and item, with the item's own params and props. */
export function perLocaleAndItem<T>(items: T[], params: (item: T) => Record<string, string | undefined>) {
  return locales.flatMap((locale: Locale) =>
    items.map((item) => ({ params: { locale: localeParam(locale), ...params(item) }, props: { locale, item } })),
  );
}
