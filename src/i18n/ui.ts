// Every interface string, per language. The English object defines the keys; every other
// language must have all of them (astro check fails otherwise).

/** The languages of the site; English is the default and has no URL prefix. */
export const LOCALES = ['en'] as const;
/** One of the site's languages. */
export type Locale = (typeof LOCALES)[number];

const en = {
  // badges and facts of a code
  outcome: { error: 'Error', success: 'Success', info: 'Information' },
  retry: {
    no: { label: 'no', advice: 'Sending the same request again will not succeed.' },
    'after-fix': { label: 'after fix', advice: 'Change the request, token, role or setting first, then send it again.' },
    backoff: {
      label: 'with backoff',
      advice:
        'Transient: retry with exponential backoff and jitter, keeping one trace id per logical request, after checking whether a non-idempotent call already took effect.',
    },
    'not-applicable': { label: 'not needed', advice: 'The call did what it was asked to; there is nothing to retry.' },
  },
  retryBadge: (label: string) => `Retry: ${label}`,
  atAGlance: 'At a glance',
  seen: {
    'server-api': 'Server API response',
    sdk: 'SDK callback',
    'sdk-local': 'Raised by the SDK itself',
    console: 'Developer console',
  },
  seenLabel: 'Where you see it',
  aliasesLabel: 'Also known as',
  sdkNamesHeading: 'Names in the SDKs',
  sdkColumn: 'SDK',
  constantColumn: 'Constant',
  meaningDiffers: 'means something else there',
  linkToSection: (heading: string) => `Link to section: ${heading}`,
  sdk: {
    cpp: 'C++ · Node.js · Electron',
    csharp: 'C# · Unity',
    ios: 'iOS',
    android: 'Android',
    flutter: 'Flutter',
    v2: 'V2 SDKs (every platform)',
  },
  // search box and results
  searchPlaceholder: 'Search codes or symptoms…',
  searchLabel: 'Search codes or symptoms',
  searchButton: 'Search',
  searchResults: 'Search results',
  groupCode: (code: string) => `Code ${code}`,
  groupPrefix: (digits: string) => `Codes starting with ${digits}`,
  groupInText: 'Codes in your text',
  groupMatches: 'Best matches',
  groupPages: 'Pages',
  groupPagesMentioning: (query: string) => `Pages mentioning ${query}`,
  moreCodes: (count: number) => `and ${count} more: keep typing`,
  countCodes: (count: number, digits: string) => `${count} ${count === 1 ? 'code' : 'codes'} starting with ${digits}`,
  countInText: (count: number) => `${count} ${count === 1 ? 'code' : 'codes'} in your text`,
  countResults: (count: number) => `${count} ${count === 1 ? 'result' : 'results'}`,
  allResults: (query: string) => `All results for “${query}”`,
  showMore: 'Show more results',
  showingFor: 'Showing results for',
  searchInstead: 'Search instead for',
  noMatch: (query: string) => `No code matches “${query}”.`,
  tried: (words: string) => `Searched for ${words}, all together and each word on its own, and checked code numbers, SDK constant names and other names of each code.`,
  tryInstead: 'Try a code number, an SDK constant name, or fewer words. Or browse the codes by category:',
  searchFailed: 'Full-text search could not load. Numbers and constant names still work, and every code is listed on the home page.',
  reasonName: (sdk: string, name: string) => `${sdk}: ${name}`,
  reasonV2: (code: number) => `V2 code ${code} is named on this page`,
  reasonAlias: (alias: string) => `Also known as “${alias}”`,
  reasonZh: 'Chinese name',
  legendCategory: 'Category',
  legendRetry: 'Retry',
  legendSeen: 'Where you see it',
};

/** The interface strings of one language. */
export type Strings = typeof en;

const strings: Record<Locale, Strings> = { en };

/** The interface strings of a language. */
export function ui(locale: Locale): Strings {
  return strings[locale];
}
