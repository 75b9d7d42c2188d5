import type { APIRoute, GetStaticPaths } from 'astro';
import { ui, type Locale } from '../../i18n/ui.ts';
import { getCategoriesWithCodes, getGuides, getV2RangesWithCodes, localCategory, localCode, localGuide, localV2Code, rangeTitle } from '../../lib/codes.ts';
import { absoluteUrl, localeParams, localeUrl, url } from '../../lib/url.ts';

export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;

/** The site for language models (llmstxt.org), per language: one line per code, linking to its Markdown copy. */
export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  const t = ui(locale);
  const lines = [`# ${t.siteName}`, '', `> ${t.tagline}`, '', t.llmsIntro, ''];
  for (const { category, codes } of await getCategoriesWithCodes()) {
    lines.push(`## ${(await localCategory(category, locale)).title}`, '');
    for (const entry of codes) {
      const { title, summary } = await localCode(entry, locale);
      lines.push(`- [${entry.data.code} ${title}](${absoluteUrl(localeUrl(`codes/${entry.data.code}.md`, locale))}): ${summary}`);
    }
    lines.push('');
  }
  const guides = await getGuides();
  if (guides.length > 0) {
    lines.push(`## ${t.guidesHeading}`, '');
    for (const guide of guides) {
      const { title, summary } = await localGuide(guide, locale);
      lines.push(`- [${title}](${absoluteUrl(localeUrl(`guides/${guide.id}/`, locale))}): ${summary}`);
    }
    lines.push('');
  }
  for (const { range, codes } of await getV2RangesWithCodes()) {
    lines.push(`## ${t.v2Home}: ${rangeTitle(range, locale)}`, '');
    for (const entry of codes) {
      const { title, summary } = await localV2Code(entry, locale);
      lines.push(`- [${entry.data.code} ${title}](${absoluteUrl(localeUrl(`v2/codes/${entry.data.code}.md`, locale))}): ${summary}`);
    }
    lines.push('');
  }
  lines.push(
    `## ${t.llmsOptional}`,
    '',
    `- [${t.llmsJson}](${absoluteUrl(url('codes.json'))})`,
    ...((await getV2RangesWithCodes()).length > 0 ? [`- [${t.llmsV2Json}](${absoluteUrl(url('v2/codes.json'))})`] : []),
    '',
  );
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
