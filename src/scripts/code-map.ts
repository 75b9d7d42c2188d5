import { localeOf, url } from '../lib/url.ts';
import { codesFromMap, type FilterLabels, type MapRow, type SearchMap } from '../search/map.ts';
import { createIndex, type SearchIndex } from '../search/query.ts';

/** The search map, indexed, with the filter labels in the language of the page. */
export interface LoadedMap {
  index: SearchIndex;
  filters: FilterLabels;
  /** For each Pagefind language, the further shards of its index (none on a site of normal size). */
  shards: Record<string, string[]>;
}

let map: Promise<LoadedMap> | undefined;
let withV2: Promise<LoadedMap> | undefined;
let rows: Promise<SearchMap> | undefined;
let words: Promise<string[]> | undefined;

/** The build-time map of every code (/search/codes.json), fetched once and indexed. */
export function loadCodeMap(): Promise<LoadedMap> {
  rows ??= fetch(url('search/codes.json')).then((response) => {
    if (!response.ok) throw new Error(`search/codes.json: HTTP ${response.status}`);
    return response.json() as Promise<SearchMap>;
  });
  return (map ??= rows.then((data) => loaded(data, data.v2)));
}

/**
 * The map with every V2 code in it (/search/v2.json besides /search/codes.json): fetched only for a
 * query that looks like V2, so that a V1 query costs nothing more.
 */
export function loadCodeMapWithV2(): Promise<LoadedMap> {
  return (withV2 ??= Promise.all([
    loadCodeMap().then(() => rows as Promise<SearchMap>),
    fetch(url('search/v2.json')).then((response) => {
      if (!response.ok) throw new Error(`search/v2.json: HTTP ${response.status}`);
      return response.json() as Promise<{ v2: MapRow[] }>;
    }),
  ]).then(([data, extra]) => loaded(data, extra.v2)));
}

function loaded(data: SearchMap, v2: MapRow[]): LoadedMap {
  return {
    index: createIndex(codesFromMap({ codes: data.codes, v2 })),
    filters: data.filters[localeOf(location.pathname)] ?? { category: [], retry: [], seen: [] },
    shards: data.shards ?? {},
  };
}

/** The site's words, most frequent first (/search/words.json): fetched only to correct a misspelling. */
export function loadVocabulary(): Promise<string[]> {
  return (words ??= fetch(url('search/words.json')).then((response) => {
    if (!response.ok) throw new Error(`search/words.json: HTTP ${response.status}`);
    return response.json() as Promise<string[]>;
  }));
}
