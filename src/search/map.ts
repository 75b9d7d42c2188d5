// The build-time map every search box fetches on first use: small, so codes, constant names,
// Chinese names and aliases are answered at once, before (and without) Pagefind.
import type { CodeInfo } from './query.ts';

/** One code in /search/codes.json: [code, title, titleZh, category, retry, seenIn, names, aliases, V2 codes]. */
export type MapRow = [number, string, string, string, string, string[], string[], string[], number[]];

/** The search filters (category, retry, seen), each a list of [value, label] in display order. */
export type FilterLabels = Record<'category' | 'retry' | 'seen', [string, string][]>;

/** The file: filter labels in each language, and one row per code, numerically. */
export interface SearchMap {
  filters: Record<string, FilterLabels>;
  codes: MapRow[];
}

/** The rows as objects for the query functions. */
export function codesFromMap(map: SearchMap): CodeInfo[] {
  return map.codes.map(([code, title, titleZh, category, retry, seenIn, names, aliases, v2]) => ({
    code,
    title,
    titleZh,
    category,
    retry,
    seenIn,
    names,
    aliases,
    v2,
  }));
}

/** The SDK families a constant name belongs to, read from its shape. */
export function sdkFamilies(name: string): ('cpp' | 'csharp' | 'ios' | 'android' | 'flutter' | 'v2')[] {
  if (name.startsWith('kNIMRes')) return ['cpp', 'csharp'];
  if (name.startsWith('NIMRemoteError')) return ['ios'];
  if (name.startsWith('ResponseCode.')) return ['android'];
  if (name.startsWith('NIMResultCode.')) return ['flutter'];
  if (name.startsWith('V2NIM_')) return ['v2'];
  return [];
}
