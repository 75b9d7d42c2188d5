import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { FEEDER, PageFeeder, type SearchFeed } from '../lib/page-feeder.ts';
import { planShards, shardSize, type IndexedPage, type Shard } from '../lib/search-shards.ts';

/** One shard's index, in a worker thread with its own Pagefind process. */
class ShardIndex {
  readonly shard: Shard;
  #worker: Worker;
  #waiting = new Map<number, (errors: string[]) => void>();
  #written: ((result: { errors: string[]; pages: number }) => void) | undefined;
  #next = 0;
  #left: number;
  /** Resolves when every page of the shard has been added. */
  readonly full: Promise<void>;
  #fill: () => void = () => {};

  constructor(shard: Shard) {
    this.shard = shard;
    this.#left = shard.pages.length;
    this.full = new Promise((done) => (this.#fill = done));
    this.#worker = new Worker(new URL('./pagefind-worker.mjs', import.meta.url));
    this.#worker.on('message', (message: { type: string; id?: number; errors: string[]; pages?: number }) => {
      if (message.type === 'added') {
        this.#waiting.get(message.id ?? -1)?.(message.errors);
        this.#waiting.delete(message.id ?? -1);
      } else if (message.type === 'written') {
        this.#written?.({ errors: message.errors, pages: message.pages ?? 0 });
      }
    });
  }

  /** Adds a page; resolves with Pagefind's errors for it. */
  add(sourcePath: string, content: string): Promise<string[]> {
    const id = this.#next++;
    const added = new Promise<string[]>((done) => this.#waiting.set(id, done));
    this.#worker.postMessage({ type: 'add', id, sourcePath, content });
    return added.then((errors) => {
      if (--this.#left === 0) this.#fill();
      return errors;
    });
  }

  /** Writes the index into the output folder and ends the worker, freeing its memory. */
  write(outputPath: string): Promise<{ errors: string[]; pages: number }> {
    const written = new Promise<{ errors: string[]; pages: number }>((done) => (this.#written = done));
    this.#worker.postMessage({ type: 'write', outputPath });
    return written;
  }
}

/**
 * The search index of one build: takes pages from the middleware, in order, into their shards, and
 * writes each shard as soon as it is full, one at a time, so that Pagefind's peak memory stays that
 * of one shard whatever the size of the site.
 */
class SearchIndexer implements SearchFeed {
  #feeder: PageFeeder;
  #shardOf = new Map<string, Shard>();
  #indexes = new Map<Shard, ShardIndex>();
  #writes: Promise<string[]> = Promise.resolve([]);
  #outDir: URL;
  #base: string;
  #size: number;
  /** Pages written, for the log. */
  pages = 0;

  constructor(outDir: URL, base: string, size: number) {
    this.#outDir = outDir;
    this.#base = base;
    this.#size = size;
    this.#feeder = new PageFeeder((path, html) => this.#add(path, html));
  }

  expect(pages: IndexedPage[]): void {
    for (const shard of planShards(pages, this.#size)) for (const path of shard.pages) this.#shardOf.set(path, shard);
    this.#feeder.expect(pages.map((page) => page.path));
  }

  wants(path: string): boolean {
    return this.#feeder.wants(path);
  }

  deliver(path: string, html: string): void {
    this.#feeder.deliver(path, html);
  }

  #add(path: string, html: string): Promise<string[]> {
    const shard = this.#shardOf.get(path);
    if (!shard) return Promise.resolve([`${path}: no shard`]);
    let index = this.#indexes.get(shard);
    if (!index) {
      const created = new ShardIndex(shard);
      index = created;
      this.#indexes.set(shard, created);
      // One write at a time: the writes are the memory peaks, and they must not stack up.
      void created.full.then(() => {
        this.#writes = this.#writes.then(async (earlier) => {
          const { errors, pages } = await created.write(fileURLToPath(new URL(shard.dir, this.#outDir)));
          this.pages += pages;
          return [...earlier, ...errors];
        });
      });
    }
    // The same file path addDirectory would give it, so the URL comes out the same.
    return index.add(`${path.slice(this.#base.length)}index.html`, html);
  }

  /** Waits for every page and every write; returns what went wrong. */
  async finish(): Promise<{ missing: string[]; errors: string[]; shards: number }> {
    const { missing, errors } = await this.#feeder.finish();
    if (missing.length > 0) return { missing, errors, shards: this.#indexes.size };
    await Promise.all([...this.#indexes.values()].map((index) => index.full));
    // Every shard is full, so its write has been queued behind the earlier ones.
    await new Promise((settle) => setImmediate(settle));
    return { missing, errors: [...errors, ...(await this.#writes)], shards: this.#indexes.size };
  }
}

/** Fails the build with Pagefind's own messages. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Builds the Pagefind search index during `astro build`, so `npm run build` alone yields a
 * searchable site. The middleware hands each page the index holds to this integration as soon as it
 * is rendered, in a fixed order (src/lib/page-feeder.ts); Pagefind indexes it in its own process
 * while later pages render. A language with more than SHARD_PAGES pages is split into shards
 * (src/lib/search-shards.ts), each written as soon as it is full. Any indexing error fails the build.
 */
export default function pagefindIntegration(): AstroIntegration {
  let base = '/';
  let outDir: URL | undefined;
  let indexer: SearchIndexer | undefined;
  let started = 0;
  const globals = globalThis as Record<symbol, SearchFeed | undefined>;
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        outDir = config.outDir;
      },
      'astro:build:start': () => {
        started = performance.now();
        if (!outDir) throw new Error('Pagefind: no output folder configured.');
        indexer = new SearchIndexer(outDir, base, shardSize(process.env));
        globals[FEEDER] = indexer;
      },
      'astro:build:done': async ({ logger }) => {
        try {
          if (!indexer) throw new Error('Pagefind: the index was never created.');
          const { missing, errors, shards } = await indexer.finish();
          check('indexing', errors);
          if (missing.length > 0) throw new Error(`Pagefind: ${missing.length} pages were never rendered, e.g. ${missing.slice(0, 3).join(', ')}.`);
          logger.info(
            `indexed ${indexer.pages} pages as they rendered, in ${shards} ${shards === 1 ? 'index' : 'shards'}; done ${Math.round(performance.now() - started)} ms after the build started`,
          );
        } finally {
          delete globals[FEEDER];
        }
      },
    },
  };
}
