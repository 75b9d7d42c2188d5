// Pagefind, loaded and started once per page. Its own module, so that the page module can start it
// the moment a search box gets focus, while the search module and its map are still arriving.
import { url } from '../lib/url.ts';
import type { Pagefind, PagefindModule } from './pagefind.d.ts';

let pagefind: Promise<Pagefind> | undefined;

/** The Pagefind instance for this page's language (Pagefind picks the index from <html lang>). */
export function loadPagefind(): Promise<Pagefind> {
  return (pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ url('pagefind/pagefind.js'))) as PagefindModule;
    // noWorker: the index is small, and a worker would add a 12 KB fetch and a worker-src to the CSP.
    const instance = module.createInstance({ noWorker: true });
    // Pagefind stores URLs relative to the site root; baseUrl adds BASE_PATH.
    await instance.options({ baseUrl: url(), excerptLength: 18, ranking: { termFrequency: 0.6, pageLength: 0.4 } });
    await instance.init();
    return instance;
  })());
}
