import type { FilterLabels, MapRow } from '../search/map.ts';
import type { Strings } from '../i18n/ui.ts';
import type { CodeData } from './schema.ts';
import { RETRY_VALUES, SEEN_IN_VALUES } from './schema.ts';
import { sdkNames } from './sdk-names.ts';

/** The fields of a code that search reads. */
type SearchData = Pick<CodeData, 'code' | 'title' | 'titleZh' | 'category' | 'retry' | 'seenIn' | 'constants' | 'aliases'>;

/** A code's row of the search map, from its front matter and its V2 counterparts: every name a reader may hold it by. */
export function searchMapRow(data: SearchData, v2Codes: number[]): MapRow {
  const names = sdkNames(data.constants).map((row) => row.name);
  return [data.code, data.title, data.titleZh, data.category, data.retry, data.seenIn, names, data.aliases, v2Codes];
}

/** The filter values with their labels in one language, in display order. */
export function filterLabels(categories: { slug: string; title: string }[], t: Strings): FilterLabels {
  return {
    category: categories.map((c) => [c.slug, c.title]),
    retry: RETRY_VALUES.map((value) => [value, t.retry[value].label]),
    seen: SEEN_IN_VALUES.map((value) => [value, t.seen[value]]),
  };
}
