// A small crawler over a built site on disk: every internal link and asset reference must resolve
// to a file in the build, and every #fragment to an id on the target page.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { listFiles } from './dist.ts';

/** Attributes that reference another URL. */
const REFERENCES: [string, string][] = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['form', 'action'],
];

/** The file a site path serves, or undefined when nothing would answer it. */
function fileFor(dir: string, path: string): string | undefined {
  const local = join(dir, decodeURIComponent(path));
  if (path === '' || path.endsWith('/')) return existsSync(join(local, 'index.html')) ? join(local, 'index.html') : undefined;
  if (existsSync(local) && statSync(local).isFile()) return local;
  return undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set(parse(readFileSync(file, 'utf8')).querySelectorAll('[id]').map((el) => el.id));
    idsCache.set(file, ids);
  }
  return ids;
}

/** Every broken internal reference in a build, as "page: reference (reason)". */
export function brokenLinks(dir: string, base: string, site: string): string[] {
  const origin = new URL(site).origin;
  const broken: string[] = [];
  for (const page of listFiles(dir).filter((file) => file.endsWith('.html'))) {
    const pageUrl = new URL(`${base}${page.replace(/(^|\/)index\.html$/, '$1')}`, origin);
    const root = parse(readFileSync(join(dir, page), 'utf8'));
    const refs: string[] = [];
    for (const [tag, attr] of REFERENCES) {
      for (const el of root.querySelectorAll(`${tag}[${attr}]`)) refs.push(el.getAttribute(attr) ?? '');
    }
    const refresh = root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
    if (refresh) refs.push(refresh.replace(/^\d+;\s*url=/i, ''));
    for (const ref of refs) {
      const target = new URL(ref, pageUrl);
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(base)) {
        broken.push(`${page}: ${ref} (outside the base path ${base})`);
        continue;
      }
      const file = fileFor(dir, target.pathname.slice(base.length));
      if (!file) {
        broken.push(`${page}: ${ref} (no such file)`);
      } else if (target.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(target.hash.slice(1)))) {
        broken.push(`${page}: ${ref} (no element with id ${target.hash})`);
      }
    }
  }
  return broken;
}
