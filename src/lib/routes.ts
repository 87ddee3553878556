// URL scheme: Korean, the default language, at the root (`/tasks/1-1/`); every other language under its
// code (`/en/tasks/1-1/`). All internal links are built here so they stay consistent.
import { defaultLocale } from './i18n.ts';
import type { Locale } from '../schemas/common.ts';

/** Prefix of a locale's pages: '' for Korean, '/en' for English. */
export function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

/** The `[...locale]` route parameter for a locale (undefined for the root language). */
export function localeParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/** A site path in a locale: localize('en', '/tasks/1-1/') → '/en/tasks/1-1/'. */
export function localize(locale: Locale, path: string): string {
  return `${localePrefix(locale)}${path}`;
}

/** The same page in another language. */
export function switchLocale(path: string, from: Locale, to: Locale): string {
  const prefix = localePrefix(from);
  const bare = prefix && path.startsWith(prefix) ? path.slice(prefix.length) || '/' : path;
  return localize(to, bare);
}

/** Language-neutral paths of every page kind. */
export const paths = {
  home: () => '/',
  plan: () => '/plan/',
  strategy: (id: string) => `/strategies/${id}/`,
  task: (id: string) => `/tasks/${id}/`,
  measure: (id: string) => `/measures/${id}/`,
  programmes: () => '/programmes/',
  programme: (slug: string) => `/programmes/${slug}/`,
  roadmap: () => '/roadmap/',
  roadmapField: (slug: string) => `/roadmap/${slug}/`,
  schedule: () => '/schedule/',
  search: () => '/search/',
  guide: () => '/guide/',
  data: () => '/data/',
  glossary: () => '/glossary/',
};

/** Anchor id of a measure on its task page. */
export function measureAnchor(id: string): string {
  return `m-${id}`;
}
