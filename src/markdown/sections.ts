import { defineHastPlugin, type HastNode, type HastVisitorContext } from 'satteri';
import { SECTIONS } from '../lib/sections.ts';

/** Options for {@link codeSections}. */
interface CodeSectionsOptions {
  /** The site's base path ("/" or "/docs/nim/"), prefixed to root-relative links. */
  base: string;
}

type Element = Extract<HastNode, { type: 'element' }>;

const byHeading = new Map(SECTIONS.map((section, index) => [section.heading.toLowerCase(), { ...section, index }]));
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

function fileName(ctx: HastVisitorContext): string {
  return decodeURIComponent(ctx.fileURL?.pathname ?? 'unknown file').replace(`${process.cwd()}/`, '');
}

/** A heading wrapped with its visible "#" link, as Starlight does, so the heading's name stays clean. */
function withAnchor(heading: Element, id: string, text: string): Element {
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
          { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Link to section: ${text}` }] },
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
              ctx.replaceNode(node, withAnchor(node, id, text));
              return;
            }
            h2Seen = true;
            const section = byHeading.get(text.toLowerCase());
            if (!section) {
              problems.push(`unknown section heading "## ${text}"; use only: ${SECTIONS.map((s) => s.heading).join(', ')}`);
              return;
            }
            found.push({ id: section.id, index: section.index });
            subPrefix = section.id;
            ctx.replaceNode(node, withAnchor(node, section.id, section.heading));
          },
        },
        // Links only need rewriting under a base path; at the root, skip the visit altogether.
        ...(prefix
          ? [
              {
                filter: ['a'],
                visit(node: Element, ctx: HastVisitorContext) {
                  const href = node.properties?.href;
                  if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
                    ctx.setProperty(node, 'href', prefix + href);
                  }
                },
              },
            ]
          : []),
      ],
      after(root, ctx) {
        if (!isCodeFile(ctx)) return;
        for (const section of SECTIONS) {
          if (section.required && !found.some((f) => f.id === section.id)) {
            problems.push(`missing section heading "## ${section.heading}"`);
          }
        }
        for (let i = 1; i < found.length; i++) {
          if (found[i].index <= found[i - 1].index) {
            problems.push(
              `section "${SECTIONS[found[i].index].heading}" is out of order or repeated; the order is: ${SECTIONS.map((s) => s.heading).join(', ')}`,
            );
          }
        }
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
        const constants = (ctx.data.astro as { frontmatter?: { constants?: Record<string, unknown> } } | undefined)?.frontmatter?.constants ?? {};
        const differing = Object.entries(constants).filter(([, value]) => typeof value === 'object' && value !== null && 'differs' in value);
        if (differing.length && !found.some((f) => f.id === 'not-to-be-confused-with')) {
          problems.push(
            `field "constants" marks ${differing.map(([sdk]) => sdk).join(', ')} as meaning something else (differs: true), but the page has no "## Not to be confused with" section to say what`,
          );
        }
        const linked = new Set(links.flatMap((href) => CODE_LINK.exec(href)?.[1] ?? []).map(Number));
        const frontmatter = (ctx.data.astro as { frontmatter?: { related?: unknown } } | undefined)?.frontmatter;
        const related = new Set(Array.isArray(frontmatter?.related) ? frontmatter.related.map(Number) : []);
        const missing = [...related].filter((code) => !linked.has(code));
        const extra = [...linked].filter((code) => !related.has(code));
        if (missing.length) problems.push(`field "related" lists ${missing.join(', ')}, but "## Related codes" does not link to it`);
        if (extra.length) problems.push(`"## Related codes" links to ${extra.join(', ')}, which field "related" does not list`);
        if (problems.length) {
          throw new Error(`${fileName(ctx)}: ${problems.join('; ')}.`);
        }
      },
    });
  };
}
