import type { APIRoute } from 'astro';
import { codeLabel, getCategoriesWithCodes } from '../lib/codes.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site.ts';
import { absoluteUrl, url } from '../lib/url.ts';

/** The site for language models (llmstxt.org): one line per code, linking to its Markdown copy. */
export const GET: APIRoute = async () => {
  const lines = [`# ${SITE_NAME}`, '', `> ${SITE_TAGLINE}`, ''];
  lines.push(
    'The IM server API answers HTTP 200 and reports its result in the JSON `code` field. Each line links to a plain Markdown copy of that code\'s page.',
    '',
  );
  for (const { category, codes } of await getCategoriesWithCodes()) {
    lines.push(`## ${category.data.title}`, '');
    for (const entry of codes) {
      lines.push(`- [${codeLabel(entry)}](${absoluteUrl(url(`codes/${entry.data.code}.md`))}): ${entry.data.summary}`);
    }
    lines.push('');
  }
  lines.push('## Optional', '', `- [All codes as JSON](${absoluteUrl(url('codes.json'))})`, '');
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
