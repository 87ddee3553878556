// /robots.txt: crawl everything; where the sitemap is.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/sitemap.ts';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(new URL('/sitemap.xml', site).href), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
