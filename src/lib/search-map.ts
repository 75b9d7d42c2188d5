import type { FilterLabels, MapRow } from '../search/map.ts';
import type { Strings } from '../i18n/ui.ts';
import type { CodeData, V2CodeData } from './schema.ts';
import { RETRY_VALUES, SEEN_IN_VALUES } from './schema.ts';
import { sdkNames } from './sdk-names.ts';

/** The fields of a code that search reads. */
type SearchData = Pick<CodeData, 'code' | 'title' | 'titleZh' | 'category' | 'retry' | 'seenIn' | 'constants' | 'aliases'>;

/** A code's row of the search map, from its front matter and its V2 counterparts: every name a reader may hold it by. */
export function searchMapRow(data: SearchData, v2Codes: number[]): MapRow {
  const names = sdkNames(data.constants).map((row) => row.name);
  return [data.code, data.title, data.titleZh, data.category, data.retry, data.seenIn, names, data.aliases, v2Codes];
}

/** A V2 code's row: its constant is its one name, and its V1 codes its pairs. */
export function v2SearchMapRow(data: V2CodeData): MapRow {
  return [data.code, data.title, data.titleZh, 'v2', data.retry, data.seenIn, [data.constant], data.aliases, data.v1.map((pair) => pair.code)];
}

/** The filter values with their labels in one language, in display order. */
export function filterLabels(categories: { slug: string; title: string }[], t: Strings): FilterLabels {
  return {
    // The V2 codes and the guides are searched too; each is one more value of the category filter.
    category: [...categories.map((c): [string, string] => [c.slug, c.title]), ['v2', t.v2Home], ['guide', t.guidesHeading]],
    retry: RETRY_VALUES.map((value) => [value, t.retry[value].label]),
    seen: SEEN_IN_VALUES.map((value) => [value, t.seen[value]]),
  };
}
