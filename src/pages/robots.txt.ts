import type { APIRoute } from 'astro';
import { absoluteUrl, url } from '../lib/url.ts';

/** Allows everything and names the absolute sitemap URL. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(url('sitemap-index.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
