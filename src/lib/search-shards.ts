// How the search index is split once a language outgrows one Pagefind index. Pagefind holds a whole
// index in memory while it writes it, several hundred KB a page; split into shards of a bounded size,
// written one after another while the site still renders, a large site indexes in bounded memory.
// The reader's search merges the shards of the page's language (src/scripts/engine.ts).

/** A page the search index holds, with the Pagefind language of its index ("en", "zh-cn"). */
export interface IndexedPage {
  path: string;
  language: string;
}

/** One Pagefind bundle: where it is written under dist/, and the pages it indexes, in order. */
export interface Shard {
  /** Folder under the output, ending in "/": "pagefind/" for the main bundle. */
  dir: string;
  /** The Pagefind languages it holds. */
  languages: string[];
  /** Its pages, in the order the index receives them. */
  pages: string[];
}

/** The main bundle, which every page's search loads first. */
export const MAIN_BUNDLE = 'pagefind/';

/** Pages per language in one shard, unless SEARCH_SHARD_PAGES says otherwise (tests use small shards). */
export const SHARD_PAGES = 1000;

/**
 * Splits the pages into shards: the first `size` pages of each language go to the main bundle (so a
 * site of up to `size` pages per language has one index, as if unsplit), and each further run of
 * `size` pages of a language to a shard of its own, pagefind/shards/<language>-<n>/.
 */
export function planShards(pages: IndexedPage[], size: number = SHARD_PAGES): Shard[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`the shard size must be a positive whole number, got ${size}`);
  const main: Shard = { dir: MAIN_BUNDLE, languages: [], pages: [] };
  const extra = new Map<string, Shard[]>();
  const count = new Map<string, number>();
  for (const { path, language } of pages) {
    const seen = count.get(language) ?? 0;
    count.set(language, seen + 1);
    if (seen < size) {
      if (!main.languages.includes(language)) main.languages.push(language);
      main.pages.push(path);
      continue;
    }
    const list = extra.get(language) ?? [];
    extra.set(language, list);
    const n = Math.floor(seen / size);
    let shard = list[n - 1];
    if (!shard) {
      shard = { dir: `${MAIN_BUNDLE}shards/${language}-${n}/`, languages: [language], pages: [] };
      list.push(shard);
    }
    shard.pages.push(path);
  }
  return [main, ...[...extra.values()].flat()];
}

/** For each language, the folders of its shards beyond the main bundle: what the reader's search merges. */
export function extraShards(shards: Shard[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const shard of shards) {
    if (shard.dir === MAIN_BUNDLE) continue;
    for (const language of shard.languages) (out[language] ??= []).push(shard.dir);
  }
  return out;
}

/** The shard size of this build: SEARCH_SHARD_PAGES when set, else SHARD_PAGES. */
export function shardSize(env: Record<string, string | undefined>): number {
  const raw = env.SEARCH_SHARD_PAGES;
  return raw === undefined || raw === '' ? SHARD_PAGES : Number(raw);
}
