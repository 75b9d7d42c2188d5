import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastNode, type HastVisitorContext } from 'satteri';
import { parse } from 'yaml';
import { ui, type Locale } from '../i18n/ui.ts';
import { splitFrontMatter } from '../lib/front-matter.ts';
import { SECTIONS } from '../lib/sections.ts';

/** Options for {@link codeSections}. */
interface CodeSectionsOptions {
  /** The site's base path ("/" or "/docs/nim/"), prefixed to root-relative links. */
  base: string;
}

type Element = Extract<HastNode, { type: 'element' }>;

/** Each language's headings → the section, with its position. */
const byHeading = {
  en: new Map(SECTIONS.map((section, index) => [section.heading.en.toLowerCase(), { ...section, index }])),
  zh: new Map(SECTIONS.map((section, index) => [section.heading.zh, { ...section, index }])),
} satisfies Record<Locale, unknown>;
/** A link to a V1 code page, and to a V2 code page (the base path may come first). */
const CODE_LINK = /(?<!\/v2)\/codes\/(\d+)\/(?:#.*)?$/;
const V2_CODE_LINK = /\/v2\/codes\/(\d+)\/(?:#.*)?$/;
/** Site pages that exist in both languages: a Chinese file's root-relative links to them go to the Chinese page. */
const PAGE_LINK = /^\/(?:codes|v2|guides|categories|about)\/(?:[^.?#]*\/)?(?:[?#].*)?$/;
/** `## Heading {#id}`: a guide section's permanent id, written after its heading in both languages. */
const EXPLICIT_ID = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

/** The kinds of content file: a V1 code, a V2 code, a guide; each in English or in Chinese. */
type Kind = 'v1' | 'v2' | 'guide';
const FOLDER: Record<string, Kind> = { codes: 'v1', v2: 'v2', guides: 'guide' };

/** Lower-case, hyphenated slug for sub-headings. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** What a file is: content/<folder>/<name>.mdx in English, content/zh/<folder>/<name>.mdx in Chinese. */
function fileKind(ctx: HastVisitorContext): { kind: Kind; locale: Locale } | undefined {
  const match = /\/content\/(zh\/)?(codes|v2|guides)\/[^/]+\.mdx$/.exec(ctx.fileURL?.pathname ?? '');
  if (!match) return undefined;
  return { kind: FOLDER[match[2] ?? ''] as Kind, locale: match[1] ? 'zh' : 'en' };
}

/** The language of a content file: a translation lives under content/zh/. */
function localeOfFile(ctx: HastVisitorContext): Locale {
  return fileKind(ctx)?.locale ?? 'en';
}

/** The English entry a Chinese file translates: content/zh/<folder>/<name> → content/<folder>/<name>. */
function englishFile(ctx: HastVisitorContext): URL {
  return new URL(`../../${basename(new URL('.', ctx.fileURL).pathname)}/${basename(ctx.fileURL?.pathname ?? '')}`, ctx.fileURL);
}

/** The front-matter fields of a code that the body must agree with. */
interface Neutral {
  related?: unknown;
  constants?: Record<string, unknown>;
  v1?: unknown;
}

/**
 * The language-neutral front matter (related, constants, v1) of the page being rendered. A translation
 * holds none of it, so for a Chinese page it is read from the English entry of the same code.
 */
function neutralFrontMatter(ctx: HastVisitorContext, locale: Locale): Neutral {
  if (locale === 'en') return (ctx.data.astro as { frontmatter?: Record<string, never> } | undefined)?.frontmatter ?? {};
  const file = fileURLToPath(englishFile(ctx));
  return (parse(splitFrontMatter(readFileSync(file, 'utf8')).frontMatter, { version: '1.2' }) ?? {}) as Record<string, never>;
}

/** The code numbers a list of hrefs links to, by pattern. */
function linkedCodes(links: string[], pattern: RegExp): Set<number> {
  return new Set(links.flatMap((href) => pattern.exec(href)?.[1] ?? []).map(Number));
}

/** Problems when the codes a section links to are not exactly the codes a field lists. */
function compareLinks(field: string, listed: Set<number>, linked: Set<number>, heading: string): string[] {
  const missing = [...listed].filter((code) => !linked.has(code));
  const extra = [...linked].filter((code) => !listed.has(code));
  return [
    ...(missing.length ? [`field "${field}" lists ${missing.join(', ')}, but "## ${heading}" does not link to it`] : []),
    ...(extra.length ? [`"## ${heading}" links to ${extra.join(', ')}, which field "${field}" does not list`] : []),
  ];
}

function fileName(ctx: HastVisitorContext): string {
  return decodeURIComponent(ctx.fileURL?.pathname ?? 'unknown file').replace(`${process.cwd()}/`, '');
}

/** A heading wrapped with its visible "#" link, as Starlight does, so the heading's name stays clean. */
function withAnchor(heading: Element, id: string, text: string, locale: Locale = 'en'): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['heading'] },
    children: [
      { ...heading, properties: { ...heading.properties, id } },
      {
        type: 'element',
        tagName: 'a',
        properties: { className: ['anchor'], href: `#${id}`, dataPagefindIgnore: '' },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: ui(locale).linkToSection(text) }] },
        ],
      },
    ],
  } as Element;
}


/**
 * Gives every code page (V1 and V2) the same sections with permanent ids and "#" links, and every
 * guide section its written id; prefixes the base path to root-relative links; and stops the build
 * when a page's sections or related codes are wrong.
 */
export function codeSections({ base }: CodeSectionsOptions) {
  const prefix = base.replace(/\/+$/, '');
  return () => {
    const found: { id: string; index: number }[] = [];
    const guideIds: string[] = [];
    const problems: string[] = [];
    let h2Seen = false;
    let subPrefix = '';
    // The links under "Related codes", collected as the visitor meets them in document order:
    // reading the tree again afterwards would make the Rust parser hand every node over to JavaScript.
    let currentId = '';
    const links: string[] = [];
    const headingsOf = (locale: Locale) => SECTIONS.map((s) => s.heading[locale]).join(', ');
    const currentSection = (id: string) => (currentId = id);
    return defineHastPlugin({
      name: 'code-sections',
      element: [
        {
          filter: ['h2', 'h3'],
          visit(node, ctx) {
            const file = fileKind(ctx);
            if (!file) return;
            const { kind, locale } = file;
            const text = ctx.textContent(node).trim();
            if (kind === 'guide') {
              const explicit = EXPLICIT_ID.exec(text);
              const heading = explicit ? text.slice(0, explicit.index) : text;
              if (node.tagName === 'h3') {
                ctx.replaceNode(node, withAnchor(retitled(node), explicit?.[1] ?? `${subPrefix || 'section'}-${slug(heading)}`, heading, locale));
                return;
              }
              h2Seen = true;
              if (!explicit) {
                problems.push(`the heading "## ${text}" has no permanent id: write it as "## ${text} {#some-id}", the same id in both languages`);
                return;
              }
              const id = explicit[1] as string;
              if (guideIds.includes(id)) problems.push(`the id "${id}" is used by two headings`);
              guideIds.push(id);
              subPrefix = id;
              ctx.replaceNode(node, withAnchor(retitled(node), id, heading, locale));
              return;
            }
            if (node.tagName === 'h3') {
              const id = `${subPrefix || 'section'}-${slug(text)}`;
              ctx.replaceNode(node, withAnchor(node, id, text, locale));
              return;
            }
            h2Seen = true;
            const section = byHeading[locale].get(locale === 'en' ? text.toLowerCase() : text);
            if (!section) {
              problems.push(`unknown section heading "## ${text}"; use only: ${headingsOf(locale)}`);
              return;
            }
            found.push({ id: section.id, index: section.index });
            subPrefix = section.id;
            currentSection(section.id);
            ctx.replaceNode(node, withAnchor(node, section.id, section.heading[locale], locale));
          },
        },
        // Root-relative links get the base path, and a translation's links to pages stay in its
        // language: "/codes/414/" in a Chinese page is "/zh/codes/414/".
        {
          filter: ['a'],
          visit(node: Element, ctx: HastVisitorContext) {
            const href = node.properties?.href;
            if (typeof href === 'string' && currentId === 'related-codes') links.push(href);
            if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
            const local = localeOfFile(ctx) === 'zh' && PAGE_LINK.test(href) ? `/zh${href}` : href;
            if (prefix + local !== href) ctx.setProperty(node, 'href', prefix + local);
          },
        },
      ],
      after(_root, ctx) {
        const file = fileKind(ctx);
        if (!file) return;
        const { kind, locale } = file;
        if (!h2Seen) problems.push('the body has no sections');
        if (kind === 'guide') {
          if (h2Seen && guideIds.at(-1) !== 'sources') problems.push('the last section must be the sources, with the id {#sources}');
          if (problems.length) throw new Error(`${fileName(ctx)}: ${problems.join('; ')}.`);
          return;
        }
        for (const section of SECTIONS) {
          if (section.required && !found.some((f) => f.id === section.id)) {
            problems.push(`missing section heading "## ${section.heading[locale]}"`);
          }
        }
        for (let i = 1; i < found.length; i++) {
          if (found[i].index <= found[i - 1].index) {
            problems.push(
              `section "${SECTIONS[found[i].index].heading[locale]}" is out of order or repeated; the order is: ${headingsOf(locale)}`,
            );
          }
        }
        const neutral = neutralFrontMatter(ctx, locale);
        const mustExplain = SECTIONS.find((section) => section.id === 'not-to-be-confused-with')?.heading[locale];
        // The "Related codes" section explains each code listed in front matter, and nothing else.
        // An SDK whose name gives the number another meaning is explained under "Not to be confused with".
        const differing = Object.entries(neutral.constants ?? {}).filter(([, value]) => typeof value === 'object' && value !== null && 'differs' in value);
        if (differing.length && !found.some((f) => f.id === 'not-to-be-confused-with')) {
          problems.push(
            `field "constants" marks ${differing.map(([sdk]) => sdk).join(', ')} as meaning something else (differs: true), but the page has no "## ${mustExplain}" section to say what`,
          );
        }
        const relatedHeading = SECTIONS.find((section) => section.id === 'related-codes')?.heading[locale] ?? '';
        const folder = kind === 'v1' ? 'codes' : 'v2';
        let related = new Set(Array.isArray(neutral.related) ? (neutral.related as unknown[]).map(Number) : []);
        // A related code that does not exist is the English entry's error, reported by its own check;
        // the translation is held only to the codes that do.
        if (locale === 'zh') related = new Set([...related].filter((code) => existsSync(new URL(`../../${folder}/${code}.mdx`, ctx.fileURL))));
        if (kind === 'v1') {
          problems.push(...compareLinks('related', related, linkedCodes(links, CODE_LINK), relatedHeading));
        } else {
          problems.push(...compareLinks('related', related, linkedCodes(links, V2_CODE_LINK), relatedHeading));
          const v1 = Array.isArray(neutral.v1) ? (neutral.v1 as { code?: unknown }[]).map((pair) => Number(pair.code)) : [];
          problems.push(...compareLinks('v1', new Set(v1), linkedCodes(links, CODE_LINK), relatedHeading));
        }
        if (problems.length) {
          throw new Error(`${fileName(ctx)}: ${problems.join('; ')}.`);
        }
      },
    });
  };
}

/** A guide heading without its written {#id}: the id is cut from its last text, any inline markup kept. */
function retitled(heading: Element): Element {
  const children = [...(heading.children as HastNode[])];
  const last = children.at(-1);
  if (last?.type === 'text') children[children.length - 1] = { ...last, value: last.value.replace(EXPLICIT_ID, '') };
  return { ...heading, children } as Element;
}
