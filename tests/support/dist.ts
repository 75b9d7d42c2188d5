// Reading a built site: its files, and the URLs it publishes.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under a folder, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

/** Hashed build assets and the search index: implementation details, not published URLs. */
const NOT_URLS = /^(_astro\/|pagefind\/|_headers$|_redirects$)/;

/** The URLs a build publishes, relative to its base: "/", "/codes/416/", "/codes.json"… */
export function publishedUrls(dir: string): string[] {
  return listFiles(dir)
    .filter((file) => !NOT_URLS.test(file))
    .map((file) => (file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`))
    .sort();
}
