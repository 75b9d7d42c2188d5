// Records the URLs of a fresh build (dist/) in tests/urls.txt, the committed list of published URLs.
// New URLs are added. A URL that vanished is only removed with --remove, because support tickets link to it.
import { readFileSync, writeFileSync } from 'node:fs';
import { publishedUrls } from './dist.ts';

const file = 'tests/urls.txt';
const known = readFileSync(file, 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
const built = publishedUrls('dist');
const added = built.filter((url) => !known.includes(url));
const missing = known.filter((url) => !built.includes(url));
if (missing.length && !process.argv.includes('--remove')) {
  console.error(`These published URLs are gone from dist/:\n  ${missing.join('\n  ')}`);
  console.error('Links to them will break. Restore them, or run `npm run urls:update -- --remove` to drop them on purpose.');
  process.exit(1);
}
const header = '# Every URL the site publishes, relative to its base. `npm test` fails when one disappears.\n# Update with `npm run urls:update` after `npm run build`.\n';
writeFileSync(file, header + built.join('\n') + '\n');
console.log(`${file}: ${built.length} URLs (${added.length} added, ${missing.length} removed).`);
