// The schema.org data of an article page (a code page, a V2 code page, a guide), built once for all.

/** One step of a page's breadcrumb trail: its name and absolute URL. */
export interface Crumb {
  /** What the step is called. */
  name: string;
  /** Its absolute URL. */
  url: string;
}

/** The facts of an article page that schema.org describes. */
export interface Article {
  /** The page's heading. */
  headline: string;
  /** Its one-line summary. */
  description: string;
  /** Its absolute URL. */
  url: string;
  /** The day it was last updated, YYYY-MM-DD. */
  dateModified: string;
  /** The BCP 47 tag of the language its text is in. */
  inLanguage: string;
  /** What it is about, in words. */
  about: string;
  /** The site it belongs to. */
  site: Crumb;
  /** The breadcrumb trail from the home page to the page itself; none for a page without one. */
  trail?: Crumb[];
}

/** A TechArticle, and a BreadcrumbList when the page has a trail. */
export function articleData(page: Article): Record<string, unknown>[] {
  const article = {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: page.headline,
    description: page.description,
    url: page.url,
    dateModified: page.dateModified,
    inLanguage: page.inLanguage,
    about: page.about,
    isPartOf: { '@type': 'WebSite', name: page.site.name, url: page.site.url },
  };
  if (!page.trail) return [article];
  return [
    article,
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: page.trail.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
    },
  ];
}
