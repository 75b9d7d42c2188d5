// The build-time map every search box fetches on first use: small, so codes, constant names,
// Chinese names and aliases are answered at once, before (and without) Pagefind.
import type { CodeInfo } from './query.ts';

/**
 * One code in /search/codes.json: [code, title, titleZh, category, retry, seenIn, names, aliases, pairs].
 * A V2 row has the category "v2", its constant as its one name, and its V1 codes as its pairs; a V1
 * row has its V2 codes.
 */
export type MapRow = [number, string, string, string, string, string[], string[], string[], number[]];

/** The search filters (category, retry, seen), each a list of [value, label] in display order. */
export type FilterLabels = Record<'category' | 'retry' | 'seen', [string, string][]>;

/**
 * The file: filter labels in each language, one row per V1 code, numerically, and the V2 codes a
 * three-digit number may also mean (0, 201, 417…). /search/v2.json holds every V2 row, fetched only
 * for a query that looks like V2 (six digits, a V2 constant).
 */
export interface SearchMap {
  filters: Record<string, FilterLabels>;
  codes: MapRow[];
  v2: MapRow[];
  /** For each Pagefind language, the further shards of its index; absent when the index is one bundle. */
  shards?: Record<string, string[]>;
}

/** The rows as objects for the query functions: V1 rows, then V2 rows. */
export function codesFromMap(map: { codes: MapRow[]; v2?: MapRow[] }): CodeInfo[] {
  return [...map.codes.map((row) => fromRow(row, 'v1')), ...(map.v2 ?? []).map((row) => fromRow(row, 'v2'))];
}

function fromRow([code, title, titleZh, category, retry, seenIn, names, aliases, v2]: MapRow, family: 'v1' | 'v2'): CodeInfo {
  return {
    code,
    family,
    title,
    titleZh,
    category,
    retry,
    seenIn,
    names,
    aliases,
    v2,
  };
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
