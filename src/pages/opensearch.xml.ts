import type { APIRoute } from 'astro';
import { escapeMarkup as escape } from '../lib/escape.ts';
import { ui } from '../i18n/ui.ts';
import { absoluteUrl, searchUrl, url } from '../lib/url.ts';

/** Lets browsers search the site from the address bar. */
export const GET: APIRoute = () => {
  const SITE_NAME = ui('en').siteName;
  const template = `${absoluteUrl(searchUrl())}?q={searchTerms}`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escape(SITE_NAME)}</ShortName>
  <Description>Search the NetEase Yunxin (NIM) IM server status codes by number or symptom</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image type="image/svg+xml">${escape(absoluteUrl(url('favicon.svg')))}</Image>
  <Url type="text/html" method="get" template="${escape(template)}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${escape(absoluteUrl(url('opensearch.xml')))}"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
