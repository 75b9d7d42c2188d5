import { defineMiddleware } from 'astro:middleware';
import { indexedPages } from './lib/codes.ts';
import { FEEDER, type SearchFeed } from './lib/page-feeder.ts';

let expecting: Promise<void> | undefined;

/**
 * During `astro build`, hands each page the search index holds to Pagefind as soon as it is
 * rendered (src/integrations/pagefind.ts), so that indexing runs beside rendering instead of after
 * it, and no faster than Pagefind keeps up. The page itself goes out unchanged. Outside a build
 * there is no feeder and nothing happens.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const feeder = (globalThis as Record<symbol, SearchFeed | undefined>)[FEEDER];
  if (!feeder) return next();
  await (expecting ??= indexedPages().then((pages) => feeder.expect(pages)));
  const path = context.url.pathname;
  if (!feeder.wants(path)) return next();
  const response = await next();
  const html = await response.text();
  feeder.deliver(path, html);
  // Holding this page back holds back Astro's next renders: the search index sets the pace.
  await feeder.ready();
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
