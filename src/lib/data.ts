import { codeLabel, getCategory, type CodeEntry } from './codes.ts';
import { OUTCOME, RETRY } from './labels.ts';
import { absoluteUrl, codeUrl, url } from './url.ts';

/** Version of the /codes.json and /codes/<code>.json format; raise it on any breaking change. */
export const DATA_VERSION = 1;

/** YYYY-MM-DD, the way the front matter writes dates. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** One code as published in /codes.json and /codes/<code>.json. */
export function codeRecord(entry: CodeEntry) {
  const { code, title, category, summary, retry, outcome, updated, related } = entry.data;
  return { code, title, category, summary, retry, outcome, url: absoluteUrl(codeUrl(code)), updated: isoDay(updated), related };
}

/** Root-relative links in a body ("/codes/414/") made absolute, for copies read off the site. */
export function absoluteLinks(markdown: string): string {
  return markdown.replace(/\]\((\/[^)\s]*)\)/g, (_, path: string) => `](${absoluteUrl(url(path))})`);
}

/** The plain Markdown copy of a code page, served at /codes/<code>.md. */
export async function codeMarkdown(entry: CodeEntry): Promise<string> {
  const { code, summary, retry, outcome, updated } = entry.data;
  const category = await getCategory(entry.data.category);
  return [
    `# ${codeLabel(entry)}`,
    '',
    `> ${summary}`,
    '',
    `- Category: ${category.data.title}`,
    `- Outcome: ${OUTCOME[outcome]}`,
    `- Retry: ${RETRY[retry].label}. ${RETRY[retry].advice}`,
    `- Updated: ${isoDay(updated)}`,
    `- Page: ${absoluteUrl(codeUrl(code))}`,
    '',
    absoluteLinks(entry.body ?? '').trim(),
    '',
  ].join('\n');
}
