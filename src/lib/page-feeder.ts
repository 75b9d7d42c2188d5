/** Hands one page to the indexer; resolves with the indexer's error messages for it. */
export type AddPage = (path: string, html: string) => Promise<string[]>;

/**
 * Hands rendered pages to a search indexer in one fixed order while they arrive in any order.
 * Pages render concurrently, so they finish in an order that varies from build to build, but the
 * indexer numbers pages in the order it receives them and breaks ranking ties by that number: a
 * fixed order keeps the index, and the search results, the same on every build. A page that
 * arrives early waits until every page before it has been handed over.
 */
export class PageFeeder {
  #order: string[] = [];
  #wanted = new Set<string>();
  #next = 0;
  #waiting = new Map<string, string>();
  #added: Promise<string[]>[] = [];
  #add: AddPage;

  /** @param add hands one page to the indexer */
  constructor(add: AddPage) {
    this.#add = add;
  }

  /** Sets the pages to index, in the order the indexer must receive them. */
  expect(order: string[]): void {
    this.#order = order;
    this.#wanted = new Set(order);
  }

  /** Whether a page is one of those to index. */
  wants(path: string): boolean {
    return this.#wanted.has(path);
  }

  /** Takes a rendered page; hands it, and any pages it was holding up, to the indexer. */
  deliver(path: string, html: string): void {
    if (!this.#wanted.has(path)) return;
    this.#waiting.set(path, html);
    for (let path = this.#order[this.#next]; path !== undefined && this.#waiting.has(path); path = this.#order[this.#next]) {
      this.#added.push(this.#add(path, this.#waiting.get(path) ?? ''));
      this.#waiting.delete(path);
      this.#next++;
    }
  }

  /** Waits for the indexer; returns the pages that never arrived and the indexer's errors. */
  async finish(): Promise<{ missing: string[]; errors: string[] }> {
    const errors = (await Promise.all(this.#added)).flat();
    return { missing: this.#order.slice(this.#next), errors };
  }
}

/** What the middleware hands pages to: the build's search indexer (src/integrations/pagefind.ts). */
export interface SearchFeed {
  /** Sets the pages to index, with their languages, in the order the index must receive them. */
  expect(pages: { path: string; language: string }[]): void;
  /** Whether a page is one of those to index. */
  wants(path: string): boolean;
  /** Takes one rendered page. */
  deliver(path: string, html: string): void;
  /** Resolves when the indexer can take more pages: rendering waits on it, so it never runs far ahead of indexing. */
  ready(): Promise<void>;
}

/** Where the build's search feed waits for the pages (globalThis): the Pagefind integration sets it, the middleware uses it. */
export const FEEDER = Symbol.for('nim-status-codes.page-feeder');
