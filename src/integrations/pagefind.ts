import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { FEEDER, PageFeeder, type SearchFeed } from '../lib/page-feeder.ts';
import { hasRoom, planShards, shardSize, type IndexedPage, type Shard } from '../lib/search-shards.ts';
import { joinBundle } from './pagefind-bundle.ts';

/** Pages sent to a worker in one message: messages cost the rendering thread more than the copy. */
const BATCH = 32;
/** Where each shard is written before it joins its bundle: inside the output, so that joining is a rename. */
const STAGING = 'pagefind-staging/';

/** One shard's index, in a worker thread with its own Pagefind process. */
class ShardIndex {
  readonly shard: Shard;
  #worker: Worker;
  #waiting = new Map<number, (errors: string[]) => void>();
  #written: ((result: { errors: string[]; pages: number }) => void) | undefined;
  #next = 0;
  #left: number;
  #batch: { id: number; sourcePath: string; content: string }[] = [];
  /** Resolves when every page of the shard has been added. */
  readonly full: Promise<void>;
  #fill: () => void = () => {};

  constructor(shard: Shard) {
    this.shard = shard;
    this.#left = shard.pages.length;
    this.full = new Promise((done) => (this.#fill = done));
    this.#worker = new Worker(new URL('./pagefind-worker.mjs', import.meta.url));
    this.#worker.on('message', (message: { type: string; results?: { id: number; errors: string[] }[]; errors: string[]; pages?: number }) => {
      if (message.type === 'added') {
        for (const { id, errors } of message.results ?? []) {
          this.#waiting.get(id)?.(errors);
          this.#waiting.delete(id);
        }
      } else if (message.type === 'written') {
        this.#written?.({ errors: message.errors, pages: message.pages ?? 0 });
      }
    });
  }

  /** Adds a page; resolves with Pagefind's errors for it. */
  add(sourcePath: string, content: string): Promise<string[]> {
    const id = this.#next++;
    const added = new Promise<string[]>((done) => this.#waiting.set(id, done));
    this.#batch.push({ id, sourcePath, content });
    // A full batch goes now; a partial one when the current turn of rendering is over, or when it is the shard's last.
    if (this.#batch.length >= BATCH || this.#batch.length === this.#left) this.#flush();
    else if (this.#batch.length === 1) setImmediate(() => this.#flush());
    return added.then((errors) => {
      if (--this.#left === 0) this.#fill();
      return errors;
    });
  }

  #flush(): void {
    if (this.#batch.length === 0) return;
    this.#worker.postMessage({ type: 'add', pages: this.#batch });
    this.#batch = [];
  }

  /** Writes the index into the output folder and ends the worker, freeing its memory. */
  write(outputPath: string): Promise<{ errors: string[]; pages: number }> {
    this.#flush();
    const written = new Promise<{ errors: string[]; pages: number }>((done) => (this.#written = done));
    this.#worker.postMessage({ type: 'write', outputPath });
    return written;
  }
}

/**
 * What Pagefind reads of a page: its language and its <article data-pagefind-body>, which holds
 * every text, meta, filter and anchor it indexes. The rest of the page (head, header, footer)
 * would only be copied to the worker and parsed to be skipped; the index comes out the same.
 */
export function indexedPart(html: string): string {
  const lang = /<html lang="([^"]*)"/.exec(html)?.[1];
  const start = html.indexOf('<article');
  const end = html.lastIndexOf('</article>');
  if (!lang || start < 0 || end < start) return html;
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${html.slice(start, end + '</article>'.length)}</body></html>`;
}

/**
 * The search index of one build: takes pages from the middleware, in order, into their shards, and
 * writes each shard as soon as it is full, two at a time. Rendering waits while the indexer is full
 * (hasRoom in src/lib/search-shards.ts), so Pagefind's memory stays that of a few shards whatever
 * the size of the site.
 */
class SearchIndexer implements SearchFeed {
  #feeder: PageFeeder;
  #shardOf = new Map<string, Shard>();
  #indexes = new Map<Shard, ShardIndex>();
  /** Shards waiting to be written, in the order they filled, and how many writes run. */
  #queue: ShardIndex[] = [];
  #running = 0;
  /** Writes at once: each is a memory peak, and two keep both cores of a small machine busy. */
  #parallel = 2;
  /** Pages handed to Pagefind and not yet indexed. */
  #waiting = 0;
  /** Renders waiting for room in the indexer. */
  #blocked: (() => void)[] = [];
  #errors: string[] = [];
  #idle: (() => void) | undefined;
  #staged = 0;
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

  ready(): Promise<void> {
    if (hasRoom(this.#load())) return Promise.resolve();
    return new Promise((done) => this.#blocked.push(done));
  }

  /** What the indexer holds now. */
  #load() {
    return { fullShards: this.#queue.length + this.#running, waitingPages: this.#waiting };
  }

  /** Lets waiting renders go on once there is room again. */
  #release(): void {
    if (!hasRoom(this.#load())) return;
    for (const done of this.#blocked.splice(0)) done();
  }

  #add(path: string, html: string): Promise<string[]> {
    const shard = this.#shardOf.get(path);
    if (!shard) return Promise.resolve([`${path}: no shard`]);
    let index = this.#indexes.get(shard);
    if (!index) {
      const created = new ShardIndex(shard);
      index = created;
      this.#indexes.set(shard, created);
      void created.full.then(() => {
        this.#queue.push(created);
        this.#pump();
      });
    }
    // The same file path addDirectory would give it, so the URL comes out the same.
    this.#waiting++;
    return index.add(`${path.slice(this.#base.length)}index.html`, indexedPart(html)).finally(() => {
      this.#waiting--;
      this.#release();
    });
  }

  /** Starts queued writes while fewer than #parallel run. */
  #pump(): void {
    while (this.#running < this.#parallel && this.#queue.length > 0) {
      const next = this.#queue.shift() as ShardIndex;
      this.#running++;
      const staging = fileURLToPath(new URL(`${STAGING}${this.#staged++}/`, this.#outDir));
      void next.write(staging).then(({ errors, pages }) => {
        this.pages += pages;
        this.#errors.push(...errors);
        if (errors.length === 0) {
          try {
            joinBundle(staging, fileURLToPath(new URL(next.shard.dir, this.#outDir)));
          } catch (error) {
            this.#errors.push((error as Error).message);
          }
        }
        this.#running--;
        this.#pump();
        this.#release();
        if (this.#running === 0 && this.#queue.length === 0) this.#idle?.();
      });
    }
  }

  /** Waits for every page and every write; returns what went wrong. */
  async finish(): Promise<{ missing: string[]; errors: string[]; bundles: number }> {
    const { missing, errors } = await this.#feeder.finish();
    const bundles = new Set([...this.#indexes.keys()].map((shard) => shard.dir)).size;
    if (missing.length > 0) return { missing, errors, bundles };
    await Promise.all([...this.#indexes.values()].map((index) => index.full));
    const written = new Promise<void>((done) => (this.#idle = done));
    this.#pump();
    if (this.#running > 0 || this.#queue.length > 0) await written;
    rmSync(new URL(STAGING, this.#outDir), { recursive: true, force: true });
    return { missing, errors: [...errors, ...this.#errors], bundles };
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
          const { missing, errors, bundles } = await indexer.finish();
          check('indexing', errors);
          if (missing.length > 0) throw new Error(`Pagefind: ${missing.length} pages were never rendered, e.g. ${missing.slice(0, 3).join(', ')}.`);
          logger.info(
            `indexed ${indexer.pages} pages as they rendered, in ${bundles} ${bundles === 1 ? 'bundle' : 'bundles'}; done ${Math.round(performance.now() - started)} ms after the build started`,
          );
        } finally {
          delete globals[FEEDER];
        }
      },
    },
  };
}
