import { url } from '../lib/url.ts';

/** One code as the search and 404 pages know it, from /search/codes.json. */
export interface MapEntry {
  code: number;
  title: string;
  category: string;
}

let map: Promise<MapEntry[]> | undefined;

/** The build-time list of every code (number, title, category), fetched once, sorted numerically. */
export function loadCodeMap(): Promise<MapEntry[]> {
  return (map ??= fetch(url('search/codes.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`search/codes.json: HTTP ${response.status}`);
      return response.json() as Promise<[number, string, string][]>;
    })
    .then((rows) => rows.map(([code, title, category]) => ({ code, title, category }))));
}
