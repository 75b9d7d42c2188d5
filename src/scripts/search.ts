// Search, loaded on first focus of a search box (or by the search page). The query functions in
// src/search/query.ts decide what a query means and how results rank; this module asks the
// build-time map and Pagefind, and renders.
import { LANG_TAG, ui, type Locale } from '../i18n/ui.ts';
import { categoryUrl, codeUrl, guideUrl, localeOf, searchUrl, url, v2CodeUrl } from '../lib/url.ts';
import { sdkFamilies } from '../search/map.ts';
import {
  codesByPrefix,
  applySpelling,
  definiteHit,
  hanPagefindQueries,
  hitKey,
  infoOf,
  knownToMap,
  looksLikeV2,
  matchNames,
  meaningfulHan,
  mergeWordResults,
  orderResults,
  pagefindQueries,
  parseQuery,
  passesFilters,
  unmatchedWords,
  type Family,
  type Hit,
  type ParsedQuery,
  type Reason,
  type Selection,
  wordAloneQueries,
} from '../search/query.ts';
import { loadCodeMap, loadCodeMapWithV2, loadVocabulary, type LoadedMap } from './code-map.ts';
import { loadPagefind, PAGE_LANGUAGE } from './engine.ts';
import type { FilterCounts, Pagefind, Result, ResultData } from './pagefind.d.ts';

/** How many codes and results a box shows at once. */
const LIMITS = { header: { codes: 8, pages: 6 }, hero: { codes: 8, pages: 6 }, page: { codes: 20, pages: 10 } };
/** The filters offered on the search page, in order; each is a URL parameter. */
const FILTER_KEYS = ['category', 'retry', 'seen'] as const;

type Variant = keyof typeof LIMITS;

const locale: Locale = localeOf(location.pathname);
const t = ui(locale);
/** Pagefind's name of the Chinese index. */
const ZH = LANG_TAG.zh.toLowerCase();

/** The page of a code in this page's language. */
function hitUrl(hit: { code: number; family: Family }, inLocale: Locale = locale): string {
  return hit.family === 'v2' ? v2CodeUrl(hit.code, inLocale) : codeUrl(hit.code, inLocale);
}

/** What a result's page is, read from its address: a V1 or V2 code page, or a guide; and its language. */
function pageOf(address: string): { hit?: Hit; guide?: string; locale: Locale } | undefined {
  const path = new URL(address, location.href).pathname;
  const inner = path.startsWith(url()) ? path.slice(url().length) : path.replace(/^\/+/, '');
  const pageLocale = localeOf(path);
  const rest = pageLocale === 'en' ? inner : inner.split('/').slice(1).join('/');
  const v2 = /^v2\/codes\/(\d+)\/$/.exec(rest);
  if (v2) return { hit: { code: Number(v2[1]), family: 'v2', reason: { kind: 'page' } }, locale: pageLocale };
  const v1 = /^codes\/(\d+)\/$/.exec(rest);
  if (v1) return { hit: { code: Number(v1[1]), family: 'v1', reason: { kind: 'page' } }, locale: pageLocale };
  const guide = /^guides\/([a-z-]+)\/$/.exec(rest);
  if (guide) return { guide: guide[1], locale: pageLocale };
  return undefined;
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
function codeLink(hit: { code: number; family: Family }, title: string): HTMLAnchorElement {
  const link = element('a', 'hit-title');
  link.href = hitUrl(hit);
  link.append(element('span', 'num', String(hit.code)), ` ${title}`);
  return link;
}

/** The line under a result that says why it matched, when it was not the page text. */
function reasonLine(reason: Reason): HTMLElement | undefined {
  switch (reason.kind) {
    case 'name': {
      const sdks = sdkFamilies(reason.name).map((sdk) => t.sdk[sdk]).join(t.listSep);
      const line = element('p', 'hit-why', `${sdks}${t.colon}`);
      line.append(element('code', undefined, reason.name));
      return line;
    }
    case 'v2':
      return element('p', 'hit-why', t.reasonV2(reason.v2));
    case 'alias':
      return element('p', 'hit-why', t.reasonAlias(reason.alias));
    case 'zh': {
      // On a Chinese page the title already is the Chinese name.
      if (locale === 'zh') return undefined;
      const line = element('p', 'hit-why', `${t.reasonZh}${t.colon}`);
      const name = element('span', undefined, reason.text);
      name.lang = 'zh-CN';
      line.append(name);
      return line;
    }
    default:
      return undefined;
  }
}

/** The query as the URL keeps it: trimmed and capped, so a pasted body stays a usable link. */
function urlQuery(raw: string): string {
  return raw.trim().slice(0, 500);
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
  panel.setAttribute('aria-label', t.searchResults);
  panel.hidden = true;
  const status = element('p', 'sr-only');
  status.setAttribute('role', 'status');
  const filterBox = element('div', 'search-filters');
  const results = element('div');
  panel.append(filterBox, results);
  form.append(status, panel);
  input.setAttribute('aria-controls', panel.id);

  const selected = new Map<string, Set<string>>(FILTER_KEYS.map((key) => [key, new Set<string>()]));
  let generation = 0;
  let shownPages = limits.pages;
  /** True while the results are being replaced: the focus that leaves with them has not left the box. */
  let redrawing = false;
  // Set by "Search instead for …": the reader wants their spelling, not ours.
  let keepSpelling = isPage && new URLSearchParams(location.search).has('exact');

  // Warm both sources as soon as the box is used, so the first keystroke finds them ready.
  const maps = loadCodeMap();
  const engine = loadPagefind();
  maps.catch(() => undefined);
  engine.catch(() => undefined);

  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a')];

  function announce(text: string): void {
    if (status.textContent !== text) status.textContent = text;
  }

  function open(show: boolean): void {
    panel.hidden = !show;
  }

  function selection(): Selection {
    return Object.fromEntries(selected);
  }

  function syncUrl(query: string): void {
    if (!isPage) return;
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (keepSpelling && query) params.set('exact', '1');
    for (const [key, values] of selected) for (const value of values) params.append(key, value);
    const next = `${searchUrl(undefined, locale)}${params.size ? `?${params}` : ''}`;
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

  function renderFilters(map: LoadedMap, counts: FilterCounts): void {
    if (!isPage) return;
    filterBox.replaceChildren();
    const legends = { category: t.legendCategory, retry: t.legendRetry, seen: t.legendSeen };
    for (const key of FILTER_KEYS) {
      const values = counts[key] ?? {};
      const set = element('fieldset');
      set.append(element('legend', undefined, legends[key]));
      for (const [value, label] of map.filters[key]) {
        const chosen = selected.get(key);
        const count = values[value] ?? 0;
        const box = element('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = value;
        box.checked = chosen?.has(value) ?? false;
        // A value with no match cannot narrow anything; keep it visible but out of the way.
        box.disabled = !box.checked && count === 0;
        box.addEventListener('change', () => {
          if (box.checked) chosen?.add(value);
          else chosen?.delete(value);
          void run();
        });
        const row = element('label');
        row.append(box, ` ${label} (${count})`);
        set.append(row);
      }
      filterBox.append(set);
    }
  }

  /**
   * Pagefind's pages in one language's index for a set of texts: all words together (as typed, then
   * with the pages' words for the reader's); when that and the codes already named (`named`) make
   * fewer than three, each word alone, ranked by the weight of the words a page holds (rare words
   * weigh most). Also the words that found nothing at all, for the note that says so.
   */
  async function searchIndex(
    pf: Pagefind,
    texts: string[],
    words: string[],
    filters: Record<string, unknown>,
    named: number,
    suspects: string[] = [],
  ): Promise<{ results: Result[]; counts: FilterCounts; unmatched: string[] }> {
    if (texts.length === 0) {
      const all = await pf.search(null, { filters });
      return { results: Object.keys(filters).length ? (all?.results ?? []) : [], counts: all?.filters ?? {}, unmatched: [] };
    }
    const responses = await Promise.all(texts.map((text) => pf.search(text, { filters })));
    const byId = new Map<string, Result>();
    for (const response of responses) for (const result of response?.results ?? []) if (!byId.has(result.id)) byId.set(result.id, result);
    const counts = responses[0]?.filters ?? {};
    // Each word alone costs index chunks: only when the words together and the names found little.
    // Pagefind leaves out a term it does not know, so a word no name holds is looked up alone too,
    // to say so when it is found nowhere.
    if (byId.size + named >= 3 || words.length < 2) {
      const absent = await Promise.all(suspects.map(async (word) => ((await pf.search(word, { filters }))?.results.length ? [] : [word])));
      return { results: [...byId.values()], counts, unmatched: absent.flat() };
    }
    const together = [...byId.values()];
    const perWord = await Promise.all(
      words.map(async (word) => {
        const found = await Promise.all(wordAloneQueries(word).map((text) => pf.search(text, { filters })));
        const alone = found.flatMap((response) => response?.results ?? []);
        for (const result of alone) if (!byId.has(result.id)) byId.set(result.id, result);
        return [...new Set(alone.map((result) => result.id))];
      }),
    );
    const rest = mergeWordResults(perWord)
      .map((page) => byId.get(page.id))
      .filter((r): r is Result => r !== undefined && !together.includes(r));
    return { results: [...together, ...rest], counts, unmatched: unmatchedWords(words, perWord) };
  }

  /**
   * Which indexes a query is searched in, and with what: Chinese in the Chinese index on any page
   * (a Chinese-speaking reader often lands on the English page first); English words in the English
   * index on any page, and in the page's own index too on a Chinese page, whose text keeps the
   * identifiers. The language the query is mostly written in comes first.
   */
  function searchPlan(query: ParsedQuery, map: LoadedMap): { language: string; texts: string[]; words: string[]; suspects: string[] }[] {
    const latin = query.words.length + query.numbers.length > 0 ? pagefindQueries(query) : [];
    const han = hanPagefindQueries(query);
    const hanWords = meaningfulHan(query);
    const plan: { language: string; texts: string[]; words: string[]; suspects: string[] }[] = [];
    // An identifier's parts are words too, for the word-by-word search ("temporaryMute": temporary, mute).
    const latinWords = [...new Set([...query.words, ...query.parts])];
    if (latin.length) plan.push({ language: 'en', texts: latin, words: latinWords, suspects: [] });
    if (han.length || (latin.length && PAGE_LANGUAGE === ZH)) {
      plan.push({
        language: ZH,
        texts: [...han, ...(PAGE_LANGUAGE === ZH ? latin : [])],
        words: [...hanWords, ...(PAGE_LANGUAGE === ZH && !han.length ? latinWords : [])],
        // Chinese words no code's names hold: looked up alone, so that a phrase found nowhere is named.
        suspects: hanWords.filter((word) => map.index.hanSpread(word) === 0),
      });
    }
    if (plan.length === 0) plan.push({ language: PAGE_LANGUAGE, texts: [], words: [], suspects: [] });
    // Mostly Chinese: the Chinese index's pages first.
    return hanWords.length > query.words.length ? plan.reverse() : plan;
  }

  function renderHit(list: HTMLUListElement, map: LoadedMap, hit: Hit, data: ResultData | undefined, dataLocale: Locale = locale): void {
    const info = infoOf(map.index, hit);
    const item = element('li');
    // Without a map row (a V2 page found in the text), the page's own title, less its number.
    const title = (locale === 'zh' ? info?.titleZh : info?.title) ?? data?.meta.title?.replace(/^\d+\s+/, '');
    const link = codeLink(hit, title ?? String(hit.code));
    // A title taken from a page of the other edition is in that edition's language.
    if (!info && data && dataLocale !== locale) link.lang = LANG_TAG[dataLocale];
    item.append(link);
    const category = map.filters.category.find(([slug]) => slug === (info?.category ?? (hit.family === 'v2' ? 'v2' : undefined)))?.[1];
    if (category) item.append(element('span', 'hit-cat', category));
    // A page found in the other language's index: its own edition, one click away.
    if (data && dataLocale !== locale) {
      const other = element('a', 'hit-other', t.languageName[dataLocale]);
      other.href = hitUrl(hit, dataLocale);
      other.lang = LANG_TAG[dataLocale];
      item.append(other);
    }
    const why = reasonLine(hit.reason);
    if (why) item.append(why);
    if (data) appendDetails(item, data, dataLocale);
    list.append(item);
  }

  /** A result's excerpt and its deep links to sections. */
  function appendDetails(item: HTMLElement, data: ResultData, dataLocale: Locale): void {
    const excerpt = element('p', 'hit-excerpt');
    if (dataLocale !== locale) excerpt.lang = LANG_TAG[dataLocale];
    appendExcerpt(excerpt, data.excerpt);
    item.append(excerpt);
    const sections = data.sub_results.filter((sub) => sub.anchor && sub.url !== data.url).slice(0, 3);
    if (sections.length) {
      const subs = element('ul', 'hit-subs');
      if (dataLocale !== locale) subs.lang = LANG_TAG[dataLocale];
      for (const sub of sections) {
        const li = element('li');
        const link = element('a', undefined, sub.title);
        // Sections of a page in the other language stay in that language: their titles are in it.
        link.href = sub.url;
        li.append(link);
        subs.append(li);
      }
      item.append(subs);
    }
  }

  /** A guide found in the page text: its title in this page's language, and the excerpt. */
  function renderGuide(list: HTMLUListElement, slug: string, data: ResultData, dataLocale: Locale): void {
    const item = element('li');
    const link = element('a', 'hit-title', data.meta.title ?? slug);
    link.href = guideUrl(slug, dataLocale === locale ? locale : dataLocale);
    item.append(link);
    appendDetails(item, data, dataLocale);
    list.append(item);
  }

  /** "Showing results for password incorrect · Search instead for pasword incorrect". */
  function renderCorrection(original: string, corrected: string): void {
    const note = element('p', 'search-note', `${t.showingFor} `);
    note.append(element('strong', undefined, corrected), t.sentenceEnd);
    const instead = element('a', undefined, original);
    instead.href = `${searchUrl(original, locale)}&exact=1`;
    if (isPage) {
      instead.addEventListener('click', (event) => {
        event.preventDefault();
        keepSpelling = true;
        void run();
      });
    }
    note.append(`${t.searchInstead} `, instead);
    results.append(note);
  }

  function renderNothing(query: ParsedQuery, shown: string, map: LoadedMap): void {
    results.append(element('p', 'search-empty', t.noMatch(shown)));
    if (!isPage) return;
    const words = [...query.words, ...query.han];
    if (words.length) results.append(element('p', 'search-empty', t.tried(words.map((w) => `“${w}”`).join(t.listSep))));
    results.append(element('p', 'search-empty', t.tryInstead));
    const list = element('ul', 'search-browse');
    for (const [slug, label] of map.filters.category) {
      const li = element('li');
      const link = element('a', undefined, label);
      link.href = categoryUrl(slug, locale);
      li.append(link);
      list.append(li);
    }
    results.append(list);
  }

  async function run(): Promise<void> {
    const current = ++generation;
    const raw = input.value;
    const shown = raw.replace(/\s+/g, ' ').trim().slice(0, 200);
    const filtering = [...selected.values()].some((values) => values.size > 0);
    const filters = Object.fromEntries([...selected].filter(([, v]) => v.size).map(([k, v]) => [k, { any: [...v] }]));
    syncUrl(urlQuery(raw));
    // A query that reads as V2 (six digits, a V2 constant) also needs every V2 code: a second, small file.
    const map = await (looksLikeV2(raw) ? loadCodeMapWithV2().catch(() => maps) : maps).catch(() => undefined);
    if (current !== generation) return;
    if (!shown && !filtering) {
      results.replaceChildren();
      announce('');
      if (isPage && map) void engine.then((pf) => pf.filters()).then((counts) => current === generation && renderFilters(map, counts));
      open(isPage);
      return;
    }
    open(true);
    if (!map) {
      results.replaceChildren(element('p', 'search-empty', t.searchFailed));
      return;
    }
    const typed = parseQuery(raw, map.index);
    let query = typed;
    // A code from the map passes the selected filters; a page from Pagefind was searched with them
    // already (a V2 page found in the text may have no row here, when the V2 map is not loaded).
    const allowed = (hit: Hit) => {
      const info = infoOf(map.index, hit);
      return info ? passesFilters(info, selection()) : hit.reason.kind === 'page';
    };
    const allowGuides = !selected.get('category')?.size || selected.get('category')?.has('guide') === true;

    // 1. What the map answers at once: codes named outright, code prefixes, names and aliases.
    const lead: Hit[] = query.explicit.filter(allowed);
    let prefixNote = '';
    if (query.digits) {
      const prefixed = codesByPrefix(map.index, query.digits).map((info): Hit => ({ code: info.code, family: info.family, reason: { kind: 'code' } }));
      for (const hit of prefixed.filter(allowed)) if (!lead.some((h) => hitKey(h) === hitKey(hit))) lead.push(hit);
      const exact = lead.length === 1 && lead[0]?.code === Number(query.digits);
      prefixNote = exact ? t.groupCode(query.digits) : t.groupPrefix(query.digits);
    }
    type Page = { hit?: Hit; guide?: string; data: ResultData; locale: Locale };
    const render = (named: Hit[], pages: Page[], correction?: string, more = false, unmatched: string[] = []) => {
      // Results are drawn twice (map, then Pagefind): a reader already arrowing through them keeps their place.
      const active = document.activeElement;
      const focused = active instanceof HTMLAnchorElement && results.contains(active) ? active.href : undefined;
      redrawing = true;
      results.replaceChildren();
      redrawing = false;
      if (correction) renderCorrection(shown, correction);
      if (lead.length) {
        const list = group(prefixNote || t.groupInText, 'codes');
        for (const hit of lead.slice(0, limits.codes)) renderHit(list, map, hit, undefined);
        if (lead.length > limits.codes) list.append(element('li', 'search-empty', t.moreCodes(lead.length - limits.codes)));
      }
      const codePages = pages.filter((page): page is Page & { hit: Hit } => page.hit !== undefined);
      const rest = orderResults({ ...query, explicit: [] }, map.index, named, codePages.map((p) => p.hit)).filter(
        (hit) => allowed(hit) && !lead.some((h) => hitKey(h) === hitKey(hit)),
      );
      if (rest.length) {
        const list = group(lead.length ? t.groupPagesMentioning(shown) : t.groupMatches, 'pages');
        for (const hit of rest.slice(0, shownPages)) {
          const page = codePages.find((p) => hitKey(p.hit) === hitKey(hit));
          renderHit(list, map, hit, page?.data, page?.locale);
        }
      }
      const guides = allowGuides ? pages.filter((page) => page.guide) : [];
      if (guides.length) {
        const list = group(t.guidesHeading, 'guides');
        const seen = new Set<string>();
        for (const page of guides) {
          if (!page.guide || seen.has(page.guide) || seen.size >= 3) continue;
          seen.add(page.guide);
          renderGuide(list, page.guide, page.data, page.locale);
        }
      }
      // A phrase found nowhere is said to be left out, so that the list is not taken for its answer.
      if (unmatched.length && (lead.length || rest.length || guides.length)) {
        results.append(element('p', 'search-note', t.noResultsFor(unmatched.map((w) => `“${w}”`).join(t.listSep))));
      }
      if (more && isPage) {
        const button = element('button', undefined, t.showMore);
        button.type = 'button';
        button.addEventListener('click', () => {
          shownPages += limits.pages;
          void run().then(() => links()[shownPages - limits.pages]?.focus());
        });
        results.append(button);
      } else if (!isPage && (lead.length || rest.length)) {
        const all = element('a', 'search-all', t.allResults(shown));
        all.href = `${searchUrl(urlQuery(raw), locale)}&list=1`;
        results.append(all);
      }
      if (focused) (links().find((link) => link.href === focused) ?? input).focus();
      return lead.length + rest.length + guides.length;
    };
    render(matchNames(query, map.index), []);

    // 2. Spelling: a word that no title or alias knows is checked against every word of the site.
    // A misspelling is searched as the nearest word ("pasword" → "password"); a word found nowhere
    // is left out, since it can only match noise.
    let correction: string | undefined;
    if (query.words.length && !knownToMap(query, map.index)) {
      const vocabulary = await loadVocabulary().catch(() => [] as string[]);
      if (current !== generation) return;
      if (vocabulary.length) {
        const spelt = applySpelling(query, vocabulary, keepSpelling);
        query = spelt.query;
        if (spelt.corrected) correction = [...query.words, ...query.numbers, ...query.han].join(' ');
      }
    }
    const named = matchNames(query, map.index);

    // 3. Words and mentions: Pagefind, in the index of each language the query is written in.
    const strong = named.filter((hit) => hit.score >= 0.8 && allowed(hit)).length;
    const plan = searchPlan(query, map);
    let searched: { results: Result[]; counts: FilterCounts; unmatched: string[] }[];
    try {
      searched = await Promise.all(
        plan.map(async ({ language, texts, words, suspects }) => {
          const pf = language === PAGE_LANGUAGE ? await engine : await loadPagefind(language);
          if (isPage && language === PAGE_LANGUAGE) await pf.filters();
          return searchIndex(pf, texts, words, filters, strong, suspects);
        }),
      );
    } catch {
      if (current !== generation) return;
      results.append(element('p', 'search-empty', t.searchFailed));
      return;
    }
    if (current !== generation) return;
    const found = searched.flatMap((part) => part.results);
    const unmatched = searched.flatMap((part) => part.unmatched);
    renderFilters(map, searched[plan.findIndex((part) => part.language === PAGE_LANGUAGE)]?.counts ?? searched[0]?.counts ?? {});
    // A result's text (its fragment) is fetched only for the places left to fill: codes already
    // named get their excerpt when their page comes up among those, and no fragment otherwise.
    const taken = new Set([...lead, ...named.filter(allowed)].map(hitKey));
    const slots = Math.max(0, shownPages - named.filter(allowed).length);
    const pages: Page[] = [];
    let next = 0;
    let fresh = 0;
    while (fresh < slots && next < found.length) {
      // The first batch is a whole page of results: overlaps with named codes lend them excerpts, and
      // a second round trip is rarely needed.
      const batch = found.slice(next, next + (next === 0 ? shownPages : slots - fresh));
      next += batch.length;
      const loaded = await Promise.all(batch.map((result) => result.data()));
      if (current !== generation) return;
      for (const data of loaded) {
        const page = pageOf(data.url);
        if (!page) continue;
        pages.push({ ...page, data });
        const key = page.hit ? hitKey(page.hit) : `guide:${page.guide}`;
        if (!taken.has(key)) {
          taken.add(key);
          fresh += 1;
        }
      }
    }
    const total = render(named, pages, correction, next < found.length, unmatched);
    if (total === 0) renderNothing(typed, shown, map);
    const parts = [];
    if (lead.length) parts.push(query.digits ? t.countCodes(lead.length, query.digits) : t.countInText(lead.length));
    parts.push(t.countResults(total));
    announce(parts.join(t.listSep));
  }

  function openFirst(): boolean {
    const first = links().find((link) => link.classList.contains('hit-title'));
    if (!first) return false;
    location.assign(first.href);
    return true;
  }

  input.addEventListener('input', () => {
    shownPages = limits.pages;
    keepSpelling = false;
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

  // Enter opens a code named outright at once (no network needed), otherwise the top result,
  // otherwise the search page, which says what was tried.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const raw = input.value;
    if (!raw.trim()) return;
    void (async () => {
      const map = await (looksLikeV2(raw) ? loadCodeMapWithV2().catch(() => maps) : maps).catch(() => undefined);
      const hit = map ? definiteHit(parseQuery(raw, map.index)) : undefined;
      if (hit) {
        location.assign(hitUrl(hit));
        return;
      }
      await run();
      if (!openFirst() && !isPage) location.assign(searchUrl(urlQuery(raw), locale));
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
      // Redrawing the results removes the focused link, and browsers report that as focus leaving.
      if (redrawing || !(event.target as Node).isConnected) return;
      if (!form.contains(event.relatedTarget as Node | null)) open(false);
    });
    input.addEventListener('focus', () => {
      if (input.value.trim()) open(true);
    });
    if (input.value.trim()) void run();
    return;
  }

  const fromUrl = async (first: boolean) => {
    const params = new URLSearchParams(location.search);
    // On first load, text typed before this module arrived wins over an empty URL.
    input.value = params.get('q') ?? (first ? input.value : '');
    keepSpelling = params.has('exact');
    const map = await (looksLikeV2(input.value) ? loadCodeMapWithV2().catch(() => maps) : maps).catch(() => undefined);
    for (const key of FILTER_KEYS) {
      // Older links name filter values by their label ("category=Team"): read those too.
      const known = map?.filters[key] ?? [];
      const values = params.getAll(key).map((v) => known.find(([value, label]) => value === v || label.toLowerCase() === v.toLowerCase())?.[0] ?? v);
      selected.set(key, new Set(values));
    }
    // A form sent before the search code loaded lands here: a lone known code or constant opens its page.
    if (first && params.has('q') && !params.has('list') && ![...selected.values()].some((v) => v.size)) {
      const hit = map ? definiteHit(parseQuery(input.value, map.index)) : undefined;
      if (hit) {
        location.replace(hitUrl(hit));
        return;
      }
    }
    void run();
  };
  window.addEventListener('popstate', () => void fromUrl(false));
  window.addEventListener('pageshow', (event) => event.persisted && void fromUrl(false));
  void fromUrl(true);
}
