// Search, loaded on first focus of a search box (or by the search page).
// Numbers are answered from a small build-time map of code → title, words by Pagefind.
import { codeUrl, searchUrl, url } from '../lib/url.ts';
import { loadCodeMap, type MapEntry } from './code-map.ts';
import type { FilterCounts, Pagefind, PagefindModule, ResultData } from './pagefind.d.ts';

/** Longer queries are cut: nobody types more, and Pagefind's cost grows with the words. */
const MAX_QUERY = 200;
/** How many code-number matches and full-text results a box shows at once. */
const LIMITS = { header: { codes: 8, pages: 6 }, hero: { codes: 8, pages: 6 }, page: { codes: 20, pages: 10 } };
/** The Pagefind filters offered on the search page, in order, with their URL parameter. */
const FILTERS = [
  { key: 'category', legend: 'Category' },
  { key: 'retry', legend: 'Retry' },
] as const;

type Variant = keyof typeof LIMITS;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  return (pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ url('pagefind/pagefind.js'))) as PagefindModule;
    // noWorker: the index is small, and a worker would add a 12 KB fetch and a worker-src to the CSP.
    const instance = module.createInstance({ noWorker: true });
    // Pagefind stores URLs relative to the site root; baseUrl adds BASE_PATH.
    await instance.options({ baseUrl: url(), excerptLength: 22, ranking: { termFrequency: 0.6, pageLength: 0.4 } });
    await instance.init();
    return instance;
  })());
}

/** Normalised query text: trimmed, single-spaced, capped. */
function clean(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
}

/** Codes whose number starts with the digits, numerically (the map is sorted). */
function codesByNumber(codes: MapEntry[], digits: string): MapEntry[] {
  return codes.filter((entry) => String(entry.code).startsWith(digits));
}

/** True when every query word starts a word of the title: "team does not exist" → 803. */
function titleMatches(title: string, query: string): boolean {
  const words = title.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((term) => words.some((word) => word.startsWith(term)));
}

/** Adds Pagefind's excerpt as text, keeping only its <mark> highlights: nothing is parsed as HTML. */
function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
  const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity);
  excerpt.split(/(<mark>.*?<\/mark>)/).forEach((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = decode(marked[1] ?? '');
      parent.append(mark);
    } else if (part) {
      parent.append(decode(part));
    }
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A link showing "416 Frequency control", the way codes are named everywhere. */
function codeLink(code: number | string, title: string, href: string): HTMLAnchorElement {
  const link = element('a', 'hit-title');
  link.href = href;
  link.append(element('span', 'num', String(code)), ` ${title}`);
  return link;
}

/** Wires one search form: typing searches, arrows move, Enter opens, Esc clears. */
export function enhance(form: HTMLFormElement): void {
  if (form.dataset.enhanced) return;
  form.dataset.enhanced = 'true';
  const found = form.querySelector('input');
  if (!found) return;
  const input: HTMLInputElement = found;
  const variant = (form.dataset.search ?? 'header') as Variant;
  const limits = LIMITS[variant];
  const isPage = variant === 'page';

  const panel = element('div', 'search-panel');
  panel.id = `${input.id}-results`;
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', 'Search results');
  panel.hidden = true;
  const status = element('p', 'sr-only');
  status.setAttribute('role', 'status');
  const filterBox = element('div', 'search-filters');
  const results = element('div');
  panel.append(filterBox, results);
  form.append(status, panel);
  input.setAttribute('aria-controls', panel.id);

  const selected = new Map<string, Set<string>>(FILTERS.map((f) => [f.key, new Set<string>()]));
  let generation = 0;
  let shownPages = limits.pages;

  // Warm both sources as soon as the box is used, so the first keystroke finds them ready.
  const codes = loadCodeMap();
  const engine = loadPagefind();
  codes.catch(() => undefined);
  engine.catch(() => undefined);

  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a')];

  function announce(text: string): void {
    if (status.textContent !== text) status.textContent = text;
  }

  function open(show: boolean): void {
    panel.hidden = !show;
  }

  function syncUrl(query: string): void {
    if (!isPage) return;
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [key, values] of selected) for (const value of values) params.append(key, value);
    const next = `${searchUrl()}${params.size ? `?${params}` : ''}`;
    if (next !== `${location.pathname}${location.search}`) history.replaceState(null, '', next);
  }

  function group(label: string, id: string): HTMLUListElement {
    const heading = element('p', 'search-group', label);
    heading.id = `${panel.id}-${id}`;
    const list = element('ul', 'search-list');
    list.setAttribute('aria-labelledby', heading.id);
    results.append(heading, list);
    return list;
  }

  function renderFilters(counts: FilterCounts): void {
    if (!isPage) return;
    filterBox.replaceChildren();
    for (const { key, legend } of FILTERS) {
      const values = counts[key] ?? {};
      const names = Object.keys(values).sort((a, b) => a.localeCompare(b));
      if (names.length === 0) continue;
      const set = element('fieldset');
      set.append(element('legend', undefined, legend));
      for (const name of names) {
        const label = element('label');
        const box = element('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = name;
        box.checked = selected.get(key)?.has(name) ?? false;
        // A value with no match cannot narrow anything; keep it visible but out of the way.
        box.disabled = !box.checked && !values[name];
        box.addEventListener('change', () => {
          const chosen = selected.get(key);
          if (box.checked) chosen?.add(name);
          else chosen?.delete(name);
          void run();
        });
        label.append(box, ` ${name} (${values[name] ?? 0})`);
        set.append(label);
      }
      filterBox.append(set);
    }
  }

  async function run(): Promise<void> {
    const current = ++generation;
    const query = clean(input.value);
    const filters = Object.fromEntries([...selected].filter(([, v]) => v.size).map(([k, v]) => [k, { any: [...v] }]));
    const filtering = Object.keys(filters).length > 0;
    syncUrl(input.value.trim().slice(0, MAX_QUERY));
    if (!query && !filtering) {
      results.replaceChildren();
      announce('');
      if (isPage) void engine.then((pf) => pf.filters()).then((counts) => current === generation && renderFilters(counts));
      open(isPage);
      return;
    }
    results.replaceChildren();
    open(true);

    // 1. Numbers: answered from the map, before and without Pagefind.
    let codeCount = 0;
    if (/^\d+$/.test(query)) {
      const map = await codes.catch(() => [] as MapEntry[]);
      if (current !== generation) return;
      const matches = codesByNumber(map, query);
      codeCount = matches.length;
      if (matches.length) {
        const exact = matches[0]?.code === Number(query);
        const list = group(exact && matches.length === 1 ? `Code ${query}` : `Codes starting with ${query}`, 'codes');
        for (const entry of matches.slice(0, limits.codes)) {
          const item = element('li');
          item.append(codeLink(entry.code, entry.title, codeUrl(entry.code)), element('span', 'hit-cat', entry.category));
          list.append(item);
        }
        if (matches.length > limits.codes) {
          list.append(element('li', 'search-empty', `and ${matches.length - limits.codes} more: keep typing`));
        }
      }
      announce(`${matches.length} ${matches.length === 1 ? 'code' : 'codes'} starting with ${query}`);
    }

    // 2. Words (and mentions of numbers): Pagefind, over the code pages only.
    let pf: Pagefind;
    try {
      pf = await engine;
    } catch {
      if (current !== generation) return;
      results.append(element('p', 'search-empty', 'Full-text search could not load. Numbers still work, and every code is listed on the home page.'));
      return;
    }
    // Pagefind counts filter values only once its filter index is loaded.
    if (isPage) await pf.filters();
    const response = await pf.search(query || null, { filters });
    if (current !== generation || !response) return;
    renderFilters(response.filters);
    const hits = response.results.slice(0, shownPages);
    const loaded = await Promise.all(hits.map((hit) => hit.data()));
    if (current !== generation) return;

    // Pagefind cannot rank an exact title match first (its issue #437): a code whose title
    // contains every query word goes above pages that merely mention the words.
    const ranked = loaded
      .map((data, index) => ({ data, index, title: titleMatches(data.meta.title ?? '', query) }))
      .sort((a, b) => Number(b.title) - Number(a.title) || a.index - b.index)
      .map((hit) => hit.data)
      .filter((data) => !(codeCount && /^\d+$/.test(query) && data.meta.code && data.meta.code.startsWith(query)));

    if (ranked.length) {
      const list = group(codeCount ? `Pages mentioning ${query}` : 'Pages', 'pages');
      for (const data of ranked) list.append(renderHit(data));
    }
    if (!codeCount && ranked.length === 0) {
      results.append(element('p', 'search-empty', `No code matches “${query}”. Try fewer words, or a code number.`));
    }
    if (isPage && response.results.length > shownPages) {
      const more = element('button', undefined, 'Show more results');
      more.type = 'button';
      more.addEventListener('click', () => {
        shownPages += limits.pages;
        void run().then(() => links()[shownPages - limits.pages]?.focus());
      });
      results.append(more);
    } else if (!isPage && response.results.length > 0) {
      const all = element('a', 'search-all', `All results for “${query}”`);
      all.href = searchUrl(query);
      results.append(all);
    }
    const total = response.results.length;
    const parts = [];
    if (codeCount) parts.push(`${codeCount} ${codeCount === 1 ? 'code' : 'codes'} starting with ${query}`);
    parts.push(`${total} ${total === 1 ? 'page' : 'pages'} found`);
    announce(parts.join(', '));
  }

  function renderHit(data: ResultData): HTMLLIElement {
    const item = element('li');
    const [code, ...rest] = (data.meta.title ?? data.url).split(' ');
    item.append(codeLink(code ?? '', rest.join(' '), data.url));
    if (data.meta.category) item.append(element('span', 'hit-cat', data.meta.category));
    const excerpt = element('p', 'hit-excerpt');
    appendExcerpt(excerpt, data.excerpt);
    item.append(excerpt);
    const sections = data.sub_results.filter((sub) => sub.anchor && sub.url !== data.url).slice(0, 3);
    if (sections.length) {
      const subs = element('ul', 'hit-subs');
      for (const sub of sections) {
        const li = element('li');
        const link = element('a', undefined, sub.title);
        link.href = sub.url;
        li.append(link);
        subs.append(li);
      }
      item.append(subs);
    }
    return item;
  }

  function openFirst(): boolean {
    const first = links()[0];
    if (!first) return false;
    location.assign(first.href);
    return true;
  }

  input.addEventListener('input', () => {
    shownPages = limits.pages;
    void run();
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Escape') {
      if (input.value || !panel.hidden) {
        event.preventDefault();
        input.value = '';
        void run();
        if (!isPage) open(false);
      }
    }
  });

  // Enter opens a known code at once (no network needed), otherwise the top result.
  form.addEventListener('submit', (event) => {
    const query = clean(input.value);
    if (!query) {
      event.preventDefault();
      return;
    }
    event.preventDefault();
    void (async () => {
      if (/^\d+$/.test(query)) {
        const map = await codes.catch(() => [] as MapEntry[]);
        if (map.some((entry) => entry.code === Number(query))) {
          location.assign(codeUrl(Number(query)));
          return;
        }
      }
      await run();
      if (!openFirst() && !isPage) location.assign(searchUrl(query));
    })();
  });

  panel.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (index < 0) return;
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Home' && index >= 0) {
      event.preventDefault();
      all[0]?.focus();
    } else if (event.key === 'End' && index >= 0) {
      event.preventDefault();
      all[all.length - 1]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.value = '';
      input.focus();
      void run();
      if (!isPage) open(false);
    }
  });

  // The dropdown closes when focus or a click leaves the form; the search page keeps its results.
  if (!isPage) {
    form.addEventListener('focusout', (event) => {
      if (!form.contains(event.relatedTarget as Node | null)) open(false);
    });
    input.addEventListener('focus', () => {
      if (clean(input.value)) open(true);
    });
  } else {
    const fromUrl = (keepTyped = false) => {
      const params = new URLSearchParams(location.search);
      // On first load, text typed before this module arrived wins over an empty URL.
      input.value = params.get('q') ?? (keepTyped ? input.value : '');
      for (const { key } of FILTERS) selected.set(key, new Set(params.getAll(key)));
      void run();
    };
    window.addEventListener('popstate', () => fromUrl());
    window.addEventListener('pageshow', (event) => event.persisted && fromUrl());
    fromUrl(true);
    return;
  }
  if (clean(input.value)) void run();
}
