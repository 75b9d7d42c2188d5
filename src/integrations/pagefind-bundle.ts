import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** The one file that two languages of a bundle both write: it lists the languages. */
const ENTRY = 'pagefind-entry.json';

interface Entry {
  version: string;
  languages: Record<string, unknown>;
  include_characters?: string[];
}

/** Every file under a folder, as paths relative to it. */
function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? filesUnder(root, join(dir, item.name)) : [relative(root, join(dir, item.name))],
  );
}

/**
 * Moves one language's Pagefind output (written in `from`) into its bundle folder `to`, where other
 * languages of the same bundle may already be. Pagefind names every file after its language or its
 * content, so files never clash, except the shared scripts (identical from every language) and
 * pagefind-entry.json, whose language lists are joined: the bundle comes out as one Pagefind
 * process writing every language would have written it.
 */
export function joinBundle(from: string, to: string): void {
  for (const file of filesUnder(from)) {
    const source = join(from, file);
    const target = join(to, file);
    if (!existsSync(target)) {
      mkdirSync(dirname(target), { recursive: true });
      renameSync(source, target);
    } else if (file === ENTRY) {
      writeFileSync(target, joinEntries(readFileSync(target, 'utf8'), readFileSync(source, 'utf8'), target));
    } else if (!readFileSync(target).equals(readFileSync(source))) {
      throw new Error(`Pagefind: two languages of ${to} wrote different ${file}.`);
    }
  }
  rmSync(from, { recursive: true, force: true });
}

/**
 * Two pagefind-entry.json texts as one; they must agree on everything but the languages, which are
 * listed in code-point order, as Pagefind lists them whatever the order of the pages.
 */
export function joinEntries(first: string, second: string, file = ENTRY): string {
  const a = JSON.parse(first) as Entry;
  const b = JSON.parse(second) as Entry;
  if (a.version !== b.version || JSON.stringify(a.include_characters) !== JSON.stringify(b.include_characters)) {
    throw new Error(`Pagefind: the languages of ${file} were written by different Pagefind versions or settings.`);
  }
  const languages = Object.fromEntries(Object.entries({ ...a.languages, ...b.languages }).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  return JSON.stringify({ ...a, languages });
}
