// /og/ko.png and /og/en.png: the share image of each language (src/lib/share-image.ts).
import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../schemas/common.ts';
import { site, siteTagline } from '../../data/site.ts';
import { t } from '../../lib/i18n.ts';
import { renderShareImage } from '../../lib/share-image.ts';

export function getStaticPaths() {
  return locales.map((locale) => ({ params: { locale }, props: { locale } }));
}

export const GET: APIRoute<{ locale: Locale }> = async ({ props: { locale } }) => {
  const s = await site();
  const png = await renderShareImage({ lang: locale, name: t(locale, 'site.name'), tagline: siteTagline(s, locale), publisher: t(locale, 'site.publisher') });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
