/** The site's name: in every <title>, the header and the ticket snippets. */
export const SITE_NAME = 'NIM Status Codes';

/** One line on what the site is, for the home page and Open Graph. */
export const SITE_TAGLINE =
  'What every NetEase Yunxin (NIM) IM server status code means, why you got it, how to fix it and whether to retry.';
