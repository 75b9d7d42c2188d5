import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { markdownProcessor } from '../markdown/processor.ts';
import type { RenderJob, RenderOutcome } from './render-body.ts';

/** What a worker needs to build the site's Markdown renderer: the base path and Astro's Markdown settings. */
export interface RenderSettings {
  /** The site's base path, for the links the sections plugin rewrites. */
  base: string;
  /** The options Astro gives the processor's createRenderer (image, syntaxHighlight, shikiConfig, gfm, smartypants). */
  shared: Parameters<ReturnType<typeof markdownProcessor>['createRenderer']>[0];
}

/** Below this many files, starting threads costs more than it saves: the loader renders them itself. */
export const POOL_MIN = 32;
/** Files per message: one message per file would keep the loader's thread busy posting. */
const BATCH = 8;
/** An idle pool ends after this long; collections load concurrently and share it meanwhile. */
const IDLE_MS = 1000;

interface Pending {
  job: RenderJob;
  resolve: (outcome: RenderOutcome) => void;
  reject: (error: Error) => void;
}

/** A few worker threads, each with its own renderer, fed from one queue. */
class RenderPool {
  readonly key: string;
  #workers: Worker[] = [];
  #queue: Pending[] = [];
  #inFlight = new Map<Worker, Pending[]>();
  #idleTimer: NodeJS.Timeout | undefined;

  constructor(settings: RenderSettings) {
    this.key = JSON.stringify(settings);
    const size = Math.max(1, Math.min(availableParallelism(), 4));
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: settings });
      worker.on('message', (outcomes: RenderOutcome[]) => {
        const batch = this.#inFlight.get(worker) ?? [];
        this.#inFlight.delete(worker);
        batch.forEach((pending, index) => pending.resolve(outcomes[index] ?? { error: `${pending.job.file}: the render worker gave no result` }));
        this.#feed(worker);
      });
      worker.on('error', (error) => this.#fail(error));
      this.#workers.push(worker);
    }
  }

  /** Renders the jobs; the outcomes come back in the jobs' order. */
  render(jobs: RenderJob[]): Promise<RenderOutcome[]> {
    clearTimeout(this.#idleTimer);
    const outcomes = jobs.map((job) => new Promise<RenderOutcome>((resolve, reject) => this.#queue.push({ job, resolve, reject })));
    for (const worker of this.#workers) if (!this.#inFlight.has(worker)) this.#feed(worker);
    return Promise.all(outcomes);
  }

  /** Gives an idle worker the next batch, or lets it (and, when all are idle, the pool) rest. */
  #feed(worker: Worker): void {
    const batch = this.#queue.splice(0, BATCH);
    if (batch.length === 0) {
      // An idle worker must not keep the build alive.
      worker.unref();
      if (this.#inFlight.size === 0) this.#idleTimer = setTimeout(() => this.close(), IDLE_MS).unref();
      return;
    }
    worker.ref();
    this.#inFlight.set(worker, batch);
    worker.postMessage(batch.map((pending) => pending.job));
  }

  /** A worker that crashed fails every file not rendered yet, and the pool ends: the build stops. */
  #fail(error: Error): void {
    const lost = [...[...this.#inFlight.values()].flat(), ...this.#queue.splice(0)];
    this.#inFlight.clear();
    for (const pending of lost) pending.reject(new Error(`render worker failed on ${pending.job.file}: ${error.message}`));
    this.close();
  }

  /** Ends every worker. */
  close(): void {
    clearTimeout(this.#idleTimer);
    if (pool === this) pool = undefined;
    for (const worker of this.#workers) void worker.terminate();
    this.#workers = [];
  }
}

let pool: RenderPool | undefined;

/**
 * Whether worker threads can run the site's Markdown pipeline: its plugins are TypeScript, which a
 * worker runs through Node's type stripping (on by default from Node 22.18).
 */
export function canRenderInWorkers(): boolean {
  return Boolean(process.features.typescript);
}

/** Renders the jobs in worker threads shared by every collection that loads at the same time. */
export function renderInWorkers(jobs: RenderJob[], settings: RenderSettings): Promise<RenderOutcome[]> {
  const key = JSON.stringify(settings);
  if (pool?.key !== key) {
    pool?.close();
    pool = new RenderPool(settings);
  }
  return pool.render(jobs);
}
