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

/**
 * The plan whose pages were published before addresses were scoped by plan: they keep their addresses
 * (`/plan/`, `/tasks/1-1/`) for ever. Every other plan's pages are under `/plans/<ordinal>/` (docs/decisions.md).
 */
export const rootPlan = 4;

/** Prefix of a plan's pages: '' for the root plan, `/plans/5` for the 5th. */
export function planPrefix(plan: number): string {
  return plan === rootPlan ? '' : `/plans/${plan}`;
}

/** Language-neutral paths of every page kind; strategies, tasks and schedules are scoped by plan, measures by their year. */
export const paths = {
  home: () => '/',
  plan: (plan: number) => (plan === rootPlan ? '/plan/' : `${planPrefix(plan)}/`),
  strategy: (plan: number, code: string) => `${planPrefix(plan)}/strategies/${code}/`,
  task: (plan: number, code: string) => `${planPrefix(plan)}/tasks/${code}/`,
  measure: (id: string) => `/measures/${id}/`,
  programmes: () => '/programmes/',
  programme: (slug: string) => `/programmes/${slug}/`,
  roadmap: () => '/roadmap/',
  roadmapField: (slug: string) => `/roadmap/${slug}/`,
  schedule: (plan: number) => `${planPrefix(plan)}/schedule/`,
  search: () => '/search/',
  guide: () => '/guide/',
  data: () => '/data/',
  glossary: () => '/glossary/',
};

/** Anchor id of a measure on its task page. */
export function measureAnchor(id: string): string {
  return `m-${id}`;
}

/** The `[...scope]` route parameter of a plan's pages: undefined for the root plan, `plans/5` for the 5th. */
export function planParam(plan: number): string | undefined {
  return planPrefix(plan).slice(1) || undefined;
}
