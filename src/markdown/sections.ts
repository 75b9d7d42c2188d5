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
const CODE_LINK = /\/codes\/(\d+)\/(?:#.*)?$/;

/** Lower-case, hyphenated slug for sub-headings. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

function isCodeFile(ctx: HastVisitorContext): boolean {
  return /\/codes\/[^/]+\.mdx$/.test(ctx.fileURL?.pathname ?? '');
}

/** A translation lives in content/zh/codes/; everything else is the English entry. */
function localeOfFile(ctx: HastVisitorContext): Locale {
  return /\/content\/zh\/codes\/[^/]+\.mdx$/.test(ctx.fileURL?.pathname ?? '') ? 'zh' : 'en';
}

/**
 * The language-neutral front matter (related, constants) of the page being rendered. A translation
 * holds none of it, so for a Chinese page it is read from the English entry of the same code.
 */
function neutralFrontMatter(ctx: HastVisitorContext, locale: Locale): { related?: unknown; constants?: Record<string, unknown> } {
  if (locale === 'en') return (ctx.data.astro as { frontmatter?: Record<string, never> } | undefined)?.frontmatter ?? {};
  const file = fileURLToPath(new URL(`../../codes/${basename(ctx.fileURL?.pathname ?? '')}`, ctx.fileURL));
  return (parse(splitFrontMatter(readFileSync(file, 'utf8')).frontMatter, { version: '1.2' }) ?? {}) as Record<string, never>;
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

function collectLinks(node: HastNode, into: string[]): void {
  if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.href === 'string') {
    into.push(node.properties.href);
  }
  if ('children' in node) for (const child of node.children as HastNode[]) collectLinks(child, into);
}

/**
 * Gives every code page the same sections with permanent ids and "#" links, prefixes the base path
 * to root-relative links, and stops the build when a page's sections or related codes are wrong.
 */
export function codeSections({ base }: CodeSectionsOptions) {
  const prefix = base.replace(/\/+$/, '');
  return () => {
    const found: { id: string; index: number }[] = [];
    const problems: string[] = [];
    let h2Seen = false;
    let subPrefix = '';
    const headingsOf = (locale: Locale) => SECTIONS.map((s) => s.heading[locale]).join(', ');
    return defineHastPlugin({
      name: 'code-sections',
      element: [
        {
          filter: ['h2', 'h3'],
          visit(node, ctx) {
            if (!isCodeFile(ctx)) return;
            const text = ctx.textContent(node).trim();
            if (node.tagName === 'h3') {
              const id = `${subPrefix || 'section'}-${slug(text)}`;
              ctx.replaceNode(node, withAnchor(node, id, text, localeOfFile(ctx)));
              return;
            }
            h2Seen = true;
            const locale = localeOfFile(ctx);
            const section = byHeading[locale].get(locale === 'en' ? text.toLowerCase() : text);
            if (!section) {
              problems.push(`unknown section heading "## ${text}"; use only: ${headingsOf(locale)}`);
              return;
            }
            found.push({ id: section.id, index: section.index });
            subPrefix = section.id;
            ctx.replaceNode(node, withAnchor(node, section.id, section.heading[locale], locale));
          },
        },
        // Root-relative links get the base path, and a translation's links to code pages stay in
        // its language: "/codes/414/" in a Chinese page is "/zh/codes/414/".
        {
          filter: ['a'],
          visit(node: Element, ctx: HastVisitorContext) {
            const href = node.properties?.href;
            if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
            const local = localeOfFile(ctx) === 'zh' && href.startsWith('/codes/') ? `/zh${href}` : href;
            if (prefix + local !== href) ctx.setProperty(node, 'href', prefix + local);
          },
        },
      ],
      after(root, ctx) {
        if (!isCodeFile(ctx)) return;
        const locale = localeOfFile(ctx);
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
        if (!h2Seen) problems.push('the body has no sections');
        // The "Related codes" section explains each code listed in front matter `related`, and nothing else.
        const links: string[] = [];
        let inRelated = false;
        for (const child of root.children as HastNode[]) {
          if (child.type === 'element' && child.tagName === 'div' && Array.isArray(child.children)) {
            const heading = (child.children as HastNode[])[0];
            if (heading?.type === 'element' && heading.tagName === 'h2') {
              inRelated = heading.properties?.id === 'related-codes';
              continue;
            }
          }
          if (inRelated) collectLinks(child, links);
        }
        // An SDK whose name gives the number another meaning is explained under "Not to be confused with".
        const differing = Object.entries(neutral.constants ?? {}).filter(([, value]) => typeof value === 'object' && value !== null && 'differs' in value);
        if (differing.length && !found.some((f) => f.id === 'not-to-be-confused-with')) {
          problems.push(
            `field "constants" marks ${differing.map(([sdk]) => sdk).join(', ')} as meaning something else (differs: true), but the page has no "## ${mustExplain}" section to say what`,
          );
        }
        const linked = new Set(links.flatMap((href) => CODE_LINK.exec(href)?.[1] ?? []).map(Number));
        let related = new Set(Array.isArray(neutral.related) ? (neutral.related as unknown[]).map(Number) : []);
        // A related code that does not exist is the English entry's error, reported by its own check;
        // the translation is held only to the codes that do.
        if (locale === 'zh') related = new Set([...related].filter((code) => existsSync(new URL(`../../codes/${code}.mdx`, ctx.fileURL))));
        const missing = [...related].filter((code) => !linked.has(code));
        const extra = [...linked].filter((code) => !related.has(code));
        const relatedHeading = SECTIONS.find((section) => section.id === 'related-codes')?.heading[locale];
        if (missing.length) problems.push(`field "related" lists ${missing.join(', ')}, but "## ${relatedHeading}" does not link to it`);
        if (extra.length) problems.push(`"## ${relatedHeading}" links to ${extra.join(', ')}, which field "related" does not list`);
        if (problems.length) {
          throw new Error(`${fileName(ctx)}: ${problems.join('; ')}.`);
        }
      },
    });
  };
}
