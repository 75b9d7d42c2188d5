import { localeOf, url } from '../lib/url.ts';
import { codesFromMap, type FilterLabels, type SearchMap } from '../search/map.ts';
import { createIndex, type SearchIndex } from '../search/query.ts';

/** The search map, indexed, with the filter labels in the language of the page. */
export interface LoadedMap {
  index: SearchIndex;
  filters: FilterLabels;
}

let map: Promise<LoadedMap> | undefined;
let words: Promise<string[]> | undefined;

/** The build-time map of every code (/search/codes.json), fetched once and indexed. */
export function loadCodeMap(): Promise<LoadedMap> {
  return (map ??= fetch(url('search/codes.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`search/codes.json: HTTP ${response.status}`);
      return response.json() as Promise<SearchMap>;
    })
    .then((data) => ({
      index: createIndex(codesFromMap(data)),
      filters: data.filters[localeOf(location.pathname)] ?? { category: [], retry: [], seen: [] },
    })));
}

/** The site's words, most frequent first (/search/words.json): fetched only to correct a misspelling. */
export function loadVocabulary(): Promise<string[]> {
  return (words ??= fetch(url('search/words.json')).then((response) => {
    if (!response.ok) throw new Error(`search/words.json: HTTP ${response.status}`);
    return response.json() as Promise<string[]>;
  }));
}
