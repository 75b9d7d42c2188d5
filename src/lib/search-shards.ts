// How the search index is split once a language outgrows one Pagefind index. Pagefind holds a whole
// index in memory while it writes it, several hundred KB a page; split into shards of a bounded size,
// written one after another while the site still renders, a large site indexes in bounded memory.
// The reader's search merges the shards of the page's language (src/scripts/engine.ts).

/** A page the search index holds, with the Pagefind language of its index ("en", "zh-cn"). */
export interface IndexedPage {
  path: string;
  language: string;
}

/**
 * One Pagefind index of one language, and where it goes under dist/. The main bundle holds one
 * part per language: Pagefind keeps languages apart (each file it writes belongs to one language,
 * bar pagefind-entry.json, which lists them), so the parts index and write side by side, in
 * processes of their own, and are merged into one bundle that is byte for byte what one process
 * would write.
 */
export interface Shard {
  /** Folder under the output, ending in "/": "pagefind/" for the main bundle. */
  dir: string;
  /** The Pagefind language of its pages ("en", "zh-cn"). */
  language: string;
  /** Its pages, in the order the index receives them. */
  pages: string[];
}

/** The main bundle, which every page's search loads first. */
export const MAIN_BUNDLE = 'pagefind/';

/** Pages per language in one shard, unless SEARCH_SHARD_PAGES says otherwise (tests use small shards). */
export const SHARD_PAGES = 1000;

/**
 * Splits the pages into shards of one language each: the first `size` pages of each language go to
 * the main bundle (so a site of up to `size` pages per language has one bundle, as if unsplit), and
 * each further run of `size` pages of a language to a bundle of its own, pagefind/shards/<language>-<n>/.
 */
export function planShards(pages: IndexedPage[], size: number = SHARD_PAGES): Shard[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`the shard size must be a positive whole number, got ${size}`);
  const byLanguage = new Map<string, Shard[]>();
  for (const { path, language } of pages) {
    const list = byLanguage.get(language) ?? [];
    byLanguage.set(language, list);
    let shard = list.at(-1);
    if (!shard || shard.pages.length === size) {
      shard = { dir: list.length === 0 ? MAIN_BUNDLE : `${MAIN_BUNDLE}shards/${language}-${list.length}/`, language, pages: [] };
      list.push(shard);
    }
    shard.pages.push(path);
  }
  const shards = [...byLanguage.values()];
  // The main bundle's parts first, in the order their languages appear; then the further shards.
  return [...shards.map((list) => list[0] as Shard), ...shards.flatMap((list) => list.slice(1))];
}

/** For each language (in code-point order), the folders of its shards beyond the main bundle: what the reader's search merges. */
export function extraShards(shards: Shard[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const shard of [...shards].sort((a, b) => (a.language < b.language ? -1 : a.language > b.language ? 1 : 0))) {
    if (shard.dir !== MAIN_BUNDLE) (out[shard.language] ??= []).push(shard.dir);
  }
  return out;
}

/** What the build's search indexer holds at one moment: the bounds of {@link hasRoom} apply to it. */
export interface IndexerLoad {
  /** Full shards not written yet (being written, or waiting their turn): each is a Pagefind process holding its whole index. */
  fullShards: number;
  /** Pages handed to Pagefind and not yet indexed. */
  waitingPages: number;
}

/**
 * Full shards at most before rendering waits: one. When a second fills, both are being written
 * (two writes run at once) while rendering waits; each write is a Pagefind process at its peak.
 */
export const MAX_FULL_SHARDS = 1;
/** Pages waiting for Pagefind at most: a few batches for each shard. */
export const MAX_WAITING_PAGES = 256;

/**
 * Whether rendering may go on handing pages to the indexer. Pagefind indexes more slowly than Astro
 * renders; without a bound, full shards wait for their turn to be written, each a process holding
 * its whole index, and 10,000 codes took 5 GiB (docs/performance.md). When this says no, the page just handed over waits,
 * and so Astro's rendering waits, until a write or the indexing of waiting pages ends: both go on
 * without new pages, so the wait always ends.
 */
export function hasRoom(load: IndexerLoad): boolean {
  return load.fullShards <= MAX_FULL_SHARDS && load.waitingPages <= MAX_WAITING_PAGES;
}

/** The shard size of this build: SEARCH_SHARD_PAGES when set, else SHARD_PAGES. */
export function shardSize(env: Record<string, string | undefined>): number {
  const raw = env.SEARCH_SHARD_PAGES;
  return raw === undefined || raw === '' ? SHARD_PAGES : Number(raw);
}
