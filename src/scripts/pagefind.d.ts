// The subset of Pagefind's browser API (dist/pagefind/pagefind.js) that the search module uses.

/** Options passed to pagefind.options(). */
export interface PagefindOptions {
  baseUrl?: string;
  excerptLength?: number;
  ranking?: { termFrequency?: number; termSimilarity?: number; termSaturation?: number; pageLength?: number };
}

/** Counts per filter value, e.g. { category: { Server: 12 } }. */
export type FilterCounts = Record<string, Record<string, number>>;

/** A matching section of a page. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string; element: string };
}

/** The loaded data of one result. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: SubResult[];
}

/** One result before its data is loaded. */
export interface Result {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

/** What pagefind.search() resolves to (null when a newer search superseded it). */
export interface SearchResponse {
  results: Result[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

/** The module itself: createInstance() gives an instance with its own init options. */
export interface PagefindModule {
  createInstance(options: { noWorker?: boolean; basePath?: string }): Pagefind;
}

/** One Pagefind instance. */
export interface Pagefind {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<SearchResponse | null>;
  filters(): Promise<FilterCounts>;
  /** Adds another bundle's index (another language, a shard) to this instance's searches. */
  mergeIndex(indexPath: string, options?: { language?: string; indexWeight?: number }): Promise<void>;
}
