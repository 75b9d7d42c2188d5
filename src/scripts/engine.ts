// Pagefind, loaded and started once per page and language. Its own module, so that the page module
// can start it the moment a search box gets focus, while the search module and its map still arrive.
import { LANG_TAG } from '../i18n/ui.ts';
import { localeOf, url } from '../lib/url.ts';
import { loadCodeMap } from './code-map.ts';
import type { Pagefind, PagefindModule, Result, SearchResponse } from './pagefind.d.ts';

/** The Pagefind language of this page's index, from its <html lang>: "en" or "zh-cn". */
export const PAGE_LANGUAGE = LANG_TAG[localeOf(location.pathname)].toLowerCase();

const instances = new Map<string, Promise<Pagefind>>();

/** A search that keeps only the results of one language's index (their ids start with it). */
function onlyLanguage(pagefind: Pagefind, language: string): Pagefind {
  const keep = (response: SearchResponse | null) =>
    response && { ...response, results: response.results.filter((result: Result) => result.id.startsWith(`${language}_`)) };
  return { ...pagefind, search: async (term, options) => keep(await pagefind.search(term, options)) };
}

/**
 * The Pagefind instance that searches one language's index: this page's by default. Pagefind picks
 * its main index from <html lang>, so another language's index (Chinese typed on an English page)
 * is merged in and the search keeps its results only. A language split into shards (a very large
 * site, src/lib/search-shards.ts) has its further shards merged too.
 */
export function loadPagefind(language: string = PAGE_LANGUAGE): Promise<Pagefind> {
  let instance = instances.get(language);
  if (!instance) {
    instance = (async () => {
      const module = (await import(/* @vite-ignore */ url('pagefind/pagefind.js'))) as PagefindModule;
      // noWorker: the index is small, and a worker would add a 12 KB fetch and a worker-src to the CSP.
      const pagefind = module.createInstance({ noWorker: true });
      // Pagefind stores URLs relative to the site root; baseUrl adds BASE_PATH.
      await pagefind.options({ baseUrl: url(), excerptLength: 18, ranking: { termFrequency: 0.6, pageLength: 0.4 } });
      await pagefind.init();
      // The main bundle again, by its full address: Pagefind skips a merge of the path it already uses.
      if (language !== PAGE_LANGUAGE) await pagefind.mergeIndex(new URL(url('pagefind/'), location.href).href, { language });
      const shards = (await loadCodeMap().catch(() => undefined))?.shards[language] ?? [];
      for (const dir of shards) await pagefind.mergeIndex(url(dir), { language });
      return language === PAGE_LANGUAGE ? pagefind : onlyLanguage(pagefind, language);
    })();
    instances.set(language, instance);
  }
  return instance;
}
